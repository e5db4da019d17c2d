import { describe, expect, test } from 'vitest';
import type { ParameterName } from '../../catalogue/parameters';
import type { RankedCause } from './rank-causes';
import { fixWhy, neededParameters, scriptPlaceholder } from './selector-link';

const fixesById = new Map<string, { parameters: ParameterName[] }>([
  ['port', { parameters: ['RdpPort'] }],
  ['layer', { parameters: ['SecurityLayer'] }],
]);

describe('neededParameters', () => {
  test('the union over the chosen fixes; unknown ids add none', () => {
    expect([...neededParameters(['port', 'layer', 'gone'], fixesById)]).toEqual(['RdpPort', 'SecurityLayer']);
  });
});

describe('fixWhy', () => {
  const ranked = [
    { cause: { id: 'a', title: 'Cause A' }, score: 3 },
    { cause: { id: 'b', title: 'Cause B' }, score: 1 },
  ] as unknown as RankedCause[];
  test.each([
    [['a', 'b'], 'Why: addresses Cause A (score 3); Cause B (score 1).'],
    [['b'], 'Why: addresses Cause B (score 1).'],
    [['c'], ''],
  ])('a fix for %j', (causes, expected) => {
    expect(fixWhy(causes, ranked)).toBe(expected);
  });
});

describe('scriptPlaceholder', () => {
  test.each([
    [{ fixCount: 0, optionsValid: false }, 'Answer a question or choose a fix to generate a script.'],
    [{ fixCount: 1, optionsValid: false }, 'Fix the highlighted fields to generate the script.'],
    [{ fixCount: 1, optionsValid: true, refusal: 'mix' }, 'No script for this selection (see the message above).'],
    [
      { fixCount: 1, optionsValid: true, fragmentsError: 'offline' },
      'No script: the selector could not load its PowerShell (see the message above).',
    ],
    [{ fixCount: 1, optionsValid: true }, 'Loading the PowerShell…'],
  ])('%j', (state, expected) => {
    expect(scriptPlaceholder(state)).toBe(expected);
  });
});
