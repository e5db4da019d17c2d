/**
 * Valid raw selector input of every shape (fast-check): any fixes, mode and target, odd but valid computer lists,
 * paths and parameter values. The round-trip property reads these through the one parse function.
 */
import fc from 'fast-check';
import { fixes } from '../../src/catalogue';
import { parameters } from '../../src/catalogue/parameters';
import { parametersOf, scriptModes, type RawScriptOptions } from '../../src/lib/generator/script-options';

const label = fc.stringMatching(/^[A-Za-z0-9]([A-Za-z0-9-]{0,8}[A-Za-z0-9])?$/);
const computerName = fc
  .tuple(label, fc.array(label, { maxLength: 2 }))
  .map(([first, rest]) => [first, ...rest].join('.'));
/** One to five names, written with any of the separators a technician types. */
const computerList = fc
  .tuple(fc.array(computerName, { minLength: 1, maxLength: 5 }), fc.constantFrom(' ', ',', ', ', ';', ' ;\n'))
  .map(([names, separator]) => names.join(separator));
const segment = fc.stringMatching(/^[A-Za-z0-9 _().-]{0,8}[A-Za-z0-9_()-]$/);
const folder = fc
  .tuple(fc.constantFrom('C', 'D', 'z'), fc.array(segment, { maxLength: 3 }), fc.boolean())
  .map(
    ([drive, parts, slash]) => `${drive}:${parts.map((p) => `\\${p}`).join('')}${slash || !parts.length ? '\\' : ''}`,
  );
const optionalFolder = fc.oneof(fc.constant(''), folder);
const transcript = fc.oneof(
  fc.constant(''),
  fc
    .tuple(fc.array(segment, { maxLength: 2 }), segment, fc.constantFrom('.log', '.txt', '.LOG'))
    .map(([parts, name, ext]) => `C:\\${parts.map((p) => `${p}\\`).join('')}${name}${ext}`),
);
const hex40 = fc.stringMatching(/^[0-9A-Fa-f]{40}$/);

/** A valid value for each parameter kind (a thumbprint may come pasted with spaces: it is tidied, with a notice). */
function parameterValue(name: keyof typeof parameters): fc.Arbitrary<string> {
  const definition = parameters[name];
  switch (definition.kind) {
    case 'port':
      return fc.integer({ min: 1, max: 65535 }).map(String);
    case 'thumbprint':
      return fc.oneof(
        fc.constant(''),
        hex40,
        hex40.map((hex) => hex.replace(/(.{8})/g, '$1 ')),
      );
    case 'choice':
      return fc.constantFrom(...(definition.choices ?? []));
    case 'host':
      return fc.oneof(fc.constant(''), computerName);
  }
}

export const validRawOptions: fc.Arbitrary<RawScriptOptions> = fc
  .record({
    chosen: fc.subarray([...fixes], { minLength: 1, maxLength: 4 }),
    mode: fc.constantFrom(...scriptModes),
    target: fc.constantFrom('local', 'remote'),
    computers: computerList,
    promptForCredential: fc.boolean(),
    backupRoot: optionalFolder,
    backupPath: optionalFolder,
    transcriptPath: transcript,
  })
  .chain(({ chosen, ...rest }) =>
    fc
      .record(Object.fromEntries(parametersOf(chosen).map((name) => [name, parameterValue(name)])))
      .map((values): RawScriptOptions => ({ ...rest, fixIds: chosen.map((fix) => fix.id), values })),
  );
