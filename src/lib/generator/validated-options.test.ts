import { describe, expect, test } from 'vitest';
import { fixesById } from '../../catalogue';
import { defaultSelectorState } from '../selector/selector-state';
import { parseScriptOptions } from './script-options';
import type { ValidatedOptions } from './validated-options';

describe('ValidatedOptions', () => {
  test('only parseScriptOptions makes one: raw text does not type-check in its place', () => {
    const { options } = parseScriptOptions({ ...defaultSelectorState, fixIds: ['start-rdp-services'] }, fixesById);
    expect(options).toBeDefined();
    // @ts-expect-error a typed path is not a checked LocalPath
    const forgedPath: ValidatedOptions = { ...options!, backupRoot: 'C:\\x' };
    const forgedTarget: ValidatedOptions = {
      ...options!,
      // @ts-expect-error typed computer names are not checked ComputerNames
      target: { kind: 'remote', computers: ['a'], promptForCredential: false },
    };
    // @ts-expect-error a typed parameter value is not a checked ParameterValue
    const forgedValue: ValidatedOptions = { ...options!, values: { RdpPort: '1; x' } };
    expect([forgedPath, forgedTarget, forgedValue]).toHaveLength(3);
  });
});
