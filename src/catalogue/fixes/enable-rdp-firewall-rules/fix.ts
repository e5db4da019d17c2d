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
    'Enables the two built-in "Remote Desktop - User Mode" inbound rules (TCP and UDP) by name, and reports a listener port that differs from the expected one or is held by another program.',
  noun: 'RdpFirewallRule',
  causes: ['listener-firewall-port'],
  // Opening the RDP port to the rules' scope is a security decision, hence not low.
  risk: 'medium',
  restartsServices: [],
  needsReboot: false,
  dropsSession: false,
  runsOn: 'host',
  parameters: ['RdpPort'],
  changes: [
    'Enables the firewall rules named RemoteDesktop-UserMode-In-TCP and RemoteDesktop-UserMode-In-UDP if they are disabled (not the whole Remote Desktop group, which also holds the shadowing rule).',
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
      text: 'If a GPO manages Windows Firewall, enable the rules in the GPO instead; local rules may not apply.',
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
  version: 1,
  changelog: [{ version: 1, date: '2026-11-23', summary: 'First published.' }],
  sources: [sources.firewallRule, sources.generalTroubleshooting, sources.portsUsedByRds, sources.onDisconnected],
  scripts: { diagnose, backup, apply, rollback },
});
