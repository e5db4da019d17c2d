/**
 * Server error-info codes, protocol range (0x10C9–0x1196): the "protocol error" codes.
 * Names and values: MS-RDPBCGR 2.2.5.1.1 (Set Error Info PDU); meanings paraphrased from FreeRDP's copy
 * of the spec text (rdp-facts.md §1b, "Full server error-info list").
 */
import { defineCodes, type CodeRow } from './define-codes';
import { codeSources } from './sources';

const rows: CodeRow[] = [
  [0x10c9, 'ERRINFO_UNKNOWN_DATA_PDU_TYPE', 'Unknown pduType2 in a Share Data Header.'],
  [0x10ca, 'ERRINFO_UNKNOWN_PDU_TYPE', 'Unknown pduType in a Share Control Header.'],
  [0x10cb, 'ERRINFO_DATA_PDU_SEQUENCE', 'Slow-path data PDU received out of sequence.'],
  [0x10cd, 'ERRINFO_CONTROL_PDU_SEQUENCE', 'Slow-path non-data PDU received out of sequence.'],
  [0x10ce, 'ERRINFO_INVALID_CONTROL_PDU_ACTION', 'Control PDU with invalid action field.'],
  [0x10cf, 'ERRINFO_INVALID_INPUT_PDU_TYPE', 'Input event with invalid type/event code.'],
  [0x10d0, 'ERRINFO_INVALID_INPUT_PDU_MOUSE', 'Mouse event with invalid pointer flags.'],
  [0x10d1, 'ERRINFO_INVALID_REFRESH_RECT_PDU', 'Invalid Refresh Rect PDU.'],
  [0x10d2, 'ERRINFO_CREATE_USER_DATA_FAILED', 'Server could not build the GCC Conference Create Response user data.'],
  [0x10d3, 'ERRINFO_CONNECT_FAILED', 'Channel-connection phase of the RDP connection sequence failed.'],
  [0x10d4, 'ERRINFO_CONFIRM_ACTIVE_HAS_WRONG_SHAREID', 'Confirm Active PDU had a wrong shareId.'],
  [0x10d5, 'ERRINFO_CONFIRM_ACTIVE_HAS_WRONG_ORIGINATOR', 'Confirm Active PDU had a wrong originatorId.'],
  [0x10da, 'ERRINFO_PERSISTENT_KEY_PDU_BAD_LENGTH', 'Persistent Key List PDU too short.'],
  [0x10db, 'ERRINFO_PERSISTENT_KEY_PDU_ILLEGAL_FIRST', 'Second Persistent Key List PDU marked as first.'],
  [
    0x10dc,
    'ERRINFO_PERSISTENT_KEY_PDU_TOO_MANY_TOTAL_KEYS',
    'Persistent Key List announced more than 262144 bitmap cache entries.',
  ],
  [
    0x10dd,
    'ERRINFO_PERSISTENT_KEY_PDU_TOO_MANY_CACHE_KEYS',
    'Persistent Key List announced too many keys for a cache.',
  ],
  [0x10de, 'ERRINFO_INPUT_PDU_BAD_LENGTH', 'Input PDU too short.'],
  [0x10df, 'ERRINFO_BITMAP_CACHE_ERROR_PDU_BAD_LENGTH', 'Bitmap Cache Error PDU too short.'],
  [0x10e0, 'ERRINFO_SECURITY_DATA_TOO_SHORT', 'Fast-path input security fields too short.'],
  [0x10e1, 'ERRINFO_VCHANNEL_DATA_TOO_SHORT', 'Virtual-channel data or channel header too short.'],
  [0x10e2, 'ERRINFO_SHARE_DATA_TOO_SHORT', 'Control/Share Control/Share Data/Font List data too short.'],
  [0x10e3, 'ERRINFO_BAD_SUPPRESS_OUTPUT_PDU', 'Suppress Output PDU too short or invalid.'],
  [0x10e5, 'ERRINFO_CONFIRM_ACTIVE_PDU_TOO_SHORT', 'Confirm Active PDU too short.'],
  [0x10e7, 'ERRINFO_CAPABILITY_SET_TOO_SMALL', 'Capability set header too short.'],
  [0x10e8, 'ERRINFO_CAPABILITY_SET_TOO_LARGE', 'Capability set length exceeds received data.'],
  [0x10e9, 'ERRINFO_NO_CURSOR_CACHE', 'Pointer capability set announces no cursor cache.'],
  [0x10ea, 'ERRINFO_BAD_CAPABILITIES', "Server rejected the client's capabilities."],
  [0x10ec, 'ERRINFO_VIRTUAL_CHANNEL_DECOMPRESSION', 'Bulk decompression of a virtual-channel PDU failed.'],
  [0x10ed, 'ERRINFO_INVALID_VC_COMPRESSION_TYPE', 'Invalid bulk-compression type in channel header.'],
  [0x10ef, 'ERRINFO_INVALID_CHANNEL_ID', 'Invalid MCS channel ID.'],
  [0x10f0, 'ERRINFO_VCHANNELS_TOO_MANY', 'Client asked for more than 31 static virtual channels.'],
  [0x10f3, 'ERRINFO_REMOTEAPP_NOT_ENABLED', 'Server only hosts RemoteApp but the client did not request RAIL.'],
  [0x10f4, 'ERRINFO_CACHE_CAP_NOT_SET', 'Persistent Key List sent without the required bitmap-cache capability.'],
  [0x10f5, 'ERRINFO_BITMAP_CACHE_ERROR_PDU_BAD_LENGTH2', 'Bitmap Cache Error PDU block count inconsistent.'],
  [0x10f6, 'ERRINFO_OFFSCREEN_CACHE_ERROR_PDU_BAD_LENGTH', 'Offscreen Cache Error PDU too short.'],
  [0x10f7, 'ERRINFO_DRAWNINEGRID_CACHE_ERROR_PDU_BAD_LENGTH', 'DrawNineGrid Cache Error PDU too short.'],
  [0x10f8, 'ERRINFO_GDIPLUS_PDU_BAD_LENGTH', 'GDI+ Error PDU too short.'],
  [
    0x1111,
    'ERRINFO_SECURITY_DATA_TOO_SHORT2',
    'Security header / Info packet / Extended Info packet field missing or too long (field-specific variant).',
  ],
  [
    0x1112,
    'ERRINFO_SECURITY_DATA_TOO_SHORT3',
    'Security header / Info packet / Extended Info packet field missing or too long (field-specific variant).',
  ],
  [
    0x1113,
    'ERRINFO_SECURITY_DATA_TOO_SHORT4',
    'Security header / Info packet / Extended Info packet field missing or too long (field-specific variant).',
  ],
  [
    0x1114,
    'ERRINFO_SECURITY_DATA_TOO_SHORT5',
    'Security header / Info packet / Extended Info packet field missing or too long (field-specific variant).',
  ],
  [
    0x1115,
    'ERRINFO_SECURITY_DATA_TOO_SHORT6',
    'Security header / Info packet / Extended Info packet field missing or too long (field-specific variant).',
  ],
  [
    0x1116,
    'ERRINFO_SECURITY_DATA_TOO_SHORT7',
    'Security header / Info packet / Extended Info packet field missing or too long (field-specific variant).',
  ],
  [
    0x1117,
    'ERRINFO_SECURITY_DATA_TOO_SHORT8',
    'Security header / Info packet / Extended Info packet field missing or too long (field-specific variant).',
  ],
  [
    0x1118,
    'ERRINFO_SECURITY_DATA_TOO_SHORT9',
    'Security header / Info packet / Extended Info packet field missing or too long (field-specific variant).',
  ],
  [
    0x1119,
    'ERRINFO_SECURITY_DATA_TOO_SHORT10',
    'Security header / Info packet / Extended Info packet field missing or too long (field-specific variant).',
  ],
  [
    0x111a,
    'ERRINFO_SECURITY_DATA_TOO_SHORT11',
    'Security header / Info packet / Extended Info packet field missing or too long (field-specific variant).',
  ],
  [
    0x111b,
    'ERRINFO_SECURITY_DATA_TOO_SHORT12',
    'Security header / Info packet / Extended Info packet field missing or too long (field-specific variant).',
  ],
  [
    0x111c,
    'ERRINFO_SECURITY_DATA_TOO_SHORT13',
    'Security header / Info packet / Extended Info packet field missing or too long (field-specific variant).',
  ],
  [
    0x111d,
    'ERRINFO_SECURITY_DATA_TOO_SHORT14',
    'Security header / Info packet / Extended Info packet field missing or too long (field-specific variant).',
  ],
  [
    0x111e,
    'ERRINFO_SECURITY_DATA_TOO_SHORT15',
    'Security header / Info packet / Extended Info packet field missing or too long (field-specific variant).',
  ],
  [
    0x111f,
    'ERRINFO_SECURITY_DATA_TOO_SHORT16',
    'Security header / Info packet / Extended Info packet field missing or too long (field-specific variant).',
  ],
  [
    0x1120,
    'ERRINFO_SECURITY_DATA_TOO_SHORT17',
    'Security header / Info packet / Extended Info packet field missing or too long (field-specific variant).',
  ],
  [
    0x1121,
    'ERRINFO_SECURITY_DATA_TOO_SHORT18',
    'Security header / Info packet / Extended Info packet field missing or too long (field-specific variant).',
  ],
  [
    0x1122,
    'ERRINFO_SECURITY_DATA_TOO_SHORT19',
    'Security header / Info packet / Extended Info packet field missing or too long (field-specific variant).',
  ],
  [
    0x1123,
    'ERRINFO_SECURITY_DATA_TOO_SHORT20',
    'Security header / Info packet / Extended Info packet field missing or too long (field-specific variant).',
  ],
  [
    0x1124,
    'ERRINFO_SECURITY_DATA_TOO_SHORT21',
    'Security header / Info packet / Extended Info packet field missing or too long (field-specific variant).',
  ],
  [
    0x1125,
    'ERRINFO_SECURITY_DATA_TOO_SHORT22',
    'Security header / Info packet / Extended Info packet field missing or too long (field-specific variant).',
  ],
  [
    0x1126,
    'ERRINFO_SECURITY_DATA_TOO_SHORT23',
    'Security header / Info packet / Extended Info packet field missing or too long (field-specific variant).',
  ],
  [0x1129, 'ERRINFO_BAD_MONITOR_DATA', 'Invalid monitor layout data.'],
  [0x112a, 'ERRINFO_VC_DECOMPRESSED_REASSEMBLE_FAILED', 'Reassembling decompressed virtual-channel data failed.'],
  [0x112b, 'ERRINFO_VC_DATA_TOO_LONG', 'Virtual-channel data too long.'],
  [0x112c, 'ERRINFO_BAD_FRAME_ACK_DATA', 'Invalid frame-acknowledge data.'],
  [0x112d, 'ERRINFO_GRAPHICS_MODE_NOT_SUPPORTED', 'Requested graphics mode not supported.'],
  [0x112e, 'ERRINFO_GRAPHICS_SUBSYSTEM_RESET_FAILED', 'Server graphics subsystem reset failed.'],
  [0x112f, 'ERRINFO_GRAPHICS_SUBSYSTEM_FAILED', "Server graphics subsystem failed (the '0x112f protocol error')."],
  [0x1130, 'ERRINFO_TIMEZONE_KEY_NAME_LENGTH_TOO_SHORT', 'Time-zone key name too short.'],
  [0x1131, 'ERRINFO_TIMEZONE_KEY_NAME_LENGTH_TOO_LONG', 'Time-zone key name too long.'],
  [0x1132, 'ERRINFO_DYNAMIC_DST_DISABLED_FIELD_MISSING', 'Dynamic-DST-disabled field missing.'],
  [0x1133, 'ERRINFO_VC_DECODING_ERROR', 'Virtual-channel decoding error.'],
  [0x1134, 'ERRINFO_VIRTUALDESKTOPTOOLARGE', 'Requested virtual desktop too large.'],
  [0x1135, 'ERRINFO_MONITORGEOMETRYVALIDATIONFAILED', 'Monitor geometry validation failed.'],
  [0x1136, 'ERRINFO_INVALIDMONITORCOUNT', 'Invalid monitor count.'],
  [0x1191, 'ERRINFO_UPDATE_SESSION_KEY_FAILED', 'Session key update (standard RDP security) failed.'],
  [0x1192, 'ERRINFO_DECRYPT_FAILED', 'Decryption failed (standard RDP security).'],
  [0x1193, 'ERRINFO_ENCRYPT_FAILED', 'Encryption failed (standard RDP security).'],
  [0x1194, 'ERRINFO_ENCRYPTION_PACKAGE_MISMATCH', 'Encryption package mismatch.'],
  [0x1195, 'ERRINFO_DECRYPT_FAILED2', 'Decryption failed (variant).'],
  [0x1196, 'ERRINFO_PEER_DISCONNECTED', 'Peer disconnected.'],
];

export const errorInfoProtocol = defineCodes(
  'errinfo',
  { sources: [codeSources.errorInfoPdu, codeSources.freerdpErrorH], confidence: 'documented' },
  rows,
  {
    0x112f: {
      notes: [
        'Shown as "Because of a protocol error (code: 0x112f), the remote session will be disconnected." Reported causes, unverified: not enough memory on the host (a cloud vendor FAQ), and hardware AVC encoding on AVD hosts with NVIDIA GPUs.',
      ],
    },
  },
);
