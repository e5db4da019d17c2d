/** Rule: every file that changes the machine (apply, rollback) supports -WhatIf through ShouldProcess. */
import { expect, test } from 'vitest';
import { fixScripts, rows } from './rule-table';

test.each(rows(fixScripts.filter((s) => s.file === 'apply' || s.file === 'rollback')))(
  '%s supports -WhatIf',
  (_name, s) => {
    expect(s.text).toMatch(/\[CmdletBinding\([^)]*SupportsShouldProcess/);
    // A restore that only tells the technician what to run (the WMI repository: restoring the corrupt copy is a
    // deliberate, manual step) changes nothing, so it has nothing to put behind ShouldProcess.
    expect(s.text).toMatch(
      /\$PSCmdlet\.ShouldProcess\(|Set-RdpRegistryValue|Restore-RdpRegistryValue|Restores nothing, on purpose/,
    );
  },
);
