import { describe, expect, test } from 'vitest';
import { parameterNames, parameters } from '../../catalogue/parameters';
import { MAX_VALUE_LENGTH } from '../generator/validate-value';
import { parameterFromLink } from './parameter-from-link';

const thumbprint = 'AB'.repeat(20);

describe('parameterFromLink', () => {
  test.each([
    ['RdpPort', '3390', { value: '3390' }],
    [
      'RdpPort',
      '3389; Stop-Computer',
      { dropped: '"3389; Stop-Computer" is not a port from 1 to 65535; the form shows the default instead.' },
    ],
    ['RdpPort', '70000', { dropped: '"70000" is not a port from 1 to 65535; the form shows the default instead.' }],
    ['CertificateThumbprint', thumbprint, { value: thumbprint }],
    // A choice or a host name stays, wrong or not: the form shows it with an inline error.
    ['SecurityLayer', 'TLS', { value: 'TLS' }],
    ['SecurityLayer', 'Off', { value: 'Off' }],
    ['TargetHost', 'bad host!', { value: 'bad host!' }],
  ] as const)('%s=%s', (name, input, expected) => {
    expect(parameterFromLink(parameters[name], input)).toEqual(expected);
  });

  test('a pasted thumbprint is normalised, and the form is told', () => {
    const result = parameterFromLink(parameters.CertificateThumbprint, `\u200E${thumbprint.toLowerCase()}`);
    expect(result).toMatchObject({ value: thumbprint });
  });

  test.each(parameterNames)('%s: a value over the length limit is dropped', (name) => {
    expect(parameterFromLink(parameters[name], '1'.repeat(MAX_VALUE_LENGTH + 1))).toEqual({
      dropped: `it is ${MAX_VALUE_LENGTH + 1} characters long.`,
    });
  });
});

describe('warnWhen', () => {
  const warned = parameterNames.filter((name) => parameters[name].warnWhen);
  test.each(warned)('%s warns on a real choice that is not the default', (name) => {
    const { warnWhen, choices, defaultValue } = parameters[name];
    expect(choices).toContain(warnWhen!.value);
    expect(warnWhen!.value).not.toBe(defaultValue);
  });
});
