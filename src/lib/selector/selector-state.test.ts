import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fixes, fixesById, symptoms } from '../../catalogue';
import { parseScriptOptions } from '../generator/script-options';
import { GENERATOR_VERSION } from '../generator/versions';
import { defaultSelectorState, parseSelectorQuery, type SelectorState } from './selector-state';
import { serializeSelectorLink } from './serialize-selector-link';

const fixVersions = Object.fromEntries(fixes.map((fix) => [fix.id, fix.version]));
const catalogue = { symptomIds: symptoms.map((s): string => s.id), fixesById };
/** The link the selector writes for a state: from its validated options. */
const linkFor = (state: SelectorState) => serializeSelectorLink(state, parseScriptOptions(state, fixesById).options);

describe('selector links', () => {
  test('a full state survives the round trip', () => {
    const state: SelectorState = {
      ...defaultSelectorState,
      symptomIds: [symptoms[0]!.id, symptoms[1]!.id],
      fixIds: ['enable-rdp-firewall-rules', 'restore-rdp-security-layer'],
      mode: 'fix',
      target: 'remote',
      computers: 'rdsh-01,rdsh-02.corp.example',
      promptForCredential: true,
      backupRoot: 'D:\\Backup',
      transcriptPath: 'D:\\Logs\\run.log',
      values: { RdpPort: '3390', SecurityLayer: 'TLS', NetworkLevelAuthentication: 'Report' },
    };
    const query = linkFor(state);
    const parsed = parseSelectorQuery(`?${query}`, catalogue);
    expect(parsed.notices).toEqual([]);
    expect(parsed.state).toEqual({
      ...state,
      versions: Object.fromEntries(state.fixIds.map((id) => [id, fixVersions[id]])),
      generatorVersion: GENERATOR_VERSION,
    });
    expect(linkFor(parsed.state)).toBe(query);
  });

  test('a hostile link is reduced to what is valid, and every dropped part is named', () => {
    const query = new URLSearchParams({
      f: 'enable-rdp-firewall-rules,grant-network-service-key-read,evil-fix',
      s: 'no-such-symptom',
      m: 'fix',
      t: 'remote',
      c: "srv01'; Remove-Item -Recurse C:\\; '",
      br: '\\\\attacker\\share',
      RdpPort: '3389; Stop-Computer',
      CertificateThumbprint: '$(Invoke-Expression evil)',
      x: '1',
      v: 'bad entry',
      tp: 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\profile.ps1',
      cred: 'yes',
      g: '2; evil',
    });
    query.append('m', 'rollback');
    const { state, notices } = parseSelectorQuery(`?${query}`, catalogue);
    expect(state.fixIds).toEqual(['enable-rdp-firewall-rules', 'grant-network-service-key-read']);
    expect(state.symptomIds).toEqual([]);
    expect(state.computers).toBe('');
    expect(state.backupRoot).toBe('');
    expect(state.transcriptPath).toBe('');
    expect(state.mode).toBe('fix');
    expect(state.promptForCredential).toBe(false);
    expect(state.generatorVersion).toBe(0);
    expect(state.values).toEqual({});
    expect(notices).toMatchInlineSnapshot(`
      [
        "The link gives "m" 2 times; only the first is used.",
        "Ignored the unknown link parameter "x".",
        "Ignored "cred=yes" from the link: only "1" (ask for a credential) is meaningful.",
        "Ignored the malformed version entry "bad entry" from the link.",
        "Ignored the malformed generator version "2; evil" from the link.",
        "Ignored the unknown question "no-such-symptom" from the link.",
        "Ignored the unknown fix "evil-fix" from the link.",
        "Ignored the computer list from the link: "srv01'" is not a computer name: use letters, digits, hyphens and dots only (a host name, FQDN or IPv4 address).",
        "Ignored the backup folder from the link: The backup folder must be a local folder such as C:\\RdpFixGuide; network (UNC) paths are not accepted.",
        "Ignored the transcript path from the link: The transcript path "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\profile.ps1" must name a .log or .txt file, e.g. C:\\RdpFixGuide\\rdp-fix.log: the transcript is written as Administrator, so it may not point at a script or system file.",
        "Ignored RdpPort from the link (the form shows its default): "3389; Stop-Computer" is not a port: enter a whole number from 1 to 65535, e.g. 3389.",
        "Ignored CertificateThumbprint from the link (the form shows its default): A thumbprint is 40 hexadecimal digits (0-9, A-F), e.g. from certlm.msc > Details > Thumbprint.",
      ]
    `);
  });

  test.each([
    ['OracleLevel', 'Vulnerable', /Vulnerable/],
    ['AllowLowerSecurity', 'Yes', /lower a stricter CredSSP level/],
    ['NetworkLevelAuthentication', 'Require', /Network Level Authentication on/],
  ])('a link that weakens or tightens a security setting (%s=%s) says so', (name, value, notice) => {
    const fixId = fixes.find((fix) => fix.parameters.some((p) => p === name))!.id;
    const { state, notices } = parseSelectorQuery(`?f=${fixId}&${name}=${value}`, catalogue);
    expect(state.values).toMatchObject({ [name]: value });
    expect(notices.join(' ')).toMatch(notice);
  });

  test('an over-long link is ignored as a whole', () => {
    const { state, notices } = parseSelectorQuery(`?f=${'a'.repeat(5000)}`, catalogue);
    expect(state).toEqual(defaultSelectorState);
    expect(notices).toHaveLength(1);
  });

  test('whatever the query, parsing never throws and keeps only known ids', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (search) => {
        const { state } = parseSelectorQuery(search, catalogue);
        expect(state.fixIds.every((id) => fixesById.has(id))).toBe(true);
        expect(state.symptomIds.every((id) => catalogue.symptomIds.includes(id))).toBe(true);
      }),
    );
  });
});

