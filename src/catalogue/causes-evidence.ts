/**
 * Causes that real troubleshooting threads needed and the first catalogue lacked (issue 13, item 4).
 * Spread into causes.ts. Causes the issue-14 work adds live in their own files.
 */
import { defineCause } from './define-cause';

export const evidenceCauses = [
  defineCause({
    id: 'brute-force-flood',
    title: 'RDP endpoint flooded by brute-force or scanning traffic',
    summary:
      'The RDP port is open to the internet and scanners or password-guessing bots hold its connection slots, so real users are refused or dropped. Fixed by restricting who may reach the port, not by changing RDP itself.',
    evidence: [
      'Security log: many event 4625 (failed logon) from addresses you do not know',
      'RemoteDesktopServices-RdpCoreTS/Operational event 140: "A connection from the client computer with an IP address of … failed because the user name or password is not correct"',
      'It works from inside the network and fails from outside, at random times',
      'The firewall rule for TCP 3389 allows any remote address',
    ],
    confidence: 'reported',
    sources: [
      {
        title: 'Microsoft Learn: 4625(F) An account failed to log on',
        url: 'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-10/security/threat-protection/auditing/event-4625',
      },
      {
        title:
          'Microsoft Learn: Understand just-in-time VM access (attackers hunt open RDP ports; close them to all but known sources)',
        url: 'https://learn.microsoft.com/en-us/azure/defender-for-cloud/just-in-time-access-overview',
      },
      {
        title:
          'Microsoft Ask PFE Platforms: Removing self-signed RDP certificates (NLA as pre-authentication against DoS)',
        url: 'https://blogs.technet.microsoft.com/askpfeplat/2017/02/01/removing-self-signed-rdp-certificates/',
      },
    ],
  }),
] as const;
