/**
 * The catalogue as the selector page ships it: metadata from a JSON data island in the page, PowerShell from
 * the build-time highlighted fragments (their text is the .ps1 text), so each script is downloaded once.
 * The fragments arrive when a script first needs them (FragmentStore); the scripts read them lazily, so nothing may read
 * a fix's `scripts` or `common` before the store has loaded.
 */
import { commonScriptNames } from '../../catalogue/common/names';
import type { CommonScriptName } from '../../catalogue/common';
import type { Observation } from '../../catalogue/observations';
import type { Situation } from '../../catalogue/situations/schema';
import type { SelectorCatalogue, SelectorCause, SelectorFix } from '../../lib/selector/selector-catalogue';
import { indexCodes, type CodeIndex } from '../../lib/decoder';
import { commonFragmentId, fixFragmentId } from '../../lib/generator/generate-script';
import type { FragmentStore } from './fragment-store';

export interface SelectorData {
  readonly fixes: readonly SelectorFix[];
  readonly fixesById: ReadonlyMap<string, SelectorFix>;
  readonly causes: readonly SelectorCause[];
  readonly observations: readonly Observation[];
  readonly situations: readonly Situation[];
  /** The codes situations name, indexed for the decoder. */
  readonly codeIndex: CodeIndex;
  readonly common: Readonly<Record<CommonScriptName, string>>;
}

export const COMMON_SCRIPT_NAMES: readonly CommonScriptName[] = commonScriptNames;

export function readSelectorData(root: ParentNode, fragments: FragmentStore): SelectorData {
  const island = root.querySelector<HTMLScriptElement>('script[data-selector-catalogue]');
  if (!island?.textContent)
    throw new Error('rdp-fix-selector: the page has no catalogue data island; rebuild the site.');
  const data = JSON.parse(island.textContent) as SelectorCatalogue;
  const text = (id: string) => fragments.text(id);
  const fixes = data.fixes.map((meta): SelectorFix => {
    const shell = { ...meta, scripts: { diagnose: '', backup: '', apply: '', rollback: '' } };
    return {
      ...meta,
      scripts: {
        get diagnose() {
          return text(fixFragmentId(shell, 'diagnose'));
        },
        get backup() {
          return text(fixFragmentId(shell, 'backup'));
        },
        get apply() {
          return text(fixFragmentId(shell, 'apply'));
        },
        get rollback() {
          return text(fixFragmentId(shell, 'rollback'));
        },
      },
    };
  });
  const common = {} as Record<CommonScriptName, string>;
  for (const name of COMMON_SCRIPT_NAMES)
    Object.defineProperty(common, name, { enumerable: true, get: () => text(commonFragmentId(name)) });
  return {
    fixes,
    fixesById: new Map(fixes.map((fix) => [fix.id, fix])),
    causes: data.causes,
    observations: data.observations,
    situations: data.situations,
    codeIndex: indexCodes(data.situationCodes, []),
    common,
  };
}
