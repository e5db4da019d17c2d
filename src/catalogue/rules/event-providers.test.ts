/** Rule: events are read by their full provider name (short names differ by Windows version and locale). */
import { expect, test } from 'vitest';
import { allPowerShell } from './rule-table';

const PROVIDERS = [
  'Schannel',
  'Microsoft-Windows-TerminalServices-RemoteConnectionManager',
  'Microsoft-Windows-RemoteDesktopServices-RdpCoreTS',
];

test.each(allPowerShell)('%s reads events by full provider name only', (_name, text) => {
  for (const match of text.matchAll(/Provider(?:Name)? = '([^']+)'/g)) expect(PROVIDERS).toContain(match[1]);
});
