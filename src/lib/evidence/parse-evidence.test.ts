import { describe, expect, it } from 'vitest';
import { fixes } from '../../catalogue';
import { evidenceOutcome } from './evidence-verdicts';
import { blockFor, expiredCertificateBody, TEST_SITE, testCatalogue, tokenFor } from './evidence-test-kit';
import { parseEvidence, type EvidenceProblemKind } from './parse-evidence';

const good = tokenFor(expiredCertificateBody());
const withBody = (change: (body: ReturnType<typeof expiredCertificateBody>) => void) => {
  const body = expiredCertificateBody();
  change(body);
  return tokenFor(body);
};
/** Flips one character of the payload (never the version prefix or the checksum). */
const oneCharChanged = (token: string) => {
  const at = 10;
  return token.slice(0, at) + (token[at] === 'A' ? 'B' : 'A') + token.slice(at + 1);
};

describe('evidence the selector accepts', () => {
  it.each([
    ['the bare line', good],
    ['the block as printed, with [computer] [level] prefixes', blockFor(good)],
    ['the link', `https://rdp.example/kb/selector/#evidence=${good}`],
    [
      'the block with Windows line endings and surrounding output',
      `noise\r\n${blockFor(good).replace(/\n/g, '\r\n')}\r\nmore`,
    ],
    ['a block whose line the console wrapped', blockFor(`${good.slice(0, 40)}\n[RDSH-01] [INFO] ${good.slice(40)}`)],
    ['evidence from a script made without a site address', withBody((b) => (b.site = ''))],
  ])('reads %s', (_name, input) => {
    const result = parseEvidence(input, testCatalogue);
    expect(result.ok ? result.evidence[0]?.computer : result.problem.message).toBe('RDSH-01');
  });

  it('reads one block per computer from a remote run', () => {
    const other = withBody((b) => (b.computer = 'RDSH-02'));
    const result = parseEvidence(`${blockFor(good)}\n${blockFor(other, 'RDSH-02')}`, testCatalogue);
    expect(result.ok && result.evidence.map((e) => e.computer)).toEqual(['RDSH-01', 'RDSH-02']);
  });
});

describe('evidence the selector refuses, saying what is wrong', () => {
  const cases: [string, string, EvidenceProblemKind, RegExp][] = [
    ['empty input', '   ', 'empty', /No evidence found/],
    ['one character changed (tampered or damaged)', oneCharChanged(good), 'damaged', /does not match its checksum/],
    ['a block without its END line', blockFor(good).split('\n').slice(0, 2).join('\n'), 'truncated', /no END line/],
    ['a line cut before its checksum', good.slice(0, good.lastIndexOf('.') + 5), 'truncated', /checksum/],
    ['a line cut inside its payload', good.slice(0, 30), 'truncated', /checksum/],
    ['an oversized paste', 'x'.repeat(200_001), 'oversized', /more than 200000/],
    ['an oversized line', `rfe1.${'A'.repeat(16_001)}.0123456789abcdef`, 'oversized', /more than evidence ever is/],
    ['another format version', good.replace(/^rfe1/, 'rfe2'), 'foreign', /format 2/],
    ['text that is not evidence', 'Remote Desktop cannot connect', 'damaged', /not RDP Fix Guide evidence/],
    [
      'evidence for another site',
      withBody((b) => (b.site = 'https://other.example/selector/')),
      'foreign',
      /made for the selector at https:\/\/other\.example/,
    ],
    ['an unknown finding id', withBody((b) => (b.findings['evil.id'] = '1')), 'unknown-id', /finding "evil\.id"/],
    [
      'an unknown fix id',
      withBody(
        (b) =>
          (b.decisions[0] = { fix: 'format-c', cause: 'x', state: 'proven', finding: 'certificate.self-signed.state' }),
      ),
      'unknown-id',
      /fix "format-c"/,
    ],
    [
      'a cause the fix does not address',
      withBody((b) => (b.decisions[0] = { ...(b.decisions[0] as object), cause: 'tls-protocol-mismatch' })),
      'unknown-id',
      /not a cause regenerate-rdp-certificate addresses/,
    ],
    [
      'a computer name with script in it',
      withBody((b) => (b.computer = "SRV'; Remove-Item C:\\")),
      'damaged',
      /no valid computer/,
    ],
    [
      'a value with a line break',
      withBody((b) => (b.findings['certificate.self-signed.state'] = 'ok\nRemove-Item')),
      'damaged',
      /single line/,
    ],
    [
      'a value that is not text',
      withBody((b) => (b.findings['certificate.self-signed.state'] = { $: 1 })),
      'damaged',
      /single line/,
    ],
    [
      'an unknown state',
      withBody((b) => (b.decisions[0] = { ...(b.decisions[0] as object), state: 'fixed' })),
      'damaged',
      /state "fixed"/,
    ],
    [
      'a decision by a finding it does not hold',
      withBody((b) => (b.decisions[0] = { ...(b.decisions[0] as object), finding: 'event.1058.status' })),
      'damaged',
      /finding the evidence does not hold/,
    ],
    [
      'a second block cut short',
      `${blockFor(good)}\n[RDSH-02] [INFO] -----BEGIN RDP FIX EVIDENCE-----\n[RDSH-02] [INFO] rfe1.abc`,
      'truncated',
      /Block 2 has no END line/,
    ],
  ];
  it.each(cases)('%s', (_name, input, kind, message) => {
    const result = parseEvidence(input, testCatalogue);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.kind).toBe(kind);
    expect(result.problem.message).toMatch(message);
    // Every message says what to do next.
    expect(result.problem.message).toMatch(/Copy|Generate|Paste|paste|Open it there/);
  });

  it('a refused paste among good ones refuses all of it (nothing is half-applied)', () => {
    const result = parseEvidence(`${blockFor(good)}\n${blockFor(oneCharChanged(good))}`, testCatalogue);
    expect(result.ok).toBe(false);
  });
});

