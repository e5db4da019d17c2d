/**
 * The note a technician pastes into a ticket: what was seen, what was chosen, which exact script
 * (two SHA-256 values: the text as copied, and the downloaded .ps1 with BOM and CRLF), the link that
 * reproduces it, and where the script leaves its backup, rollback script and transcript.
 */
import type { ValidatedOptions } from '../generator/validated-options';
import { toDownloadBytes } from '../generator/script-bytes';
import { SCRIPT_FILE_NAME } from '../generator/versions';
import { sha256Hex } from './sha256';
import { DEFAULT_BACKUP_ROOT, DEFAULT_TRANSCRIPT_PATH } from '../generator/option-fields';

export interface TicketNoteInput {
  readonly options: ValidatedOptions;
  readonly scriptText: string;
  readonly link: string;
  /** Causes the technician was shown as likely, best first (titles). */
  readonly causesChecked: readonly string[];
  /** Symptoms ticked (labels). */
  readonly symptoms: readonly string[];
}

export interface TicketNote {
  readonly text: string;
  readonly markdown: string;
  readonly copiedSha256: string;
  readonly downloadSha256: string;
}

const MODE = { diagnose: 'Diagnose (read-only)', fix: 'Fix', rollback: 'Rollback' } as const;

export function buildTicketNote(input: TicketNoteInput): TicketNote {
  const { options } = input;
  const copiedSha256 = sha256Hex(new TextEncoder().encode(input.scriptText));
  const downloadSha256 = sha256Hex(toDownloadBytes(input.scriptText));
  const target =
    options.target.kind === 'local' ? 'the computer it is run on' : `remote: ${options.target.computers.join(', ')}`;
  const backup = options.backupRoot || DEFAULT_BACKUP_ROOT;
  const where =
    options.mode === 'fix'
      ? [
          `Backup and rollback.ps1: ${backup}\\<yyyyMMdd-HHmmss>-<computer> on the target (printed at the end of the run)`,
          `Transcript: ${options.transcriptPath || DEFAULT_TRANSCRIPT_PATH} on the computer that runs it`,
        ]
      : [`Transcript: ${options.transcriptPath || DEFAULT_TRANSCRIPT_PATH}`];
  const rows: [string, string[]][] = [
    ['Error', ['0x904 (2308, socket closed), extended 0x7 (server denied the connection)']],
    ['Symptoms', input.symptoms.length ? [...input.symptoms] : ['(none ticked)']],
    ['Causes checked', input.causesChecked.length ? [...input.causesChecked] : ['(none ranked)']],
    [
      'Script',
      [`${MODE[options.mode]} for ${target}`, ...options.fixes.map((fix) => `${fix.id} v${fix.version}: ${fix.title}`)],
    ],
    [
      'SHA-256',
      [`${copiedSha256} (text as copied)`, `${downloadSha256} (downloaded ${SCRIPT_FILE_NAME}, UTF-8 BOM, CRLF)`],
    ],
    ['Check', [`Get-FileHash -Algorithm SHA256 -LiteralPath .\\${SCRIPT_FILE_NAME}`]],
    ['Reproduce', [input.link]],
    ['Output', where],
  ];
  const text = [
    'RDP Fix Guide ticket note',
    ...rows.flatMap(([label, items]) => [`${label}:`, ...items.map((item) => `  - ${item}`)]),
  ].join('\n');
  const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;
  const markdown = [
    '**RDP Fix Guide ticket note**',
    '',
    ...rows.flatMap(([label, items]) => [
      `**${label}:**`,
      ...items.map(
        (item) =>
          `- ${label === 'SHA-256' || label === 'Check' ? code(item) : label === 'Reproduce' ? `<${item}>` : item}`,
      ),
      '',
    ]),
  ].join('\n');
  return { text, markdown, copiedSha256, downloadSha256 };
}
