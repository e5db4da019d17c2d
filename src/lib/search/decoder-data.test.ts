import { describe, expect, test } from 'vitest';
import { codeGuides, errorCodes } from '../../catalogue/error-codes';
import { situations } from '../../catalogue/situations';
import { indexCodes, lookupCode } from '../decoder';
import { decoderData, readDecoderData } from './decoder-data';

const data = decoderData(errorCodes, codeGuides, situations);

describe('the code search data the build writes', () => {
  test('keeps every code and decodes as the catalogue does', () => {
    expect(data.codes).toHaveLength(errorCodes.length);
    const fromData = indexCodes(data.codes, data.guides);
    const fromCatalogue = indexCodes(errorCodes, codeGuides);
    for (const text of ['0x904 0x7', '516', 'ERRCONNECT_TLS_CONNECT_FAILED [0x00020008]', 'disconnectReasonNoInfo'])
      expect(lookupCode(text, fromData).main?.matches[0]?.code.value).toBe(
        lookupCode(text, fromCatalogue).main?.matches[0]?.code.value,
      );
  });

  test('ships no sources, notes or causes (the browser never reads them)', () => {
    const json = JSON.stringify(data);
    expect(json).not.toContain('"sources"');
    expect(json).not.toContain('"notes"');
    expect(json).not.toContain('learn.microsoft.com');
  });

  test('survives the JSON round trip', () => {
    expect(readDecoderData(JSON.parse(JSON.stringify(data)), 'codes/decoder.json')).toEqual(data);
  });

  test.each([null, {}, { version: 2, codes: [], guides: [] }, { version: 1, codes: 'x', guides: [] }, '<html>'])(
    'a foreign or stale file (%j) is refused with what to do',
    (json) => {
      expect(() => readDecoderData(json, '/kb/codes/decoder.json')).toThrow(
        /\/kb\/codes\/decoder\.json is not this site's code index \(version 1\); reload the page, or rebuild/,
      );
    },
  );
});
