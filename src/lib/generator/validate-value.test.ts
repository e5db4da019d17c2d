import { describe, expect, test } from 'vitest';
import { parameters } from '../../catalogue/parameters';
import {
  validateChoice,
  validateComputerNames,
  validateLocalPath,
  validatePort,
  validateThumbprint,
  validateHostName,
  validateTranscriptPath,
  LOCAL_PATH_PATTERN,
  TRANSCRIPT_PATH_PATTERN,
  type Validation,
} from './validate-value';

const message = (result: Validation) => (result.ok ? `ok: ${result.value}` : result.message);

describe('validateComputerNames', () => {
  test('accepts host names, FQDNs and IPv4, separated by spaces, commas or semicolons', () => {
    expect(validateComputerNames('rdsh-01, rdsh-02.corp.example;10.0.0.5')).toEqual({
      ok: true,
      value: 'rdsh-01,rdsh-02.corp.example,10.0.0.5',
      notice: 'Computer list read as: rdsh-01, rdsh-02.corp.example, 10.0.0.5.',
    });
  });
  test('each computer once, ignoring case as Windows does, and says so', () => {
    // Before: value 'rdsh-01,RDSH-01,rdsh-02' and no word of it, so the script ran twice on rdsh-01.
    expect(validateComputerNames('rdsh-01 RDSH-01, rdsh-02 rdsh-01')).toEqual({
      ok: true,
      value: 'rdsh-01,rdsh-02',
      notice: 'Computer list read as: rdsh-01, rdsh-02 (each computer once).',
    });
  });
  test('pins its messages', () => {
    expect(message(validateComputerNames(''))).toMatchInlineSnapshot(
      `"Enter at least one computer name, e.g. "rdsh-01" or "rdsh-01.corp.example"."`,
    );
    expect(message(validateComputerNames("srv'; Stop-Computer"))).toMatchInlineSnapshot(
      `""srv'" is not a computer name: use letters, digits, hyphens and dots only (a host name, FQDN or IPv4 address)."`,
    );
    expect(message(validateComputerNames('-bad'))).toMatchInlineSnapshot(
      `""-bad" is not a computer name: use letters, digits, hyphens and dots only (a host name, FQDN or IPv4 address)."`,
    );
    expect(
      message(validateComputerNames(Array.from({ length: 51 }, (_, i) => `h${i}`).join(' '))),
    ).toMatchInlineSnapshot(`"51 computers given; one script targets at most 50."`);
    expect(message(validateComputerNames('a'.repeat(300)))).toMatchInlineSnapshot(
      `"The computer list is 300 characters long; the limit is 260."`,
    );
  });
});

describe('validateLocalPath', () => {
  test('accepts local folders and empty', () => {
    expect(validateLocalPath('Backup', 'D:\\RDP Backups\\run (1)')).toEqual({
      ok: true,
      value: 'D:\\RDP Backups\\run (1)',
    });
    expect(validateLocalPath('Backup', '')).toEqual({ ok: true, value: '' });
  });
  test('pins its messages', () => {
    expect(message(validateLocalPath('The backup folder', '\\\\attacker\\share'))).toMatchInlineSnapshot(
      `"The backup folder must be a local folder such as C:\\RdpFixGuide; network (UNC) paths are not accepted."`,
    );
    expect(message(validateLocalPath('The backup folder', "C:\\x'; Remove-Item C:\\"))).toMatchInlineSnapshot(
      `"The backup folder "C:\\x'; Remove-Item C:\\" is not a local Windows path: start with a drive letter (C:\\…) and use letters, digits, spaces and . _ - ( ) only."`,
    );
    expect(message(validateLocalPath('The backup folder', 'C:\\Windows\\..\\x'))).toMatchInlineSnapshot(
      `"The backup folder must not contain "." or ".." segments; give the full folder path."`,
    );
    expect(message(validateLocalPath('The backup folder', 'relative\\path'))).toMatchInlineSnapshot(
      `"The backup folder "relative\\path" is not a local Windows path: start with a drive letter (C:\\…) and use letters, digits, spaces and . _ - ( ) only."`,
    );
    expect(message(validateLocalPath('The backup folder', `C:\\${'a'.repeat(300)}`))).toMatchInlineSnapshot(
      `"The backup folder is 303 characters long; the limit is 260."`,
    );
  });
});

