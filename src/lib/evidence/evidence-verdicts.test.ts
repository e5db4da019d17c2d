import { describe, expect, it } from 'vitest';
import { fixes } from '../../catalogue';
import { evidenceOutcome } from './evidence-verdicts';
import { parseEvidence } from './parse-evidence';
import { blockFor, expiredCertificateBody, testCatalogue, tokenFor } from './evidence-test-kit';

/**
 * A fix or check may decide any cause it addresses, not just its first: regenerate-rdp-certificate reports
 * computer-renamed-certificate for a renamed host, the listener, identity and reachability checks report the
 * cause their finding points at. The verdict must land on that cause, and a check never preselects a fix.
 */
type Body = ReturnType<typeof expiredCertificateBody>;
const fixInfo = new Map(fixes.map((fix) => [fix.id, { kind: fix.kind, runsOn: fix.runsOn }]));

function outcome(...bodies: Body[]) {
  const input = bodies.map((body) => blockFor(tokenFor(body), body.computer)).join('\n');
  const result = parseEvidence(input, testCatalogue);
  if (!result.ok) throw new Error(result.problem.message);
  return evidenceOutcome(result.evidence, fixInfo);
}

function body(computer: string, findings: Record<string, string>, decisions: Body['decisions']): Body {
  return { ...expiredCertificateBody(), computer, findings, decisions };
}

describe('decisions about a cause other than the fix’s first', () => {
  it('regenerate-rdp-certificate proving a renamed-host certificate proves that cause and preselects the fix', () => {
    const renamed = body('RDSH-01B', { 'certificate.self-signed.state': 'renamed' }, [
      {
        fix: 'regenerate-rdp-certificate',
        cause: 'computer-renamed-certificate',
        state: 'proven',
        finding: 'certificate.self-signed.state',
      },
    ]);
    const result = outcome(renamed);
    expect(result.verdicts.get('computer-renamed-certificate')).toMatchObject({ state: 'proven', value: 'renamed' });
    expect(result.verdicts.has('self-signed-certificate')).toBe(false);
    expect(result.fixIds).toEqual(['regenerate-rdp-certificate']);
  });

  it('a client check proving one of several causes proves that cause only, and selects no fix', () => {
    const refused = body('CLIENT-01', { 'tcp.result': 'ConnectionRefused' }, [
      { fix: 'test-rdp-reachability', cause: 'listener-firewall-port', state: 'proven', finding: 'tcp.result' },
    ]);
    const result = outcome(refused);
    expect(result.verdicts.get('listener-firewall-port')).toMatchObject({ state: 'proven', findingId: 'tcp.result' });
    expect(result.verdicts.has('host-unreachable')).toBe(false);
    expect(result.fixIds).toEqual([]);
  });

  it('a check’s proof is not hidden by a fix that rules the same cause out on another computer', () => {
    const client = body('CLIENT-01', { 'tcp.result': 'ConnectionRefused' }, [
      { fix: 'test-rdp-reachability', cause: 'listener-firewall-port', state: 'proven', finding: 'tcp.result' },
    ]);
    const host = body('RDSH-01', { 'fix.enable-rdp-firewall-rules.needs-fix': 'false' }, [
      {
        fix: 'enable-rdp-firewall-rules',
        cause: 'listener-firewall-port',
        state: 'ruled-out',
        finding: 'fix.enable-rdp-firewall-rules.needs-fix',
      },
    ]);
    const result = outcome(host, client);
    expect(result.verdicts.get('listener-firewall-port')).toMatchObject({ state: 'proven', computer: 'CLIENT-01' });
    expect(result.fixIds).toEqual([]);
  });

  it('the identity check’s stale-binding decision is accepted (its fix lists the cause)', () => {
    const stale = body('RDSH-01', { 'certificate.found': 'false' }, [
      {
        fix: 'check-rdp-certificate-identity',
        cause: 'certificate-binding-mismatch',
        state: 'proven',
        finding: 'certificate.found',
      },
    ]);
    expect(outcome(stale).verdicts.get('certificate-binding-mismatch')?.state).toBe('proven');
  });

  it('a decision about a cause its fix does not address refuses the evidence', () => {
    const foreign = body('RDSH-01', { 'tcp.result': 'open' }, [
      { fix: 'test-rdp-reachability', cause: 'self-signed-certificate', state: 'proven', finding: 'tcp.result' },
    ]);
    const result = parseEvidence(blockFor(tokenFor(foreign)), testCatalogue);
    expect(result.ok).toBe(false);
  });
});
