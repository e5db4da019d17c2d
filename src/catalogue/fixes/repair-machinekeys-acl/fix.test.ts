/** What only the MachineKeys fix must hold; the rules for every fix are in src/catalogue/rules/. */
import { describe, expect, test } from 'vitest';
import { codeOnly } from '../../rules/rule-table';
import fix from './fix';

describe(fix.id, () => {
  test('is high risk: it changes the ACL of a folder every key pair lives in', () => {
    expect(fix.risk).toBe('high');
  });

  test('touches only the folder, by SID, never recursively, and saves the ACL first', () => {
    const apply = codeOnly(fix.scripts.apply);
    expect(apply).not.toMatch(/\/t\b|\/reset\b|takeown|Rename-Item|\(OI\)|\(CI\)/i);
    expect(apply).toMatch(/'\*S-1-5-32-544:F'/);
    expect(apply).toMatch(/'\*S-1-1-0:\(RD,WD,AD,REA,WEA,RA,WA,RC,S\)'/);
    expect(codeOnly(Object.values(fix.scripts).join('\n'))).toMatch(/\/save/);
    expect(fix.scripts.rollback).toMatch(/icacls \$parent \/restore/);
  });
});
