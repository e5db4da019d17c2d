/** Rule: each fix file defines exactly its contract function (Get-<Noun>Finding, Backup-, Repair-, Restore-). */
import { expect, test } from 'vitest';
import { parsePowerShell } from '../../../tests/support/powershell-parser';
import { contractFunction } from '../fix-script-files';
import { fixScripts, rows } from './rule-table';

test.each(rows(fixScripts))('%s defines its contract function and nothing else', async (_name, s) => {
  expect((await parsePowerShell(s.text)).functions).toEqual([contractFunction(s.fix, s.file)]);
});
