#!/usr/bin/env node
// Writes the PowerShell corpus (test-results/ps-corpus/ and its manifest.json) that tools/ps-harness runs: every
// catalogue .ps1, every generated script and a hostile-but-valid sample (tests/support/ps-corpus.ts). The catalogue
// imports its .ps1 files with Vite's `?raw`, so the module runs through Vite's module runner, as vitest would.
// `npm run test:harness` runs this first. Exits 1 if a script does not parse (tree-sitter).
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const CORPUS = process.argv[2] ?? 'test-results/ps-corpus';
const { module } = await runnerImport(resolve('tests/support/ps-corpus.ts'), {
  configFile: false,
  logLevel: 'error',
});
const { written, parseErrors } = await module.writeCorpus(CORPUS);
for (const error of parseErrors) console.error(`write-ps-corpus: does not parse: ${error}`);
console.log(`write-ps-corpus: ${written} scripts in ${CORPUS}, ${parseErrors.length} with parse errors`);
process.exit(parseErrors.length === 0 ? 0 : 1);
