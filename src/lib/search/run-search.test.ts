import { describe, expect, test } from 'vitest';
import { codeGuides, errorCodes } from '../../catalogue/error-codes';
import { situations } from '../../catalogue/situations';
import type { Situation } from '../../catalogue/situations/schema';
import { indexCodes } from '../decoder';
import { runSearch, searchCodes } from './run-search';

const index = indexCodes(errorCodes, codeGuides);
const withMessages: Situation = {
  ...situations[0]!,
  id: 'test-credssp',
  title: 'CredSSP test situation',
  guide: 'guides/test-credssp/',
  codes: [],
  messages: [
    { locale: 'en-US', text: 'An authentication error has occurred. The function requested is not supported.' },
    {
      locale: 'de-DE',
      text: 'Ein Authentifizierungsfehler ist aufgetreten. Die angeforderte Funktion wird nicht unterstützt.',
    },
  ],
};
const paths = (query: string) => searchCodes(query, index, [withMessages]).hits.map((h) => h.path);

describe('searchCodes on pasted dialogs', () => {
  test('a dialog in another language with Timestamp and Activity ID still finds the pair, and nothing from the noise', () => {
    const hits = paths(
      "Code d'erreur : 0x904\nCode d'erreur étendu : 0x7\nHorodatage (UTC) : 2026-12-02T10:12:13.456Z\nID d'activité : {5bd8b4e5-0c4e-4d7c-9c8d-6a7b1a2c3d4e}",
    );
    expect(hits[0]).toBe('errors/0x904-0x7/');
    // Every hit is a reading of 0x904 or 0x7; none comes from the timestamp's or the GUID's digits.
    expect(hits.filter((path) => !/(?:0x904|\/0x7)\/$/.test(path) && !path.includes('0x904-0x7'))).toEqual([]);
  });

  test.each([
    [
      'English',
      'Remote Desktop Connection\nAn authentication error has occurred.\nThe function requested is not supported\nTimestamp (UTC): 2026-12-02T10:12:13Z\nActivity ID: 5bd8b4e5-0c4e-4d7c-9c8d-6a7b1a2c3d4e',
    ],
    [
      'German',
      'Remotedesktopverbindung\nEin Authentifizierungsfehler ist aufgetreten.\nDie angeforderte Funktion wird nicht unterstützt.\nZeitstempel (UTC): 02.12.2026 10:12:13',
    ],
  ])('a pasted %s message without a code leads to its situation guide', (_language, text) => {
    expect(paths(text)[0]).toBe('guides/test-credssp/');
  });

  test('the full-text search gets the text without the noise', async () => {
    let asked = '';
    await runSearch('0x904 Activity ID: {5bd8b4e5-0c4e-4d7c-9c8d-6a7b1a2c3d4e}', index, async (q) => {
      asked = q;
      return [];
    });
    expect(asked).toBe('0x904 Activity ID:');
  });
});
