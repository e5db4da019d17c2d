/** Rule: no aliases, and no command that PowerShell 7 lacks, in any catalogue .ps1 file. */
import { expect, test } from 'vitest';
import { parsePowerShell } from '../../../tests/support/powershell-parser';
import { allPowerShell } from './rule-table';

/** Aliases and short forms that must never appear as command names (PowerShell's built-in aliases seen in the wild). */
const ALIASES = new Set(
  '? % ac cat cd chdir clc clear cls copy cp cpi del dir echo erase fl foreach ft fw gc gci gcm gi gl gm gp gps group gsv gwmi h history icm iex ipmo irm iwr kill ls man md measure mi mkdir mount move mp mv ni nv oh popd ps pushd pwd r rd ren ri rm rmdir rp rv sajb sal saps sasv sc select set si sl sleep sls sort sp spps spsv start sv tee type where write'.split(
    ' ',
  ),
);
/** Commands Windows PowerShell 5.1 has but PowerShell 7 does not, or that are deprecated. */
const NOT_IN_PS7 = ['Get-WmiObject', 'Invoke-WmiMethod', 'Set-WmiInstance', 'Get-EventLog', 'wmic'];

test.each(allPowerShell)('%s uses no aliases or PS5-only commands', async (_name, text) => {
  const { commands } = await parsePowerShell(text);
  expect(commands.filter((name) => ALIASES.has(name.toLowerCase()))).toEqual([]);
  expect(commands.filter((name) => NOT_IN_PS7.some((bad) => bad.toLowerCase() === name.toLowerCase()))).toEqual([]);
});
