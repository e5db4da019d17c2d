import { describe, expect, test } from 'vitest';
import { codeGuides, errorCodes } from '../../catalogue/error-codes';
import { situations } from '../../catalogue/situations';
import type { Situation } from '../../catalogue/situations/schema';
import { indexCodes } from '../decoder';
import { situationsForText } from './situations-for-text';

const index = indexCodes(errorCodes, codeGuides);
const withMessage: Situation = {
  ...situations[0]!,
  id: 'test-message-only',
  codes: [],
  messages: [
    {
      locale: 'fr-FR',
      text: 'Une erreur d’authentification s’est produite. La fonction demandée n’est pas prise en charge.',
    },
  ],
};
const all = [...situations, withMessage];
const pair = situations[0]!;
const hex = (n: number) => `0x${n.toString(16)}`;
const [main, extended] = pair.codes;

describe('situationsForText', () => {
  test.each([
    ['the pair in hex', `${hex(main!.value)} ${hex(extended!.value)}`],
    [
      'the pair as the dialog labels it',
      `Error code: ${hex(main!.value)}\nExtended error code: ${hex(extended!.value)}`,
    ],
    [
      'a dialog in another language with Timestamp and Activity ID values',
      `Code d'erreur : ${hex(main!.value)}\nCode d'erreur étendu : ${hex(extended!.value)}\nHorodatage (UTC) : 2026-12-02T10:12:13.456Z\nID d'activité : {5bd8b4e5-0c4e-4d7c-9c8d-6a7b1a2c3d4e}`,
    ],
  ])('%s names the situation by its codes', (_name, text) => {
    const found = situationsForText(text, all, index);
    expect(found.via).toBe('code');
    expect(found.situations.map((s) => s.id)).toEqual([pair.id]);
  });

  test('a message without a code is matched by its phrase', () => {
    const found = situationsForText(
      'Une erreur d’authentification s’est produite. Horodatage : 02/12/2026 10:12',
      all,
      index,
    );
    expect(found.via).toBe('message');
    expect(found.situations.map((s) => s.id)).toEqual(['test-message-only']);
  });

  // A message whose documented meaning is narrower than its situation ranks only its own causes.
  test.each([
    [
      'HYBRID_REQUIRED_BY_SERVER (before TLS and authentication)',
      'Error during negotiation step: the server requires that the client support enhanced RDP security with CredSSP',
      ['client-credssp-disabled', 'security-layer-mismatch'],
    ],
    [
      '2825, NLA which your computer does not support',
      'The remote computer requires Network Level Authentication, which your computer does not support',
      ['client-credssp-disabled', 'security-layer-mismatch', 'tls-protocol-mismatch'],
    ],
    [
      'the domain controller message keeps every cause of the situation',
      'requires Network Level Authentication (NLA), but your Windows domain controller cannot be contacted to perform NLA',
      situations.find((s) => s.id === 'nla-required')!.causes,
    ],
  ])('%s', (_name, text, causes) => {
    const found = situationsForText(text, situations, index);
    expect(found.situations.map((s) => s.id)).toEqual(['nla-required']);
    expect(found.situations[0]!.causes).toEqual(causes);
  });

  test('nothing known: no situation, and the page ranks from the answers alone', () => {
    expect(situationsForText('it just does not work', all, index).situations).toEqual([]);
    expect(situationsForText('', all, index).via).toBeNull();
  });
});
