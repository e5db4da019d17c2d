import { describe, expect, test } from 'vitest';
import { causes, fixes } from '../../catalogue';
import { observations } from '../../catalogue/observations';
import { situations } from '../../catalogue/situations';
import type { Situation } from '../../catalogue/situations/schema';
import type { CauseVerdict } from '../evidence/verdict';
import { answersFrom } from './answers';
import { observationsForText, withPastedAnswers } from './observations-for-text';
import { rankCauses, recommendFixes, type RankInput } from './rank-causes';

const rank = (input: RankInput) => rankCauses(input, observations, causes);
const ids = (input: RankInput) => rank(input).ranked.map((r) => r.cause.id);
const situation = situations[0]!;
const verdict = (causeId: string, state: CauseVerdict['state']): CauseVerdict => ({
  causeId,
  state,
  findingId: 'certificate.self-signed.state',
  value: 'expired',
  computer: 'HOST1',
});

describe('rankCauses', () => {
  test('nothing answered, nothing pasted: no cause', () => expect(rank({ answers: new Map() }).ranked).toEqual([]));

  test.each([
    ['a decisive yes goes first', answersFrom(['credssp-message']), 'credssp-oracle-mismatch'],
    ['yes to 1057/1058 ranks the certificate first', answersFrom(['event-1057-1058']), 'self-signed-certificate'],
    [
      'a status text decides between certificate and MachineKeys',
      answersFrom(['event-status-keyset']),
      'machinekeys-permissions',
    ],
    ['TLS 1.0 on one side only', answersFrom(['tls10-only-or-disabled']), 'tls-protocol-mismatch'],
    ['brute-force traffic in the logs', answersFrom(['failed-logon-flood']), 'brute-force-flood'],
    [
      'a rename ranks the specific renamed-computer cause above the generic certificate one',
      answersFrom(['after-rename']),
      'computer-renamed-certificate',
    ],
  ])('%s', (_name, answers, first) => expect(ids({ answers })[0]).toBe(first));

  test('"no" lowers a cause that "yes" would raise', () => {
    const base = answersFrom(['port-answers-then-drops']);
    const withNo = answersFrom(['port-answers-then-drops'], ['event-1057-1058']);
    const score = (input: RankInput) => rank(input).ranked.find((r) => r.cause.id === 'self-signed-certificate')?.score;
    expect(score({ answers: withNo, situations: [situation] })).toBeLessThan(
      score({ answers: base, situations: [situation] })!,
    );
  });

  test('a yes that speaks against a cause lowers it', () => {
    const score = (answers: ReturnType<typeof answersFrom>) =>
      rank({ answers, situations: [situation] }).ranked.find((r) => r.cause.id === 'self-signed-certificate')?.score;
    expect(score(answersFrom(['regenerate-did-not-help']))).toBeLessThan(0);
  });

  test('decisive observations weigh more than generic ones', () => {
    const ranked = rank({ answers: answersFrom(['only-through-gateway', 'after-hardening']) }).ranked;
    expect(ranked[0]?.cause.id).toBe('gateway-broker');
  });

  test('ties share a rank, are marked, and keep the situation order (most common first)', () => {
    const { ranked } = rank({ answers: new Map(), situations: [situation] });
    expect(ranked.map((r) => r.cause.id)).toEqual(situation.causes);
    expect(new Set(ranked.map((r) => r.rank))).toEqual(new Set([1]));
    expect(ranked.every((r) => r.tied)).toBe(true);
  });

  test('ranks are dense by standing: equal scores share, the next differs', () => {
    const { ranked } = rank({ answers: answersFrom(['port-answers-then-drops']), situations: [situation] });
    const top = ranked.filter((r) => r.score === 2);
    expect(top.length).toBe(3);
    expect(new Set(top.map((r) => r.rank))).toEqual(new Set([1]));
    expect(ranked[3]?.rank).toBe(4);
    expect(ranked[3]?.tied).toBe(true);
  });

  test('a situation rules out the causes it does not list', () => {
    const code: Situation = { ...situation, causes: ['gateway-broker'] };
    const result = rank({ answers: answersFrom(['event-1057-1058']), situations: [code] });
    expect(result.ranked.map((r) => r.cause.id)).toEqual(['gateway-broker']);
    expect(result.ruledOut.map((r) => r.cause.id)).toEqual(['self-signed-certificate', 'machinekeys-permissions']);
    expect(result.ruledOut[0]?.because).toContain(situation.title);
  });

  test('a proven cause goes first and is labelled with its finding, whatever the answers', () => {
    const verdicts = new Map([['tls-protocol-mismatch', verdict('tls-protocol-mismatch', 'proven')]]);
    const { ranked } = rank({ answers: answersFrom(['event-1057-1058']), verdicts });
    expect(ranked[0]?.cause.id).toBe('tls-protocol-mismatch');
    expect(ranked[0]?.proven?.findingId).toBe('certificate.self-signed.state');
    expect(ranked[0]?.tied).toBe(false);
  });

  test('a ruled-out cause leaves the ranking and says which finding ruled it out', () => {
    const verdicts = new Map([['self-signed-certificate', verdict('self-signed-certificate', 'ruled-out')]]);
    const result = rank({ answers: answersFrom(['event-1057-1058']), verdicts });
    expect(result.ranked.map((r) => r.cause.id)).not.toContain('self-signed-certificate');
    expect(result.ruledOut[0]?.because).toContain('HOST1');
    expect(result.ruledOut[0]?.because).toContain('certificate.self-signed.state');
  });

  test('an unknown verdict changes nothing', () => {
    const answers = answersFrom(['event-1057-1058']);
    const verdicts = new Map([['self-signed-certificate', verdict('self-signed-certificate', 'unknown')]]);
    expect(rank({ answers, verdicts })).toEqual(rank({ answers }));
  });
});

