/**
 * Hostile input for the generator (property-based, fast-check): raw options a link or form could carry, mostly valid
 * but odd, sometimes hostile. Used by the hostile-input property (tests/unit/powershell-corpus.test.ts) and for the
 * deterministic hostile-but-valid sample in the corpus (tests/support/ps-corpus.ts).
 */
import fc from 'fast-check';
import { fixes } from '../../src/catalogue';
import { parameters } from '../../src/catalogue/parameters';
import { parametersOf, scriptModes, type RawScriptOptions } from '../../src/lib/generator/script-options';
import { scriptGroups, targets } from './ps-corpus-groups';
import { raw } from './build-script';

/** Quotes PowerShell honours (' and U+2018–U+201B), expansion, escapes, statement and comment breaks. */
const HOSTILE_PIECES = [
  "'",
  '\u2018',
  '\u2019',
  '\u201A',
  '\u201B',
  '"',
  '\u201C',
  '\u201D',
  '$(Remove-Item C:\\ -Recurse)',
  '${env:x}',
  '$x',
  '`',
  '`n',
  ';',
  '&',
  '|',
  '#',
  '#>',
  '<#',
  '@(',
  '@{',
  '}',
  ')',
  '(',
  '\n',
  '\r\n',
  '\u2028',
  '\u0000',
  ' -WhatIf:$false',
  '..',
  '\\\\server\\share',
  'C:\\',
  'Invoke-Expression',
  '--%',
  '\u200E',
  ' ',
];
const hostilePiece = fc.constantFrom(...HOSTILE_PIECES);
const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.array(fc.oneof(hostilePiece, fc.string({ maxLength: 5 })), { maxLength: 8 }).map((parts) => parts.join('')),
);
/** Names that pass the path grammar but are still odd: parentheses, inner spaces and dots (never last). */
const nastyValidSegment = fc.stringMatching(/^[A-Za-z0-9 _().-]{0,11}[A-Za-z0-9_()-]$/);
/** Values that pass the path grammar but are still odd: parentheses, spaces, dots, a trailing backslash. */
const nastyValidPath = fc
  .array(nastyValidSegment, { maxLength: 4 })
  .chain((segments) => fc.tuple(fc.constantFrom('C', 'D', 'z'), fc.constant(segments), fc.boolean()))
  .map(
    ([drive, segments, slash]) =>
      `${drive}:${segments.map((s) => `\\${s}`).join('')}${slash || !segments.length ? '\\' : ''}`,
  );
/** A transcript file: an odd but valid folder, then a .log or .txt name. */
const nastyValidFile = fc
  .tuple(fc.array(nastyValidSegment, { maxLength: 3 }), nastyValidSegment, fc.constantFrom('.log', '.txt', '.LOG'))
  .map(([segments, name, extension]) => `C:\\${segments.map((s) => `${s}\\`).join('')}${name}${extension}`);
/** Mostly valid values, so that many cases reach a script; the rest are hostile and must be refused. */
const mostly = <T>(valid: fc.Arbitrary<T>, hostile: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 6, arbitrary: valid }, { weight: 1, arbitrary: hostile });
const pathField = mostly(
  fc.oneof(fc.constant(''), nastyValidPath),
  fc.oneof(
    hostileText,
    hostileText.map((t) => `C:\\${t}`),
  ),
);
const transcriptField = mostly(
  fc.oneof(fc.constant(''), nastyValidFile),
  fc.oneof(
    hostileText,
    hostileText.map((t) => `C:\\${t}.log`),
  ),
);
const computersField = mostly(
  fc
    .array(fc.stringMatching(/^[A-Za-z0-9]([A-Za-z0-9-]{0,8}[A-Za-z0-9])?(\.[a-z]{1,5})?$/), {
      minLength: 1,
      maxLength: 4,
    })
    .map((names) => names.join(' ,;')),
  hostileText,
);
const thumbprintField = mostly(
  fc.oneof(
    fc.constant(''),
    fc.stringMatching(/^[0-9A-Fa-f]{40}$/).map((hex) => hex.replace(/(.{8})/g, '$1 \u200E')),
    fc.stringMatching(/^[0-9A-Fa-f]{40}$/),
  ),
  hostileText,
);

export const hostileOptions = fc
  .record({
    selection: fc.constantFrom(...scriptGroups),
    mode: mostly(fc.constantFrom(...scriptModes), hostileText),
    target: mostly(fc.constantFrom(...targets), hostileText),
    computers: computersField,
    promptForCredential: fc.boolean(),
    backupRoot: pathField,
    backupPath: pathField,
    transcriptPath: transcriptField,
    port: mostly(fc.integer({ min: 1, max: 65535 }).map(String), hostileText),
    thumbprint: thumbprintField,
    choice: mostly<{ index: number } | { text: string }>(
      fc.nat({ max: 9 }).map((index) => ({ index })),
      hostileText.map((text) => ({ text })),
    ),
    link: fc.option(fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), hostileText), {
      nil: undefined,
    }),
  })
  .map((r) => {
    const mode = scriptModes.find((m) => m === r.mode) ?? 'fix';
    const fixIds = r.selection.fixes(mode).map((fix) => fix.id);
    const values: Record<string, string> = {};
    for (const name of parametersOf(r.selection.fixes(mode))) {
      const choices = parameters[name].choices ?? [];
      const choice = 'text' in r.choice ? r.choice.text : (choices[r.choice.index % Math.max(choices.length, 1)] ?? '');
      values[name] = name === 'RdpPort' ? r.port : name === 'CertificateThumbprint' ? r.thumbprint : choice;
    }
    const options = raw({
      fixIds,
      mode: r.mode,
      target: r.target,
      computers: r.computers,
      promptForCredential: r.promptForCredential,
      backupRoot: r.backupRoot,
      backupPath: r.backupPath,
      transcriptPath: r.transcriptPath,
      values,
    });
    return { options, link: r.link };
  });

/** Hand-picked hostile-but-valid options that go into the corpus first. */
export const handPickedHostile: { options: RawScriptOptions; link?: string }[] = [
  {
    options: raw({
      fixIds: fixes.map((fix) => fix.id),
      backupRoot: 'C:\\Backup (Remove-Item C) -Recurse\\x.y',
      transcriptPath: 'D:\\a b\\(1)\\log-.txt',
      values: { CertificateThumbprint: 'ab cd ef 01 23 45 67 89 ab cd ef 01 23 45 67 89 ab cd ef 01\u200E' },
    }),
    link: "https://kb.example/kb/rdp/selector/?f=x&v='$(whoami)'`;",
  },
  {
    options: raw({
      fixIds: [fixes[0]!.id],
      mode: 'rollback',
      backupPath: 'C:\\ProgramData\\RdpFixGuide\\Backup\\(x)\\',
    }),
  },
  {
    options: raw({
      fixIds: [fixes[0]!.id],
      mode: 'diagnose',
      target: 'remote',
      computers: 'a,b;c  d.example 10.0.0.1',
    }),
  },
];
