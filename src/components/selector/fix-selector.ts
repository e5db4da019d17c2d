/**
 * `<rdp-fix-selector>`: reads the form, ranks causes, validates, generates and shows the script, and
 * keeps the whole state in the URL. All logic lives in src/lib; this element only wires the DOM.
 * Script text only ever enters the page through textContent and cloned build-time templates.
 * The highlighted PowerShell is fetched after first paint (FragmentStore); until it is there the form works
 * and the script area says so.
 */
import { parameterNames } from '../../catalogue/parameters';
import { generateScript, type GeneratedScript } from '../../lib/generator/generate-script';
import { GeneratorError } from '../../lib/generator/errors';
import { fixScriptTooLarge } from '../../lib/generator/review-limit';
import { validateScriptOptions } from '../../lib/generator/script-options';
import type { TokenClass } from '../../lib/generator/tokens';
import { SCRIPT_FILE_NAME } from '../../lib/generator/versions';
import { answersFrom } from '../../lib/selector/answers';
import { bestCheck } from '../../lib/selector/best-check';
import { rankCauses, recommendFixes, type Ranking } from '../../lib/selector/rank-causes';
import { situationsForText } from '../../lib/selector/situations-for-text';
import { versionNotices } from '../../lib/selector/version-notices';
import { describeFound, renderRanking } from './cause-ranking-view';
import { changesRanking, readAnswers, writeAnswers } from './selector-answers';
import { parseSelectorQuery, serializeSelectorState, type SelectorState } from '../../lib/selector/selector-state';
import { renderScript } from './render-script';
import { EvidencePanel } from './evidence-panel';
import type { EvidenceOutcome } from '../../lib/evidence/evidence-verdicts';
import type { CauseVerdicts } from '../../lib/evidence/verdict';
import { FragmentStore } from './fragment-store';
import { readSelectorData, type SelectorData } from './selector-data';
import { buildTicketNote } from '../../lib/ticket/build-ticket-note';
import type { ScriptOptions } from '../../lib/generator/script-options';
import { toDownloadBytes } from '../../lib/generator/script-bytes';

export class RdpFixSelector extends HTMLElement {
  #script: GeneratedScript | undefined;
  #data!: SelectorData;
  readonly #fragments = new FragmentStore();
  /** Why the fragments could not be loaded, shown instead of a script. */
  #fragmentsError: string | undefined;
  #fixVersions: Record<string, number> = {};
  #options: ScriptOptions | undefined;
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
    const { fixes, observations } = this.#data;
    this.#fixVersions = Object.fromEntries(fixes.map((fix) => [fix.id, fix.version]));
    const catalogue = {
      symptomIds: observations.map((o) => o.id),
      fixIds: fixes.map((f) => f.id),
      fixVersions: this.#fixVersions,
    };
    const { state, notices } = parseSelectorQuery(location.search, catalogue);
    this.#writeForm(state);
    this.#showNotices([...notices, ...versionNotices(state, this.#data.fixesById)]);
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
    this.querySelector('[data-copy]')!.addEventListener('click', () => void this.#copy());
    this.querySelector('[data-download]')!.addEventListener('click', () => this.#download());
    this.querySelector('[data-copy-note]')!.addEventListener('click', () => void this.#copyNote());
    void this.#loadFragments();
  }

  /** Chrome throttles history calls made on every keystroke; an unchanged link needs none. */
  #replaceUrl(link: string) {
    if (new URL(link, location.href).href !== location.href) history.replaceState(null, '', link);
  }

  /** Ticks exactly the fixes the evidence proved (catalogue ids only) and switches to Fix mode when there are any. */
  #applyEvidence(outcome: EvidenceOutcome) {
    this.#verdicts = outcome.verdicts;
    for (const input of this.#inputs('fix')) input.checked = outcome.fixIds.includes(input.value);
    if (outcome.fixIds.length) for (const input of this.#inputs('mode')) input.checked = input.value === 'fix';
    this.#update({ fromSymptoms: false });
  }

  async #loadFragments() {
    try {
      await this.#fragments.load(this.dataset.fragmentsUrl ?? '', this.dataset.fragmentsVersion ?? '');
    } catch (error) {
      this.#fragmentsError = (error as Error).message;
    }
    this.#update({ fromSymptoms: false });
  }

  /** The script currently shown, exactly as copied (for tests and the ticket note). */
  get scriptText(): string | undefined {
    return this.#script?.text;
  }

  #inputs(name: string) {
    return [...this.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
  }

  #field(name: string) {
    return this.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
  }

