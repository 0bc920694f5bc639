// The floor chiso is measured against: the least a DuckDB-first page can do. No server rendering: load
// duckdb-wasm, the same data file as chiso's, and draw one province's PCI trend with d3. `npm run bench` builds it.
import { AsyncDuckDB, VoidLogger } from '@duckdb/duckdb-wasm';
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { splitBundle } from '../../src/lib/data/observationsBundle.ts';
import { createObservationsTable } from '../../src/lib/db/sql.ts';
import { axisBottom, axisLeft, extent, line, scaleLinear, select } from 'd3';

const db = new AsyncDuckDB(new VoidLogger(), new Worker(workerUrl));
const [, data] = await Promise.all([db.instantiate(wasmUrl), fetch('./data.csv').then((r) => r.arrayBuffer())]);
performance.mark('floor:instantiated'); // for `npm run bench:timeline -- --floor`, beside chiso's chiso:db-* marks
// chiso's data file is three CSVs (names and sources in lookup tables): the floor loads it as chiso does,
// into the same one long table, with chiso's own split and CREATE statement.
const parts = splitBundle(new Uint8Array(data));
const files = { units: 'units.csv', sources: 'sources.csv', rows: 'rows.csv' };
await Promise.all(Object.keys(files).map((k) => db.registerFileBuffer(files[k], parts[k])));
const conn = await db.connect();
await createObservationsTable({ query: (sql) => conn.query(sql) }, files);
performance.mark('floor:tables');
document.body.dataset.readyAt = String(Math.round(performance.now()));

const rows = (await conn.query(`SELECT year, value FROM obs WHERE index_id = 'pci' AND unit_code = '42' AND indicator = 'total' ORDER BY year`))
  .toArray()
  .map((r) => r.toJSON());
const [w, h, m] = [640, 320, 40];
const x = scaleLinear(extent(rows, (r) => r.year), [m, w - m]);
const y = scaleLinear(extent(rows, (r) => r.value), [h - m, m]).nice();
const svg = select(document.body).append('svg').attr('width', w).attr('height', h).attr('data-testid', 'floor-chart');
svg.append('g').attr('transform', `translate(0,${h - m})`).call(axisBottom(x).tickFormat(String));
svg.append('g').attr('transform', `translate(${m},0)`).call(axisLeft(y));
svg.append('path').attr('fill', 'none').attr('stroke', 'currentColor').attr('d', line((r) => x(r.year), (r) => y(r.value))(rows));
document.body.dataset.chartAt = String(Math.round(performance.now()));
