import { describe, expect, test } from 'vitest';
import { matchMessages, words } from './match-message';
import { stripPasteNoise } from './strip-paste-noise';

const known = [
  { key: 'credssp', text: 'An authentication error has occurred. The function requested is not supported.' },
  {
    key: 'credssp',
    text: 'Ein Authentifizierungsfehler ist aufgetreten. Die angeforderte Funktion wird nicht unterstützt.',
  },
  { key: 'credssp', text: '認証エラーが発生しました。要求された関数はサポートされていません。' },
  {
    key: 'licensing',
    text: 'The remote session was disconnected because there are no Remote Desktop License Servers available.',
  },
  { key: 'cant-reach', text: 'Remote Desktop can\u2019t connect to the remote computer for one of these reasons.' },
];

describe('stripPasteNoise', () => {
  test.each([
    ['Activity ID: {5bd8b4e5-0c4e-4d7c-9c8d-6a7b1a2c3d4e}', 'Activity ID: '],
    ['Timestamp (UTC): 2026-12-02T10:12:13.456Z', 'Timestamp (UTC): '],
    ['Zeitstempel: 02.12.2026 10:12:13', 'Zeitstempel:  '],
    ['at 10:12 PM', 'at '],
  ])('%s', (input, expected) => expect(stripPasteNoise(input).trim()).toBe(expected.trim()));
});

describe('matchMessages', () => {
  test.each([
    [
      'a whole English dialog with Timestamp and Activity ID lines',
      'Remote Desktop Connection\nAn authentication error has occurred.\nThe function requested is not supported\n\nRemote computer: srv01\nThis could be due to CredSSP encryption oracle remediation.\nTimestamp (UTC): 2026-12-02T10:12:13Z\nActivity ID: 5bd8b4e5-0c4e-4d7c-9c8d-6a7b1a2c3d4e',
      'credssp',
    ],
    [
      'German',
      'Ein Authentifizierungsfehler ist aufgetreten. Die angeforderte Funktion wird nicht unterstützt',
      'credssp',
    ],
    ['Japanese, written without spaces', 'リモートデスクトップ接続 認証エラーが発生しました。', 'credssp'],
    [
      'an event message',
      'The remote session was disconnected because there are no Remote Desktop License Servers available to provide a license.',
      'licensing',
    ],
  ])('%s', (_name, text, key) => expect(matchMessages(text, known)[0]?.key).toBe(key));

  test('generic words alone match nothing', () => {
    expect(matchMessages('remote desktop remote computer', known)).toEqual([]);
  });

  test('the distinctive phrase is reported as the known message writes it', () => {
    const [best] = matchMessages('blah: The function requested is not supported!', known);
    expect(best?.phrase).toBe('the function requested is not supported');
  });

  test('words cuts scripts without spaces into characters', () => {
    expect(words('認証 error')).toEqual(['認', '証', 'error']);
  });
});

describe('equal phrases', () => {
  test('prefer the message quoted more fully', () => {
    const known = [
      { key: 'long', text: 'An authentication error has occurred. The function requested is not supported.' },
      { key: 'short', text: 'An authentication error has occurred.' },
    ];
    expect(matchMessages('An authentication error has occurred (Code: 0x80080005).', known)[0]?.key).toBe('short');
  });
});
