/** Rule: a script that runs a native tool (icacls, winmgmt, certutil) checks $LASTEXITCODE: they do not throw. */
import { expect, test } from 'vitest';
import { allPowerShell, codeOnly } from './rule-table';

test.each(allPowerShell)('%s checks the exit code of every native tool it runs', (_name, text) => {
  const code = codeOnly(text);
  const runs = (code.match(/(^|[=&(]\s*)(icacls|winmgmt|certutil)\s/gm) ?? []).length;
  const checks = (code.match(/\$LASTEXITCODE/g) ?? []).length;
  expect(checks).toBeGreaterThanOrEqual(runs > 0 ? 1 : 0);
});
