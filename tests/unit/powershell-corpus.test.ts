/**
 * Properties of the PowerShell corpus (tests/support/ps-corpus.ts): every catalogue .ps1 file and every script the
 * generator can produce (each script group in every mode and target) parses with tree-sitter without errors, and
 * the hostile-but-valid sample that goes into the corpus holds what the hostile property demands. Writes nothing:
 * scripts/write-ps-corpus.mjs writes the same scripts to test-results/ps-corpus/ for tools/ps-harness.
 *
 * Hostile input (property-based): any raw options a link or form can carry are either refused with a
 * message per field, or produce a script whose commands are exactly those of the same script built
 * with default values. A user value can change data, never code.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fixesById } from '../../src/catalogue';
import { commonScripts } from '../../src/catalogue/common';
import { GeneratorError } from '../../src/lib/generator/errors';
import { generateScript } from '../../src/lib/generator/generate-script';
import { parseScriptOptions, type RawScriptOptions } from '../../src/lib/generator/script-options';
import { buildScript, raw } from '../support/build-script';
import { hostileOptions } from '../support/hostile-options';
import {
  catalogueFragments,
  generatedScript,
  hostileSample,
  HOSTILE_SAMPLE_SIZE,
  PARTIAL_FRAGMENTS,
} from '../support/ps-corpus';
import { generatedCases } from '../support/ps-corpus-groups';
import { parsePowerShell } from '../support/powershell-parser';

describe('catalogue .ps1 files parse', () => {
  test.each(catalogueFragments())('%s', async (name, text) => {
    // The prologue and the dispatchers use what the generated glue defines: only whole inside a script.
    if (PARTIAL_FRAGMENTS.has(name)) expect(text).toContain('$hostScript = {');
    else expect((await parsePowerShell(text)).errors, `${name} has tree-sitter parse errors`).toEqual([]);
  });
});

describe('generated scripts parse', () => {
  test.each(generatedCases)('%s, %s, %s', async (group, mode, target) => {
    const { file, text } = generatedScript(group, mode, target);
    expect((await parsePowerShell(text)).errors, `${file} has tree-sitter parse errors`).toEqual([]);
  });
});

/** The same selection, mode and target with every user field at its default: the commands to expect. */
const baselines = new Map<string, string[]>();
async function baselineCommands(options: RawScriptOptions): Promise<string[]> {
  const key = JSON.stringify([options.fixIds, options.mode, options.target]);
  const cached = baselines.get(key);
  if (cached) return cached;
  const text = buildScript(
    raw({ fixIds: options.fixIds, mode: options.mode, target: options.target, computers: 'rdsh-01' }),
  );
  const commands = [...(await parsePowerShell(text)).commands].sort();
  baselines.set(key, commands);
  return commands;
}

type Outcome = { kind: 'refused' } | { kind: 'script'; text: string };

async function checkHostile(options: RawScriptOptions, link: string | undefined): Promise<Outcome> {
  const result = parseScriptOptions(options, fixesById);
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

  test('the hostile-but-valid sample in the corpus holds the property', async () => {
    const sample = hostileSample();
    expect(sample).toHaveLength(HOSTILE_SAMPLE_SIZE);
    for (const { options, link, script } of sample)
      expect((await checkHostile(options, link)).kind, script.file).toBe('script');
  }, 120_000);
});
