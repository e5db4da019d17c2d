/**
 * Hostile text in any script value (quotes PowerShell honours, expansion, backticks, line breaks, look-alike
 * characters, over-long input) is refused with a message naming the field, whether it is typed into the form or
 * comes in a link, and never reaches ValidatedOptions, the only input the script generator takes.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fixesById, symptoms } from '../../catalogue';
import type { ParameterName } from '../../catalogue/parameters';
import { defaultSelectorState, parseSelectorQuery, type SelectorState } from '../selector/selector-state';
import { optionField } from './option-fields';
import { parseScriptOptions } from './script-options';

/** Quotes (' " and the typographic ones PowerShell also honours), expansion, escapes, breaks, look-alikes. */
const PIECES = [
  "'",
  '"',
  '\u2019',
  '\u201C',
  '$(',
  '${',
  '`',
  '\n',
  '\r',
  '\u2028',
  '\u0000',
  ';',
  '&',
  '|',
  '%',
  '#',
  '<',
  '\u00A0',
  '\u0430', // Cyrillic a, looks like a
  '\uFF0E', // fullwidth full stop
  '\u2010', // hyphen that is not "-"
  '\u202E', // right-to-left override
];
/** Pieces a field reads as a separator or tidies away (with a notice) are not hostile there. */
const SEPARATORS: Partial<Record<string, RegExp>> = { computers: /^[\s,;]+$/, CertificateThumbprint: /^\s+$/ };

interface Case {
  /** The form field's name, which is also the problem's field. */
  readonly field: string;
  /** The link's key and how its notice names the field. */
  readonly urlKey: string;
  readonly linkName: string;
  readonly fixId: string;
  readonly valid: string;
  /** Where a piece may go without leaving the value's prefix (a drive) or being trimmed off its ends. */
  readonly from: number;
  readonly extra?: Partial<SelectorState>;
}
const fixTaking = (name: ParameterName) => [...fixesById.values()].find((fix) => fix.parameters.includes(name))!.id;
const VALID: Record<ParameterName, string> = {
  RdpPort: '3389',
  CertificateThumbprint: 'AB12'.repeat(10),
  SecurityLayer: 'Negotiate',
  NetworkLevelAuthentication: 'Report',
  OracleLevel: 'Mitigated',
  AllowLowerSecurity: 'No',
  TargetHost: 'rdsh-01.corp',
};
const CASES: Case[] = [
  {
    ...optionField.computers,
    field: 'computers',
    fixId: 'start-rdp-services',
    valid: 'rdsh-01',
    from: 0,
    extra: { target: 'remote' },
  },
  { ...optionField.backupRoot, field: 'backupRoot', fixId: 'start-rdp-services', valid: 'C:\\Backup\\rdp', from: 3 },
  { ...optionField.backupPath, field: 'backupPath', fixId: 'start-rdp-services', valid: 'C:\\Backup\\run', from: 3 },
  {
    ...optionField.transcriptPath,
    field: 'transcriptPath',
    fixId: 'start-rdp-services',
    valid: 'C:\\Logs\\rdp.log',
    from: 3,
  },
  ...(Object.keys(VALID) as ParameterName[]).map((name) => ({
    field: name,
    urlKey: name,
    linkName: name,
    fixId: fixTaking(name),
    valid: VALID[name],
    from: 1,
  })),
];

const hostileFor = (c: Case) =>
  fc.oneof(
    fc
      .tuple(
        fc.constantFrom(...PIECES.filter((piece) => !SEPARATORS[c.field]?.test(piece))),
        fc.nat({ max: c.valid.length - c.from - 1 }),
      )
      .map(([piece, at]) => `${c.valid.slice(0, c.from + at)}${piece}${c.valid.slice(c.from + at)}`),
    fc.integer({ min: 261, max: 2000 }).map((length) => c.valid.padEnd(length, c.valid.at(-2) ?? '1')),
  );

const catalogue = { symptomIds: symptoms.map((s): string => s.id), fixesById };

describe.each(CASES)('$field', (c) => {
  const base = { ...defaultSelectorState, mode: 'fix', fixIds: [c.fixId], ...c.extra };
  const withValue = (value: string): SelectorState =>
    c.field in VALID ? { ...base, values: { [c.field]: value } } : { ...base, [c.field]: value };

  test('the valid sample passes (so the hostile cases test the piece, not the sample)', () => {
    expect(parseScriptOptions(withValue(c.valid), fixesById).problems).toEqual([]);
  });

  test('typed into the form, hostile text is refused with a message on that field', () => {
    fc.assert(
      fc.property(hostileFor(c), (hostile) => {
        const result = parseScriptOptions(withValue(hostile), fixesById);
        expect(result.options).toBeUndefined();
        const problem = result.problems.find((p) => p.field === c.field);
        expect(problem?.message).toMatch(/\w{3,}.*\w{3,}/);
      }),
    );
  });

  test('in a link, hostile text is dropped with a notice naming the field, and never reaches the options', () => {
    fc.assert(
      fc.property(hostileFor(c), (hostile) => {
        const query = new URLSearchParams({ f: c.fixId, m: 'fix', t: base.target, c: 'rdsh-01', [c.urlKey]: hostile });
        const { state, notices } = parseSelectorQuery(`?${query}`, catalogue);
        expect(notices.join('\n')).toContain(`Ignored ${c.linkName} from the link`);
        const options = parseScriptOptions(state, fixesById).options;
        expect(JSON.stringify(options ?? {})).not.toContain(JSON.stringify(hostile).slice(1, -1));
      }),
    );
  });
});
