/**
 * Strict grammars for every value a user can put into a generated script. Each validator returns
 * either the value to use or a message that says what is wrong and what to type instead. A
 * validator may tidy a value (e.g. spaces in a pasted thumbprint) only if it says so in `notice`,
 * so the technician always sees when the script differs from what they typed.
 */
import type { ParameterDefinition } from '../../catalogue/parameters';

export type Validation =
  | { readonly ok: true; readonly value: string; readonly notice?: string }
  | { readonly ok: false; readonly message: string };

const ok = (value: string, notice?: string): Validation => (notice ? { ok: true, value, notice } : { ok: true, value });
const fail = (message: string): Validation => ({ ok: false, message });

/** Longest value any field accepts; longer input is refused, never truncated. */
export const MAX_VALUE_LENGTH = 260;
/** Most computers one script targets. */
export const MAX_COMPUTERS = 50;

const DNS_LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
/** A NetBIOS or DNS host name, or a dotted IPv4 address. Also emitted into the script's ValidatePattern. */
export const COMPUTER_NAME_PATTERN = `^${DNS_LABEL}(?:\\.${DNS_LABEL})*$`;
/**
 * One folder or file name: letters, digits, space, `._-()`, not ending in a dot or space (Windows strips
 * those, so `.` and `..` are refused too), and not a reserved device name (`CON`, `NUL`, `COM1`, … with any
 * extension), which would send a transcript to a device instead of a file.
 */
const NOT_A_DEVICE = '(?!(?:CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(?:\\.[^\\\\]*)?(?:\\\\|$))';
const PATH_SEGMENT = `${NOT_A_DEVICE}[A-Za-z0-9 _().-]*[A-Za-z0-9_()-]`;
/**
 * A local absolute path: drive letter and backslash (a bare `C:` is relative to that drive's current folder),
 * then segments (see above). No UNC. Matched case-insensitively, as
 * PowerShell's ValidatePattern does, so the browser and the script accept exactly the same values.
 */
export const LOCAL_PATH_PATTERN = `^[A-Za-z]:\\\\(?:${PATH_SEGMENT}(?:\\\\${PATH_SEGMENT})*\\\\?)?$`;
/**
 * A transcript file: a local path whose file name ends in .log or .txt. A transcript is appended to as
 * Administrator, so a link must not be able to point it at a script, a profile or a system file.
 */
export const TRANSCRIPT_PATH_PATTERN = `^[A-Za-z]:\\\\(?:${PATH_SEGMENT}\\\\)*${NOT_A_DEVICE}[A-Za-z0-9 _().-]*\\.(?:log|txt)$`;
export const THUMBPRINT_PATTERN = '^(?:[0-9A-Fa-f]{40})?$';

const computerName = new RegExp(COMPUTER_NAME_PATTERN, 'i');
const localPath = new RegExp(LOCAL_PATH_PATTERN, 'i');
const transcriptPath = new RegExp(TRANSCRIPT_PATH_PATTERN, 'i');

function tooLong(label: string, value: string): Validation | undefined {
  return value.length > MAX_VALUE_LENGTH
    ? fail(`${label} is ${value.length} characters long; the limit is ${MAX_VALUE_LENGTH}.`)
    : undefined;
}

/** The computer list: names separated by spaces, commas or semicolons; the value is the names joined by commas. */
export function validateComputerNames(input: string): Validation {
  const tooLongResult = tooLong('The computer list', input);
  if (tooLongResult) return tooLongResult;
  const names = input.split(/[\s,;]+/).filter(Boolean);
  if (names.length === 0) return fail('Enter at least one computer name, e.g. "rdsh-01" or "rdsh-01.corp.example".');
  if (names.length > MAX_COMPUTERS)
    return fail(`${names.length} computers given; one script targets at most ${MAX_COMPUTERS}.`);
  for (const name of names) {
    if (name.length > 253 || !computerName.test(name))
      return fail(
        `"${name}" is not a computer name: use letters, digits, hyphens and dots only (a host name, FQDN or IPv4 address).`,
      );
  }
  // Each computer once: Windows compares names ignoring case, and a repeated name would run the fix twice there.
  const unique = names.filter((name, i) => names.findIndex((n) => n.toLowerCase() === name.toLowerCase()) === i);
  // A list written the usual way (one separator between names) is read exactly as it looks: no notice.
  const plain = [',', ', ', ' '].some((separator) => unique.join(separator) === input.trim());
  const repeated = unique.length < names.length ? ' (each computer once)' : '';
  return ok(unique.join(','), plain ? undefined : `Computer list read as: ${unique.join(', ')}${repeated}.`);
}

