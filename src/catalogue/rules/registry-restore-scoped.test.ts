/** Rule: a rollback restores registry values only from the keys it names (-ExpectedPath on every restore). */
import { expect, test } from 'vitest';
import { fixScripts, rows } from './rule-table';

test.each(rows(fixScripts.filter((s) => /Restore-RdpRegistryValue/.test(s.text))))(
  '%s restores registry values only from the keys it names',
  (_name, s) => {
    for (const line of s.text.split('\n').filter((l) => /^\s*Restore-RdpRegistryValue\b/.test(l)))
      expect(line).toMatch(/-ExpectedPath\s+\S/);
  },
);
