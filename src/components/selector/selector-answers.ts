/**
 * The selector's step 1 in the DOM: the pasted text and the yes / no / don't-know radios (name `obs-<id>`).
 * Reading and writing only; what the answers mean lives in src/lib/selector.
 */
export interface AnswerLists {
  readonly yes: readonly string[];
  readonly no: readonly string[];
  readonly unknown: readonly string[];
}

const PREFIX = 'obs-';

export function readAnswers(root: ParentNode): AnswerLists {
  const checked = [...root.querySelectorAll<HTMLInputElement>(`input[type="radio"][name^="${PREFIX}"]:checked`)];
  const with_ = (value: string) => checked.filter((i) => i.value === value).map((i) => i.name.slice(PREFIX.length));
  return { yes: with_('yes'), no: with_('no'), unknown: with_('unknown') };
}

export function writeAnswers(root: ParentNode, answers: AnswerLists): void {
  for (const input of root.querySelectorAll<HTMLInputElement>(`input[type="radio"][name^="${PREFIX}"]`)) {
    const id = input.name.slice(PREFIX.length);
    const answer = answers.yes.includes(id)
      ? 'yes'
      : answers.no.includes(id)
        ? 'no'
        : answers.unknown.includes(id)
          ? 'unknown'
          : '';
    input.checked = input.value === answer;
  }
}

/** True for an input event that changes what ranks the causes (an answer or the pasted text). */
export const changesRanking = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  ((target as HTMLInputElement).name?.startsWith(PREFIX) || (target as HTMLTextAreaElement).name === 'codeText');
