/**
 * The error-code catalogue: every code in rdp-facts.md §1, plain browser-safe data (no Zod at runtime;
 * error-codes.test.ts validates it against schema.ts, and the code pages parse it at build time).
 */
import { disconnectReasons } from './disconnect-reasons';
import { extendedReasons } from './extended-reasons';
import { fatalErrors } from './fatal-errors';
import { freerdpConnectErrors } from './freerdp-connect-errors';
import { otherCodes } from './other-codes';
import { linkCodes } from './relations';
import type { CodeFamily, ErrorCode } from './schema';
import { errorInfoBroker } from './server-error-info-broker';
import { errorInfoCore } from './server-error-info-core';
import { errorInfoProtocol } from './server-error-info-protocol';

export { codeGuides } from './relations';
export type { CodeFamily, CodeGuide, CodeRelation, Confidence, ErrorCode } from './schema';

export const errorCodes: readonly ErrorCode[] = linkCodes([
  ...disconnectReasons,
  ...otherCodes,
  ...extendedReasons,
  ...errorInfoCore,
  ...errorInfoBroker,
  ...errorInfoProtocol,
  ...fatalErrors,
  ...freerdpConnectErrors,
]).sort((a, b) => a.value - b.value);

/** Families in the order the site lists them, with the label and URL prefix (relative to the base) of each. */
export const codeFamilies: readonly { family: CodeFamily; label: string; prefix: string; describes: string }[] = [
  {
    family: 'disconnect',
    label: 'Error code (disconnect reason)',
    prefix: 'codes/',
    describes: 'The "Error code" the Remote Desktop client shows.',
  },
  {
    family: 'extended',
    label: 'Extended error code',
    prefix: 'codes/extended/',
    describes: 'The "Extended error code" shown under it.',
  },
  {
    family: 'errinfo',
    label: 'Server error info (ERRINFO)',
    prefix: 'codes/errinfo/',
    describes: 'Codes the server sends in the Set Error Info PDU, e.g. "protocol error (code: 0x112f)".',
  },
  {
    family: 'fatal',
    label: 'Fatal client error',
    prefix: 'codes/fatal/',
    describes: 'Codes of the ActiveX client OnFatalError callback.',
  },
  {
    family: 'freerdp',
    label: 'FreeRDP connection error (ERRCONNECT)',
    prefix: 'codes/freerdp/',
    describes:
      'Codes FreeRDP-based clients (xfreerdp, Remmina, many thin clients) log, e.g. "ERRCONNECT_TLS_CONNECT_FAILED [0x00020008]". A Windows client never shows them.',
  },
];
