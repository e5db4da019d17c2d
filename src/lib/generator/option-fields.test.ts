import { describe, expect, test } from 'vitest';
import { parameterNames } from '../../catalogue/parameters';
import { fixesById } from '../../catalogue';
import { defaultSelectorState, parseSelectorQuery, type SelectorState } from '../selector/selector-state';
import { serializeSelectorLink } from '../selector/serialize-selector-link';
import { isShown, optionFields } from './option-fields';
import { parseScriptOptions } from './script-options';

const catalogue = { symptomIds: [], fixesById };
/** The link the selector writes for a state: from its validated options. */
const linkFor = (state: SelectorState) => {
  const { options, problems } = parseScriptOptions(state, fixesById);
  expect(problems).toEqual([]);
  return serializeSelectorLink(state, options);
};
const base = { ...defaultSelectorState, fixIds: ['start-rdp-services'], mode: 'fix' };
const sample = {
  computers: 'srv01,srv02.example.com',
  promptForCredential: true,
  backupRoot: 'D:\\Backups',
  backupPath: 'D:\\Backups\\run',
  transcriptPath: 'D:\\Logs\\rdp.log',
} as const;

describe('optionFields', () => {
  test('link keys are unique and never a fix parameter name', () => {
    const keys = optionFields.map((field) => field.urlKey);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(parameterNames).not.toContain(key);
  });

  // Every optional field may stay empty; a remote run needs at least one computer.
  test.each(optionFields.filter((field) => field.kind === 'text'))('$name: an empty value', (field) => {
    expect(field.validate('').ok).toBe(field.name !== 'computers');
  });

  test.each(optionFields)('$name travels through a link unchanged (remote target)', (field) => {
    const state = { ...base, target: 'remote', computers: 'srv01', [field.name]: sample[field.name] };
    const query = linkFor(state);
    expect(new URLSearchParams(query).has(field.urlKey)).toBe(true);
    expect(parseSelectorQuery(`?${query}`, catalogue).state[field.name]).toEqual(sample[field.name]);
  });

  test.each([
    ['computers', 'diagnose', 'local', false],
    ['computers', 'diagnose', 'remote', true],
    ['backupRoot', 'fix', 'local', true],
    ['backupRoot', 'rollback', 'local', false],
    ['backupPath', 'rollback', 'remote', true],
    ['transcriptPath', 'diagnose', 'local', true],
  ])('%s is shown in %s mode for a %s target: %s', (name, mode, target, shown) => {
    expect(
      isShown(
        optionFields.find((field) => field.name === name)!,
        mode,
        target,
      ),
    ).toBe(shown);
  });

  test('a local run leaves the remote-only fields out of the link', () => {
    const query = linkFor({ ...base, ...sample, target: 'local' });
    expect(query).not.toMatch(/(^|&)(c|cred)=/);
    expect(query).toMatch(/(^|&)br=/);
  });
});
