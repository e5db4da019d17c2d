/** The evidence checksum: first 16 hex digits of SHA-256 over the ASCII base64url payload (see evidence-format.ts). */
import { sha256Hex } from '../ticket/sha256';
import { CHECKSUM_HEX_DIGITS } from './evidence-format';

export const evidenceChecksum = (payload: string): string =>
  sha256Hex(new TextEncoder().encode(payload)).slice(0, CHECKSUM_HEX_DIGITS);

/** base64url (no padding) → bytes; undefined when it is not base64url. */
export function decodeBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** bytes → base64url (no padding); for tests that build evidence the way the script does. */
export function encodeBase64Url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}
