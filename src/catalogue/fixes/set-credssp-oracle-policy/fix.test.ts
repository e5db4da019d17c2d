/** What only the CredSSP policy fix must hold; the rules for every fix are in src/catalogue/rules/. */
import { describe, expect, test } from 'vitest';
import fix from './fix';

describe(fix.id, () => {
  test('warns whenever it may set Vulnerable', () => {
    expect(fix.scripts.apply).toMatch(/Write-Warning/);
  });
});
