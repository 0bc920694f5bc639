#!/usr/bin/env node
// After `vite build`: brotli and gzip every immutable asset once (JS, CSS, fonts, the DuckDB wasm), so the
// server never compresses them per request (scripts/staticCompressed.mjs serves them by Accept-Encoding).
// Qualities keep the build fast (measured on this build): brotli 10 on JS and CSS, 2 % above quality 11 in
// 60 % of its time; brotli 5 on fonts (for PDF export, not the first view) and on the 34 MB wasm with a
// 16 MB window (quality 11 would take a minute); gzip 9, or 6 on the wasm.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { COMPRESSIBLE } from './staticCompressed.mjs';

const BIG = 4 * 1024 * 1024;
const FAST = new Set(['.ttf', '.otf']);

function* files(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else if (COMPRESSIBLE.has(path.extname(e.name))) yield p;
  }
}

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/**
 * Writes `f.br` and `f.gz` beside every compressible file under `dir`; returns what it did. The files are
 * compressed on libuv's thread pool side by side, so the wasm does not hold up the rest.
 */
export async function precompressDir(dir) {
  const t0 = Date.now();
  const done = { files: 0, raw: 0, br: 0, ms: 0, big: [] };
  const biggestFirst = [...files(dir)].map((f) => ({ f, size: statSync(f).size })).sort((a, b) => b.size - a.size);
  await Promise.all(biggestFirst.map(async ({ f: file }) => {
    const body = readFileSync(file);
    const big = body.length > BIG;
    const quality = big || FAST.has(path.extname(file)) ? 5 : 10;
    const [b, gz] = await Promise.all([brotli(body, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: quality,
        [zlib.constants.BROTLI_PARAM_LGWIN]: big ? 24 : 22,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length
      }
    }), gzip(body, { level: big ? 6 : 9 })]);
    writeFileSync(file + '.br', b);
    writeFileSync(file + '.gz', gz);
    done.files++;
    done.raw += body.length;
    done.br += b.length;
    if (big) done.big.push(`${path.basename(file)}: ${(body.length / 1e6).toFixed(1)} MB → br ${(b.length / 1e6).toFixed(1)} MB`);
  }));
  done.ms = Date.now() - t0;
  return done;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const done = await precompressDir(path.join(process.env.CHISO_BUILD_OUT ?? 'build', 'client/_app/immutable'));
  const kib = (x) => `${Math.round(x / 1024)} KiB`;
  for (const b of done.big) console.log(b);
  console.log(`precompress: ${done.files} files, ${kib(done.raw)} → br ${kib(done.br)} in ${done.ms} ms`);
  if (!done.files) process.exit(1);
}
