/** What only the security-layer fix must hold; the rules for every fix are in src/catalogue/rules/. */
import { describe, expect, test } from 'vitest';
import fix from './fix';

describe(fix.id, () => {
  test('never sets the security layer to 0 (the RDP layer)', () => {
    expect(fix.scripts.apply).toMatch(/Set-RdpRegistryValue[^\n]*'SecurityLayer' -Value \$wanted/);
    expect(fix.scripts.apply).not.toMatch(/\$wanted = 0/);
  });
});
