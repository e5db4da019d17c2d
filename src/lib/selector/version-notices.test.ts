import { describe, expect, test } from 'vitest';
import { versionNotices, type VersionedFix } from './version-notices';

const generator = {
  version: 3,
  changelog: [
    { version: 3, date: '2026-12-02', summary: 'Three.' },
    { version: 2, date: '2026-12-01', summary: 'Two.' },
    { version: 1, date: '2026-11-23', summary: 'First published.' },
  ],
};
const fix: VersionedFix = {
  title: 'Repair the certificate',
  version: 3,
  changelog: [
    { version: 3, date: '2026-12-03', summary: 'C.' },
    { version: 2, date: '2026-12-02', summary: 'B.' },
    { version: 1, date: '2026-11-23', summary: 'A.' },
  ],
};
const fixes = new Map([['cert', fix]]);
const notices = (generatorVersion: number, versions: Record<string, number> = {}) =>
  versionNotices({ generatorVersion, versions }, fixes, generator);

describe('versionNotices', () => {
  test.each([
    ['a fresh link (no generator version)', 0, {}],
    ['a link made by this generator with today’s fixes', 3, { cert: 3 }],
    ['a fix the catalogue no longer has', 3, { gone: 1 }],
  ])('%s: says nothing', (_name, generatorVersion, versions) => {
    expect(notices(generatorVersion, versions)).toEqual([]);
  });

  test('an older generator: lists every change since, newest first', () => {
    expect(notices(1)).toMatchInlineSnapshot(`
      [
        "The shared part of every script (backups, rollback, remote runs) changed since this link was made (generator v1 → v3). You see today's script. What changed: v3 (2026-12-02): Three. v2 (2026-12-01): Two.",
      ]
    `);
  });

  test('a newer generator: warns that this copy is older', () => {
    expect(notices(4)).toMatchInlineSnapshot(`
      [
        "The link was made by a newer version of this site (script generator v4, this copy has v3); the script may differ from the one in the ticket.",
      ]
    `);
  });

  test('an older fix: lists its changes since the link', () => {
    expect(notices(3, { cert: 1 })).toMatchInlineSnapshot(`
      [
        ""Repair the certificate" changed since this link was made (v1 → v3). You see today's script. What changed: v3 (2026-12-03): C. v2 (2026-12-02): B.",
      ]
    `);
  });

  test('a newer fix: warns that this copy of the site is older', () => {
    expect(notices(3, { cert: 9 })).toMatchInlineSnapshot(`
      [
        "The link was made with "Repair the certificate" v9, newer than this site's v3: this copy of the site is older than the one that made the link, so the script may differ from the one in the ticket.",
      ]
    `);
  });

  test('an older fix whose changelog misses the versions: points to the fix page', () => {
    const sparse = new Map([['cert', { ...fix, changelog: [] }]]);
    expect(versionNotices({ generatorVersion: 0, versions: { cert: 2 } }, sparse, generator)[0]).toMatch(
      /What changed: see the fix page\.$/,
    );
  });

  test('generator first, then fixes', () => {
    expect(notices(2, { cert: 2 }).map((n) => n.slice(0, 20))).toEqual([
      'The shared part of e',
      '"Repair the certific',
    ]);
  });
});
