/** Rule: locale-safe (SIDs and rule Names, never localized names or groups) and free of known-wrong advice. */
import { expect, test } from 'vitest';
import { allPowerShell, codeOnly } from './rule-table';

test.each(allPowerShell)('%s is locale-safe and avoids known-wrong advice', (_name, text) => {
  const code = codeOnly(text);
  expect(code).not.toMatch(/NT AUTHORITY\\|BUILTIN\\|\/grant\s+['"]?(Everyone|Administrators|SYSTEM|NETWORK SERVICE)/i);
  expect(code).not.toMatch(/-DisplayGroup|-DisplayName\s+['"]?Remote Desktop/i);
  expect(code).not.toMatch(/\btermserv\b(?!ice)|winmgmt\s+\/salvage(?!repository)|MachineKeys_old|\/resetrepository/i);
  expect(code).not.toMatch(/\?\?|-Parallel\b/);
  expect(code).not.toMatch(/\breg(\.exe)?\s+add\b(?![^\n]*\/f)/i);
});