export function validateLocalPath(label: string, input: string): Validation {
  const tooLongResult = tooLong(label, input);
  if (tooLongResult) return tooLongResult;
  if (input === '') return ok('');
  if (input.startsWith('\\\\'))
    return fail(`${label} must be a local folder such as C:\\RdpFixGuide; network (UNC) paths are not accepted.`);
  const segments = input.split('\\').slice(1);
  if (segments.some((segment) => /^\.+$/.test(segment.trim())))
    return fail(`${label} must not contain "." or ".." segments; give the full folder path.`);
  const device = segments.find((segment) => /^(?:CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(?:\.|$)/i.test(segment));
  if (device) return fail(`${label} uses "${device}", which Windows reserves for a device; choose another name.`);
  if (segments.some((segment) => /[. ]$/.test(segment)))
    return fail(`${label} has a name ending in a dot or a space, which Windows drops; remove it.`);
  if (!localPath.test(input))
    return fail(
      `${label} "${input}" is not a local Windows path: start with a drive letter (C:\\…) and use letters, digits, spaces and . _ - ( ) only.`,
    );
  return ok(input);
}

/** The transcript file: a local path (see above) to a file ending in .log or .txt. */
export function validateTranscriptPath(input: string): Validation {
  const label = 'The transcript path';
  const asPath = validateLocalPath(label, input);
  if (!asPath.ok || input === '') return asPath;
  if (!transcriptPath.test(input))
    return fail(
      `${label} "${input}" must name a .log or .txt file, e.g. C:\\RdpFixGuide\\rdp-fix.log: the transcript is written as Administrator, so it may not point at a script or system file.`,
    );
  return ok(input);
}

export function validatePort(input: string): Validation {
  if (!/^[1-9][0-9]{0,4}$/.test(input) || Number(input) > 65535)
    return fail(`"${input.slice(0, 20)}" is not a port: enter a whole number from 1 to 65535, e.g. 3389.`);
  return ok(input);
}

export function validateThumbprint(input: string): Validation {
  const tooLongResult = tooLong('The thumbprint', input);
  if (tooLongResult) return tooLongResult;
  // The certificate dialog copies thumbprints with spaces and, often, an invisible U+200E mark.
  const cleaned = input.replace(/[\s\u200E\u200F\uFEFF]/g, '');
  if (!/^(?:[0-9A-Fa-f]{40})?$/.test(cleaned))
    return fail('A thumbprint is 40 hexadecimal digits (0-9, A-F), e.g. from certlm.msc > Details > Thumbprint.');
  const value = cleaned.toUpperCase();
  return ok(
    value,
    value === input ? undefined : `Thumbprint read as ${value || '(empty)'} (spaces and invisible marks removed).`,
  );
}

/** One host to test from a client: a host name, FQDN or dotted IPv4 address (no port, no IPv6), or empty. */
export function validateHostName(input: string): Validation {
  const value = input.trim();
  if (value === '') return ok('');
  if (/:\d+$/.test(value) && computerName.test(value.replace(/:\d+$/, '')))
    return fail(`Enter the host without the port ("${value.replace(/:\d+$/, '')}") and the port in the port field.`);
  if (value.length > 253 || !computerName.test(value))
    return fail(
      `"${value.slice(0, 40)}" is not a host name: use letters, digits, hyphens and dots only (a host name, FQDN or IPv4 address).`,
    );
  return ok(value, value === input ? undefined : `Host read as ${value} (spaces removed).`);
}

export function validateChoice(definition: ParameterDefinition, input: string): Validation {
  const choices = definition.choices ?? [];
  return choices.includes(input) ? ok(input) : fail(`${definition.label} must be one of: ${choices.join(', ')}.`);
}

/** Validates a value for one of the catalogue's script parameters. */
export function validateParameterValue(definition: ParameterDefinition, input: string): Validation {
  switch (definition.kind) {
    case 'port':
      return validatePort(input);
    case 'thumbprint':
      return validateThumbprint(input);
    case 'choice':
      return validateChoice(definition, input);
    case 'host':
      return validateHostName(input);
  }
}
