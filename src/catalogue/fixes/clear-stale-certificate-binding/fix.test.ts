/** What only the stale-binding fix must hold; the rules for every fix are in src/catalogue/rules/. */
import { describe, expect, test } from 'vitest';
import { codeOnly } from '../../rules/rule-table';
import fix from './fix';

describe(fix.id, () => {
  test('deletes only SSLCertificateSHA1Hash and restores it through the helpers', () => {
    expect(codeOnly(fix.scripts.apply)).toMatch(/Remove-ItemProperty[^\n]*'SSLCertificateSHA1Hash'/);
    expect(fix.scripts.backup).toMatch(/Save-RdpRegistryValue/);
    expect(fix.scripts.rollback).toMatch(/Restore-RdpRegistryValue/);
  });
});
