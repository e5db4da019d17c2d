/** What only the WMI repository fix must hold; the rules for every fix are in src/catalogue/rules/. */
import { describe, expect, test } from 'vitest';
import { codeOnly } from '../../rules/rule-table';
import fix from './fix';

describe(fix.id, () => {
  test('is high risk, and says that no Microsoft source ties WMI to 0x904 / 0x7', () => {
    expect(fix.risk).toBe('high');
    expect(`${fix.summary} ${fix.changes.join(' ')}`).toMatch(/No Microsoft source ties WMI/);
  });

  test('salvages only, with the documented switch, after a verify', () => {
    const apply = codeOnly(fix.scripts.apply);
    expect(apply).toMatch(/\/verifyrepository/);
    expect(apply).toMatch(/\/salvagerepository/);
    expect(apply.indexOf('/verifyrepository')).toBeLessThan(apply.indexOf('/salvagerepository'));
    expect(codeOnly(Object.values(fix.scripts).join('\n'))).not.toMatch(/\/salvage(?!repository)|\/resetrepository/);
  });
});
