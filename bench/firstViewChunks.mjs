// The JS a page's first view loads: SvelteKit's entry, the layout and the page's node, and everything they
// import statically (dynamic import() is what loads later, only where used). Prints raw and brotli sizes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

/** Every file reachable by static imports from `entries` (paths relative to `dir`). */
export function staticClosure(dir, entries) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(STATIC_IMPORT)) visit(path.resolve(path.dirname(file), m[1]));
  };
  for (const e of entries) visit(path.resolve(dir, e));
  return [...seen];
}

/** The first view of a server-rendered page: the entry files its HTML imports plus the nodes it starts. */
export function firstViewChunks(buildDir, html) {
  const client = path.join(buildDir, 'client');
  const entries = [...html.matchAll(/import\("\.?\/?(_app\/immutable\/[^"]+\.js)"\)/g)].map((m) => m[1]);
  const nodeIds = html.match(/node_ids:\s*\[([\d,\s]+)\]/)?.[1].split(',').map((s) => s.trim()) ?? [];
  const nodesDir = path.join(client, '_app/immutable/nodes');
  const nodeFiles = readdirSync(nodesDir);
  const nodes = nodeIds.map((id) => nodeFiles.find((f) => f.startsWith(`${id}.`))).filter(Boolean).map((f) => `_app/immutable/nodes/${f}`);
  return staticClosure(client, [...entries, ...nodes]).map((f) => {
    const br = f + '.br';
    return { file: path.relative(client, f), bytes: readFileSync(f).length, br: existsSync(br) ? readFileSync(br).length : null };
  });
}

