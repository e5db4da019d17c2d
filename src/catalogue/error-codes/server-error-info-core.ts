/**
 * Server error-info codes, session and licensing ranges (0x1–0x18, 0x100–0x10A).
 * Names and values: MS-RDPBCGR 2.2.5.1.1 (Set Error Info PDU); meanings paraphrased from FreeRDP's copy
 * of the spec text (rdp-facts.md §1b, "Full server error-info list").
 */
import { defineCodes, type CodeRow } from './define-codes';
import { codeSources } from './sources';

const rows: CodeRow[] = [
  [0x1, 'ERRINFO_RPC_INITIATED_DISCONNECT', 'Admin tool in another session disconnected this session.'],
  [0x2, 'ERRINFO_RPC_INITIATED_LOGOFF', 'Admin tool in another session forced a logoff.'],
  [0x3, 'ERRINFO_IDLE_TIMEOUT', 'Server idle-session timer expired.'],
  [0x4, 'ERRINFO_LOGON_TIMEOUT', 'Server active-session time limit expired.'],
  [0x5, 'ERRINFO_DISCONNECTED_BY_OTHER_CONNECTION', 'Another user/connection took over, forcing this one off.'],
  [0x6, 'ERRINFO_OUT_OF_MEMORY', 'Server ran out of memory.'],
  [0x7, 'ERRINFO_SERVER_DENIED_CONNECTION', 'Server denied the connection.'],
  [0x9, 'ERRINFO_SERVER_INSUFFICIENT_PRIVILEGES', 'User lacks the access rights needed to connect.'],
  [
    0xa,
    'ERRINFO_SERVER_FRESH_CREDENTIALS_REQUIRED',
    'Server will not accept saved credentials; user must enter them each time.',
  ],
  [
    0xb,
    'ERRINFO_RPC_INITIATED_DISCONNECT_BY_USER',
    "Admin tool running inside the user's own session disconnected it.",
  ],
  [0xc, 'ERRINFO_LOGOFF_BY_USER', 'User logged off.'],
  [
    0xf,
    'ERRINFO_CLOSE_STACK_ON_DRIVER_NOT_READY',
    'Server closed the stack because a (display) driver was not ready.',
    true,
  ],
  [0x10, 'ERRINFO_SERVER_DWM_CRASH', 'Desktop Window Manager in the session crashed.', true],
  [0x11, 'ERRINFO_CLOSE_STACK_ON_DRIVER_FAILURE', 'Server closed the stack after a driver failure.', true],
  [
    0x12,
    'ERRINFO_CLOSE_STACK_ON_DRIVER_IFACE_FAILURE',
    'Server closed the stack after a driver-interface failure.',
    true,
  ],
  [0x17, 'ERRINFO_SERVER_WINLOGON_CRASH', 'Winlogon in the session crashed.', true],
  [0x18, 'ERRINFO_SERVER_CSRSS_CRASH', 'CSRSS in the session crashed.', true],
  [0x100, 'ERRINFO_LICENSE_INTERNAL', 'Internal error in the licensing component.'],
  [0x101, 'ERRINFO_LICENSE_NO_LICENSE_SERVER', 'No RD License Server could be found.'],
  [0x102, 'ERRINFO_LICENSE_NO_LICENSE', 'No Client Access Licenses available for the target.'],
  [0x103, 'ERRINFO_LICENSE_BAD_CLIENT_MSG', 'Server received an invalid licensing message from the client.'],
  [0x104, 'ERRINFO_LICENSE_HWID_DOESNT_MATCH_LICENSE', "The client's stored CAL has been modified."],
  [0x105, 'ERRINFO_LICENSE_BAD_CLIENT_LICENSE', "The client's stored CAL is in an invalid format."],
  [0x106, 'ERRINFO_LICENSE_CANT_FINISH_PROTOCOL', 'Network problems terminated the licensing protocol.'],
  [0x107, 'ERRINFO_LICENSE_CLIENT_ENDED_PROTOCOL', 'Client ended the licensing protocol prematurely.'],
  [0x108, 'ERRINFO_LICENSE_BAD_CLIENT_ENCRYPTION', 'A licensing message was incorrectly encrypted.'],
  [0x109, 'ERRINFO_LICENSE_CANT_UPGRADE_LICENSE', 'Stored CAL could not be upgraded or renewed.'],
  [0x10a, 'ERRINFO_LICENSE_NO_REMOTE_CONNECTIONS', 'Remote computer is not licensed to accept remote connections.'],
];

export const errorInfoCore = defineCodes(
  'errinfo',
  { sources: [codeSources.errorInfoPdu, codeSources.freerdpErrorH], confidence: 'documented' },
  rows,
);
