/**
 * ExtendedDisconnectReasonCode: the "extended error code" the client shows (rdp-facts.md §1b). Values
 * 1–12 and 256–266 have same-named twins among the server error-info codes (see relations.ts).
 */
import { defineCodes, type CodeRow } from './define-codes';
import { codeSources } from './sources';

const rows: CodeRow[] = [
  [0x0, 'exDiscReasonNoInfo', 'No extra information.'],
  [0x1, 'exDiscReasonAPIInitiatedDisconnect', 'An application (API call) started the disconnect.'],
  [0x2, 'exDiscReasonAPIInitiatedLogoff', 'An application logged the client off.'],
  [0x3, 'exDiscReasonServerIdleTimeout', 'Server disconnected the client after the idle time-out.'],
  [0x4, 'exDiscReasonServerLogonTimeout', 'Server disconnected the client after the connection/session time limit.'],
  [0x5, 'exDiscReasonReplacedByOtherConnection', 'Another connection replaced this one.'],
  [0x6, 'exDiscReasonOutOfMemory', 'No memory available.'],
  [0x7, 'exDiscReasonServerDeniedConnection', 'The server denied the connection.'],
  [
    0x8,
    'exDiscReasonServerDeniedConnectionFips',
    'Server denied the connection for security reasons (name implies FIPS policy).',
  ],
  [
    0x9,
    'exDiscReasonServerInsufficientPrivileges',
    'Server denied the connection for security reasons (name implies the user lacks the right to connect).',
  ],
  [0xa, 'exDiscReasonServerFreshCredsRequired', 'Fresh (typed) credentials are required.'],
  [0xb, 'exDiscReasonRpcInitiatedDisconnectByUser', 'User activity started the disconnect.'],
  [0xc, 'exDiscReasonLogoffByUser', 'User logged off, ending the session.'],
  [0x100, 'exDiscReasonLicenseInternal', 'Internal licensing error.'],
  [0x101, 'exDiscReasonLicenseNoLicenseServer', 'No license server available.'],
  [0x102, 'exDiscReasonLicenseNoLicense', 'No valid license available.'],
  [0x103, 'exDiscReasonLicenseErrClientMsg', 'Remote computer got an invalid licensing message.'],
  [0x104, 'exDiscReasonLicenseHwidDoesntMatchLicense', 'Hardware ID does not match the one on the license.'],
  [0x105, 'exDiscReasonLicenseErrClientLicense', 'Client license error.'],
  [0x106, 'exDiscReasonLicenseCantFinishProtocol', 'Network problems broke the licensing protocol.'],
  [0x107, 'exDiscReasonLicenseClientEndedProtocol', 'Client ended the licensing protocol early.'],
  [0x108, 'exDiscReasonLicenseErrClientEncryption', 'A licensing message was encrypted incorrectly.'],
  [0x109, 'exDiscReasonLicenseCantUpgradeLicense', 'Client access license could not be upgraded or renewed.'],
  [0x10a, 'exDiscReasonLicenseNoRemoteConnections', 'Remote computer is not licensed to accept remote connections.'],
  [
    0x10b,
    'exDiscReasonLicenseCreatingLicStoreAccDenied',
    'Access denied while creating the registry key for the license store.',
  ],
  [0x300, 'exDiscReasonRdpEncInvalidCredentials', 'Invalid credentials were encountered.'],
  [0x1000, 'exDiscReasonProtocolRangeStart', 'Start of the internal protocol-error range; check the server event log.'],
  [0x7fff, 'exDiscReasonProtocolRangeEnd', 'End of the internal protocol-error range.'],
];

export const extendedReasons = defineCodes(
  'extended',
  { sources: [codeSources.extendedReason], confidence: 'documented' },
  rows,
  {
    0x7: {
      notes: [
        'The server refused the connection, whatever the main code. With main code 0x904 it is the pair our main guide covers.',
        'Server side, LocalSessionManager event 40 ("Session N has been disconnected, reason code N") uses the same small numbers; one community write-up maps 7 to "server did not allow the connection" (unverified mapping).',
      ],
      sources: [codeSources.extendedReason, codeSources.errorInfoPdu, codeSources.sessionHostDisconnectCodes],
    },
    0xc: {
      notes: [
        'One revision of the documentation source lists this value as 2; the rendered page, an older MSDN copy and the protocol spec (ERRINFO_LOGOFF_BY_USER) all give 12.',
      ],
      sources: [codeSources.extendedReason, codeSources.errorInfoPdu],
    },
    0x1000: {
      notes: [
        'Values from 0x1000 to 0x7FFF are internal protocol errors. They appear to match the server error-info codes in that range (for example 0x112F) (our inference: the names and numbers line up, but the documentation does not say so).',
      ],
    },
  },
);
