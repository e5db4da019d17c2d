/**
 * Reads evidence pasted into the selector or carried by its link (#evidence=…) and validates every part of
 * it: size, format version, checksum, the site it was made for, the computer name, and that every finding,
 * fix and cause id is one this catalogue knows. Anything wrong refuses the whole input with a message that
 * says what is wrong, where, and what to do; nothing of it is used.
 */
import { findingLabel } from './finding-ids';
import { decodeBase64Url, evidenceChecksum } from './evidence-checksum';
import {
  BEGIN_MARKER,
  COMPUTER_NAME,
  END_MARKER,
  EVIDENCE_FORMAT,
  MAX_BLOCKS,
  MAX_DECISIONS,
  MAX_FINDINGS,
  MAX_INPUT_CHARS,
  MAX_TOKEN_CHARS,
  MAX_VALUE_CHARS,
  type Evidence,
  type EvidenceCatalogue,
  type EvidenceDecision,
} from './evidence-format';

export type EvidenceProblemKind = 'empty' | 'oversized' | 'truncated' | 'damaged' | 'foreign' | 'unknown-id';
export interface EvidenceProblem {
  readonly kind: EvidenceProblemKind;
  readonly message: string;
}
export type EvidenceResult =
  | { readonly ok: true; readonly evidence: readonly Evidence[] }
  | { readonly ok: false; readonly problem: EvidenceProblem };

const AGAIN =
  'Copy the lines from BEGIN to END again from the Diagnose output (or the transcript), or run Diagnose again.';
const RERUN = 'Generate the Diagnose script on this page and run it again.';

class Refused extends Error {
  constructor(readonly problem: EvidenceProblem) {
    super(problem.message);
  }
}
const refuse = (kind: EvidenceProblemKind, message: string): never => {
  throw new Refused({ kind, message });
};

/** Strips what Write-RdpStatus puts before each line ("[SRV01] [INFO] ") and the console's indentation. */
const stripPrefix = (line: string) => line.replace(/^\s*(?:\[[^\]\r\n]{0,80}\]\s*)*/, '').trim();

/** The evidence tokens in a paste or a link: one per BEGIN/END block, the #evidence= value, or the bare token. */
export function extractTokens(input: string): string[] {
  const link = /#evidence=([^\s"'<>]*)/.exec(input);
  if (link) return [link[1] ?? ''];
  const lines = input.split(/\r\n?|\n/).map(stripPrefix);
  if (!lines.some((line) => line.includes(BEGIN_MARKER))) {
    const bare = lines.join('');
    return bare ? [bare] : [];
  }
  const tokens: string[] = [];
  let current: string[] | undefined;
  for (const line of lines) {
    if (line.includes(BEGIN_MARKER)) {
      if (current)
        refuse(
          'truncated',
          `Block ${tokens.length + 1} has no END line before the next BEGIN: it was cut short. ${AGAIN}`,
        );
      current = [];
    } else if (line.includes(END_MARKER)) {
      if (!current) refuse('damaged', `An END line has no BEGIN line before it. ${AGAIN}`);
      tokens.push(current!.join(''));
      current = undefined;
    } else if (current) current.push(line);
  }
  if (current) refuse('truncated', `Block ${tokens.length + 1} has no END line: the paste was cut short. ${AGAIN}`);
  return tokens;
}

function readToken(token: string, where: string, catalogue: EvidenceCatalogue): Evidence {
  if (token.length > MAX_TOKEN_CHARS)
    refuse(
      'oversized',
      `${where} is ${token.length} characters, more than evidence ever is (${MAX_TOKEN_CHARS}). ${RERUN}`,
    );
  const parts = token.split('.');
  const version = /^rfe(\d{1,4})$/.exec(parts[0] ?? '');
  if (!version)
    refuse(
      'damaged',
      `${where} is not RDP Fix Guide evidence (it should start with "rfe${EVIDENCE_FORMAT}."). ${AGAIN}`,
    );
  if (Number(version![1]) !== EVIDENCE_FORMAT)
    refuse(
      'foreign',
      `${where} is in evidence format ${version![1]}; this page reads format ${EVIDENCE_FORMAT}. ${RERUN}`,
    );
  const [, payload = '', checksum = ''] = parts;
  if (parts.length !== 3 || !/^[0-9a-f]{16}$/.test(checksum))
    refuse(
      'truncated',
      `${where} ends early: its checksum (16 hex digits after the last ".") is missing or cut. ${AGAIN}`,
    );
  if (!/^[A-Za-z0-9_-]+$/.test(payload))
    refuse('damaged', `${where} holds characters evidence never has (a line break or a changed character?). ${AGAIN}`);
  if (evidenceChecksum(payload) !== checksum)
    refuse(
      'damaged',
      `${where} does not match its checksum: it was changed or cut short after the script printed it. ${AGAIN}`,
    );
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(decodeBase64Url(payload)));
  } catch {
    refuse('damaged', `${where} matches its checksum but its content cannot be read. ${RERUN}`);
  }
  return readBody(body, where, catalogue);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;

