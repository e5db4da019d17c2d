import { describe, expect, test } from 'vitest';
import { codeGuides, errorCodes } from '../../catalogue/error-codes';
import { indexCodes, lookupCode } from '../decoder';
import { selectorCodeText } from './code-link';

const index = indexCodes(errorCodes, codeGuides);

describe('selectorCodeText', () => {
  test.each(errorCodes.map((code) => [`${code.family} ${code.value}`, code] as const))(
    '%s: the selector decodes the link text back to the same code',
    (_name, code) => {
      const decoded = lookupCode(selectorCodeText(code), index);
      const token = code.family === 'extended' ? decoded.extended : decoded.main;
      expect(token?.matches.some((m) => m.code === code)).toBe(true);
    },
  );
});
