/**
 * Every URL we ever published still resolves: a page (200), or an alias whose redirect lands on a
 * page that does. The list is tests/published-urls.txt (see scripts/list-published-urls.mjs).
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const published = readFileSync('tests/published-urls.txt', 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#'));

test('the published URL list is not empty', () => expect(published.length).toBeGreaterThan(50));

test('every published URL still resolves', async ({ request }) => {
  const broken: string[] = [];
  for (const path of published) {
    const response = await request.get(path);
    if (!response.ok()) {
      broken.push(`${path} → ${response.status()}`);
      continue;
    }
    const body = response.headers()['content-type']?.includes('html') ? await response.text() : '';
    const refresh = /http-equiv="refresh" content="0;url=([^"]+)"/.exec(body)?.[1];
    if (refresh) {
      const target = await request.get(refresh);
      if (!target.ok()) broken.push(`${path} redirects to ${refresh} → ${target.status()}`);
    }
  }
  expect(broken).toEqual([]);
});
