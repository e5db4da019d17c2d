/**
 * `<rdp-fix-selector>`: wires the form to src/lib. It reads the form (selector-form.ts), ranks causes, validates,
 * generates and shows the script, and keeps the whole state in the URL; every decision lives in src/lib.
 * Script text only ever enters the page through textContent and cloned build-time templates.
 * The highlighted PowerShell (FragmentStore) is fetched when a script first needs it, or as soon as the technician
 * starts using the form: 1.2 MB of highlighted HTML downloaded and JSON-parsed at load was the selector's longest
 * task (issue 12).
 * Until it is there the form works and the script area says so.
 */
import { generateScript, type GeneratedScript } from '../../lib/generator/generate-script';
import { parseScriptOptions, type ValidatedOptions } from '../../lib/generator/script-options';
import type { TokenClass } from '../../lib/generator/tokens';
import { answersFrom } from '../../lib/selector/answers';
import { observationsForText, withPastedAnswers } from '../../lib/selector/observations-for-text';
import { bestCheck } from '../../lib/selector/best-check';
import { rankCauses, recommendFixes, type Ranking } from '../../lib/selector/rank-causes';
import { scriptOutcome } from '../../lib/selector/script-outcome';
import { fixWhy, neededParameters } from '../../lib/selector/selector-link';
import { parseSelectorQuery } from '../../lib/selector/selector-state';
import { serializeSelectorLink } from '../../lib/selector/serialize-selector-link';
import { situationsForText } from '../../lib/selector/situations-for-text';
import { versionNotices } from '../../lib/selector/version-notices';
import type { EvidenceOutcome } from '../../lib/evidence/evidence-verdicts';
import type { CauseVerdicts } from '../../lib/evidence/verdict';
import { describeFound, renderRanking } from './cause-ranking-view';
import { EvidencePanel } from './evidence-panel';
import { FragmentStore } from './fragment-store';
import { renderScript } from './render-script';
import { copyScript, copyTicketNote, downloadScript, showNotices } from './script-actions';
import { changesRanking } from './selector-answers';
import { readSelectorData, type SelectorData } from './selector-data';
import { checkOnly, readForm, showFieldProblems, showFieldsFor, writeForm } from './selector-form';

export class RdpFixSelector extends HTMLElement {
  #script: GeneratedScript | undefined;
  #data!: SelectorData;
  readonly #fragments = new FragmentStore();
  /** Why the fragments could not be loaded, shown instead of a script. */
  #fragmentsError: string | undefined;
  #fragmentsRequested = false;
  #options: ValidatedOptions | undefined;
  #link = '';
  #evidence: EvidencePanel | undefined;
  #ranking: Ranking = { ranked: [], ruledOut: [] };
  /** What the last evidence read back proved or ruled out; the ranking weighs it above any answer. */
  #verdicts: CauseVerdicts = new Map();
  #symptomLabels: string[] = [];
  #tokenClasses: Record<TokenClass, string> = JSON.parse(this.dataset.tokenClasses ?? '{}') as Record<
    TokenClass,
    string
  >;

