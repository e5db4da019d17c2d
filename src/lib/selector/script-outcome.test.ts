import { describe, expect, test } from 'vitest';
import { fixesById } from '../../catalogue';
import { commonScripts } from '../../catalogue/common';
import { generateScript } from '../generator/generate-script';
import { parseScriptOptions } from '../generator/script-options';
import { scriptOutcome } from './script-outcome';
import { defaultSelectorState, type SelectorState } from './selector-state';

const loaded = {
  fragmentsLoaded: true,
  generate: (options: Parameters<typeof generateScript>[0]) => generateScript(options, { common: commonScripts }),
};
const outcome = (
  state: Partial<SelectorState>,
  source: Partial<typeof loaded & { fragmentsError: string; stylesheetError: string }> = {},
) => {
  const full = { ...defaultSelectorState, ...state };
  return scriptOutcome(full, parseScriptOptions(full, fixesById), { ...loaded, ...source });
};

describe('scriptOutcome', () => {
  test('a valid selection: the script, the link kept, an empty problems line', () => {
    const result = outcome({ fixIds: ['check-rdp-listener-port'] });
    expect(result.script?.text).toContain('#Requires -Version 5.1');
    expect(result).toMatchObject({ problemsText: '', keepLink: true });
  });

  test('the colours failed to load: the script still, and the problems line says why it is plain', () => {
    const result = outcome({ fixIds: ['check-rdp-listener-port'] }, { stylesheetError: 'no colours' });
    expect(result.script?.text).toContain('#Requires -Version 5.1');
    expect(result).toMatchObject({ problemsText: 'no colours', keepLink: true });
  });

  test('a client check with a host check: refused, and the link still reproduces the refusal', () => {
    const result = outcome({ fixIds: ['disable-client-udp', 'check-rdp-listener-port'] });
    expect(result.script).toBeUndefined();
    expect(result.refusal).toBeTruthy();
    expect(result).toMatchObject({
      problemsText: result.refusal,
      placeholder: 'No script for this selection (see the message above).',
      keepLink: true,
    });
  });

  test.each([
    ['nothing chosen, nothing answered', {}, { problemsText: '', keepLink: false }],
    ['nothing chosen, a question answered', { symptomIds: ['event-1057-1058'] }, { problemsText: '', keepLink: true }],
    ['nothing chosen, a code pasted', { codeText: '0x904' }, { problemsText: '', keepLink: true }],
    [
      'a bad field',
      { fixIds: ['check-rdp-listener-port'], target: 'remote', computers: '' },
      { placeholder: 'Fix the highlighted fields to generate the script.', keepLink: false },
    ],
  ] as const)('%s', (_name, state, expected) => {
    expect(outcome(state)).toMatchObject(expected);
  });

  test('a bad field names its problem after "No script yet:"', () => {
    expect(outcome({ fixIds: ['check-rdp-listener-port'], target: 'remote' }).problemsText).toMatch(/^No script yet: /);
  });

  test('the PowerShell still loading: the problems line is left alone', () => {
    const result = outcome({ fixIds: ['check-rdp-listener-port'] }, { fragmentsLoaded: false });
    expect(result).toEqual({ placeholder: 'Loading the PowerShell…', keepLink: false });
  });

  test('the PowerShell failed to load: says why, and the address bar keeps the selection for the reload', () => {
    const result = outcome(
      { fixIds: ['check-rdp-listener-port'] },
      { fragmentsLoaded: false, fragmentsError: 'offline' },
    );
    expect(result).toMatchObject({ problemsText: 'offline', keepLink: true });
  });
});
