// Browser only. A standalone SVG (ideally from svgToStandalone, so its font travels inside) → PNG at 2×,
// sharp on a 1920×1080 projector. An SVG with embedded fonts is drawn only once those fonts have loaded
// (fontProbe.ts); one without is drawn as ChartFrame draws it (charts/export/rasterize.ts).
import { svgToPng as rasterize } from '../../charts/export/rasterize';
import { PROBE, withFontProbe } from './fontProbe';
import { svgSize } from './svgText';

/** Pixel size of the PNG for an SVG of `width` × `height` CSS px. */
export function pngSize(width: number, height: number, scale = 2): { width: number; height: number } {
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

const WAIT_MS = 5000;

function canvas2d(width: number, height: number): [HTMLCanvasElement, CanvasRenderingContext2D] {
  const c = document.createElement('canvas');
  c.width = width;
  c.height = height;
  const ctx = c.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('Trình duyệt không vẽ được canvas');
  return [c, ctx];
}

export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const probed = withFontProbe(svg);
  if (!probed) {
    const { width, height } = svgSize(svg);
    return rasterize(svg, width, height, scale);
  }
  const img = new Image();
  // A data: URL (not a blob: URL) keeps the canvas untainted, so the probes can be read.
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(probed.svg)}`;
  await img.decode();
  const full = pngSize(probed.canvasWidth, probed.height + PROBE.strip, scale);
  const [fullCanvas, ctx] = canvas2d(full.width, full.height);
  const draw = () => {
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, full.width, full.height);
    ctx.drawImage(img, 0, 0, full.width, full.height);
  };
  const inked = (i: number) => {
    const d = ctx.getImageData(Math.round(i * PROBE.cell * scale), Math.round(probed.height * scale), Math.round(PROBE.cell * scale), Math.round(PROBE.strip * scale)).data;
    for (let k = 0; k < d.length; k += 4) if (d[k] < 100) return true;
    return false;
  };
  const deadline = performance.now() + WAIT_MS;
  for (;;) {
    draw();
    if (probed.probes.every((_, i) => inked(i))) break;
    // Past the wait the fonts are not coming: draw with what the browser has rather than never.
    if (performance.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 25));
  }
  const out = pngSize(probed.width, probed.height, scale);
  const [outCanvas, outCtx] = canvas2d(out.width, out.height);
  outCtx.drawImage(fullCanvas, 0, 0, out.width, out.height, 0, 0, out.width, out.height);
  return new Promise((resolve, reject) => outCanvas.toBlob((b) => (b ? resolve(b) : reject(new Error('Không tạo được PNG'))), 'image/png'));
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23), to check what was written. */
export function readPngSize(bytes: Uint8Array): { width: number; height: number } {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || sig.some((b, i) => bytes[i] !== b)) throw new Error('Không phải tệp PNG');
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: v.getUint32(16), height: v.getUint32(20) };
}
