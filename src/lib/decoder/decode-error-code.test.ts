/** The decoder over every catalogue code in every notation, pasted dialog texts, and garbage. */
import { describe, expect, test } from 'vitest';
import { codeGuides, errorCodes } from '../../catalogue/error-codes';
import { codeAliases, codePath, describeProblems, formatHex, indexCodes, lookupCode, type DecoderCode } from './index';

const index = indexCodes(errorCodes, codeGuides);
const label = (c: DecoderCode) => `${c.family}:${formatHex(c.value)}`;
const firstMain = (text: string) => {
  const m = lookupCode(text, index).main?.matches[0]?.code;
  return m ? label(m) : null;
};
const candidates = (text: string) => lookupCode(text, index).main?.matches.map((m) => label(m.code)) ?? [];

describe('every catalogue code in every notation', () => {
  for (const code of errorCodes) {
    test(`${label(code)} (${code.name ?? 'no name'})`, () => {
      for (const alias of codeAliases(code)) expect(candidates(alias), alias).toContain(label(code));
      // With an explicit 0x, and as a labelled extended code, the family still comes through.
      expect(candidates(`0x${code.value.toString(16).toUpperCase()}`)).toContain(label(code));
      if (code.name) expect(firstMain(code.name)).toBe(label(code));
      if (code.name) expect(firstMain(code.name.toUpperCase())).toBe(label(code));
    });
  }
});

describe('context ranks the candidates', () => {
  test.each([
    ['0x904', 'disconnect:0x904'],
    ['904', 'disconnect:0x904'],
    ['0X0904', 'disconnect:0x904'],
    ['0x00000904', 'disconnect:0x904'],
    ['2308', 'disconnect:0x904'],
    ['516', 'disconnect:0x204'],
    ['0x112F', 'errinfo:0x112f'],
    ['4399', 'errinfo:0x112f'],
    ['112f', 'errinfo:0x112f'],
    ['7', 'extended:0x7'],
    ['Extended error code: 0x7', 'extended:0x7'],
    ['ERRINFO_SERVER_DENIED_CONNECTION', 'errinfo:0x7'],
    ['exdiscreasonserverdeniedconnection', 'extended:0x7'],
    ['SSL_ERR_LOGON_FAILURE', 'disconnect:0x807'],
    // FreeRDP-based clients log their own codes with the full class value, and wrap server error info.
    ['ERRCONNECT_TLS_CONNECT_FAILED', 'freerdp:0x20008'],
    ['transport_connect_tls:freerdp_set_last_error_ex ERRCONNECT_TLS_CONNECT_FAILED [0x00020008]', 'freerdp:0x20008'],
    ['[0x0002000D]', 'freerdp:0x2000d'],
    ['ERRINFO_SERVER_DENIED_CONNECTION [0x00010007]', 'errinfo:0x7'],
    ['[0x00010007]', 'errinfo:0x7'],
  ])('%s → %s first', (text, expected) => {
    const decoded = lookupCode(text, index);
    const first = decoded.main?.matches[0] ?? decoded.extended?.matches[0];
    expect(first && label(first.code)).toBe(expected);
  });

  test('a bare 7 is every family that has a 7, extended first', () => {
    expect(candidates('7')).toEqual(['extended:0x7', 'errinfo:0x7', 'fatal:0x7']);
  });

  test('in a pair, the second code is the extended code and the guide is found', () => {
    for (const text of ['0x904 0x7', '904 7', '2308 7', '0x904, 0x7', '0x00000904 0x00000007', '0x904-0x7']) {
      const decoded = lookupCode(text, index);
      expect(label(decoded.main!.matches[0]!.code), text).toBe('disconnect:0x904');
      expect(label(decoded.extended!.matches[0]!.code), text).toBe('extended:0x7');
      expect(decoded.guide?.path, text).toBe('errors/0x904-0x7/');
    }
  });
});

