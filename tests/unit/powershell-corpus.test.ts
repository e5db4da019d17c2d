/**
 * The PowerShell corpus: every script the generator can produce (each fix alone and all together, in
 * every mode and target), every catalogue .ps1 file, and a deterministic sample of hostile-but-valid
 * scripts. Each must parse with tree-sitter without errors; all are written with their command lists
 * to test-results/ps-corpus/ (manifest.json) for tools/ps-harness, which checks them again with
 * PowerShell's own parser and runs them against a simulated Windows host.
 *
 * Hostile input (property-based): any raw options a link or form can carry are either refused with a
 * message per field, or produce a script whose commands are exactly those of the same script built
 * with default values. A user value can change data, never code.
 */
import fc from 'fast-check';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { fixes, fixesById } from '../../src/catalogue';
import { commonScripts, type CommonScriptName } from '../../src/catalogue/common';
import { parameters } from '../../src/catalogue/parameters';
import type { Fix } from '../../src/catalogue/schema';
import { GeneratorError } from '../../src/lib/generator/errors';
import { defaultSelectorState } from '../../src/lib/selector/selector-state';
import { generateScript } from '../../src/lib/generator/generate-script';
import {
  parametersOf,
  scriptModes,
  validateScriptOptions,
  type RawScriptOptions,
  type ScriptMode,
} from '../../src/lib/generator/script-options';
import { parsePowerShell } from '../support/powershell-parser';

const CORPUS = 'test-results/ps-corpus';
const targets = ['local', 'remote'] as const;
type Target = (typeof targets)[number];

interface CorpusEntry {
  readonly file: string;
  readonly kind: 'generated' | 'fragment' | 'hostile';
  readonly fixIds?: readonly string[];
  readonly mode?: ScriptMode;
  readonly target?: Target;
  /** The raw options a hostile entry was built from (so a failure can be reproduced). */
  readonly raw?: RawScriptOptions;
  readonly commands: readonly string[];
  readonly functions: readonly string[];
}

const entries: CorpusEntry[] = [];

const raw = (over: Partial<RawScriptOptions> = {}): RawScriptOptions => ({
  ...defaultSelectorState,
  mode: 'fix',
  ...over,
});

function build(options: RawScriptOptions, link?: string): string {
  const result = validateScriptOptions(options, fixesById);
  if (!result.options) throw new Error(`options refused: ${JSON.stringify(result.problems)}`);
  return generateScript(result.options, { common: commonScripts, link }).text;
}

