import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fixes, symptoms } from '../../catalogue';
import { defaultSelectorState, parseSelectorQuery, serializeSelectorState, type SelectorState } from './selector-state';

const fixVersions = Object.fromEntries(fixes.map((fix) => [fix.id, fix.version]));
const catalogue = { symptomIds: symptoms.map((s): string => s.id), fixIds: fixes.map((f) => f.id), fixVersions };
const firstFix = fixes[0]!.id;

describe('selector links', () => {
  test('a full state survives the round trip', () => {
    const state: SelectorState = {
      ...defaultSelectorState,
      symptomIds: [symptoms[0]!.id, symptoms[1]!.id],
      fixIds: [firstFix],
      mode: 'fix',
      target: 'remote',
      computers: 'rdsh-01,rdsh-02.corp.example',
      promptForCredential: true,
      backupRoot: 'D:\\Backup',
      transcriptPath: 'D:\\Logs\\run.log',
      values: { RdpPort: '3390', SecurityLayer: 'TLS' },
    };
    const query = serializeSelectorState(state, fixVersions);
    const parsed = parseSelectorQuery(`?${query}`, catalogue);
    expect(parsed.notices).toEqual([]);
    expect(parsed.state).toEqual({ ...state, versions: { [firstFix]: fixVersions[firstFix] } });
    expect(serializeSelectorState(parsed.state, fixVersions)).toBe(query);
  });

  test('a hostile link is reduced to what is valid, and every dropped part is named', () => {
    const query = new URLSearchParams({
      f: `${firstFix},evil-fix`,
      s: 'no-such-symptom',
      m: 'fix',
      t: 'remote',
      c: "srv01'; Remove-Item -Recurse C:\\; '",
      br: '\\\\attacker\\share',
      RdpPort: '3389; Stop-Computer',
      CertificateThumbprint: '$(Invoke-Expression evil)',
      x: '1',
      v: 'bad entry',
    });
    const { state, notices } = parseSelectorQuery(`?${query}`, catalogue);
    expect(state.fixIds).toEqual([firstFix]);
    expect(state.symptomIds).toEqual([]);
    expect(state.computers).toBe('');
    expect(state.backupRoot).toBe('');
    expect(state.values).toEqual({});
    expect(notices).toMatchInlineSnapshot(`
      [
        "Ignored the unknown link parameter "x".",
        "Ignored RdpPort from the link: "3389; Stop-Computer" is not a port from 1 to 65535.",
        "Ignored CertificateThumbprint from the link: A thumbprint is 40 hexadecimal digits (0-9, A-F), e.g. from certlm.msc > Details > Thumbprint.",
        "Ignored the malformed version entry "bad entry" from the link.",
        "Ignored the unknown symptom "no-such-symptom" from the link.",
        "Ignored the unknown fix "evil-fix" from the link.",
        "Ignored the computer list from the link: "srv01'" is not a computer name: use letters, digits, hyphens and dots only (a host name, FQDN or IPv4 address).",
        "Ignored the backup folder from the link: The backup folder must be a local folder such as C:\\RdpFixGuide; network (UNC) paths are not accepted.",
      ]
    `);
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
        expect(state.fixIds.every((id) => catalogue.fixIds.includes(id))).toBe(true);
        expect(state.symptomIds.every((id) => catalogue.symptomIds.includes(id))).toBe(true);
      }),
    );
  });
});
