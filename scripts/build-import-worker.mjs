#!/usr/bin/env node
// After `vite build`: bundles the upload parser's worker thread (src/lib/server/uploads/importWorker.ts)
// into build/import-worker.mjs. Packages stay external, resolved from node_modules like the server's.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'rolldown';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** @param {string} outFile */
export async function buildImportWorker(outFile) {
  await build({
    input: path.join(root, 'src/lib/server/uploads/importWorker.ts'),
    platform: 'node',
    external: (id) => !id.startsWith('.') && !path.isAbsolute(id) && !id.endsWith('?raw'),
    logLevel: 'warn',
    // Vite's "?raw" (the unit registry's CSVs, read by year-aware name resolution): the file as a string.
    plugins: [
      {
        name: 'raw',
        resolveId(id, importer) {
          if (!id.endsWith('?raw') || !importer) return null;
          return path.resolve(path.dirname(importer), id.slice(0, -4)) + '?raw';
        },
        load(id) {
          if (!id.endsWith('?raw')) return null;
          return `export default ${JSON.stringify(readFileSync(id.slice(0, -4), 'utf8'))};`;
        }
      }
    ],
    output: { file: outFile, format: 'esm' },
    write: true
  });
  return outFile;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const out = path.join(root, process.env.CHISO_BUILD_OUT ?? 'build', 'import-worker.mjs');
  await buildImportWorker(out);
  console.log(`import worker: ${path.relative(root, out)}`);
}
