/** Rule: every file that changes the machine (apply, rollback) supports -WhatIf through ShouldProcess. */
import { expect, test } from 'vitest';
import { fixScripts, rows } from './rule-table';

test.each(rows(fixScripts.filter((s) => s.file === 'apply' || s.file === 'rollback')))(
  '%s supports -WhatIf',
  (_name, s) => {
    expect(s.text).toMatch(/\[CmdletBinding\([^)]*SupportsShouldProcess/);
    expect(s.text).toMatch(/\$PSCmdlet\.ShouldProcess\(|Set-RdpRegistryValue|Restore-RdpRegistryValue/);
  },
);
