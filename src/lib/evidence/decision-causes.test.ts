import { describe, expect, it } from 'vitest';
import { fixes } from '../../catalogue';

/**
 * The selector refuses a whole evidence block when one decision names a cause its fix does not address
 * (parse-evidence.ts, "is not a cause … addresses on this site"). So every cause a diagnose function can report,
 * on any path, must be in its fix's `causes`: a check whose Cause varies lists them all.
 */
function reportedCauses(diagnose: string): string[] {
  const patterns = [/\bCause = '([a-z0-9-]+)'/g, /\$(?:cause|best) = '([a-z0-9-]+)'/g, /& \$result '([a-z0-9-]+)'/g];
  return [...new Set(patterns.flatMap((pattern) => [...diagnose.matchAll(pattern)].map((m) => m[1]!)))];
}

describe('evidence decisions name causes their fix addresses', () => {
  it.each(fixes.map((fix) => [fix.id, fix] as const))(
    '%s: every Cause its diagnose.ps1 reports is in causes',
    (_id, fix) => {
      const reported = reportedCauses(fix.scripts.diagnose);
      expect(reported.length, 'no literal Cause found: the pattern no longer matches the script').toBeGreaterThan(0);
      expect(
        reported.filter((cause) => !(fix.causes as readonly string[]).includes(cause)),
        'add these to the fix’s causes, or the selector refuses every evidence block that reports them',
      ).toEqual([]);
    },
  );
});
