/**
 * FreeRDP's own connection error codes, as FreeRDP-based clients (xfreerdp, Remmina, many thin clients)
 * print them: `ERRCONNECT_TLS_CONNECT_FAILED [0x00020008]`. The value is FreeRDP's class 2 (CONNECT)
 * shifted left 16 bits, plus the ERRCONNECT_* number (MAKE_FREERDP_ERROR in error.h), so each code keeps
 * the full value the log shows. These are FreeRDP's codes, not Microsoft's: a Windows client never shows
 * them. Meanings are FreeRDP's own text from errconnect.c; the last two have no text there yet and are
 * read from their names.
 */
import { defineCodes } from './define-codes';
import { codeSources } from './sources';

import { FREERDP_CONNECT_CLASS } from './freerdp-classes';

export { FREERDP_CONNECT_CLASS, FREERDP_ERRINFO_CLASS } from './freerdp-classes';

const connect = (code: number) => FREERDP_CONNECT_CLASS + code;

export const freerdpConnectErrors = defineCodes(
  'freerdp',
  { sources: [codeSources.freerdpErrConnect, codeSources.freerdpErrorH], confidence: 'documented' },
  [
    [
      connect(0x01),
      'ERRCONNECT_PRE_CONNECT_FAILED',
      'A configuration error prevented the connection (FreeRDP: "A configuration error prevented a connection to be established").',
    ],
    [
      connect(0x02),
      'ERRCONNECT_CONNECT_UNDEFINED',
      'An undefined connection error occurred: FreeRDP could not say more.',
    ],
    [
      connect(0x03),
      'ERRCONNECT_POST_CONNECT_FAILED',
      'The connection was aborted because of configuration errors after connecting (post-connect).',
    ],
    [connect(0x04), 'ERRCONNECT_DNS_ERROR', 'The DNS entry could not be resolved.'],
    [connect(0x05), 'ERRCONNECT_DNS_NAME_NOT_FOUND', 'The DNS host name was not found.'],
    [connect(0x06), 'ERRCONNECT_CONNECT_FAILED', 'The connection failed.'],
    [
      connect(0x07),
      'ERRCONNECT_MCS_CONNECT_INITIAL_ERROR',
      'The connection failed at the initial MCS connect, an early step of the RDP connection sequence.',
    ],
    [connect(0x08), 'ERRCONNECT_TLS_CONNECT_FAILED', 'The connection failed while setting up TLS.'],
    [connect(0x09), 'ERRCONNECT_AUTHENTICATION_FAILED', 'An authentication failure aborted the connection.'],
    [connect(0x0a), 'ERRCONNECT_INSUFFICIENT_PRIVILEGES', 'Insufficient privileges to establish a connection.'],
    [connect(0x0b), 'ERRCONNECT_CONNECT_CANCELLED', 'The connection was cancelled.'],
    [
      connect(0x0c),
      'ERRCONNECT_SECURITY_NEGO_CONNECT_FAILED',
      'The connection failed while negotiating security settings (the RDP, TLS or NLA security protocol).',
    ],
    [connect(0x0d), 'ERRCONNECT_CONNECT_TRANSPORT_FAILED', 'The connection transport layer failed.'],
    [connect(0x0e), 'ERRCONNECT_PASSWORD_EXPIRED', 'The password has expired and must be changed.'],
    [
      connect(0x0f),
      'ERRCONNECT_PASSWORD_CERTAINLY_EXPIRED',
      'The password has certainly expired and must be changed (used where no Kerberos server can be reached to confirm it).',
    ],
    [connect(0x10), 'ERRCONNECT_CLIENT_REVOKED', 'The client has been revoked.'],
    [connect(0x11), 'ERRCONNECT_KDC_UNREACHABLE', 'The Kerberos key distribution center (KDC) is unreachable.'],
    [connect(0x12), 'ERRCONNECT_ACCOUNT_DISABLED', 'The account is disabled.'],
    [connect(0x13), 'ERRCONNECT_PASSWORD_MUST_CHANGE', 'The password must be changed.'],
    [connect(0x14), 'ERRCONNECT_LOGON_FAILURE', 'Logon failed.'],
    [connect(0x15), 'ERRCONNECT_WRONG_PASSWORD', 'A wrong password was supplied.'],
    [connect(0x16), 'ERRCONNECT_ACCESS_DENIED', 'Access denied.'],
    [connect(0x17), 'ERRCONNECT_ACCOUNT_RESTRICTION', 'An account restriction prevented the logon.'],
    [connect(0x18), 'ERRCONNECT_ACCOUNT_LOCKED_OUT', 'The account is locked out.'],
    [connect(0x19), 'ERRCONNECT_ACCOUNT_EXPIRED', 'The account has expired.'],
    [connect(0x1a), 'ERRCONNECT_LOGON_TYPE_NOT_GRANTED', 'The logon type is not granted to this account.'],
    [connect(0x1b), 'ERRCONNECT_NO_OR_MISSING_CREDENTIALS', 'The credentials are invalid or missing.'],
    [connect(0x1c), 'ERRCONNECT_ACTIVATION_TIMEOUT', 'The connection timed out during activation.', true],
    [connect(0x1d), 'ERRCONNECT_TARGET_BOOTING', 'The target computer is still booting.', true],
  ],
);
