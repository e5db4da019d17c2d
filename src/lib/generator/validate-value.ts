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
/** A local absolute path: drive letter, then segments of letters, digits, space, `._-()`. No UNC, no `..`. */
export const LOCAL_PATH_PATTERN = '^[A-Za-z]:(?:\\\\[A-Za-z0-9 _().-]+)*\\\\?$';
export const THUMBPRINT_PATTERN = '^(?:[0-9A-Fa-f]{40})?$';

const computerName = new RegExp(COMPUTER_NAME_PATTERN);
const localPath = new RegExp(LOCAL_PATH_PATTERN);

function tooLong(label: string, value: string): Validation | undefined {
  return value.length > MAX_VALUE_LENGTH
    ? fail(`${label} is ${value.length} characters long; the limit is ${MAX_VALUE_LENGTH}.`)
    : undefined;
}

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
  const joined = names.join(',');
  return ok(joined, joined === input.trim() ? undefined : `Computer list read as: ${names.join(', ')}.`);
}

export function validateLocalPath(label: string, input: string): Validation {
  const tooLongResult = tooLong(label, input);
  if (tooLongResult) return tooLongResult;
  if (input === '') return ok('');
  if (input.startsWith('\\\\'))
    return fail(`${label} must be a local folder such as C:\\RdpFixGuide; network (UNC) paths are not accepted.`);
  if (!localPath.test(input))
    return fail(
      `${label} "${input}" is not a local Windows path: start with a drive letter (C:\\…) and use letters, digits, spaces and . _ - ( ) only.`,
    );
  if (input.split('\\').some((segment) => /^\.+$/.test(segment.trim())))
    return fail(`${label} must not contain "." or ".." segments; give the full folder path.`);
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
  }
}
