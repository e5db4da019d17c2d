import { describe, expect, it } from 'vitest';
import { fixes } from '../../catalogue';
import { literalFindingIds } from './evidence-test-kit';

/**
 * A read-only check (kind 'diagnostic') always returns NeedsFix = $false. Without its own Decision the evidence
 * block (Add-RdpEvidence) would read that as "ruled out", and the selector would hide a fault the check found.
 * So every result a check returns states its Decision, and a check that can prove or rule out its cause names
 * the finding that decides it (DecidedBy), one of the ids it writes itself.
 */
const checks = fixes.filter((fix) => fix.kind === 'diagnostic');

/** Every `[pscustomobject]@{ NeedsFix = … }` the diagnose function returns (one line each, by convention). */
function results(diagnose: string): string[] {
  return [...diagnose.matchAll(/\[pscustomobject\]@\{\s*NeedsFix\b[^\n]*/g)].map((m) => m[0]);
}

/** Finding ids named as DecidedBy: literally, through $decidedBy, or as the third argument of `& $result`. */
function decidedByIds(diagnose: string): string[] {
  const patterns = [/DecidedBy\s*=\s*'([^']+)'/g, /\$decidedBy\s*=\s*'([^']+)'/g, /& \$result \S+ \S+ '([^']+)'/g];
  return patterns.flatMap((pattern) => [...diagnose.matchAll(pattern)].map((m) => m[1]!));
}

describe('read-only checks decide their cause themselves', () => {
  it('there are checks to test', () => {
    expect(checks.length).toBeGreaterThan(0);
  });

  it.each(checks.map((fix) => [fix.id, fix.scripts.diagnose] as const))(
    '%s: every result carries a Decision (NeedsFix false would otherwise read as "ruled out")',
    (_id, diagnose) => {
      const found = results(diagnose);
      expect(found.length, 'no [pscustomobject]@{ NeedsFix = … } result found').toBeGreaterThan(0);
      expect(found.filter((result) => !/\bDecision\s*=/.test(result))).toEqual([]);
    },
  );

  it.each(checks.map((fix) => [fix.id, fix.scripts.diagnose] as const))(
    '%s: a check that can say proven or ruled-out names the finding that decides it, one it writes',
    (_id, diagnose) => {
      const decides = /'(?:proven|ruled-out)'/.test(diagnose);
      const named = decidedByIds(diagnose);
      if (decides) expect(named.length, 'proven/ruled-out without any DecidedBy').toBeGreaterThan(0);
      const written = new Set(literalFindingIds(diagnose));
      expect(named.filter((id) => !written.has(id))).toEqual([]);
    },
  );
});
