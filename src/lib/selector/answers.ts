/** The technician's answers to the selector's questions. An observation without an answer is unknown. */
export type Answer = 'yes' | 'no' | 'unknown';
export type Answers = ReadonlyMap<string, Answer>;

/** Answers from the three id lists a link carries (`s=` yes, `n=` no, `u=` don't know). */
export function answersFrom(yes: readonly string[], no: readonly string[] = [], unknown: readonly string[] = []) {
  const answers = new Map<string, Answer>();
  for (const id of unknown) answers.set(id, 'unknown');
  for (const id of no) answers.set(id, 'no');
  for (const id of yes) answers.set(id, 'yes');
  return answers;
}

/** How much one answer moves one cause: decisive observations count double; "no" undoes all but 1 of a "yes". */
export function effectOf(answer: Answer, weight: number, decisive: boolean): number {
  const factor = decisive ? 2 : 1;
  if (answer === 'yes') return weight * factor;
  if (answer === 'no' && weight > 1) return -(weight - 1) * factor;
  return 0;
}
