#!/usr/bin/env node
// Serve the built dashboard on the shipped data: `npm run serve` (after `npm run build`).
process.env.PORT ??= '3000';
process.env.HOST ??= '0.0.0.0';
console.log(`chiso: mở http://localhost:${process.env.PORT}/ trong trình duyệt (Ctrl+C để dừng)`);
await import('../build/index.js');
