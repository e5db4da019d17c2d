/**
 * Codes people see in the client that are NOT in Microsoft's disconnect-reason table (rdp-facts.md §1c).
 * They share the `/codes/<hex>/` URL space with the disconnect reasons because the client shows them in
 * the same place. Confidence is honest: "reported" rests on one third-party report, "unknown" on none.
 */
import { defineCodes } from './define-codes';
import { authSources } from '../sources-authentication';
import { codeSources } from './sources';

export const otherCodes = [
  ...defineCodes(
    'disconnect',
    { sources: [codeSources.onDisconnected, codeSources.raSafError], confidence: 'unknown' },
    [
      [
        0x4,
        null,
        'No documented meaning: 0x4 is not in the client disconnect-reason list, and pages that give it one look auto-generated. (In the unrelated Remote Assistance API, 4 is SAFERROR_REMOTEBYUSER.)',
      ],
    ],
  ),
  ...defineCodes('disconnect', { sources: [codeSources.rdpwrapIssue], confidence: 'unknown' }, [
    [
      0x1104,
      null,
      'Shown as "protocol error detected at the client". Not in the disconnect-reason or server error-info lists; no source we read explains it.',
    ],
  ]),
  ...defineCodes(
    'disconnect',
    { sources: [codeSources.expiredCertWiki], confidence: 'reported' },
    [
      [
        0x3000019,
        null,
        'RD Gateway family. One wiki page reports it with "The Remote Desktop Gateway server administrator has ended the connection", alongside Schannel event 36870, when the RDP certificate had expired.',
      ],
    ],
    { 0x3000019: { causes: ['gateway-broker'] } },
  ),
  ...defineCodes(
    'disconnect',
    { sources: [codeSources.onDisconnected], confidence: 'unknown' },
    [
      [
        0x3000046,
        null,
        'Azure Virtual Desktop / Windows App connection code (0x3000xxx family), not in the disconnect-reason list linked below. A community runbook comment links it to a session host whose VM is stopped or deallocated ("Start VM on Connect"); no Microsoft source found, so treat it as a lead only.',
      ],
    ],
    {
      0x3000046: {
        notes: [
          'Where the lead comes from: a comment in a community Azure Automation runbook, seen in a public code index whose repository could not be identified, so there is no link to it. The Microsoft page below is linked only to show that the code is not in its list.',
        ],
      },
    },
  ),
  ...defineCodes(
    'disconnect',
    { sources: [authSources.disconnectCodesWiki, codeSources.onDisconnected], confidence: 'reported' },
    [
      [
        0xb09,
        null,
        "The client's message for 2825: the remote computer requires Network Level Authentication, which this client does not support. Not in Microsoft's disconnect-reason list; the message comes from the client's own table.",
      ],
    ],
    {
      0xb09: {
        notes: [
          'Third-party clients (mRemoteNG, FreeRDP-based tools) show it as the decimal 2825. The host requires NLA (CredSSP) and the client did not offer it.',
        ],
        sources: [authSources.disconnectCodesWiki, authSources.mremotengNla2825, codeSources.onDisconnected],
        causes: ['client-credssp-disabled', 'security-layer-mismatch'],
      },
    },
  ),
];
