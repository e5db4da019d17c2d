/**
 * The catalogue as the selector page ships it: metadata from a JSON data island, PowerShell from the
 * build-time highlighted templates (their text is the .ps1 text), so each script is downloaded once.
 */
import type { CommonScriptName } from '../../catalogue/common';
import type { Cause, Fix, Symptom } from '../../catalogue/schema';
import { commonFragmentId, fixFragmentId } from '../../lib/generator/generate-script';

export type FixMetadata = Omit<Fix, 'scripts'>;

export interface SelectorData {
  readonly fixes: readonly Fix[];
  readonly fixesById: ReadonlyMap<string, Fix>;
  readonly causes: readonly Cause[];
  readonly symptoms: readonly Symptom[];
  readonly common: Readonly<Record<CommonScriptName, string>>;
}

export const COMMON_SCRIPT_NAMES: readonly CommonScriptName[] = [
  'helpers',
  'runner',
  'hostPrologue',
  'dispatchLocal',
  'dispatchRemote',
];

export function readSelectorData(root: ParentNode): SelectorData {
  const island = root.querySelector<HTMLScriptElement>('script[data-selector-catalogue]');
  if (!island?.textContent)
    throw new Error('rdp-fix-selector: the page has no catalogue data island; rebuild the site.');
  const data = JSON.parse(island.textContent) as { fixes: FixMetadata[]; causes: Cause[]; symptoms: Symptom[] };
  const text = (id: string) =>
    root.querySelector<HTMLTemplateElement>(`template[data-fragment="${CSS.escape(id)}"]`)?.content.textContent ?? '';
  const fixes = data.fixes.map((meta): Fix => {
    const shell = { ...meta, scripts: { diagnose: '', backup: '', apply: '', rollback: '' } };
    return {
      ...meta,
      scripts: {
        diagnose: text(fixFragmentId(shell, 'diagnose')),
        backup: text(fixFragmentId(shell, 'backup')),
        apply: text(fixFragmentId(shell, 'apply')),
        rollback: text(fixFragmentId(shell, 'rollback')),
      },
    };
  });
  const common = Object.fromEntries(COMMON_SCRIPT_NAMES.map((name) => [name, text(commonFragmentId(name))])) as Record<
    CommonScriptName,
    string
  >;
  return {
    fixes,
    fixesById: new Map(fixes.map((fix) => [fix.id, fix])),
    causes: data.causes,
    symptoms: data.symptoms,
    common,
  };
}