describe('answers and the pasted code in links', () => {
  const [a, b, c] = symptoms.map((s): string => s.id);
  test.each([
    ['old links: s= means yes', `?s=${a}`, { symptomIds: [a], noIds: [], unknownIds: [] }],
    ["n= means no, u= means don't know", `?s=${a}&n=${b}&u=${c}`, { symptomIds: [a], noIds: [b], unknownIds: [c] }],
    [
      'an id answered two ways is dropped from both',
      `?s=${a},${b}&n=${b}`,
      { symptomIds: [a], noIds: [], unknownIds: [] },
    ],
    ['unknown ids in n= and u= are dropped', '?n=nope&u=never', { symptomIds: [], noIds: [], unknownIds: [] }],
  ])('%s', (_name, search, expected) => {
    const { state } = parseSelectorQuery(search, catalogue);
    expect({ symptomIds: state.symptomIds, noIds: state.noIds, unknownIds: state.unknownIds }).toEqual(expected);
  });

  test('the pasted code survives the round trip, line breaks included', () => {
    const codeText = 'Error code: 0x904\nExtended error code: 0x7\nTimestamp (UTC): 2026-12-02T10:00:00Z';
    const state: SelectorState = { ...defaultSelectorState, codeText, symptomIds: [a!], noIds: [b!] };
    const parsed = parseSelectorQuery(`?${linkFor(state)}`, catalogue);
    expect(parsed.notices).toEqual([]);
    expect(parsed.state.codeText).toBe(codeText);
    expect(parsed.state.noIds).toEqual([b]);
  });

  test('an oversized or control-character code text is refused or cleaned, and says so', () => {
    const long = parseSelectorQuery(`?code=${'x'.repeat(700)}`, catalogue);
    expect(long.state.codeText).toBe('');
    expect(long.notices.join(' ')).toContain('700 characters long');
    const controls = parseSelectorQuery(`?code=${encodeURIComponent('0x904\u0000\u001b[31m')}`, catalogue);
    expect(controls.state.codeText).toBe('0x904  [31m');
  });
});
