import { describe, expect, test } from 'vitest';
import { parsePowerShell } from '../../../tests/support/powershell-parser';
import { psQuote } from './ps-quote';

describe('psQuote', () => {
  test.each([
    ['plain', "'plain'"],
    ["it's", "'it''s'"],
    ['‘curly’ ‚low‛', "'‘‘curly’’ ‚‚low‛‛'"],
    ['$(Remove-Item C:\\)', "'$(Remove-Item C:\\)'"],
    ['`n', "'`n'"],
    ['', "''"],
  ])('%j → %s', (input, expected) => expect(psQuote(input)).toBe(expected));

  test('an injection attempt stays one argument of one command', async () => {
    const hostile = "x'; Remove-Item -Recurse C:\\; 'y ‘; Stop-Computer; ’";
    const { commands, errors } = await parsePowerShell(`Write-Output ${psQuote(hostile)}`);
    expect(errors).toEqual([]);
    expect(commands).toEqual(['Write-Output']);
  });

  test('refuses line breaks and control characters', () => {
    expect(() => psQuote('a\nRemove-Item x')).toThrowErrorMatchingInlineSnapshot(
      `[GeneratorError: Refusing to quote a value with a line break or control character: "a\\nRemove-Item x". Validate it first.]`,
    );
    expect(() => psQuote('a\u2028b')).toThrow(/line break or control character/);
  });
});
