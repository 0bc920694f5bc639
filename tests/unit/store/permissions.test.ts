import { describe, expect, it } from 'vitest';
import { canAdmin, canRead, canUpload } from '../../../src/lib/server/auth/permissions';
import type { User } from '../../../src/lib/server/auth/users';

const user = (role: User['role'], indices: string[] = [], disabled = false): User => ({
  id: 1, username: 'u', role, indices, createdAt: '2025-01-01T00:00:00.000Z', disabled
});

describe('permissions', () => {
  it('a viewer cannot upload; an editor only to assigned indices; an admin anywhere', () => {
    expect(canUpload(user('viewer', ['pci']), 'pci')).toBe(false);
    const editor = user('editor', ['pci', 'ddci_42']);
    expect(canUpload(editor, 'pci')).toBe(true);
    expect(canUpload(editor, 'ddci_42')).toBe(true);
    expect(canUpload(editor, 'papi')).toBe(false);
    expect(canUpload(user('admin'), 'papi')).toBe(true);
    expect(canUpload(user('editor', ['pci'], true), 'pci')).toBe(false);
    expect(canUpload(null, 'pci')).toBe(false);
  });

  it('only an enabled admin administers', () => {
    expect(canAdmin(user('admin'))).toBe(true);
    expect(canAdmin(user('admin', [], true))).toBe(false);
    expect(canAdmin(user('editor', ['pci']))).toBe(false);
    expect(canAdmin(undefined)).toBe(false);
  });

  it('reading is public when the setting is on, otherwise needs an enabled account', () => {
    expect(canRead(null, true)).toBe(true);
    expect(canRead(null, false)).toBe(false);
    expect(canRead(user('viewer'), false)).toBe(true);
    expect(canRead(user('viewer', [], true), false)).toBe(false);
  });
});
