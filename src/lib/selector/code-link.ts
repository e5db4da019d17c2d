/**
 * The text a code page puts in `selector/?code=…`: the code as the client or log would show it, so the
 * selector's decoder reads it with the right role (an extended code keeps its label).
 */
import type { ErrorCode } from '../../catalogue/error-codes';
import { formatHex } from '../decoder';

export function selectorCodeText(code: ErrorCode): string {
  if (code.family === 'extended') return `Extended error code: ${formatHex(code.value)}`;
  if (code.family === 'freerdp' && code.name) return `${code.name} [0x${code.value.toString(16).padStart(8, '0')}]`;
  if (code.family === 'errinfo' && code.name) return code.name;
  return `Error code: ${formatHex(code.value)}`;
}
