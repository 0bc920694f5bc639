// Recognise uploads that are not CSV text at all, so the user gets "save as CSV" instead of a wall of errors.

export type NotText = 'xlsx' | 'xls' | 'binary';

export function sniffBinary(bytes: Uint8Array, text: string): NotText | null {
  // Zip container (xlsx, ods) and the OLE2 container of old .xls files.
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'xlsx';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'xls';
  const sample = text.slice(0, 8192).replace(/\x1a+$/, ''); // DOS end-of-file marker is harmless
  if (sample.length === 0) return null;
  if (sample.includes('\u0000')) return 'binary';
  const controls = sample.match(/[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]/g)?.length ?? 0;
  return controls / sample.length > 0.01 ? 'binary' : null;
}
