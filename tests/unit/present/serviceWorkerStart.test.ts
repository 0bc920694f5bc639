import { describe, expect, it, vi } from 'vitest';
import { readerPause, startServiceWorker, type ServiceWorkerHost } from '../../../src/lib/present/serviceWorkerStart';

function host(fail = false) {
  const calls: { url: string; type: string; at: number }[] = [];
  const h: ServiceWorkerHost = {
    register: async (url, options) => {
      calls.push({ url, type: options.type, at: Date.now() });
      if (fail) throw new Error('SecurityError');
      return {};
    }
  };
  return { h, calls };
}
const deferred = () => {
  let resolve!: () => void, reject!: (e: Error) => void;
  const promise = new Promise<void>((a, b) => ((resolve = a), (reject = b)));
  return { promise, resolve, reject };
};
const quiet = () => Promise.resolve();

describe('startServiceWorker: the offline worker waits for DuckDB', () => {
  it('registers nothing while DuckDB loads, and the build worker as a classic script once it is ready', async () => {
    const { h, calls } = host();
    const db = deferred();
    const started = startServiceWorker(h, { dbSettled: db.promise, quiet, latestMs: 60_000 });
    await new Promise((r) => setTimeout(r, 30));
    expect(calls).toHaveLength(0);
    db.resolve();
    expect(await started).toBe(true);
    expect(calls).toEqual([expect.objectContaining({ url: '/service-worker.js', type: 'classic' })]);
  });

  it('registers when DuckDB fails too (offline presenting does not need it)', async () => {
    const { h, calls } = host();
    const db = deferred();
    const started = startServiceWorker(h, { dbSettled: db.promise, quiet, dev: true });
    db.reject(new Error('wasm'));
    expect(await started).toBe(true);
    expect(calls[0].type).toBe('module');
  });

  it('registers after latestMs on a network too slow for DuckDB, and only after a quiet moment', async () => {
    vi.useFakeTimers();
    try {
      const { h, calls } = host();
      let idleDone!: () => void;
      const waitIdle = () => new Promise<void>((r) => (idleDone = r));
      const started = startServiceWorker(h, { dbSettled: new Promise(() => {}), quiet: waitIdle, latestMs: 20_000 });
      await vi.advanceTimersByTimeAsync(19_999);
      expect(calls).toHaveLength(0);
      await vi.advanceTimersByTimeAsync(1);
      expect(calls).toHaveLength(0); // still waiting for a quiet moment
      idleDone();
      expect(await started).toBe(true);
      expect(calls).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a refused registration is reported, not thrown; no service worker support means no attempt', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const { h } = host(true);
      expect(await startServiceWorker(h, { dbSettled: Promise.resolve(), quiet })).toBe(false);
      expect(warn).toHaveBeenCalled();
      expect(await startServiceWorker(undefined, { dbSettled: Promise.resolve(), quiet })).toBe(false);
    } finally {
      warn.mockRestore();
    }
  });

  it('asks the reader for a 3 s pause, except on a deck page', () => {
    expect(readerPause('/xep-hang')).toBe(3000);
    expect(readerPause('/bai-trinh-bay')).toBe(3000);
    expect(readerPause('/trinh-chieu/abc')).toBe(0);
    expect(readerPause('/bai-trinh-bay/abc')).toBe(0);
  });
});