describe('pasted dialog texts', () => {
  const dialog = `Remote Desktop Connection
This computer can't connect to the remote computer.
Try connecting again. If the problem continues, contact the owner of the remote computer or your network administrator.
Error code: 0x904
Extended error code: 0x7
Timestamp (UTC): 2024-05-01T10:22:33.123Z
Activity ID: 4f3a2c1e-0000-4a1b-9c2d-7e8f90a1b2c3`;

  test.each([
    [dialog],
    ['Error code: 0x904 Extended error code: 0x7'],
    ['error code 0x904, extended error code 0x7'],
    ['Extended error code: 0x7 Error code: 0x904'],
    ['ERROR CODE: 0X904 EXTENDED ERROR CODE: 0X7'],
  ])('%s', (text) => {
    const decoded = lookupCode(text, index);
    expect(decoded.main?.token.text.toLowerCase()).toBe('0x904');
    expect(decoded.extended?.token.text.toLowerCase()).toBe('0x7');
    expect(decoded.guide?.path).toBe('errors/0x904-0x7/');
  });

  test('numbers that are not labelled as codes are reported as ignored', () => {
    const { ignored } = lookupCode(dialog, index);
    expect(ignored).toContain('2024');
    expect(ignored).not.toContain('0x904');
  });

  test('the protocol-error dialog names a server error-info code', () => {
    expect(firstMain('Because of a protocol error (code: 0x112f), the remote session will be disconnected.')).toBe(
      'errinfo:0x112f',
    );
  });

  test('event IDs are not codes', () => {
    const decoded = lookupCode('event 1026', index);
    expect(decoded.main).toBeNull();
    expect(decoded.ignored).toEqual(['1026']);
  });

  test('a small number among words is not a code ("Windows 11")', () => {
    expect(lookupCode('windows 11 remote desktop', index).main).toBeNull();
  });
});

describe('garbage and unknown codes', () => {
  test('plain words decode to no code', () => {
    const decoded = lookupCode('certificate expired', index);
    expect(decoded.main).toBeNull();
    expect(decoded.words).toEqual(['certificate', 'expired']);
    expect(describeProblems(decoded)).toEqual([]);
  });

  test('an unknown hex code says so and lists no numerically near (unrelated) codes', () => {
    expect(describeProblems(lookupCode('0x905', index))).toMatchInlineSnapshot(`
      [
        "Code "0x905" is not a code we know: it is in none of the tables on the codes page. Check the spelling, or browse all codes.",
      ]
    `);
  });

  test('an unknown pair explains each part', () => {
    expect(describeProblems(lookupCode('Error code: 0x999999 Extended error code: 0x9999', index)))
      .toMatchInlineSnapshot(`
        [
          "Error code "0x999999" is not a code we know: it is in none of the tables on the codes page. Check the spelling, or browse all codes.",
          "Extended error code "0x9999" is not a code we know: it is in none of the tables on the codes page. Check the spelling, or browse all codes.",
        ]
      `);
  });

  test('a misspelt name gets the closest names', () => {
    expect(describeProblems(lookupCode('disconnectReasonAtClientWinsockFDCLOS', index))).toMatchInlineSnapshot(`
      [
        "Code "disconnectReasonAtClientWinsockFDCLOS" is not a code we know: it is in none of the tables on the codes page. Did you mean 0x904 (disconnectReasonAtClientWinsockFDCLOSE)?",
      ]
    `);
  });

  test('a name with a known prefix but nothing close', () => {
    expect(describeProblems(lookupCode('ERRINFO_COFFEE_MACHINE_EMPTY', index))).toMatchInlineSnapshot(`
      [
        "Code "ERRINFO_COFFEE_MACHINE_EMPTY" is not a code we know: it is in none of the tables on the codes page. Check the spelling, or browse all codes.",
      ]
    `);
  });

  test('an HRESULT inside a sentence is found and named as one', () => {
    const decoded = lookupCode('An authentication error has occurred (Code: 0x80080005)', index);
    expect(decoded.main?.token.text).toBe('0x80080005');
    expect(describeProblems(decoded)).toMatchInlineSnapshot(`
      [
        "Error code "0x80080005" is not a code we know: it is in none of the tables on the codes page. It has the form of an HRESULT, a Windows error code that Windows puts inside a message: search for the message's words as well.",
      ]
    `);
  });

  test('too long to be a code', () => {
    const decoded = lookupCode('0x1234567890', index);
    expect(decoded.main).toBeNull();
    expect(decoded.words).toEqual(['0x1234567890']);
  });
});

test('code paths are lowercase hex without padding', () => {
  expect(
    errorCodes
      .map(codePath)
      .filter((p) => !/^codes\/(?:(?:extended|errinfo|fatal|freerdp)\/)?0x(?:0|[1-9a-f][0-9a-f]*)\/$/.test(p)),
  ).toEqual([]);
});
