/**
 * The bytes of a downloaded script: UTF-8 with a byte-order mark and CRLF line endings. Windows
 * PowerShell 5.1 reads a BOM-less file as the ANSI code page, which would garble any non-ASCII text.
 */
export function toDownloadBytes(text: string): Uint8Array<ArrayBuffer> {
  const body = new TextEncoder().encode(text.replace(/\r?\n/g, '\r\n'));
  const bytes = new Uint8Array(body.length + 3);
  bytes.set([0xef, 0xbb, 0xbf], 0);
  bytes.set(body, 3);
  return bytes;
}