describe('a pasted host log entry answers its own question', () => {
  const schannel36874 =
    'An TLS 1.2 connection request was received from a remote client application, but none of the cipher suites supported by the client application are supported by the server. The TLS connection request has failed.';
  const event1057 =
    'The Terminal Server has failed to create a new self signed certificate to be used for Terminal Server authentication on SSL connections. The relevant status code was Object already exists.';
  const ranked = (text: string, yes: string[] = [], no: string[] = []) =>
    ids({ answers: withPastedAnswers(answersFrom(yes, no), observationsForText(text, observations)) });

  test.each([
    [
      'Schannel 36874 (another TLS version) is a "yes" to its question',
      schannel36874.replace('1.2', '1.0'),
      ['schannel-36874'],
    ],
    [
      'event 1057 with its status is a "yes" to 1057/1058 and to that status',
      event1057,
      ['event-1057-1058', 'event-status-object-exists'],
    ],
    ['a bare "Access is denied" answers nothing', 'New-Item : Access is denied.', []],
    ['a few words two texts share by chance answer nothing', 'none of the cipher suites worked for us', []],
    ['a dialog answers nothing', 'An authentication error has occurred. The function requested is not supported.', []],
  ])('%s', (_name, text, answered) => expect(observationsForText(text, observations)).toEqual(answered));

  test.each([
    [
      '36874 puts cipher suites above what hardening alone suggests',
      schannel36874,
      ['after-hardening'],
      [],
      'cipher-suite-mismatch',
    ],
    [
      '1057 alone puts the self-signed certificate first',
      event1057.split(' The relevant')[0]!,
      [],
      [],
      'self-signed-certificate',
    ],
    ['1057 with "Object already exists" puts MachineKeys first', event1057, [], [], 'machinekeys-permissions'],
  ])('%s', (_name, text, yes, no, first) => expect(ranked(text, yes, no)[0]).toBe(first));

  test('the technician\'s own "no" wins over the pasted entry; "don\'t know" does not', () => {
    const pasted = observationsForText(schannel36874, observations);
    expect(withPastedAnswers(answersFrom([], ['schannel-36874']), pasted).get('schannel-36874')).toBe('no');
    expect(withPastedAnswers(answersFrom([], [], ['schannel-36874']), pasted).get('schannel-36874')).toBe('yes');
  });
});

describe('recommendFixes', () => {
  test('every observation answered yes ranks a cause; all but the no-script ones recommend a fix', () => {
    const noScriptYet = new Set(['brute-force-flood']);
    for (const observation of observations) {
      const ranking = rank({ answers: answersFrom([observation.id]) });
      expect(ranking.ranked.length, observation.id).toBeGreaterThan(0);
      if (ranking.ranked.every((r) => noScriptYet.has(r.cause.id) || r.score <= 0)) continue;
      expect(recommendFixes(ranking, fixes).length, `${observation.id} recommends no fix`).toBeGreaterThan(0);
    }
  });

  test('never recommends client and host fixes together, for any one or two yes answers', () => {
    const runsOn = new Map(fixes.map((fix) => [fix.id, fix.runsOn]));
    for (const first of observations)
      for (const second of observations) {
        const recommended = recommendFixes(rank({ answers: answersFrom([first.id, second.id]) }), fixes);
        const sides = new Set(recommended.map((id) => runsOn.get(id)));
        expect(sides.size, `${first.id} + ${second.id}: ${recommended.join(', ')}`).toBeLessThanOrEqual(1);
      }
  });

  test('a proven cause preselects exactly its fixes', () => {
    const verdicts = new Map([['machinekeys-permissions', verdict('machinekeys-permissions', 'proven')]]);
    const recommended = recommendFixes(rank({ answers: answersFrom(['credssp-message']), verdicts }), fixes);
    expect(recommended).toEqual(fixes.filter((f) => f.causes.includes('machinekeys-permissions')).map((f) => f.id));
  });

  test('a tie at score 0 recommends nothing', () => {
    expect(recommendFixes(rank({ answers: new Map(), situations: [situation] }), fixes)).toEqual([]);
  });
});
