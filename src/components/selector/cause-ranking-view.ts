/**
 * Shows a Ranking: ranks as numbers (ties share one and say so), proven causes with their finding, the reasons,
 * the one check that best tells the top two apart, the causes ruled out, and the read-only evidence script
 * offered first when nothing is known yet. Text only ever enters through textContent.
 */
import type { BestCheck } from '../../lib/selector/best-check';
import type { Ranking } from '../../lib/selector/rank-causes';
import type { SituationsForText } from '../../lib/selector/situations-for-text';

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text = '', className = '') => {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  if (className) node.className = className;
  return node;
};

export interface RankingView {
  readonly ranking: Ranking;
  readonly best: BestCheck | null;
  readonly found: SituationsForText;
  /** Nothing answered and nothing pasted. */
  readonly nothingKnown: boolean;
  readonly base: string;
}

export function renderRanking(root: ParentNode, view: RankingView): void {
  const { ranking, best, base } = view;
  const list = root.querySelector<HTMLOListElement>('[data-causes]')!;
  list.replaceChildren(
    ...ranking.ranked.map((entry) => {
      const item = el('li');
      item.value = entry.rank;
      const link = el('a', entry.cause.title);
      link.href = `${base}causes/${entry.cause.id}/`;
      item.append(link);
      if (entry.tied) item.append(' ', el('span', '(tied)', 'rdp-rank-note'));
      item.append(' ', el('span', `score ${entry.score}`, 'rdp-score'));
      if (entry.proven)
        item.append(
          el(
            'span',
            `Proven by the evidence from ${entry.proven.computer}: ${entry.proven.findingId} = ${entry.proven.value}`,
            'rdp-proven',
          ),
        );
      const why = el('ul');
      why.replaceChildren(
        ...entry.reasons.map((reason) =>
          el(
            'li',
            `${reason.answer === 'yes' ? 'Yes' : 'No'}: ${reason.observation.label} (${reason.effect > 0 ? '+' : ''}${reason.effect}). ${reason.because}`,
          ),
        ),
      );
      if (entry.reasons.length) item.append(why);
      return item;
    }),
  );
  const empty = root.querySelector<HTMLElement>('[data-causes-empty]')!;
  empty.hidden = ranking.ranked.length > 0 || view.nothingKnown;
  root.querySelector<HTMLElement>('[data-evidence-offer]')!.hidden = !view.nothingKnown;

  const check = root.querySelector<HTMLElement>('[data-best-check]')!;
  check.hidden = !best;
  if (best) {
    const [a, b] = best.between;
    const other = best.yesFavours === a ? b : a;
    check.replaceChildren(
      el('strong', 'The one check that tells the top two apart: '),
      `${best.observation.label}? `,
      `"Yes" points to ${best.yesFavours.cause.title}; "no" points to ${other.cause.title}.`,
    );
  }

  const box = root.querySelector<HTMLElement>('[data-ruled-out-box]')!;
  box.hidden = ranking.ruledOut.length === 0;
  root
    .querySelector('[data-ruled-out]')!
    .replaceChildren(...ranking.ruledOut.map((entry) => el('li', `${entry.cause.title}: ${entry.because}`)));
}

/** One sentence under the paste field: what the pasted text was read as. */
export function describeFound(found: SituationsForText, text: string): string {
  if (!text.trim()) return '';
  if (found.via === 'code')
    return `Read ${found.matched}: ${found.situations.map((s) => s.title).join('; ')}. Its causes are ranked below; causes it does not produce are ruled out.`;
  if (found.via === 'message')
    return `Matched the phrase "${found.matched}": ${found.situations.map((s) => s.title).join('; ')}. Its causes are ranked below.`;
  return 'No code or message the selector has a guide for: the causes are ranked from your answers alone. The lookup may still know the code.';
}
