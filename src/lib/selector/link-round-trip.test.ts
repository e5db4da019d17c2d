/**
 * The link is written from ValidatedOptions and read back through the same parse function as the form: for every
 * valid selection, parse(serialise(x)) is x, and serialising again gives the same link.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fixesById, symptoms } from '../../catalogue';
import { optionField } from '../generator/option-fields';
import { parseScriptOptions } from '../generator/script-options';
import { validRawOptions } from '../../../tests/support/valid-options';
import { parseSelectorQuery, type SelectorState } from './selector-state';
import { serializeSelectorLink } from './serialize-selector-link';

const catalogue = { symptomIds: symptoms.map((s): string => s.id), fixesById };
const noAnswers = { symptomIds: [], noIds: [], unknownIds: [], codeText: '' };

/** What the selector does on load: the link's state goes into the form (computers shown space-separated). */
const throughForm = (state: SelectorState): SelectorState => ({
  ...state,
  computers: optionField.computers.toForm(state.computers),
});

describe('link round trip', () => {
  test('parse(serialise(x)) == x for every valid selection', () => {
    fc.assert(
      fc.property(validRawOptions, (raw) => {
        const x = parseScriptOptions(raw, fixesById);
        expect(x.problems).toEqual([]);
        const link = serializeSelectorLink(noAnswers, x.options);
        const { state, notices } = parseSelectorQuery(`?${link}`, catalogue);
        // Only the warnings a security choice always carries; nothing ignored, nothing tidied.
        expect(notices.filter((notice) => notice.startsWith('Ignored'))).toEqual([]);
        const y = parseScriptOptions(throughForm(state), fixesById);
        expect(y.notices).toEqual([]);
        expect(y.options).toEqual(x.options);
        expect(serializeSelectorLink(noAnswers, y.options)).toBe(link);
      }),
      { numRuns: 300 },
    );
  });
});
