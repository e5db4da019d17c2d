import { describe, expect, test } from 'vitest';
import { causes, fixes } from '../../catalogue';
import { commonScripts } from '../../catalogue/common';
import { errorCodes } from '../../catalogue/error-codes';
import { observations } from '../../catalogue/observations';
import { situations } from '../../catalogue/situations';
import { generateScript } from '../generator/generate-script';
import { scriptModes, parseScriptOptions } from '../generator/script-options';
import { defaultSelectorState } from './selector-state';
import { SELECTOR_CAUSE_FIELDS, SELECTOR_FIX_FIELDS, selectorCatalogue } from './selector-catalogue';

const shipped = selectorCatalogue({ fixes, causes, observations, situations, errorCodes });
// What the client builds from the page: the shipped fields plus the scripts (from the fragments file).
const rebuilt = new Map(shipped.fixes.map((meta, i) => [meta.id, { ...meta, scripts: fixes[i]!.scripts }]));
const full = new Map(fixes.map((fix) => [fix.id, fix]));

const script = (fixId: string, mode: string, byId: typeof rebuilt) => {
  const result = parseScriptOptions({ ...defaultSelectorState, fixIds: [fixId], mode }, byId);
  try {
    return generateScript(result.options!, { common: commonScripts }).text;
  } catch (error) {
    return `refused: ${(error as Error).message}`; // a check has no Rollback: both must refuse alike
  }
};

describe('selectorCatalogue', () => {
  test('ships exactly the named fields of every fix and cause', () => {
    for (const fix of shipped.fixes) expect(Object.keys(fix).sort()).toEqual([...SELECTOR_FIX_FIELDS].sort());
    for (const cause of shipped.causes) expect(Object.keys(cause).sort()).toEqual([...SELECTOR_CAUSE_FIELDS].sort());
  });

  test('ships only the codes a situation names', () => {
    for (const code of shipped.situationCodes)
      expect(situations.some((s) => s.codes.some((c) => c.family === code.family && c.value === code.value))).toBe(
        true,
      );
  });

  // The generator must need nothing the page drops: the same script, byte for byte, in every mode.
  test.each(fixes.flatMap((fix) => scriptModes.map((mode) => [fix.id, mode] as const)))(
    '%s, %s: the projected fix generates the same script as the full one',
    (fixId, mode) => {
      expect(script(fixId, mode, rebuilt)).toBe(script(fixId, mode, full));
    },
  );
});
