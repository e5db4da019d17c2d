/**
 * Rule: no string puts ":" right after a variable ("$name:"). Real PowerShell reads it as a scope or drive and fails
 * to parse ("Variable reference is not valid"); tree-sitter accepts it, so this rule stands in for the real parser
 * until the harness runs.
 */
import { expect, test } from 'vitest';
import { allPowerShell, codeOnly } from './rule-table';

test.each(allPowerShell)('%s never puts ":" right after a variable in a string', (_name, text) => {
  expect(codeOnly(text)).not.toMatch(/"[^"\n]*\$(?!env:|script:|global:|using:)\w+:[^"\n]*"/i);
});
