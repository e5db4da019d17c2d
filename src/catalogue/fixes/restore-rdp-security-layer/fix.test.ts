/** What only the security-layer fix must hold; the rules for every fix are in src/catalogue/rules/. */
import { describe, expect, test } from 'vitest';
import fix from './fix';

describe(fix.id, () => {
  test('never sets the security layer to 0 (the RDP layer)', () => {
    // Repair- writes the diagnosis's TargetLayer, which is only ever the chosen layer (1 or 2) or Negotiate (1).
    expect(fix.scripts.apply).toMatch(
      /Set-RdpRegistryValue[^\n]*'SecurityLayer' -Value \(\[int\]\$finding\.TargetLayer\)/,
    );
    const targets = [...fix.scripts.diagnose.matchAll(/\$targetLayer = (\S+)/g)].map((m) => m[1]);
    expect(targets).toEqual(['$null', '$wanted', '1', '2']);
    expect(fix.scripts.diagnose).not.toMatch(/\$wanted = 0/);
  });
});
