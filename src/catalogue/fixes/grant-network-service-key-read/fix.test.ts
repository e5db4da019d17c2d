/** What only the NETWORK SERVICE key-read fix must hold; the rules for every fix are in src/catalogue/rules/. */
import { describe, expect, test } from 'vitest';
import { codeOnly } from '../../rules/rule-table';
import fix from './fix';

describe(fix.id, () => {
  test('NETWORK SERVICE only ever gets Read, by SID', () => {
    const apply = codeOnly(fix.scripts.apply);
    expect(apply).toMatch(/'\*S-1-5-20:\(R\)'/);
    expect(apply).not.toMatch(/S-1-5-20:\(?(F|M)\b|FullControl|Modify/);
  });
});