describe('path grammar edges', () => {
  test('refuses what Windows would read differently from what the technician sees', () => {
    // A bare drive is relative to that drive's current folder; device names and trailing dots or spaces are
    // not files at all, or not the file named.
    expect(message(validateLocalPath('The backup folder', 'C:'))).toMatchInlineSnapshot(
      `"The backup folder "C:" is not a local Windows path: start with a drive letter (C:\\…) and use letters, digits, spaces and . _ - ( ) only."`,
    );
    expect(message(validateLocalPath('The backup folder', 'C:\\Logs\\nul.txt'))).toMatchInlineSnapshot(
      `"The backup folder uses "nul.txt", which Windows reserves for a device; choose another name."`,
    );
    expect(message(validateLocalPath('The backup folder', 'C:\\Backup. \\x'))).toMatchInlineSnapshot(
      `"The backup folder has a name ending in a dot or a space, which Windows drops; remove it."`,
    );
    expect(validateLocalPath('The backup folder', 'C:\\console\\COM10x')).toEqual({
      ok: true,
      value: 'C:\\console\\COM10x',
    });
  });
  test('the transcript must be a .log or .txt file', () => {
    expect(validateTranscriptPath('D:\\Logs\\run (2).LOG')).toEqual({ ok: true, value: 'D:\\Logs\\run (2).LOG' });
    expect(validateTranscriptPath('')).toEqual({ ok: true, value: '' });
    expect(
      message(validateTranscriptPath('C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\profile.ps1')),
    ).toMatchInlineSnapshot(
      `"The transcript path "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\profile.ps1" must name a .log or .txt file, e.g. C:\\RdpFixGuide\\rdp-fix.log: the transcript is written as Administrator, so it may not point at a script or system file."`,
    );
    expect(message(validateTranscriptPath('C:\\Logs\\'))).toMatch(/must name a \.log or \.txt file/);
  });
  test('the browser and the script accept the same values (same pattern, case-insensitive, end anchored)', () => {
    for (const pattern of [LOCAL_PATH_PATTERN, TRANSCRIPT_PATH_PATTERN]) {
      expect(pattern.startsWith('^') && pattern.endsWith('$')).toBe(true);
      expect(new RegExp(pattern, 'i').test('c:\\X\\a.log')).toBe(true);
    }
  });
});

describe('validatePort', () => {
  test.each(['1', '3389', '65535'])('accepts %s', (port) =>
    expect(validatePort(port)).toEqual({ ok: true, value: port }),
  );
  test.each(['0', '65536', '03389', '3389 ', '1e3', '-1', ''])('refuses %j', (port) =>
    expect(validatePort(port).ok).toBe(false),
  );
  test('pins its message', () =>
    expect(message(validatePort('3389; calc'))).toMatchInlineSnapshot(
      `""3389; calc" is not a port: enter a whole number from 1 to 65535, e.g. 3389."`,
    ));
});

describe('validateThumbprint', () => {
  const thumb = 'A909502DD82AE41433E6F83886B00D4277A32A7B';
  test('accepts 40 hex digits and empty; tidies pasted spaces and marks with a notice', () => {
    expect(validateThumbprint(thumb)).toEqual({ ok: true, value: thumb });
    expect(validateThumbprint('')).toEqual({ ok: true, value: '' });
    const pasted = `\u200ea9 09 50 2d d8 2a e4 14 33 e6 f8 38 86 b0 0d 42 77 a3 2a 7b`;
    expect(validateThumbprint(pasted)).toEqual({
      ok: true,
      value: thumb,
      notice: `Thumbprint read as ${thumb} (spaces and invisible marks removed).`,
    });
  });
  test('pins its message', () =>
    expect(message(validateThumbprint('xyz'))).toMatchInlineSnapshot(
      `"A thumbprint is 40 hexadecimal digits (0-9, A-F), e.g. from certlm.msc > Details > Thumbprint."`,
    ));
});

describe('validateChoice', () => {
  test('accepts only listed values', () => {
    expect(validateChoice(parameters.SecurityLayer, 'TLS')).toEqual({ ok: true, value: 'TLS' });
    expect(message(validateChoice(parameters.SecurityLayer, 'RDP'))).toMatchInlineSnapshot(
      `"Security layer to set must be one of: Negotiate, TLS."`,
    );
  });
});

describe('validateHostName', () => {
  test.each(['', 'rdsh-01', 'rdsh-01.corp.example', '10.0.10.5'])('accepts %j', (input) => {
    expect(validateHostName(input)).toEqual({ ok: true, value: input });
  });
  test.each([
    "rdsh-01'; Remove-Item C:\\ -Recurse #",
    'rdsh 01',
    '$env:COMPUTERNAME',
    'fe80::1',
    '-rdsh',
    'a'.repeat(254),
  ])('refuses %j', (input) => {
    expect(validateHostName(input).ok).toBe(false);
  });
  test('says to put the port in its own field', () => {
    expect(message(validateHostName('rdsh-01:3390'))).toContain('without the port');
  });
});
