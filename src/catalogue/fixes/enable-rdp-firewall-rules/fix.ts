import { defineFix } from '../../define-fix';
import { sources } from '../../sources';
import apply from './apply.ps1?raw';
import backup from './backup.ps1?raw';
import diagnose from './diagnose.ps1?raw';
import rollback from './rollback.ps1?raw';

export default defineFix({
  id: 'enable-rdp-firewall-rules',
  aliases: [],
  kind: 'fix',
  title: 'Enable the Remote Desktop firewall rules',
  summary:
    'Enables the two built-in "Remote Desktop - User Mode" inbound rules (TCP and UDP) by name when nothing in the effective firewall policy lets RDP in, and reports a Group Policy rule for the port, its scope and profiles, a listener port that differs from the expected one, or one held by another program.',
  noun: 'RdpFirewallRule',
  causes: ['listener-firewall-port'],
  // Opening the RDP port to the rules' scope is a security decision, hence not low.
  risk: 'high',
  restartsServices: [],
  needsReboot: false,
  dropsSession: false,
  runsOn: 'host',
  parameters: ['RdpPort'],
  changes: [
    'Reads the effective firewall policy (Get-NetFirewallRule -PolicyStore ActiveStore -TracePolicyStore), not only the local rules.',
    'If a Group Policy rule allows or blocks the RDP port, or Group Policy does not apply local rules, reports it (GPO, Profile, RemoteAddress) and enables nothing.',
    'Otherwise enables the firewall rules named RemoteDesktop-UserMode-In-TCP and RemoteDesktop-UserMode-In-UDP if they are disabled (not the whole Remote Desktop group, which also holds the shadowing rule). Enabling a rule open to any address or on Public networks asks a high-impact confirmation that names the computer, the Profile and the RemoteAddress.',
  ],
  steps: [
    {
      id: 'run-diagnose',
      text: 'Run the script in Diagnose mode with the port clients use: it checks both rules, the listener PortNumber and which process listens on the port.',
    },
    {
      id: 'check-port-owner',
      text: 'If another program holds the port, move that program to another port; this fix does not change ports.',
    },
    {
      id: 'check-gpo',
      text: 'If the diagnosis names a Group Policy rule for the port, or says local rules do not apply, change the GPO: the script leaves the local rules alone then.',
    },
    { id: 'run-whatif', text: 'Run the Fix script with -WhatIf and read which rules it would enable.' },
    {
      id: 'run-fix',
      text: 'Run the Fix script. It saves the state of both rules, then enables only the disabled ones.',
    },
    {
      id: 'test-port',
      text: 'From another computer, run `Test-NetConnection -ComputerName <host> -Port 3389` (or your port) and check TcpTestSucceeded.',
    },
  ],
  verify:
    'Get-NetFirewallRule -Name RemoteDesktop-UserMode-In-TCP, RemoteDesktop-UserMode-In-UDP shows Enabled True, and Test-NetConnection to the RDP port succeeds from a client.',
  version: 2,
  changelog: [
    {
      version: 2,
      date: '2026-12-02',
      summary:
        "Reads the effective firewall policy, Group Policy included: when a GPO rule (often limited to admin subnets) covers the RDP port, or Group Policy does not apply local rules, it reports that and no longer enables the local rules, which are open to any address. Shows each rule's Profile and RemoteAddress, and asks a high-impact confirmation before enabling a rule open to any address or on Public networks. Rollback prompts name the computer. Risk is now high: enabling a rule open to any address or on Public networks asks first, so an unattended run needs -Confirm:$false. Under -Confirm, each rollback step asks once.",
    },
    { version: 1, date: '2026-11-23', summary: 'First published.' },
  ],
  sources: [
    {
      title: 'Microsoft Learn: Get-NetFirewallRule (-PolicyStore, ActiveStore, -TracePolicyStore)',
      url: 'https://learn.microsoft.com/en-us/powershell/module/netsecurity/get-netfirewallrule',
    },
    {
      title: 'Microsoft Learn: Set-NetFirewallProfile (-AllowLocalFirewallRules)',
      url: 'https://learn.microsoft.com/en-us/powershell/module/netsecurity/set-netfirewallprofile',
    },
    sources.firewallRule,
    sources.generalTroubleshooting,
    sources.portsUsedByRds,
    sources.onDisconnected,
  ],
  scripts: { diagnose, backup, apply, rollback },
});
