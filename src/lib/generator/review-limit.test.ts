import { describe, expect, test } from 'vitest';
import { fixes } from '../../catalogue';
import { fixScriptTooLarge, MAX_FIXES_PER_FIX_SCRIPT } from './review-limit';

const repairs = fixes.filter((fix) => fix.kind === 'fix' && fix.runsOn === 'host');
const checks = fixes.filter((fix) => fix.kind === 'diagnostic');

describe('a Fix script stays reviewable', () => {
  test('up to the limit, and any number of read-only checks, is fine', () => {
    expect(fixScriptTooLarge({ mode: 'fix', fixes: [...repairs.slice(0, MAX_FIXES_PER_FIX_SCRIPT), ...checks] })).toBe(
      undefined,
    );
  });
  test('Diagnose and Rollback take everything', () => {
    expect(fixScriptTooLarge({ mode: 'diagnose', fixes })).toBe(undefined);
    expect(fixScriptTooLarge({ mode: 'rollback', fixes: repairs })).toBe(undefined);
  });
  test('one more fix is refused, saying what to do instead', () => {
    expect(
      fixScriptTooLarge({ mode: 'fix', fixes: repairs.slice(0, MAX_FIXES_PER_FIX_SCRIPT + 1) }),
    ).toMatchInlineSnapshot(
      `"A Fix script holds at most 3 fixes, so that it can be read before it runs on a server; this selection has 4. Run Diagnose with everything ticked first (it changes nothing), then tick only the fixes it found, 3 at a time at most."`,
    );
  });
});