  #readForm(): SelectorState {
    const checked = (name: string) =>
      this.#inputs(name)
        .filter((i) => i.checked)
        .map((i) => i.value);
    const values: Record<string, string> = {};
    for (const name of parameterNames) values[name] = this.#field(name).value;
    const answers = readAnswers(this);
    return {
      symptomIds: answers.yes,
      noIds: answers.no,
      unknownIds: answers.unknown,
      codeText: this.#field('codeText').value,
      fixIds: checked('fix'),
      mode: checked('mode')[0] ?? 'diagnose',
      target: checked('target')[0] ?? 'local',
      computers: this.#field('computers').value,
      promptForCredential: (this.#field('promptForCredential') as HTMLInputElement).checked,
      backupRoot: this.#field('backupRoot').value,
      backupPath: this.#field('backupPath').value,
      transcriptPath: this.#field('transcriptPath').value,
      values,
      versions: {},
      generatorVersion: 0,
    };
  }

  #writeForm(state: SelectorState) {
    writeAnswers(this, { yes: state.symptomIds, no: state.noIds, unknown: state.unknownIds });
    this.#field('codeText').value = state.codeText;
    for (const input of this.#inputs('fix')) input.checked = state.fixIds.includes(input.value);
    for (const input of this.#inputs('mode')) input.checked = input.value === state.mode;
    for (const input of this.#inputs('target')) input.checked = input.value === state.target;
    this.#field('computers').value = state.computers.split(',').join(' ');
    (this.#field('promptForCredential') as HTMLInputElement).checked = state.promptForCredential;
    this.#field('backupRoot').value = state.backupRoot;
    this.#field('backupPath').value = state.backupPath;
    this.#field('transcriptPath').value = state.transcriptPath;
    for (const name of parameterNames) {
      const value = state.values[name];
      if (value !== undefined) this.#field(name).value = value;
    }
  }

  #update({ fromSymptoms }: { fromSymptoms: boolean }) {
    const { fixes, fixesById, causes, observations, situations, codeIndex, common } = this.#data;
    let state = this.#readForm();
    const answers = answersFrom(state.symptomIds, state.noIds, state.unknownIds);
    const found = situationsForText(state.codeText, situations, codeIndex);
    const ranking = rankCauses(
      { answers, situations: found.situations, verdicts: this.#verdicts },
      observations,
      causes,
    );
    if (fromSymptoms) {
      const recommended = recommendFixes(ranking, fixes);
      for (const input of this.#inputs('fix')) input.checked = recommended.includes(input.value);
      state = this.#readForm();
    }
    this.#ranking = ranking;
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
    this.#showConditionalFields(state);

    const result = validateScriptOptions(state, fixesById);
    for (const error of this.querySelectorAll<HTMLElement>('[data-error-for]')) {
      const problem = result.problems.find((p) => p.field === error.dataset.errorFor);
      error.textContent = problem?.message ?? '';
      const input = this.querySelector(`[name="${error.dataset.errorFor}"]`);
      if (problem) input?.setAttribute('aria-invalid', 'true');
      else input?.removeAttribute('aria-invalid');
    }
    const problems = this.querySelector<HTMLElement>('[data-problems]')!;
    const link = this.#linkFor(state);
    let script: GeneratedScript | undefined;
    // What the generator refused (a client fix with a host fix, say): shown in place of the script.
    let refusal: string | undefined;
    const started = performance.now();
    if (result.options && this.#fragments.loaded) {
      try {
        const tooLarge = fixScriptTooLarge(result.options);
        if (tooLarge) throw new GeneratorError(tooLarge);
        script = generateScript(result.options, { common, link, evidenceSite: this.#evidence?.scriptSite });
      } catch (error) {
        refusal = (error as Error).message;
        problems.textContent = refusal;
      }
    }
    this.#options = script ? result.options : undefined;
    this.#link = link;
    if (script) {
      problems.textContent = result.notices.join(' ');
      this.#replaceUrl(link);
      this.querySelector('[data-print-url]')!.textContent = link;
    } else if (refusal) {
      // The link still reproduces this selection (and the same refusal), so a reload or a shared link agrees.
      this.#replaceUrl(link);
    } else if (!result.options) {
      // Answers alone are worth a link (a ticket can carry them before any fix is chosen).
      if (state.fixIds.length === 0 && (state.codeText.trim() || state.symptomIds.length + state.noIds.length))
        this.#replaceUrl(link);
      problems.textContent =
        state.fixIds.length === 0 ? '' : `No script yet: ${result.problems.map((p) => p.message).join(' ')}`;
    } else if (this.#fragmentsError) {
      problems.textContent = this.#fragmentsError;
    }
    this.#script = script;
    const code = this.querySelector<HTMLElement>('[data-script]')!;
    const generated = performance.now();
    if (script) renderScript(code, script, this.#fragments, this.#tokenClasses);
    else
      code.textContent =
        state.fixIds.length === 0
          ? 'Answer a question or choose a fix to generate a script.'
          : !result.options
            ? 'Fix the highlighted fields to generate the script.'
            : refusal
              ? 'No script for this selection (see the message above).'
              : this.#fragmentsError
                ? 'No script: the selector could not load its PowerShell (see the message above).'
                : 'Loading the PowerShell…';
    // Timings for `npm run bench` (cheap; the browser keeps only the latest few hundred).
    performance.measure('rdp-regenerate', { start: started, end: generated });
    performance.measure('rdp-highlight', { start: generated, end: performance.now() });
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-copy], [data-download], [data-copy-note]'))
      button.disabled = !script;
    this.dispatchEvent(new CustomEvent('rdp-script-change', { bubbles: true }));
  }

  #linkFor(state: SelectorState): string {
    // Only the parameters the chosen fixes take belong in the link.
    const needed = new Set(state.fixIds.flatMap((id) => this.#data.fixesById.get(id)?.parameters ?? []));
    const values = Object.fromEntries(Object.entries(state.values).filter(([name]) => needed.has(name as never)));
    const query = serializeSelectorState({ ...state, values }, this.#fixVersions);
    return `${location.origin}${location.pathname}?${query}`;
  }

  /** "Nothing to go on": select the read-only evidence script, in Diagnose mode. */
  #useEvidenceScript() {
    for (const input of this.#inputs('fix')) input.checked = input.value === 'collect-rdp-evidence';
    for (const input of this.#inputs('mode')) input.checked = input.value === 'diagnose';
    this.#update({ fromSymptoms: false });
  }

  #showWhy(ranking: Ranking) {
    const ranked = ranking.ranked;
    for (const item of this.querySelectorAll<HTMLElement>('li[data-fix]')) {
      const fix = this.#data.fixesById.get(item.dataset.fix ?? '');
      const why = item.querySelector<HTMLElement>('[data-why]')!;
      const matches = ranked.filter((entry) => fix?.causes.includes(entry.cause.id));
      why.hidden = matches.length === 0;
      why.textContent = matches.length
        ? `Why: addresses ${matches.map((entry) => `${entry.cause.title} (score ${entry.score})`).join('; ')}.`
        : '';
    }
  }

  #showConditionalFields(state: SelectorState) {
    for (const el of this.querySelectorAll<HTMLElement>('[data-when-target]'))
      el.hidden = el.dataset.whenTarget !== state.target;
    for (const el of this.querySelectorAll<HTMLElement>('[data-when-mode]'))
      el.hidden = el.dataset.whenMode !== state.mode;
    const needed = new Set(state.fixIds.flatMap((id) => this.#data.fixesById.get(id)?.parameters ?? []));
    for (const el of this.querySelectorAll<HTMLElement>('[data-parameter]'))
      el.hidden = !needed.has(el.dataset.parameter as never);
  }

  #showNotices(notices: readonly string[]) {
    const box = this.querySelector<HTMLElement>('[data-notices]')!;
    box.hidden = notices.length === 0;
    const list = document.createElement('ul');
    list.replaceChildren(
      ...notices.map((notice) => {
        const li = document.createElement('li');
        li.textContent = notice;
        return li;
      }),
    );
    const heading = document.createElement('strong');
    heading.textContent = 'About the link you opened:';
    box.replaceChildren(heading, list);
  }

  async #copyNote() {
    const status = this.querySelector<HTMLElement>('[data-copy-status]')!;
    if (!this.#script || !this.#options) return;
    const note = buildTicketNote({
      options: this.#options,
      scriptText: this.#script.text,
      link: this.#link,
      causesChecked: this.#ranking.ranked.map((entry) => entry.cause.title),
      symptoms: this.#symptomLabels,
    });
    const format = this.querySelector<HTMLSelectElement>('[data-note-format]')!.value;
    try {
      await navigator.clipboard.writeText(format === 'markdown' ? note.markdown : note.text);
      status.textContent = `Ticket note copied (SHA-256 ${note.copiedSha256.slice(0, 12)}…).`;
    } catch {
      status.textContent = 'Copy failed: your browser blocked the clipboard.';
    }
  }

  async #copy() {
    const status = this.querySelector<HTMLElement>('[data-copy-status]')!;
    if (!this.#script) return;
    try {
      await navigator.clipboard.writeText(this.#script.text);
      status.textContent = 'Copied.';
    } catch {
      status.textContent = 'Copy failed: select the script and copy it by hand.';
    }
  }

  #download() {
    if (!this.#script) return;
    const blob = new Blob([toDownloadBytes(this.#script.text)], { type: 'application/octet-stream' });
    const url = URL.createObjectURL(blob);
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = SCRIPT_FILE_NAME;
    anchor.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}

if (!customElements.get('rdp-fix-selector')) customElements.define('rdp-fix-selector', RdpFixSelector);
