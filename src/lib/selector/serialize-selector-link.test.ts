import { describe, expect, test } from 'vitest';
import { fixesById } from '../../catalogue';
import { parseScriptOptions } from '../generator/script-options';
import { defaultSelectorState, type SelectorState } from './selector-state';
import { serializeSelectorLink } from './serialize-selector-link';

const query = (state: SelectorState) =>
  new URLSearchParams(serializeSelectorLink(state, parseScriptOptions(state, fixesById).options));
const base: SelectorState = { ...defaultSelectorState, fixIds: ['enable-rdp-firewall-rules'], mode: 'fix' };

describe('serializeSelectorLink', () => {
  test('carries the validated computer list, not the typed text', () => {
    // Before: the link carried the form's text, c = "rdsh-01 ;RDSH-01, rdsh-02".
    const state = { ...base, target: 'remote', computers: 'rdsh-01 ;RDSH-01, rdsh-02' };
    expect(query(state).get('c')).toBe('rdsh-01,rdsh-02');
  });

  test('carries a thumbprint as the script uses it (spaces and marks removed, upper case)', () => {
    const state = {
      ...base,
      fixIds: ['grant-network-service-key-read'],
      values: { CertificateThumbprint: `\u200E${'ab12 '.repeat(10)}` },
    };
    expect(query(state).get('CertificateThumbprint')).toBe('AB12'.repeat(10));
  });

  test('carries only the parameters the chosen fixes take', () => {
    const q = query({ ...base, values: { RdpPort: '3390', SecurityLayer: 'TLS' } });
    expect(q.get('RdpPort')).toBe('3390');
    expect(q.has('SecurityLayer')).toBe(false);
    expect(q.get('v')).toBe(`enable-rdp-firewall-rules:${fixesById.get('enable-rdp-firewall-rules')!.version}`);
  });

  test('leaves the remote-only values out of a local link', () => {
    const q = query({ ...base, computers: 'rdsh-01', promptForCredential: true });
    expect(q.has('c')).toBe(false);
    expect(q.has('cred')).toBe(false);
  });

  test('without valid options it carries the answers alone, never the invalid values', () => {
    const state = { ...base, symptomIds: ['x'], backupRoot: '\\\\evil\\share', codeText: ' 0x904 ' };
    expect(parseScriptOptions(state, fixesById).options).toBeUndefined();
    expect(query(state).toString()).toBe('code=0x904&s=x');
  });
});
