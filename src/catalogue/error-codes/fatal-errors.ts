/** Fatal errors of the ActiveX client: `errorCode` of IMsTscAxEvents::OnFatalError (rdp-facts.md §1a). */
import { defineCodes, type CodeRow } from './define-codes';
import { codeSources } from './sources';

const rows: CodeRow[] = [
  [0x0, null, 'Unknown error.'],
  [0x1, null, 'Internal error 1.'],
  [0x2, null, 'Out of memory.'],
  [0x3, null, 'Window creation failed.'],
  [0x4, null, 'Internal error 2.'],
  [0x5, null, 'Internal error 3 (invalid state).'],
  [0x6, null, 'Internal error 4.'],
  [0x7, null, 'Unrecoverable error during client connection.'],
  [0x64, null, 'Winsock initialization error.'],
];

export const fatalErrors = defineCodes(
  'fatal',
  { sources: [codeSources.onFatalError], confidence: 'documented' },
  rows,
  {
    0x7: {
      notes: [
        'Not the extended 0x7 shown with 0x904. This is a fatal client error (OnFatalError); the "extended error code 0x7" in the 0x904 message is exDiscReasonServerDeniedConnection, the server denied the connection (linked under Related codes).',
      ],
      sources: [codeSources.onFatalError, codeSources.extendedReason],
    },
  },
);
