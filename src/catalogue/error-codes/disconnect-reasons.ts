/**
 * Client disconnect reasons: `discReason` of IMsTscAxEvents::OnDisconnected, the "Error code" the
 * Remote Desktop client shows (rdp-facts.md §1a, including the SSL_ERR_* ones from Wincred.h).
 */
import { defineCodes, type CodeRow } from './define-codes';
import { codeSources } from './sources';

const rows: CodeRow[] = [
  [0x0, 'disconnectReasonNoInfo', 'No information available.'],
  [0x1, 'disconnectReasonLocalNotError', 'Client side closed the connection locally; not an error.'],
  [0x2, 'disconnectReasonRemoteByUser', "Remote side disconnected at the user's request; not an error."],
  [
    0x3,
    'disconnectReasonByServer',
    'Server ended the connection; not an error code by itself (look at the extended code).',
  ],
  [0x104, 'disconnectReasonDNSLookupFailed', 'Host name could not be resolved via DNS.'],
  [0x106, 'disconnectReasonOutOfMemory', 'Client ran out of memory.'],
  [0x108, 'disconnectReasonConnectionTimedOut', 'Connection attempt timed out.'],
  [0x204, 'disconnectReasonSocketConnectFailed', 'Winsock connect failed (TCP connection could not be opened).'],
  [0x206, 'disconnectReasonOutOfMemory2', 'Client ran out of memory.'],
  [0x208, 'disconnectReasonHostNotFound', 'Host not found.'],
  [0x304, 'disconnectReasonWinsockSendFailed', 'Winsock send failed.'],
  [0x306, 'disconnectReasonOutOfMemory3', 'Client ran out of memory.'],
  [0x308, 'disconnectReasonInvalidIPAddr', 'The IP address given is not valid.'],
  [0x404, 'disconnectReasonSocketRecvFailed', 'Winsock recv failed.'],
  [0x406, 'disconnectReasonInvalidSecurityData', 'Security data received is not valid.'],
  [0x408, 'disconnectReasonInternalError', 'Internal client error.'],
  [0x506, 'disconnectReasonInvalidEncryption', 'The requested encryption method is not valid.'],
  [0x508, 'disconnectReasonDNSLookupFailed2', 'DNS lookup failed.'],
  [0x604, 'disconnectReasonGetHostByNameFailed', 'Winsock gethostbyname failed.'],
  [0x606, 'disconnectReasonInvalidServerSecurityInfo', 'Server security data is not valid.'],
  [0x608, 'disconnectReasonTimerError', 'Internal timer error.'],
  [0x704, 'disconnectReasonTimeoutOccurred', 'A time-out occurred.'],
  [0x706, 'disconnectReasonServerCertificateUnpackErr', 'Client could not unpack (parse) the server certificate.'],
  [0x804, 'disconnectReasonInvalidIP', 'Bad IP address specified.'],
  [0x807, 'SSL_ERR_LOGON_FAILURE', 'Logon failed (credential check failed).'],
  [0x808, 'disconnectReasonLicensingFailed', 'Licensing negotiation failed.'],
  [
    0x904,
    'disconnectReasonAtClientWinsockFDCLOSE',
    "Socket closed: the client's socket was closed (Winsock FD_CLOSE) underneath the connection.",
  ],
  [0x906, 'disconnectReasonInternalSecurityError', 'Internal security error.'],
  [0x908, 'disconnectReasonLicensingTimeout', 'Licensing timed out.'],
  [0xa06, 'disconnectReasonInternalSecurityError2', 'Internal security error.'],
  [0xa07, 'SSL_ERR_NO_SUCH_USER', 'The user name has no account.'],
  [0xb06, 'disconnectReasonEncryptionError', 'Encryption error.'],
  [0xb07, 'SSL_ERR_ACCOUNT_DISABLED', 'Account is disabled.'],
  [0xc06, 'disconnectReasonDecryptionError', 'Decryption error.'],
  [0xc07, 'SSL_ERR_ACCOUNT_RESTRICTION', 'Account restriction prevents logon.'],
  [0xc08, 'disconnectReasonClientDecompressionError', 'Client failed to decompress data.'],
  [0xd07, 'SSL_ERR_ACCOUNT_LOCKED_OUT', 'Account is locked out.'],
  [0xe07, 'SSL_ERR_ACCOUNT_EXPIRED', 'Account has expired.'],
  [0xf07, 'SSL_ERR_PASSWORD_EXPIRED', 'Password has expired.'],
  [0x1207, 'SSL_ERR_PASSWORD_MUST_CHANGE', 'Password must be changed before first logon.'],
  [0x1607, 'SSL_ERR_DELEGATION_POLICY', 'Policy does not allow delegating credentials to this target server.'],
  [
    0x1707,
    'SSL_ERR_POLICY_NTLM_ONLY',
    'Credential delegation refused because mutual authentication was not achieved (NTLM-only).',
  ],
  [
    0x1807,
    'SSL_ERR_NO_AUTHENTICATING_AUTHORITY',
    'No authority (e.g. domain controller) could be reached to authenticate; wrong domain, unreachable domain, or broken trust.',
  ],
  [0x1b07, 'SSL_ERR_CERT_EXPIRED', 'The certificate received has expired.'],
  [0x1c07, 'SSL_ERR_SMARTCARD_WRONG_PIN', 'Wrong smart-card PIN.'],
  [
    0x2107,
    'SSL_ERR_FRESH_CRED_REQUIRED_BY_SERVER',
    'Server policy refuses saved credentials; user must type fresh ones.',
  ],
  [0x2207, 'SSL_ERR_SMARTCARD_CARD_BLOCKED', 'Smart card is blocked.'],
];

export const disconnectReasons = defineCodes(
  'disconnect',
  { sources: [codeSources.onDisconnected], confidence: 'documented' },
  rows,
  {
    0x3: {
      notes: [
        'Not an error by itself: the extended error code carries the reason (for example 0x3 with extended 0x9 means the user lacks the right to connect).',
      ],
      sources: [codeSources.onDisconnected, codeSources.extendedReason],
    },
    0x204: {
      notes: [
        'The client could not open the TCP connection: host down, port closed or filtered, wrong port, or a listener problem.',
        'Reported once for Azure Virtual Desktop through a gateway: a cipher-suite-order policy had removed TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 (a single third-party report).',
      ],
      sources: [codeSources.onDisconnected, codeSources.avdCipherReport],
      causes: ['listener-firewall-port'],
    },
    0x904: {
      notes: [
        'The peer, or something on the path, ended the TCP connection; the code does not say why. The extended error code, if the dialog shows one, says more.',
        'The client event log (RDPClient/Operational, event 1026) records it as the decimal 2308. One admin traced drops of established sessions to the network / UDP transport.',
      ],
      sources: [codeSources.onDisconnected, codeSources.transportPolicyReport],
      causes: ['unstable-network-udp'],
    },
  },
);
