// Browser only. A logo or photo chosen for an image slide → a PNG or JPEG data: URL the deck can keep:
// drawn no larger than the projector (1920 × 1080), PNG kept for logos (sharp edges, transparency), JPEG for
// photos or when PNG is too heavy. The server checks the result again (deck.ts cleanImage).
import { cleanImage, LIMITS } from './deck';

const MAX_W = 1920;
const MAX_H = 1080;

export async function imageFileToDataUrl(file: File): Promise<string> {
  if (!/^image\/(png|jpeg|webp|gif|bmp)$/.test(file.type)) throw new Error('Chỉ nhận ảnh PNG, JPEG, WebP, GIF hoặc BMP (không nhận SVG).');
  if (file.size > 40 * 1024 * 1024) throw new Error('Ảnh quá lớn (hơn 40 MB).');
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    throw new Error('Không đọc được ảnh: tệp hỏng hoặc không phải ảnh.');
  }
  const k = Math.min(1, MAX_W / bitmap.width, MAX_H / bitmap.height);
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(bitmap.width * k));
  canvas.height = Math.max(1, Math.round(bitmap.height * k));
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('Trình duyệt không vẽ được ảnh.');
  const draw = (background: string | null) => {
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    if (background) {
      ctx.fillStyle = background;
      ctx.fillRect(0, 0, canvas.width, canvas.height);
    }
    ctx.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  };
  draw(null);
  if (file.type === 'image/png' || file.type === 'image/gif') {
    const png = canvas.toDataURL('image/png');
    if (cleanImage(png)) return png;
  }
  // JPEG has no transparency: a logo's clear background becomes the slide's white.
  draw('#ffffff');
  for (const quality of [0.9, 0.8, 0.65, 0.5]) {
    const jpeg = canvas.toDataURL('image/jpeg', quality);
    if (cleanImage(jpeg)) return jpeg;
  }
  throw new Error(`Ảnh vẫn lớn hơn ${Math.round(LIMITS.imageBytes / 1e6 * 10) / 10} MB sau khi thu nhỏ.`);
}