describe('what the evidence decides', () => {
  const fixInfo = new Map(fixes.map((fix) => [fix.id, { kind: fix.kind, runsOn: fix.runsOn }]));
  const outcome = (input: string) => {
    const result = parseEvidence(input, testCatalogue);
    if (!result.ok) throw new Error(result.problem.message);
    return evidenceOutcome(result.evidence, fixInfo);
  };

  it('marks each cause proven or ruled out, naming the finding and its value', () => {
    const { verdicts } = outcome(good);
    expect(verdicts.get('self-signed-certificate')).toEqual({
      causeId: 'self-signed-certificate',
      state: 'proven',
      findingId: 'certificate.self-signed.state',
      value: 'expired',
      computer: 'RDSH-01',
    });
    expect(verdicts.get('tls-protocol-mismatch')?.state).toBe('ruled-out');
  });

  it('preselects exactly the fixes whose diagnosis proved their cause', () => {
    expect(outcome(good).fixIds).toEqual(['regenerate-rdp-certificate']);
  });

  it('proven on one computer beats ruled out on another', () => {
    const clean = withBody((b) => {
      b.computer = 'RDSH-02';
      (b.decisions[0] as { state: string }).state = 'ruled-out';
    });
    const { verdicts } = outcome(`${blockFor(clean, 'RDSH-02')}\n${blockFor(good)}`);
    expect(verdicts.get('self-signed-certificate')).toMatchObject({ state: 'proven', computer: 'RDSH-01' });
  });

  it('a check (diagnostic entry) never preselects anything', () => {
    const input = withBody((b) => {
      b.findings['fix.collect-rdp-evidence.needs-fix'] = 'false';
      b.decisions = [
        {
          fix: 'collect-rdp-evidence',
          cause: 'self-signed-certificate',
          state: 'proven',
          finding: 'fix.collect-rdp-evidence.needs-fix',
        },
      ];
    });
    expect(outcome(input).fixIds).toEqual([]);
  });

  it('never mixes client and host fixes', () => {
    const input = withBody((b) => {
      b.findings['fix.disable-client-udp.needs-fix'] = 'true';
      b.decisions.push({
        fix: 'disable-client-udp',
        cause: fixes.find((f) => f.id === 'disable-client-udp')!.causes[0],
        state: 'proven',
        finding: 'fix.disable-client-udp.needs-fix',
      });
    });
    const result = outcome(input);
    expect(result.fixIds).toEqual(['regenerate-rdp-certificate']);
    expect(result.leftOut).toEqual(['disable-client-udp']);
  });

  it('the site the tests use is a valid selector address', () => {
    expect(TEST_SITE.endsWith('/selector/')).toBe(true);
  });
});
