/**
 * The selector's form in the DOM, both ways, driven by the tables: the answers (selector-answers.ts), the fixed
 * options (lib/generator/option-fields.ts) and the fix parameters (catalogue/parameters.ts). Reading and writing
 * only; what the values mean lives in src/lib.
 */
import { parameterNames } from '../../catalogue/parameters';
import { isShown, optionFields, type OptionField } from '../../lib/generator/option-fields';
import type { SelectorState } from '../../lib/selector/selector-state';
import { readAnswers, writeAnswers } from './selector-answers';

const inputs = (root: ParentNode, name: string) => [
  ...root.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`),
];
const field = (root: ParentNode, name: string) =>
  root.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
const fields = optionFields as readonly OptionField[];

/** The values of the radios or checkboxes called `name` that are checked. */
export const checkedValues = (root: ParentNode, name: string) =>
  inputs(root, name)
    .filter((input) => input.checked)
    .map((input) => input.value);

/** Checks exactly the radios or checkboxes called `name` whose value `keep` accepts. */
export function checkOnly(root: ParentNode, name: string, keep: (value: string) => boolean): void {
  for (const input of inputs(root, name)) input.checked = keep(input.value);
}

export function readForm(root: ParentNode): SelectorState {
  const answers = readAnswers(root);
  const options = Object.fromEntries(
    fields.map((f) => [
      f.name,
      f.kind === 'flag' ? (field(root, f.name) as HTMLInputElement).checked : field(root, f.name).value,
    ]),
  ) as Pick<SelectorState, OptionField['name']>;
  return {
    symptomIds: answers.yes,
    noIds: answers.no,
    unknownIds: answers.unknown,
    codeText: field(root, 'codeText').value,
    fixIds: checkedValues(root, 'fix'),
    mode: checkedValues(root, 'mode')[0] ?? 'diagnose',
    target: checkedValues(root, 'target')[0] ?? 'local',
    ...options,
    values: Object.fromEntries(parameterNames.map((name) => [name, field(root, name).value])),
    versions: {},
    generatorVersion: 0,
  };
}

export function writeForm(root: ParentNode, state: SelectorState): void {
  writeAnswers(root, { yes: state.symptomIds, no: state.noIds, unknown: state.unknownIds });
  field(root, 'codeText').value = state.codeText;
  checkOnly(root, 'fix', (id) => state.fixIds.includes(id));
  checkOnly(root, 'mode', (mode) => mode === state.mode);
  checkOnly(root, 'target', (target) => target === state.target);
  for (const f of fields) {
    const value = state[f.name];
    if (f.kind === 'flag') (field(root, f.name) as HTMLInputElement).checked = value === true;
    else field(root, f.name).value = f.toForm ? f.toForm(String(value)) : String(value);
  }
  for (const name of parameterNames) {
    const value = state.values[name];
    if (value !== undefined) field(root, name).value = value;
  }
}

/** Shows the option fields for this mode and target, and the parameters the chosen fixes take. */
export function showFieldsFor(root: ParentNode, state: SelectorState, neededParameters: ReadonlySet<string>): void {
  for (const f of fields) {
    const box = field(root, f.name).closest<HTMLElement>('.rdp-field');
    if (box) box.hidden = !isShown(f, state.mode, state.target);
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-parameter]'))
    el.hidden = !neededParameters.has(el.dataset.parameter ?? '');
}

/** Puts each problem next to its field (and marks the field invalid); clears the rest. */
export function showFieldProblems(root: ParentNode, problems: readonly { field: string; message: string }[]): void {
  for (const error of root.querySelectorAll<HTMLElement>('[data-error-for]')) {
    const problem = problems.find((p) => p.field === error.dataset.errorFor);
    error.textContent = problem?.message ?? '';
    const input = root.querySelector(`[name="${error.dataset.errorFor}"]`);
    if (problem) input?.setAttribute('aria-invalid', 'true');
    else input?.removeAttribute('aria-invalid');
  }
}
