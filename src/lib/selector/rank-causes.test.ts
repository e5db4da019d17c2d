import { describe, expect, test } from 'vitest';
import { causes, fixes, symptoms } from '../../catalogue';
import { rankCauses, recommendFixes } from './rank-causes';

describe('rankCauses', () => {
  test('no symptom, no cause', () => expect(rankCauses([], symptoms, causes)).toEqual([]));

  test('sums weights, explains each, and orders by score', () => {
    const ranked = rankCauses(['event-1057-1058', 'after-rename'], symptoms, causes);
    expect(ranked[0]?.cause.id).toBe('self-signed-certificate');
    expect(ranked[0]?.score).toBe(6);
    expect(ranked[0]?.reasons.map((r) => r.symptom.id)).toEqual(['event-1057-1058', 'after-rename']);
    const scores = ranked.map((r) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  test('every symptom ranks at least one cause that some fix addresses', () => {
    for (const symptom of symptoms) {
      const ranked = rankCauses([symptom.id], symptoms, causes);
      expect(ranked.length, symptom.id).toBeGreaterThan(0);
      expect(recommendFixes(ranked, fixes).length, `${symptom.id} recommends no fix`).toBeGreaterThan(0);
    }
  });

  test('never recommends client and host fixes together, for any one or two symptoms', () => {
    const runsOn = new Map(fixes.map((fix) => [fix.id, fix.runsOn]));
    for (const first of symptoms)
      for (const second of symptoms) {
        const recommended = recommendFixes(rankCauses([first.id, second.id], symptoms, causes), fixes);
        const sides = new Set(recommended.map((id) => runsOn.get(id)));
        expect(sides.size, `${first.id} + ${second.id}: ${recommended.join(', ')}`).toBeLessThanOrEqual(1);
      }
  });

  test('recommends the fixes of the strongest causes first', () => {
    const ranked = rankCauses(['event-1057-1058'], symptoms, causes);
    const recommended = recommendFixes(ranked, fixes);
    expect(recommended[0]).toBe(fixes.find((fix) => fix.causes.includes('self-signed-certificate'))?.id);
  });
});
