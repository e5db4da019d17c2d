/** What only the TLS 1.2 fix must hold; the rules for every fix are in src/catalogue/rules/. */
import { describe, expect, test } from 'vitest';
import { codeOnly } from '../../rules/rule-table';
import fix from './fix';

describe(fix.id, () => {
  test('never switches TLS 1.0, 1.1 or 1.3 on', () => {
    const apply = codeOnly(fix.scripts.apply);
    expect(apply).toMatch(/TLS 1\.2/);
    expect(apply).not.toMatch(/TLS 1\.[013]/);
  });
});
