#!/usr/bin/env node
// Packs the lab kit for a Windows VM: tools/lab, the generated local scripts and manifest from the corpus the unit
// tests write (test-results/ps-corpus), and Pester 6.2.0 unpacked from its NuGet package (the harness build downloads
// it into ~/.nuget/packages). Output: test-results/rdp-lab-kit/ and, when `zip` exists, test-results/rdp-lab-kit.zip.
// Usage (from the repository root, after `npm run test:unit` and `npm run test:harness`): node tools/lab/pack.mjs
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const corpus = 'test-results/ps-corpus';
const out = 'test-results/rdp-lab-kit';
const nugetRoot = process.env.NUGET_PACKAGES ?? join(homedir(), '.nuget', 'packages');
const pester = join(nugetRoot, 'pester', '6.2.0', 'tools');

if (!existsSync(join(corpus, 'manifest.json'))) {
  console.error(`${corpus}/manifest.json is missing: run npm run test:unit first (it writes the generated scripts).`);
  process.exit(1);
}
rmSync(out, { recursive: true, force: true });
rmSync(`${out}.zip`, { force: true });
mkdirSync(join(out, 'scripts'), { recursive: true });
for (const file of readdirSync('tools/lab')) if (file !== 'pack.mjs') cpSync(join('tools/lab', file), join(out, file));
for (const file of readdirSync(join(corpus, 'generated')))
  if (file.endsWith('.local.ps1')) cpSync(join(corpus, 'generated', file), join(out, 'scripts', file));
cpSync(join(corpus, 'manifest.json'), join(out, 'scripts', 'manifest.json'));
if (existsSync(pester)) cpSync(pester, join(out, 'Pester'), { recursive: true });
else
  console.warn(
    `Pester 6.2.0 is not in ${pester}: run npm run test:harness once (it downloads it), or see README "Pester offline".`,
  );

const zip = spawnSync('zip', ['-qr', '../rdp-lab-kit.zip', '.'], { cwd: out, stdio: 'inherit' });
if (zip.error) console.log(`Kit folder: ${out} (no zip tool here: copy the folder to the VM as it is).`);
else console.log(`Kit: ${out}.zip (and the folder ${out}). Copy it to the VM and unpack it; see tools/lab/README.md.`);
