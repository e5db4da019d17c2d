/**
 * Server error-info codes, Connection Broker range (0x400–0x412). The spec text we read had no descriptions: meanings are read from the names.
 * Names and values: MS-RDPBCGR 2.2.5.1.1 (Set Error Info PDU); meanings paraphrased from FreeRDP's copy
 * of the spec text (rdp-facts.md §1b, "Full server error-info list").
 */
import { defineCodes, type CodeRow } from './define-codes';
import { codeSources } from './sources';

const rows: CodeRow[] = [
  [0x400, 'ERRINFO_CB_DESTINATION_NOT_FOUND', 'Connection Broker: target endpoint not found.', true],
  [0x402, 'ERRINFO_CB_LOADING_DESTINATION', 'Broker: target endpoint still loading.', true],
  [0x404, 'ERRINFO_CB_REDIRECTING_TO_DESTINATION', 'Broker: redirecting to target failed/in progress.', true],
  [0x405, 'ERRINFO_CB_SESSION_ONLINE_VM_WAKE', 'Broker: error waking the target VM.', true],
  [0x406, 'ERRINFO_CB_SESSION_ONLINE_VM_BOOT', 'Broker: error booting the target VM.', true],
  [0x407, 'ERRINFO_CB_SESSION_ONLINE_VM_NO_DNS', 'Broker: target VM has no DNS name/IP.', true],
  [0x408, 'ERRINFO_CB_DESTINATION_POOL_NOT_FREE', 'Broker: no free endpoint in the pool.', true],
  [0x409, 'ERRINFO_CB_CONNECTION_CANCELLED', 'Broker: connection cancelled.', true],
  [0x410, 'ERRINFO_CB_CONNECTION_ERROR_INVALID_SETTINGS', 'Broker: invalid connection settings.', true],
  [0x411, 'ERRINFO_CB_SESSION_ONLINE_VM_BOOT_TIMEOUT', 'Broker: target VM boot timed out.', true],
  [0x412, 'ERRINFO_CB_SESSION_ONLINE_VM_SESSMON_FAILED', 'Broker: session monitoring on target VM failed.', true],
];

export const errorInfoBroker = defineCodes(
  'errinfo',
  { sources: [codeSources.errorInfoPdu, codeSources.freerdpErrorH], confidence: 'documented' },
  rows,
);
