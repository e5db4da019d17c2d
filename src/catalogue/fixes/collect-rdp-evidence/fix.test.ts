/** What only the evidence check must hold; the rules for every fix are in src/catalogue/rules/. */
import { describe, expect, test } from 'vitest';
import fix from './fix';

describe(fix.id, () => {
  test('is diagnostic-only, changes nothing and names several causes', () => {
    expect(fix.kind).toBe('diagnostic');
    expect(fix.changes).toEqual([]);
    expect(fix.restartsServices).toEqual([]);
    expect(fix.causes.length).toBeGreaterThanOrEqual(5);
  });

  test('never reports NeedsFix', () => {
    expect(fix.scripts.diagnose).toMatch(/NeedsFix = \$false/);
    expect(fix.scripts.diagnose).not.toMatch(/NeedsFix = \$true|\$needsFix/);
  });
});