async function addToCorpus(entry: Omit<CorpusEntry, 'commands' | 'functions'>, text: string): Promise<CorpusEntry> {
  const parsed = await parsePowerShell(text);
  expect(parsed.errors, `${entry.file} has tree-sitter parse errors`).toEqual([]);
  const path = join(CORPUS, entry.file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  const full = { ...entry, commands: parsed.commands, functions: parsed.functions };
  entries.push(full);
  return full;
}

const modesFor = (list: readonly Fix[]): ScriptMode[] =>
  scriptModes.filter((mode) => mode !== 'rollback' || list.some((fix) => fix.kind === 'fix'));
/** Client and host fixes never share a script (the generator refuses the mix): "all" is one group per side. */
const sides = ['host', 'client'] as const;
const onSide = (side: (typeof sides)[number]) => fixes.filter((fix) => fix.runsOn === side);
/** Every combination the selector offers: one fix, or all of one side (rollback takes only the repairable ones). */
const selections: { name: string; fixes: (mode: ScriptMode) => readonly Fix[] }[] = [
  ...fixes.map((fix) => ({ name: fix.id, fixes: () => [fix] })),
  ...sides.map((side) => ({
    name: `all-${side}`,
    fixes: (mode: ScriptMode) => onSide(side).filter((fix) => mode !== 'rollback' || fix.kind === 'fix'),
  })),
];

rmSync(CORPUS, { recursive: true, force: true });

afterAll(() => {
  const manifest = {
    note: 'Written by tests/unit/powershell-corpus.test.ts; read by tools/ps-harness. Do not edit.',
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
    scripts: entries.sort((a, b) => a.file.localeCompare(b.file)),
  };
  writeFileSync(join(CORPUS, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
});

describe('catalogue .ps1 files', () => {
  const files: [string, string][] = [
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
  // hostPrologue opens a script block that runner's generated glue closes, and the dispatchers use
  // variables the param block defines: they are only whole programs inside a generated script.
  const partial = new Set(['common/hostPrologue']);
  test.each(files)('%s', async (name, text) => {
    if (partial.has(name)) {
      expect(text).toContain('$hostScript = {');
      return;
    }
    await addToCorpus({ file: `fragment/${name}.ps1`, kind: 'fragment' }, text);
  });
});

describe('generated scripts', () => {
  const cases = selections.flatMap((selection) =>
    modesFor(selection.fixes('fix')).flatMap((mode) =>
      targets.map((target) => [selection.name, mode, target] as const),
    ),
  );
  test.each(cases)('%s, %s, %s', async (name, mode, target) => {
    const selection = selections.find((s) => s.name === name)!;
    const fixIds = selection.fixes(mode).map((fix) => fix.id);
    const text = build(raw({ fixIds, mode, target, computers: 'rdsh-01' }));
    await addToCorpus(
      { file: `generated/${name}.${mode}.${target}.ps1`, kind: 'generated', fixIds, mode, target },
      text,
    );
  });
});

// ---- Hostile input ---------------------------------------------------------------------------------

/** Quotes PowerShell honours (' and U+2018–U+201B), expansion, escapes, statement and comment breaks. */
const HOSTILE_PIECES = [
  "'",
  '\u2018',
  '\u2019',
  '\u201A',
  '\u201B',
  '"',
  '\u201C',
  '\u201D',
  '$(Remove-Item C:\\ -Recurse)',
  '${env:x}',
  '$x',
  '`',
  '`n',
  ';',
  '&',
  '|',
  '#',
  '#>',
  '<#',
  '@(',
  '@{',
  '}',
  ')',
  '(',
  '\n',
  '\r\n',
  '\u2028',
  '\u0000',
  ' -WhatIf:$false',
  '..',
  '\\\\server\\share',
  'C:\\',
  'Invoke-Expression',
  '--%',
  '\u200E',
  ' ',
];
const hostilePiece = fc.constantFrom(...HOSTILE_PIECES);
const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.array(fc.oneof(hostilePiece, fc.string({ maxLength: 5 })), { maxLength: 8 }).map((parts) => parts.join('')),
);
/** Names that pass the path grammar but are still odd: parentheses, inner spaces and dots (never last). */
const nastyValidSegment = fc.stringMatching(/^[A-Za-z0-9 _().-]{0,11}[A-Za-z0-9_()-]$/);
/** Values that pass the path grammar but are still odd: parentheses, spaces, dots, a trailing backslash. */
const nastyValidPath = fc
  .array(nastyValidSegment, { maxLength: 4 })
  .chain((segments) => fc.tuple(fc.constantFrom('C', 'D', 'z'), fc.constant(segments), fc.boolean()))
  .map(
    ([drive, segments, slash]) =>
      `${drive}:${segments.map((s) => `\\${s}`).join('')}${slash || !segments.length ? '\\' : ''}`,
  );
/** A transcript file: an odd but valid folder, then a .log or .txt name. */
const nastyValidFile = fc
  .tuple(fc.array(nastyValidSegment, { maxLength: 3 }), nastyValidSegment, fc.constantFrom('.log', '.txt', '.LOG'))
  .map(([segments, name, extension]) => `C:\\${segments.map((s) => `${s}\\`).join('')}${name}${extension}`);
/** Mostly valid values, so that many cases reach a script; the rest are hostile and must be refused. */
const mostly = <T>(valid: fc.Arbitrary<T>, hostile: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 6, arbitrary: valid }, { weight: 1, arbitrary: hostile });
const pathField = mostly(
  fc.oneof(fc.constant(''), nastyValidPath),
  fc.oneof(
    hostileText,
    hostileText.map((t) => `C:\\${t}`),
  ),
);
const transcriptField = mostly(
  fc.oneof(fc.constant(''), nastyValidFile),
  fc.oneof(
    hostileText,
    hostileText.map((t) => `C:\\${t}.log`),
  ),
);
const computersField = mostly(
  fc
    .array(fc.stringMatching(/^[A-Za-z0-9]([A-Za-z0-9-]{0,8}[A-Za-z0-9])?(\.[a-z]{1,5})?$/), {
      minLength: 1,
      maxLength: 4,
    })
    .map((names) => names.join(' ,;')),
  hostileText,
);
const thumbprintField = mostly(
  fc.oneof(
    fc.constant(''),
    fc.stringMatching(/^[0-9A-Fa-f]{40}$/).map((hex) => hex.replace(/(.{8})/g, '$1 \u200E')),
    fc.stringMatching(/^[0-9A-Fa-f]{40}$/),
  ),
  hostileText,
);

const hostileOptions = fc
  .record({
    selection: fc.constantFrom(...selections),
    mode: mostly(fc.constantFrom(...scriptModes), hostileText),
    target: mostly(fc.constantFrom(...targets), hostileText),
    computers: computersField,
    promptForCredential: fc.boolean(),
    backupRoot: pathField,
    backupPath: pathField,
    transcriptPath: transcriptField,
    port: mostly(fc.integer({ min: 1, max: 65535 }).map(String), hostileText),
    thumbprint: thumbprintField,
    choice: mostly<{ index: number } | { text: string }>(
      fc.nat({ max: 9 }).map((index) => ({ index })),
      hostileText.map((text) => ({ text })),
    ),
    link: fc.option(fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), hostileText), {
      nil: undefined,
    }),
  })
  .map((r) => {
    const mode = scriptModes.find((m) => m === r.mode) ?? 'fix';
    const fixIds = r.selection.fixes(mode).map((fix) => fix.id);
    const values: Record<string, string> = {};
    for (const name of parametersOf(r.selection.fixes(mode))) {
      const choices = parameters[name].choices ?? [];
      const choice = 'text' in r.choice ? r.choice.text : (choices[r.choice.index % Math.max(choices.length, 1)] ?? '');
      values[name] = name === 'RdpPort' ? r.port : name === 'CertificateThumbprint' ? r.thumbprint : choice;
    }
    const options = raw({
      fixIds,
      mode: r.mode,
      target: r.target,
      computers: r.computers,
      promptForCredential: r.promptForCredential,
      backupRoot: r.backupRoot,
      backupPath: r.backupPath,
      transcriptPath: r.transcriptPath,
      values,
    });
    return { options, link: r.link };
  });

