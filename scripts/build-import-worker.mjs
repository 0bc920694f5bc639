#!/usr/bin/env node
// After `vite build`: bundles the upload parser's worker thread (src/lib/server/uploads/importWorker.ts)
// into build/import-worker.mjs. Packages stay external, resolved from node_modules like the server's.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'rolldown';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** @param {string} outFile */
export async function buildImportWorker(outFile) {
  await build({
    input: path.join(root, 'src/lib/server/uploads/importWorker.ts'),
    platform: 'node',
    external: (id) => !id.startsWith('.') && !path.isAbsolute(id),
    logLevel: 'warn',
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
