import { describe, expect, test } from 'vitest';
import { causes } from '../../catalogue';
import { observations } from '../../catalogue/observations';
import { situations } from '../../catalogue/situations';
import type { CauseVerdict } from '../evidence/verdict';
import { answersFrom } from './answers';
import { bestCheck } from './best-check';
import { rankCauses } from './rank-causes';

const situation = situations[0]!;
const check = (answers: ReturnType<typeof answersFrom>, verdicts?: Map<string, CauseVerdict>) => {
  const ranking = rankCauses(
    { answers, situations: [situation], ...(verdicts ? { verdicts } : {}) },
    observations,
    causes,
  );
  return bestCheck(ranking, answers, observations);
};

describe('bestCheck', () => {
  test('names a question that moves the top two apart, never one already answered', () => {
    const answers = answersFrom(['port-answers-then-drops']);
    const result = check(answers);
    expect(result).not.toBeNull();
    const [a, b] = result!.between;
    const links = (id: string) => result!.observation.suggests.filter((l) => l.cause === id).map((l) => l.weight);
    expect(links(a.cause.id)).not.toEqual(links(b.cause.id));
    expect(answers.has(result!.observation.id)).toBe(false);
  });

  test('with only the code pasted, the check separates the two most common causes', () => {
    const result = check(new Map());
    expect(result?.between.map((r) => r.cause.id)).toEqual(situation.causes.slice(0, 2));
  });

  test('prefers a decisive question when two separate equally', () => {
    const result = check(answersFrom(['event-1057-1058']));
    expect(result?.observation.decisive).toBe(true);
  });

  test('none once a cause is proven', () => {
    const proven: CauseVerdict = {
      causeId: 'self-signed-certificate',
      state: 'proven',
      findingId: 'certificate.self-signed.state',
      value: 'expired',
      computer: 'HOST1',
    };
    expect(check(new Map(), new Map([[proven.causeId, proven]]))).toBeNull();
  });
});