/** The same selection, mode and target with every user field at its default: the commands to expect. */
const baselines = new Map<string, string[]>();
async function baselineCommands(options: RawScriptOptions): Promise<string[]> {
  const key = JSON.stringify([options.fixIds, options.mode, options.target]);
  const cached = baselines.get(key);
  if (cached) return cached;
  const text = build(raw({ fixIds: options.fixIds, mode: options.mode, target: options.target, computers: 'rdsh-01' }));
  const commands = [...(await parsePowerShell(text)).commands].sort();
  baselines.set(key, commands);
  return commands;
}

type Outcome = { kind: 'refused' } | { kind: 'script'; text: string };

async function checkHostile(options: RawScriptOptions, link: string | undefined): Promise<Outcome> {
  const result = validateScriptOptions(options, fixesById);
  if (!result.options) {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const problem of result.problems)
      expect(problem.message.length, `empty message for ${problem.field}`).toBeGreaterThan(10);
    return { kind: 'refused' };
  }
  let text: string;
  try {
    text = generateScript(result.options, { common: commonScripts, link }).text;
  } catch (error) {
    // The generator may still refuse (a hostile link for the help block, Rollback of checks only), with a message.
    expect(error).toBeInstanceOf(GeneratorError);
    expect((error as GeneratorError).message.length).toBeGreaterThan(10);
    return { kind: 'refused' };
  }
  const parsed = await parsePowerShell(text);
  expect(parsed.errors).toEqual([]);
  expect([...parsed.commands].sort()).toEqual(await baselineCommands(options));
  return { kind: 'script', text };
}

describe('hostile input never adds a command', () => {
  test('random and hostile values in every field', async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(hostileOptions, async ({ options, link }) => {
        if ((await checkHostile(options, link)).kind === 'script') accepted += 1;
      }),
      { numRuns: 150, seed: 20261123 },
    );
    // The property is only meaningful if some hostile-but-valid values reach a script.
    expect(accepted).toBeGreaterThan(20);
  }, 180_000);

  test('deterministic sample of hostile-but-valid scripts goes into the corpus', async () => {
    const handPicked: { options: RawScriptOptions; link?: string }[] = [
      {
        options: raw({
          fixIds: onSide('host').map((fix) => fix.id),
          backupRoot: 'C:\\Backup (Remove-Item C) -Recurse\\x.y',
          transcriptPath: 'D:\\a b\\(1)\\log-.txt',
          values: { CertificateThumbprint: 'ab cd ef 01 23 45 67 89 ab cd ef 01 23 45 67 89 ab cd ef 01\u200E' },
        }),
        link: "https://kb.example/kb/rdp/selector/?f=x&v='$(whoami)'`;",
      },
      {
        options: raw({
          fixIds: [fixes[0]!.id],
          mode: 'rollback',
          backupPath: 'C:\\ProgramData\\RdpFixGuide\\Backup\\(x)\\',
        }),
      },
      {
        options: raw({
          fixIds: [fixes[0]!.id],
          mode: 'diagnose',
          target: 'remote',
          computers: 'a,b;c  d.example 10.0.0.1',
        }),
      },
    ];
    const sampled = fc.sample(hostileOptions, { numRuns: 400, seed: 7 });
    let n = 0;
    for (const { options, link } of [...handPicked, ...sampled]) {
      if (n >= 12) break;
      const outcome = await checkHostile(options, link);
      if (outcome.kind !== 'script') continue;
      const mode = options.mode as ScriptMode;
      const target = options.target as Target;
      const file = `hostile/${String(n).padStart(2, '0')}.${mode}.${target}.ps1`;
      await addToCorpus({ file, kind: 'hostile', fixIds: options.fixIds, mode, target, raw: options }, outcome.text);
      n += 1;
    }
    expect(n).toBe(12);
  }, 120_000);
});
