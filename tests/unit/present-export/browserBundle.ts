// The export modules bundled for a page (tests/browser/export.test.ts): the built app only keeps the exports
// its buttons use, so the test injects the modules themselves. Fonts are inlined as data: URLs, so the bundle
// fetches nothing; the app's own PDF button, in the same test, fetches them from the app's origin.
import { build } from 'vite';
import path from 'node:path';

export async function exportBundle(): Promise<string> {
  const out = await build({
    configFile: false,
    root: process.cwd(),
    logLevel: 'error',
    build: {
      write: false,
      minify: false,
      assetsInlineLimit: Number.MAX_SAFE_INTEGER,
      lib: { entry: path.resolve('tests/unit/present-export/browserEntry.ts'), formats: ['iife'], name: 'chisoExport', fileName: 'chiso-export' }
    }
  });
  const outputs = (Array.isArray(out) ? out : [out]) as { output: { type: string; code?: string }[] }[];
  const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk');
  if (!chunk?.code) throw new Error('no bundle');
  return chunk.code;
}
