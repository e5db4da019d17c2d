/** Rule: every catalogue .ps1 file (fix scripts and shared PowerShell) parses without errors (tree-sitter). */
import { expect, test } from 'vitest';
import { parsePowerShell } from '../../../tests/support/powershell-parser';
import { allPowerShell } from './rule-table';

test.each(allPowerShell)('%s parses without errors', async (_name, text) => {
  expect((await parsePowerShell(text)).errors).toEqual([]);
});
