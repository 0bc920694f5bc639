import { describe, expect, it } from 'vitest';
import { listAudit } from '../../../src/lib/server/auth/audit';
import { createUser } from '../../../src/lib/server/auth/users';
import { getIndexDefinition, listIndexDefinitions, putIndexDefinition, syncShippedDefinitions } from '../../../src/lib/server/store/indexDefinitions';
import { isPublicRead, setPublicRead } from '../../../src/lib/server/store/settings';
import { addUnitAlias, listUnitAliases } from '../../../src/lib/server/store/unitAliases';
import { pciDefinition } from './fixtures';
import { storeHarness } from './harness';

const h = storeHarness();

describe('catalogue, unit aliases and settings', () => {
  it('seeds definitions; an edit bumps the version and keeps the previous JSON in the audit log', () => {
    const s = h.open();
    const pci = pciDefinition();
    expect(syncShippedDefinitions(s, [pci])).toEqual({ added: 1, updated: 0 });
    expect(syncShippedDefinitions(s, [pci])).toEqual({ added: 0, updated: 0 }); // same text: nothing to do
    expect(getIndexDefinition(s, 'pci')).toMatchObject({ version: 1, def: pci, updatedBy: null });

    expect(putIndexDefinition(s, pci, null)).toBe(1); // identical: no-op
    const edited = { ...pci, rankedUnits: { ...pci.rankedUnits, '2025': 30 } };
    expect(putIndexDefinition(s, edited, null, '10.0.0.2')).toBe(2);
    expect(listIndexDefinitions(s).map((d) => [d.def.id, d.version])).toEqual([['pci', 2]]);
    const [entry] = listAudit(s, { action: 'catalogue_changed' });
    expect(entry).toMatchObject({ ip: '10.0.0.2', detail: { indexId: 'pci', version: 2, previous: pci } });
  });

  it('follows a newer shipped definition until an admin edits it, then keeps the admin’s', async () => {
    const s = h.open();
    const pci = pciDefinition();
    syncShippedDefinitions(s, [pci]);
    const release2 = { ...pci, notes: [...(pci.notes ?? []), 'ghi chú của bản phát hành sau'] };
    expect(syncShippedDefinitions(s, [release2])).toEqual({ added: 0, updated: 1 });
    expect(getIndexDefinition(s, 'pci')).toMatchObject({ version: 2, def: release2, updatedBy: null });
    expect(listAudit(s, { action: 'catalogue_changed' })[0]).toMatchObject({ detail: { version: 2, previous: pci } });

    const admin = await createUser(s, { username: 'quantri', password: 'Ha-Tinh-quan-tri-2026', role: 'admin' });
    const byAdmin = { ...release2, short: 'PCI (sửa)' };
    expect(putIndexDefinition(s, byAdmin, admin)).toBe(3);
    expect(syncShippedDefinitions(s, [pci])).toEqual({ added: 0, updated: 0 });
    expect(getIndexDefinition(s, 'pci')!.def.short).toBe('PCI (sửa)');
  });

  it('keeps confirmed unit names by folded key and refuses remapping one to another unit', () => {
    const s = h.open();
    addUnitAlias(s, 'Thừa Thiên-Huế (cũ)', '46', null);
    expect(addUnitAlias(s, 'THUA THIEN HUE (CU)', '46', null).unitCode).toBe('46'); // same key, same unit
    expect(() => addUnitAlias(s, 'Thua Thien - Hue (cu)', '48', null)).toThrow(/46/);
    expect(listUnitAliases(s)).toHaveLength(1);
  });

  it('public read is off until an admin turns it on', () => {
    const s = h.open();
    expect(isPublicRead(s)).toBe(false);
    setPublicRead(s, true);
    expect(isPublicRead(s)).toBe(true);
    setPublicRead(s, false);
    expect(isPublicRead(s)).toBe(false);
  });
});
