/**
 * The PowerShell corpus, a build artefact for tools/ps-harness: every catalogue .ps1 file, every generated script
 * (each script group in every mode and target, see ps-corpus-groups.ts) and a deterministic sample of
 * hostile-but-valid scripts, each with the commands and functions tree-sitter finds in it. Written to
 * test-results/ps-corpus/ (and its manifest.json) by scripts/write-ps-corpus.mjs, which `npm run test:harness` runs
 * first. tests/unit/powershell-corpus.test.ts asserts the same scripts' properties and writes nothing.
 */
import fc from 'fast-check';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fixes } from '../../src/catalogue';
import { commonScripts, type CommonScriptName } from '../../src/catalogue/common';
import { GeneratorError } from '../../src/lib/generator/errors';
import type { RawScriptOptions, ScriptMode } from '../../src/lib/generator/script-options';
import { findingLabels } from '../../src/lib/evidence/finding-ids';
import { buildScript, raw } from './build-script';
import { handPickedHostile, hostileOptions } from './hostile-options';
import { generatedCases, scriptGroups, type Target } from './ps-corpus-groups';
import { parsePowerShell } from './powershell-parser';

export interface CorpusScript {
  readonly file: string;
  readonly kind: 'generated' | 'fragment' | 'hostile';
  readonly fixIds?: readonly string[];
  readonly mode?: ScriptMode;
  readonly target?: Target;
  /** The raw options a hostile entry was built from (so a failure can be reproduced). */
  readonly raw?: RawScriptOptions;
  readonly text: string;
}

/** hostPrologue opens a script block that runner's generated glue closes: only whole inside a generated script. */
export const PARTIAL_FRAGMENTS = new Set(['common/hostPrologue']);

/** Every catalogue .ps1 file (common and per fix), as "common/helpers" or "fixes/<id>/diagnose" → text. */
export function catalogueFragments(): [name: string, text: string][] {
  return [
    ...(Object.keys(commonScripts) as CommonScriptName[]).map((name): [string, string] => [
      `common/${name}`,
      commonScripts[name],
    ]),
    ...fixes.flatMap((fix) =>
      Object.entries(fix.scripts)
        .filter(([, text]) => text.trim() !== '')
        .map(([name, text]): [string, string] => [`fixes/${fix.id}/${name}`, text]),
    ),
  ];
}

/** The generated script of one case of generatedCases. */
export function generatedScript(group: string, mode: ScriptMode, target: Target): CorpusScript {
  const fixIds = scriptGroups
    .find((g) => g.name === group)!
    .fixes(mode)
    .map((fix) => fix.id);
  // Diagnose scripts print an evidence link to this address; the harness checks the link and the block.
  const text = buildScript(raw({ fixIds, mode, target, computers: 'rdsh-01' }), undefined, CORPUS_EVIDENCE_SITE);
  return { file: `generated/${group}.${mode}.${target}.ps1`, kind: 'generated', fixIds, mode, target, text };
}

/** The script for hostile options, or undefined when validation or the generator refuses them. */
export function scriptForHostile(options: RawScriptOptions, link?: string): string | undefined {
  try {
    return buildScript(options, link);
  } catch (error) {
    if (error instanceof GeneratorError || (error instanceof Error && error.message.startsWith('options refused')))
      return undefined;
    throw error;
  }
}

export const HOSTILE_SAMPLE_SIZE = 12;

export interface HostileSample {
  readonly options: RawScriptOptions;
  readonly link: string | undefined;
  readonly script: CorpusScript;
}

/** The first HOSTILE_SAMPLE_SIZE hostile-but-valid options (hand-picked first, then a seeded sample) with a script. */
export function hostileSample(): HostileSample[] {
  const sample: HostileSample[] = [];
  for (const { options, link } of [...handPickedHostile, ...fc.sample(hostileOptions, { numRuns: 400, seed: 7 })]) {
    if (sample.length >= HOSTILE_SAMPLE_SIZE) break;
    const text = scriptForHostile(options, link);
    if (text === undefined) continue;
    const mode = options.mode as ScriptMode;
    const target = options.target as Target;
    const file = `hostile/${String(sample.length).padStart(2, '0')}.${mode}.${target}.ps1`;
    sample.push({
      options,
      link,
      script: { file, kind: 'hostile', fixIds: options.fixIds, mode, target, raw: options, text },
    });
  }
  return sample;
}

export function corpusScripts(): CorpusScript[] {
  return [
    ...catalogueFragments()
      .filter(([name]) => !PARTIAL_FRAGMENTS.has(name))
      .map(([name, text]): CorpusScript => ({ file: `fragment/${name}.ps1`, kind: 'fragment', text })),
    ...generatedCases.map(([group, mode, target]) => generatedScript(group, mode, target)),
    ...hostileSample().map((h) => h.script),
  ];
}

/** The selector address baked into the corpus's scripts (tools/ps-harness reads it from the manifest). */
export const CORPUS_EVIDENCE_SITE = 'https://rdp.example/kb/selector/';

/** Writes every corpus script and manifest.json into dir (emptied first). Returns the scripts that do not parse. */
export async function writeCorpus(dir: string): Promise<{ written: number; parseErrors: string[] }> {
  rmSync(dir, { recursive: true, force: true });
  const parseErrors: string[] = [];
  const entries = [];
  for (const { text, ...entry } of corpusScripts()) {
    const parsed = await parsePowerShell(text);
    if (parsed.errors.length) parseErrors.push(`${entry.file}: ${parsed.errors.slice(0, 3).join('; ')}`);
    const path = join(dir, entry.file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    entries.push({ ...entry, commands: parsed.commands, functions: parsed.functions });
  }
  const manifest = {
    note: 'Written by scripts/write-ps-corpus.mjs (tests/support/ps-corpus.ts); read by tools/ps-harness. Do not edit.',
    fixes: fixes.map((fix) => ({
      id: fix.id,
      kind: fix.kind,
      noun: fix.noun,
      causes: fix.causes,
      runsOn: fix.runsOn,
      parameters: fix.parameters,
      restartsServices: fix.restartsServices,
      dropsSession: fix.dropsSession,
      needsReboot: fix.needsReboot,
    })),
    // What the selector accepts as evidence (src/lib/evidence): the harness checks every block against it.
    evidence: { site: CORPUS_EVIDENCE_SITE, findingIds: Object.keys(findingLabels) },
    scripts: entries.sort((a, b) => a.file.localeCompare(b.file)),
  };
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return { written: entries.length, parseErrors };
}