function readBody(body: unknown, where: string, catalogue: EvidenceCatalogue): Evidence {
  if (!isRecord(body) || body.format !== EVIDENCE_FORMAT)
    return refuse('foreign', `${where} is not in evidence format ${EVIDENCE_FORMAT}. ${RERUN}`);
  const { site, generator, computer, findings, decisions } = body;
  if (typeof computer !== 'string' || !COMPUTER_NAME.test(computer))
    refuse('damaged', `${where} names no valid computer (letters, digits, "-", "_" and "." only). ${RERUN}`);
  const at = `${where} (from ${computer as string})`;
  if (typeof site !== 'string' || (site !== '' && site !== catalogue.site))
    refuse(
      'foreign',
      `${at} was made for the selector at ${String(site).slice(0, 120)}, not this one (${catalogue.site}). Open it there, or generate the Diagnose script on this page and run it again.`,
    );
  if (typeof generator !== 'number' || !Number.isInteger(generator) || generator < 0)
    refuse('damaged', `${at} has no valid generator version. ${RERUN}`);
  if (!isRecord(findings) || Object.keys(findings).length > MAX_FINDINGS)
    refuse('oversized', `${at} has no findings list, or more than ${MAX_FINDINGS} findings. ${RERUN}`);
  const fixIds = new Set(catalogue.fixes.keys());
  const found = new Map<string, string>();
  for (const [id, value] of Object.entries(findings as Record<string, unknown>)) {
    if (!findingLabel(id, fixIds))
      refuse(
        'unknown-id',
        `${at} reports finding "${id.slice(0, 80)}", which this site does not know: it was made by another version of the site. ${RERUN}`,
      );
    if (typeof value !== 'string' || value.length > MAX_VALUE_CHARS || CONTROL.test(value))
      refuse(
        'damaged',
        `${at}: the value of ${id} is not a single line of at most ${MAX_VALUE_CHARS} characters. ${RERUN}`,
      );
    found.set(id, value as string);
  }
  if (!Array.isArray(decisions) || decisions.length > MAX_DECISIONS)
    refuse('oversized', `${at} has no decisions list, or more than ${MAX_DECISIONS} decisions. ${RERUN}`);
  const read = (decisions as unknown[]).map((entry, index): EvidenceDecision => {
    const item = `${at}, decision ${index + 1}`;
    if (!isRecord(entry)) return refuse('damaged', `${item} is not a decision. ${RERUN}`);
    const { fix, cause, state, finding } = entry;
    const known = typeof fix === 'string' ? catalogue.fixes.get(fix) : undefined;
    if (!known)
      return refuse(
        'unknown-id',
        `${item} names fix "${String(fix).slice(0, 80)}", which this site does not have. ${RERUN}`,
      );
    if (typeof cause !== 'string' || !catalogue.causeIds.has(cause) || !known.causes.includes(cause))
      refuse(
        'unknown-id',
        `${item}: "${String(cause).slice(0, 80)}" is not a cause ${fix as string} addresses on this site. ${RERUN}`,
      );
    if (state !== 'proven' && state !== 'ruled-out' && state !== 'unknown')
      refuse(
        'damaged',
        `${item} has state "${String(state).slice(0, 20)}" (expected proven, ruled-out or unknown). ${RERUN}`,
      );
    if (typeof finding !== 'string' || !found.has(finding))
      refuse('damaged', `${item} is decided by a finding the evidence does not hold. ${RERUN}`);
    return {
      fixId: fix as string,
      causeId: cause as string,
      state: state as EvidenceDecision['state'],
      findingId: finding as string,
    };
  });
  return {
    computer: computer as string,
    site: site as string,
    generator: generator as number,
    findings: found,
    decisions: read,
  };
}

/** Reads a paste or a link; the whole input is refused at the first problem. */
export function parseEvidence(input: string, catalogue: EvidenceCatalogue): EvidenceResult {
  try {
    if (input.length > MAX_INPUT_CHARS)
      refuse(
        'oversized',
        `The pasted text is ${input.length} characters, more than ${MAX_INPUT_CHARS}: paste only the lines from BEGIN to END.`,
      );
    const tokens = extractTokens(input);
    if (tokens.length === 0 || tokens.every((token) => token === ''))
      refuse(
        'empty',
        `No evidence found. Paste the lines from "${BEGIN_MARKER}" to "${END_MARKER}" that the Diagnose script printed.`,
      );
    if (tokens.length > MAX_BLOCKS)
      refuse('oversized', `The paste holds ${tokens.length} evidence blocks; paste at most ${MAX_BLOCKS} at a time.`);
    const evidence = tokens.map((token, i) =>
      readToken(token, tokens.length === 1 ? 'The evidence' : `Evidence block ${i + 1}`, catalogue),
    );
    return { ok: true, evidence };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, problem: error.problem };
    throw error;
  }
}
