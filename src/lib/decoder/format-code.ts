/** How codes are written on the site: lowercase hex without padding, as the Remote Desktop client shows them. */
import type { CodeFamily, ErrorCode } from '../../catalogue/error-codes';

export const formatHex = (value: number): string => `0x${value.toString(16)}`;

/** The 8-digit form event logs and some tools print, e.g. 0x00000904. */
export const formatPaddedHex = (value: number): string => `0x${value.toString(16).padStart(8, '0')}`;

const PREFIX: Record<CodeFamily, string> = {
  disconnect: 'codes/',
  extended: 'codes/extended/',
  errinfo: 'codes/errinfo/',
  fatal: 'codes/fatal/',
  freerdp: 'codes/freerdp/',
};

/** Page of a code, relative to the site base and with a trailing slash, e.g. `codes/extended/0x7/`. */
export const codePath = (code: Pick<ErrorCode, 'family' | 'value'>): string =>
  `${PREFIX[code.family]}${formatHex(code.value)}/`;

const LABEL: Record<CodeFamily, string> = {
  disconnect: 'Error code',
  extended: 'Extended error code',
  errinfo: 'Server error info',
  fatal: 'Fatal client error',
  freerdp: 'FreeRDP error',
};

/** Short title of a code page, e.g. "Extended error code 0x7: exDiscReasonServerDeniedConnection". */
export const codeTitle = (code: Pick<ErrorCode, 'family' | 'value' | 'name'>): string =>
  `${LABEL[code.family]} ${formatHex(code.value)}${code.name ? `: ${code.name}` : ''}`;

/** Every way people write this code: the strings a search for it may contain. */
export function codeAliases(code: Pick<ErrorCode, 'value' | 'name'>): string[] {
  const hex = code.value.toString(16);
  const forms = [
    `0x${hex}`,
    `0x${hex.toUpperCase()}`,
    String(code.value),
    formatPaddedHex(code.value),
    `0x${hex.padStart(8, '0').toUpperCase()}`,
  ];
  // Bare hex ("904", "112f") is how people often type it; a lone letter ("a") is not a code.
  if (/[0-9]/.test(hex)) forms.push(hex, hex.toUpperCase());
  if (code.name) forms.push(code.name);
  return [...new Set(forms)];
}
