/** Rule: diagnose.ps1 changes nothing: it calls no command that writes, and no native tool with a write switch. */
import { expect, test } from 'vitest';
import { parsePowerShell } from '../../../tests/support/powershell-parser';
import { codeOnly, fixScripts, rows } from './rule-table';

/** Commands that change the machine: verbs that write, CIM method calls, and native tools that configure.
 * New-Object only makes an object in memory (a TcpClient for a bounded connection test), so it is not one. */
const WRITERS =
  /^(?!New-Object$)(Set|New|Remove|Enable|Disable|Start|Stop|Restart|Save|Restore|Import|Export|Rename|Clear|Invoke-CimMethod)-?|^(reg|icacls|takeown|sc|net|netsh)$/i;
/** Native tools invoked with `&`, with one of their write switches. */
const NATIVE_WRITE =
  /&\s*(icacls|winmgmt|certutil)\b[^\n]*\/(grant|remove|inheritance|setowner|restore|salvagerepository|backup|delstore)\b/i;

test.each(rows(fixScripts.filter((s) => s.file === 'diagnose')))('%s is read-only', async (_name, s) => {
  const { commands } = await parsePowerShell(s.text);
  expect(commands.filter((c) => WRITERS.test(c))).toEqual([]);
  expect(codeOnly(s.text)).not.toMatch(NATIVE_WRITE);
});
