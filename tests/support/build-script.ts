/** Builds a generated script the way the selector does, from raw options, for the tests and the corpus writer. */
import { commonScripts } from '../../src/catalogue/common';
import { fixesById } from '../../src/catalogue';
import { generateScript } from '../../src/lib/generator/generate-script';
import { parseScriptOptions, type RawScriptOptions } from '../../src/lib/generator/script-options';
import { defaultSelectorState } from '../../src/lib/selector/selector-state';

/** Raw options: the selector's defaults in fix mode, with the given fields changed. */
export const raw = (over: Partial<RawScriptOptions> = {}): RawScriptOptions => ({
  ...defaultSelectorState,
  mode: 'fix',
  ...over,
});

/** The script for valid options; throws, naming the problems, for options the selector would refuse. */
export function buildScript(options: RawScriptOptions, link?: string, evidenceSite?: string): string {
  const result = parseScriptOptions(options, fixesById);
  if (!result.options) throw new Error(`options refused: ${JSON.stringify(result.problems)}`);
  return generateScript(result.options, { common: commonScripts, link, evidenceSite }).text;
}
