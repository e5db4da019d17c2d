import { expect, test } from 'vitest';
import { codeGuides, errorCodes } from '../../catalogue/error-codes';
import { indexCodes, lookupCode } from '../decoder';
import { codeHits, rankResults, type SearchHit } from './rank-results';

const index = indexCodes(errorCodes, codeGuides);
const paths = (hits: SearchHit[]) => hits.map((h) => h.path);
const page = (path: string): SearchHit => ({ path, title: path, excerpt: '', kind: 'page' });

test('a pair with a guide puts the guide first, then each code', () => {
  expect(paths(codeHits(lookupCode('0x904 0x7', index))).slice(0, 3)).toEqual([
    'errors/0x904-0x7/',
    'codes/0x904/',
    'codes/extended/0x7/',
  ]);
});

test('a pair without a guide lists the best reading of each code first', () => {
  expect(paths(codeHits(lookupCode('0x3 0x9', index))).slice(0, 2)).toEqual(['codes/0x3/', 'codes/extended/0x9/']);
});

test('code hits come before page hits, and a page is listed once', () => {
  const ranked = rankResults(codeHits(lookupCode('2308', index)), [
    page('/errors/0x904-0x7/'),
    page('codes/0x904/#notes'),
    page('causes/x/'),
  ]);
  expect(paths(ranked)).toEqual(['codes/0x904/', '/errors/0x904-0x7/', 'causes/x/']);
});

test('words alone leave the page order untouched', () => {
  expect(paths(rankResults(codeHits(lookupCode('certificate', index)), [page('a/'), page('b/')]))).toEqual([
    'a/',
    'b/',
  ]);
});

test('a code named twice (FreeRDP: name and wrapped value) is listed once', () => {
  expect(paths(codeHits(lookupCode('ERRINFO_SERVER_DENIED_CONNECTION [0x00010007]', index)))).toEqual([
    'codes/errinfo/0x7/',
  ]);
});
