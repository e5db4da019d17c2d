/**
 * How a link's value for a fix parameter is taken, by the parameter's kind (never by its name). A value that
 * could be corrected in the form (a choice, a host name) is kept and checked with the form by
 * validateScriptOptions, so the technician sees it with an inline error; a value the form cannot show (a bad
 * port) or must normalise (a thumbprint pasted with spaces) is settled here.
 */
import type { ParameterDefinition, ParameterKind } from '../../catalogue/parameters';
import { MAX_VALUE_LENGTH, validatePort, validateThumbprint } from '../generator/validate-value';
import { shorten } from './shorten';

export type FromLink = { readonly value: string; readonly notice?: string } | { readonly dropped: string };

const byKind: Record<ParameterKind, (input: string) => FromLink> = {
  port: (input) =>
    validatePort(input).ok
      ? { value: input }
      : { dropped: `"${shorten(input)}" is not a port from 1 to 65535; the form shows the default instead.` },
  thumbprint: (input) => {
    const result = validateThumbprint(input);
    if (!result.ok) return { dropped: result.message };
    return result.notice ? { value: result.value, notice: result.notice } : { value: result.value };
  },
  choice: (input) => ({ value: input }),
  host: (input) => ({ value: input }),
};

/** The value to put in the form, or why it was dropped (the parser prefixes "Ignored <name> from the link: "). */
export function parameterFromLink(definition: ParameterDefinition, input: string): FromLink {
  if (input.length > MAX_VALUE_LENGTH) return { dropped: `it is ${input.length} characters long.` };
  return byKind[definition.kind](input);
}
