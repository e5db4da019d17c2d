import { describe, expect, test } from 'vitest';
import { fixes, fixesById } from '../../catalogue';
import { generateScript } from './generate-script';
import { commonScripts } from '../../catalogue/common';
import { fixLineCount } from './fix-line-count';
import { parseScriptOptions } from './script-options';

const lines = (text: string) => text.split('\n').length - 1;
const script = (ids: string[]) => {
  const { options } = parseScriptOptions(
    {
      fixIds: ids,
      mode: 'fix',
      target: 'local',
      computers: '',
      promptForCredential: false,
      backupRoot: '',
      backupPath: '',
      transcriptPath: '',
      values: {},
    },
    fixesById,
  );
  if (!options) throw new Error(`options for ${ids.join(', ')} did not validate`);
  return generateScript(options, { common: commonScripts }).text;
};

describe('fixLineCount', () => {
  // The count shown on the page must be what the fix really adds to a script: the difference between a
  // script with the fix and one without it (another fix as the base, so the runtime is there in both).
  test.each(fixes.filter((fix) => fix.kind === 'fix').map((fix) => [fix.id, fix] as const))(
    '%s adds exactly the lines it claims',
    (_id, fix) => {
      const base = fixes.find((other) => other.kind === 'fix' && other.id !== fix.id && other.runsOn === fix.runsOn)!;
      const added = lines(script([base.id, fix.id])) - lines(script([base.id]));
      // The generated step list and header grow by a few lines per fix; the fragments are the bulk.
      expect(added - fixLineCount(fix)).toBeGreaterThanOrEqual(0);
      expect(added - fixLineCount(fix)).toBeLessThan(40);
    },
  );
});
