/**
 * The script groups of the PowerShell corpus: every combination the selector offers. One fix alone, or a group of
 * fixes run together (rollback takes only the repairable ones), in every mode and target. The corpus writer
 * (scripts/write-ps-corpus.mjs), its unit test and the harness groups all read this one list.
 */
import { fixes } from '../../src/catalogue';
import type { Fix } from '../../src/catalogue/schema';
import { scriptModes, type ScriptMode } from '../../src/lib/generator/script-options';

export const targets = ['local', 'remote'] as const;
export type Target = (typeof targets)[number];

export interface ScriptGroup {
  /** File-name part and harness group name, e.g. "start-rdp-services" or "all-host". */
  readonly name: string;
  readonly fixes: (mode: ScriptMode) => readonly Fix[];
}

/** Client and host fixes never share a script (the generator refuses the mix): "all" is one group per side. */
const sides = ['host', 'client'] as const;
const onSide = (side: (typeof sides)[number]) => fixes.filter((fix) => fix.runsOn === side);

export const scriptGroups: readonly ScriptGroup[] = [
  ...fixes.map((fix) => ({ name: fix.id, fixes: () => [fix] })),
  ...sides.map((side) => ({
    name: `all-${side}`,
    fixes: (mode: ScriptMode) => onSide(side).filter((fix) => mode !== 'rollback' || fix.kind === 'fix'),
  })),
];

export const modesFor = (list: readonly Fix[]): ScriptMode[] =>
  scriptModes.filter((mode) => mode !== 'rollback' || list.some((fix) => fix.kind === 'fix'));

/** Every (group, mode, target) the corpus holds a generated script for. */
export const generatedCases = scriptGroups.flatMap((group) =>
  modesFor(group.fixes('fix')).flatMap((mode) => targets.map((target) => [group.name, mode, target] as const)),
);
