/**
 * The evidence panel of the selector (components/selector/EvidencePanel.astro): reads evidence from the
 * page's link (#evidence=…) or the paste box, validates it (src/lib/evidence), shows each cause's verdict
 * with the finding that decided it, and hands the selector the fix ids to tick. Text from the evidence
 * only ever reaches the page through textContent, and only catalogue ids reach the selector.
 */
import { evidenceOutcome, type EvidenceOutcome } from '../../lib/evidence/evidence-verdicts';
import { evidenceSiteFor, evidenceSiteProblem } from '../../lib/evidence/evidence-site';
import { findingLabel } from '../../lib/evidence/finding-ids';
import type { EvidenceCatalogue } from '../../lib/evidence/evidence-format';
import { parseEvidence } from '../../lib/evidence/parse-evidence';
import type { SelectorData } from './selector-data';

const STATE_TEXT = { proven: 'Proven', 'ruled-out': 'Ruled out', unknown: 'Unknown' } as const;
const STATE_ORDER = { proven: 0, 'ruled-out': 1, unknown: 2 } as const;

export class EvidencePanel {
  readonly #catalogue: EvidenceCatalogue;

  constructor(
    private readonly root: HTMLElement,
    private readonly data: SelectorData,
    base: string,
    private readonly apply: (outcome: EvidenceOutcome) => void,
  ) {
    this.#catalogue = {
      site: root.dataset.evidenceSite || evidenceSiteFor('', location.origin, base),
      fixes: new Map(data.fixes.map((fix) => [fix.id, { kind: fix.kind, causes: fix.causes }])),
      causeIds: new Set(data.causes.map((cause) => cause.id)),
    };
    root.querySelector('[data-evidence-read]')!.addEventListener('click', () => {
      this.read(root.querySelector<HTMLTextAreaElement>('[data-evidence-input]')!.value);
    });
  }

  /**
   * The address Diagnose scripts link back to; undefined when this page's address cannot go into a script
   * (a file:// copy, say): the script then prints the evidence to paste, without a link.
   */
  get scriptSite(): string | undefined {
    return evidenceSiteProblem(this.#catalogue.site) ? undefined : this.#catalogue.site;
  }

  /** Reads the evidence a Diagnose link carries in the page's fragment, if any. */
  readLink(hash: string) {
    if (hash.startsWith('#evidence=')) this.read(hash);
  }

  read(input: string) {
    const problem = this.root.querySelector<HTMLElement>('[data-evidence-problem]')!;
    const result = parseEvidence(input, this.#catalogue);
    if (!result.ok) {
      // Refused evidence changes nothing: the previous verdicts and the ticked fixes stay as they were.
      problem.hidden = false;
      problem.textContent = `Evidence not used: ${result.problem.message}`;
      this.root.querySelector<HTMLDetailsElement>('[data-evidence-paste]')!.open = true;
      return;
    }
    problem.hidden = true;
    problem.textContent = '';
    const info = new Map(this.data.fixes.map((fix) => [fix.id, { kind: fix.kind, runsOn: fix.runsOn }]));
    const outcome = evidenceOutcome(result.evidence, info);
    this.#show(
      outcome,
      result.evidence.map((e) => e.computer),
    );
    this.apply(outcome);
  }

  #show(outcome: EvidenceOutcome, computers: readonly string[]) {
    const fixIds = new Set(this.data.fixes.map((fix) => fix.id));
    const title = (id: string) => this.data.fixesById.get(id)?.title ?? id;
    const summary = this.root.querySelector<HTMLElement>('[data-evidence-summary]')!;
    const picked = outcome.fixIds.length
      ? `Ticked the ${outcome.fixIds.length === 1 ? 'fix' : 'fixes'} its diagnosis proved: ${outcome.fixIds.map(title).join(', ')}.`
      : 'No cause was proven, so no fix is ticked.';
    const left = outcome.leftOut.length
      ? ` Not ticked, because they run on the other side (client and host fixes never share a script): ${outcome.leftOut.map(title).join(', ')}.`
      : '';
    summary.textContent = `Evidence from ${computers.join(', ')}. ${picked}${left}`;
    const causes = new Map(this.data.causes.map((cause) => [cause.id, cause.title]));
    const verdicts = [...outcome.verdicts.values()].sort((a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state]);
    this.root.querySelector('[data-evidence-verdicts]')!.replaceChildren(
      ...verdicts.map((verdict) => {
        const item = document.createElement('li');
        item.dataset.cause = verdict.causeId;
        item.dataset.state = verdict.state;
        const state = document.createElement('span');
        state.className = 'rdp-verdict';
        state.dataset.state = verdict.state;
        state.textContent = STATE_TEXT[verdict.state];
        // The label without its list of values, which the value itself makes redundant here.
        const label = (findingLabel(verdict.findingId, fixIds) ?? verdict.findingId).replace(/\s*\(.*\)$/, '');
        const cause = document.createElement('strong');
        cause.textContent = ` ${causes.get(verdict.causeId) ?? verdict.causeId}`;
        const why = document.createElement('span');
        why.className = 'rdp-verdict-why';
        why.textContent = `${label}: ${verdict.findingId} = ${verdict.value || '(not set)'}, on ${verdict.computer}.`;
        item.append(state, cause, why);
        return item;
      }),
    );
    this.root.querySelector<HTMLElement>('[data-evidence-result]')!.hidden = false;
  }
}
