/**
 * Links already pasted into tickets must keep producing the same script options. Each row is a link form the
 * selector, a fix page or a technician has produced at some point; the options it opens with are pinned here
 * (written before the one-shape refactor of issue 13 item 6, and unchanged by it).
 */
import { describe, expect, test } from 'vitest';
import { fixes, fixesById, symptoms } from '../../catalogue';
import { parseScriptOptions } from '../generator/script-options';
import { parseSelectorQuery } from './selector-state';

const fixVersions = Object.fromEntries(fixes.map((fix) => [fix.id, fix.version]));
const catalogue = {
  symptomIds: symptoms.map((s): string => s.id),
  fixIds: fixes.map((f) => f.id),
  fixVersions,
  fixesById,
};
/** The options a link opens with, as plain data. */
function linkOptions(search: string) {
  const { state } = parseSelectorQuery(search, catalogue);
  const result = parseScriptOptions(state, catalogue.fixesById);
  if (!result.options) return { problems: result.problems.map((p) => p.field) };
  const { fixes: chosen, ...rest } = result.options;
  return { fixIds: chosen.map((fix) => fix.id), ...rest };
}
const [a, b] = symptoms.map((s): string => s.id);
const hex = 'ab12'.repeat(10);

const LINKS: [name: string, search: string][] = [
  ['ticket link, one remote computer', '?f=regenerate-rdp-certificate&m=fix&t=remote&c=rdsh-01'],
  [
    'typed text with a space (links before the shape)',
    '?f=regenerate-rdp-certificate&m=fix&t=remote&c=rdsh-01+rdsh-02.corp.example&cred=1',
  ],
  ['comma list', '?f=start-rdp-services&m=diagnose&t=remote&c=rdsh-01%2Crdsh-02'],
  ['semicolons and commas mixed', '?f=start-rdp-services&m=diagnose&t=remote&c=a%3B+b%2C++c'],
  [
    'fix page link with its default parameter',
    '?f=check-rdp-listener-port&v=check-rdp-listener-port%3A1&g=4&m=diagnose&t=local&RdpPort=3389',
  ],
  ['non-default port', '?f=enable-rdp-firewall-rules&m=fix&t=local&RdpPort=3390'],
  [
    'thumbprint pasted with spaces and a mark',
    `?f=grant-network-service-key-read&m=fix&CertificateThumbprint=${encodeURIComponent(`\u200E${hex.replace(/(.{8})/g, '$1 ')}`)}`,
  ],
  ['security choices', '?f=restore-rdp-security-layer&m=fix&SecurityLayer=TLS&NetworkLevelAuthentication=Require'],
  ['CredSSP weakening', '?f=set-credssp-oracle-policy&m=fix&OracleLevel=Vulnerable&AllowLowerSecurity=Yes'],
  ['reachability host', '?f=test-rdp-reachability&m=diagnose&TargetHost=rdsh-01.corp.example&RdpPort=443'],
  ['backup folder and transcript', '?f=start-rdp-services&m=fix&br=D%3A%5CBackup&tp=D%3A%5CLogs%5Crun.log'],
  [
    'rollback with its backup folder',
    '?f=start-rdp-services&m=rollback&bp=C%3A%5CProgramData%5CRdpFixGuide%5CBackup%5C20261201-101010-RDSH',
  ],
  ['local target keeps no computers', '?f=start-rdp-services&m=fix&t=local&c=rdsh-01'],
  ['no mode or target (oldest links)', '?f=start-rdp-services'],
  ['answers only', `?s=${a}&n=${b}&code=0x904`],
  ['hostile values are left out', '?f=start-rdp-services&m=fix&br=%5C%5Cevil%5Cshare&tp=C%3A%5Cx.ps1&RdpPort=1%3B+x'],
];

describe('old links open with the same options', () => {
  test.each(LINKS)('%s', (_name, search) => {
    expect(linkOptions(search)).toMatchSnapshot();
  });
});
