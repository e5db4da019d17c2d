/**
 * The whole script a fix page offers: that fix alone, Fix mode (Diagnose for a check), this computer,
 * default values. Built from the same state the selector would read from the page's "Open in the
 * selector" link, so the selector reproduces it byte for byte (and hash for hash).
 */
import type { CommonScriptName } from '../../catalogue/common';
import { parameters } from '../../catalogue/parameters';
import type { Fix } from '../../catalogue/schema';
import { evidenceSiteProblem } from '../evidence/evidence-site';
import { generateScript, type GeneratedScript } from '../generator/generate-script';
import { parseScriptOptions } from '../generator/script-options';
import { serializeSelectorLink } from '../selector/serialize-selector-link';
import { defaultSelectorState, type SelectorState } from '../selector/selector-state';
import { buildTicketNote, type TicketNote } from './build-ticket-note';

export interface FixPageScript {
  readonly script: GeneratedScript;
  /** The selector link that reproduces the script. */
  readonly link: string;
  readonly note: TicketNote;
}

export function fixPageScript(
  fix: Fix,
  fixesById: ReadonlyMap<string, Fix>,
  common: Readonly<Record<CommonScriptName, string>>,
  /** Absolute or root-relative URL of the selector page, ending in "/". */
  selectorUrl: string,
  causeTitles: readonly string[],
): FixPageScript {
  const values = Object.fromEntries(fix.parameters.map((name) => [name, parameters[name].defaultValue]));
  const state: SelectorState = {
    ...defaultSelectorState,
    fixIds: [fix.id],
    mode: fix.kind === 'fix' ? 'fix' : 'diagnose',
    values,
  };
  const result = parseScriptOptions(state, fixesById);
  if (!result.options)
    throw new Error(`fix "${fix.id}": its default options do not validate: ${JSON.stringify(result.problems)}`);
  const link = `${selectorUrl}?${serializeSelectorLink(state, result.options)}`;
  // A check's page offers a Diagnose script: its evidence links back when the site's address is known (SITE_URL).
  const evidenceSite = evidenceSiteProblem(selectorUrl) ? undefined : selectorUrl;
  const script = generateScript(result.options, { common, link, evidenceSite });
  const note = buildTicketNote({
    options: result.options,
    scriptText: script.text,
    link,
    causesChecked: causeTitles,
    symptoms: [],
  });
  return { script, link, note };
}