  connectedCallback() {
    this.#data = readSelectorData(this, this.#fragments);
    const { observations } = this.#data;
    const catalogue = { symptomIds: observations.map((o) => o.id), fixesById: this.#data.fixesById };
    const { state, notices } = parseSelectorQuery(location.search, catalogue);
    writeForm(this, state);
    showNotices(this, [...notices, ...versionNotices(state, this.#data.fixesById)]);
    // Evidence loop (issue 13): evidence from a Diagnose link (#evidence=…) or a paste ticks the proven fixes.
    this.#evidence = new EvidencePanel(
      this.querySelector('[data-evidence]')!,
      this.#data,
      this.dataset.base ?? '/',
      (outcome) => this.#applyEvidence(outcome),
    );
    this.#update({ fromSymptoms: false });
    this.#evidence.readLink(location.hash);
    // A second evidence link opened in the same tab changes only the fragment: no reload, so read it here.
    window.addEventListener('hashchange', () => this.#evidence?.readLink(location.hash));
    // Not a <form>: nothing is submitted; every change regenerates the script in place.
    const form = this.querySelector('.rdp-selector-form')!;
    form.addEventListener('input', (event) => this.#update({ fromSymptoms: changesRanking(event.target) }));
    this.querySelector('[data-use-evidence-script]')!.addEventListener('click', () => this.#useEvidenceScript());
    this.querySelector('[data-copy]')!.addEventListener('click', () => {
      if (this.#script) void copyScript(this, this.#script.text);
    });
    this.querySelector('[data-download]')!.addEventListener('click', () => {
      if (this.#script) downloadScript(this.#script.text);
    });
    this.querySelector('[data-copy-note]')!.addEventListener('click', () => void this.#copyNote());
    // A technician who starts using the form is about to choose a fix: fetch the PowerShell now, so the first script
    // does not wait for it. A link that already chooses fixes fetched it in the #update above.
    for (const type of ['pointerdown', 'focusin', 'keydown'])
      this.addEventListener(type, () => this.#requestFragments(), { once: true, passive: true });
  }

  /** Starts loading the PowerShell once; every later call is a no-op. */
  #requestFragments() {
    if (this.#fragmentsRequested) return;
    this.#fragmentsRequested = true;
    void this.#loadFragments();
  }

  /** Chrome throttles history calls made on every keystroke; an unchanged link needs none. */
  #replaceUrl(link: string) {
    if (new URL(link, location.href).href !== location.href) history.replaceState(null, '', link);
  }

  /** Ticks exactly the fixes the evidence proved (catalogue ids only) and switches to Fix mode when there are any. */
  #applyEvidence(outcome: EvidenceOutcome) {
    this.#verdicts = outcome.verdicts;
    checkOnly(this, 'fix', (id) => outcome.fixIds.includes(id));
    if (outcome.fixIds.length) checkOnly(this, 'mode', (mode) => mode === 'fix');
    this.#update({ fromSymptoms: false });
  }

  async #loadFragments() {
    try {
      await this.#fragments.load({
        url: this.dataset.fragmentsUrl ?? '',
        version: this.dataset.fragmentsVersion ?? '',
        stylesheetUrl: this.dataset.tokensUrl ?? '',
      });
    } catch (error) {
      this.#fragmentsError = (error as Error).message;
    }
    this.#update({ fromSymptoms: false });
  }

  /** The script currently shown, exactly as copied (for tests and the ticket note). */
  get scriptText(): string | undefined {
    return this.#script?.text;
  }

  #update({ fromSymptoms }: { fromSymptoms: boolean }) {
    const { fixes, fixesById, causes, observations, situations, codeIndex, common } = this.#data;
    let state = readForm(this);
    const answers = withPastedAnswers(
      answersFrom(state.symptomIds, state.noIds, state.unknownIds),
      observationsForText(state.codeText, observations),
    );
    const found = situationsForText(state.codeText, situations, codeIndex);
    const ranking = rankCauses(
      { answers, situations: found.situations, verdicts: this.#verdicts },
      observations,
      causes,
    );
    if (fromSymptoms) {
      const recommended = recommendFixes(ranking, fixes);
      checkOnly(this, 'fix', (id) => recommended.includes(id));
      state = readForm(this);
    }
    this.#ranking = ranking;
    if (state.fixIds.length) this.#requestFragments();
    this.#symptomLabels = [
      ...observations.filter((o) => state.symptomIds.includes(o.id)).map((o) => `Yes: ${o.label}`),
      ...observations.filter((o) => state.noIds.includes(o.id)).map((o) => `No: ${o.label}`),
    ];
    this.querySelector('[data-code-status]')!.textContent = describeFound(found, state.codeText);
    renderRanking(this, {
      ranking,
      best: bestCheck(ranking, answers, observations),
      found,
      nothingKnown: !state.codeText.trim() && state.symptomIds.length + state.noIds.length === 0,
      base: this.dataset.base ?? '/',
    });
    this.#showWhy(ranking);
    showFieldsFor(this, state, neededParameters(state.fixIds, fixesById));

    const result = parseScriptOptions(state, fixesById);
    showFieldProblems(this, result.problems);
    // The link is written from the validated options (answers alone while there are none), never from the form.
    const link = `${location.origin}${location.pathname}?${serializeSelectorLink(state, result.options)}`;
    const started = performance.now();
    const outcome = scriptOutcome(state, result, {
      fragmentsLoaded: this.#fragments.loaded,
      fragmentsError: this.#fragmentsError,
      stylesheetError: this.#fragments.stylesheetError,
      generate: (options) => generateScript(options, { common, link, evidenceSite: this.#evidence?.scriptSite }),
    });
    const { script } = outcome;
    this.#options = script ? result.options : undefined;
    this.#link = link;
    this.#script = script;
    if (outcome.problemsText !== undefined)
      this.querySelector<HTMLElement>('[data-problems]')!.textContent = outcome.problemsText;
    if (outcome.keepLink) this.#replaceUrl(link);
    if (script) this.querySelector('[data-print-url]')!.textContent = link;
    const code = this.querySelector<HTMLElement>('[data-script]')!;
    const generated = performance.now();
    if (script) renderScript(code, script, this.#fragments, this.#tokenClasses);
    else code.textContent = outcome.placeholder;
    // Timings for `npm run bench` (cheap; the browser keeps only the latest few hundred).
    performance.measure('rdp-regenerate', { start: started, end: generated });
    performance.measure('rdp-highlight', { start: generated, end: performance.now() });
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-copy], [data-download], [data-copy-note]'))
      button.disabled = !script;
    this.dispatchEvent(new CustomEvent('rdp-script-change', { bubbles: true }));
  }

  /** "Nothing to go on": select the read-only evidence script, in Diagnose mode. */
  #useEvidenceScript() {
    checkOnly(this, 'fix', (id) => id === 'collect-rdp-evidence');
    checkOnly(this, 'mode', (mode) => mode === 'diagnose');
    this.#update({ fromSymptoms: false });
  }

  #showWhy(ranking: Ranking) {
    for (const item of this.querySelectorAll<HTMLElement>('li[data-fix]')) {
      const why = item.querySelector<HTMLElement>('[data-why]')!;
      why.textContent = fixWhy(this.#data.fixesById.get(item.dataset.fix ?? '')?.causes ?? [], ranking.ranked);
      why.hidden = why.textContent === '';
    }
  }

  #copyNote() {
    if (!this.#script || !this.#options) return;
    return copyTicketNote(this, {
      options: this.#options,
      scriptText: this.#script.text,
      link: this.#link,
      causesChecked: this.#ranking.ranked.map((entry) => entry.cause.title),
      symptoms: this.#symptomLabels,
    });
  }
}

if (!customElements.get('rdp-fix-selector')) customElements.define('rdp-fix-selector', RdpFixSelector);
