// Upload limits, in a module of their own so the browser can check a file's size before sending it
// without loading the importer.
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
export const DEFAULT_MAX_ROWS = 200_000;

const mb = (b: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(b / 1048576);

/** `bytes` null when the size is not known (refused before it all arrived). */
export function tooLargeMessage(bytes: number | null, max = DEFAULT_MAX_BYTES): string {
  return `Tệp quá lớn${bytes != null ? ` (${mb(bytes)} MB)` : ''}: chỉ nhận tệp đến ${mb(max)} MB. Hãy tách tệp theo năm hoặc theo chỉ số rồi tải lên lại.`;
}
