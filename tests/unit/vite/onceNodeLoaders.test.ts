// The build step that makes SvelteKit's route module loaders answer a second navigation without a task hop.
import { describe, expect, it } from 'vitest';
import { onceNodeLoaders } from '../../../scripts/onceNodeLoaders.mjs';

const generated = `export { matchers } from './matchers.js';

export const nodes = [
	() => import('./nodes/0'),
	() => import('./nodes/1'),
	() => import('./nodes/30')
];

export const dictionary = { "/xep-hang": [30] };`;

/** Evaluates the transformed manifest with a stand-in import() that counts calls and can fail once. */
function run(code: string, failFirst = false) {
  const calls: string[] = [];
  let failed = false;
  const body = code.replace(/^export \{[^}]*\} from [^;]*;/m, '').replace(/export const /g, 'const ').replace(/import\(/g, '__import(') + '\nreturn nodes;';
  const nodes = new Function('__import', body)(async (p: string) => {
    calls.push(p);
    if (failFirst && !failed) {
      failed = true;
      throw new Error('mất mạng');
    }
    return { path: p };
  }) as (() => Promise<{ path: string }>)[];
  return { nodes, calls };
}

describe('once node loaders', () => {
  it('imports each route module once and hands later navigations the same settled promise', async () => {
    const { nodes, calls } = run(onceNodeLoaders(generated));
    const first = nodes[2]();
    expect(nodes[2]()).toBe(first);
    expect(await first).toEqual({ path: './nodes/30' });
    expect(nodes[2]()).toBe(first);
    await nodes[0]();
    expect(calls).toEqual(['./nodes/30', './nodes/0']);
  });

  it('asks again after a failed import instead of keeping the failure', async () => {
    const { nodes, calls } = run(onceNodeLoaders(generated), true);
    await expect(nodes[1]()).rejects.toThrow('mất mạng');
    expect(await nodes[1]()).toEqual({ path: './nodes/1' });
    expect(calls).toEqual(['./nodes/1', './nodes/1']);
  });

  it('leaves a file without node loaders as it is, and the untransformed manifest imports every time', async () => {
    expect(onceNodeLoaders('export const x = 1;')).toBe('export const x = 1;');
    const { nodes, calls } = run(generated);
    await nodes[2]();
    await nodes[2]();
    expect(calls).toHaveLength(2);
  });
});
