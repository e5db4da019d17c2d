/**
 * Generated lines are built from typed tokens, not string concatenation. That gives one path for
 * user values (`str`, which quotes) and lets the browser colour generated lines without shipping a
 * highlighter: each class maps to a colour read from the Shiki theme at build time.
 */
import { psQuote } from './ps-quote';

export type TokenClass =
  'comment' | 'keyword' | 'string' | 'variable' | 'type' | 'number' | 'operator' | 'command' | 'attribute' | 'plain';

export type Token = readonly [TokenClass, string];
export type TokenLine = readonly Token[];

export const comment = (text: string): Token => ['comment', text];
export const keyword = (text: string): Token => ['keyword', text];
/** A user or catalogue value as a single-quoted PowerShell literal: the only way text becomes a string. */
export const str = (value: string): Token => ['string', psQuote(value)];
export const variable = (name: string): Token => ['variable', `$${name}`];
export const type = (name: string): Token => ['type', `[${name}]`];
export const num = (value: number): Token => ['number', String(value)];
export const op = (text: string): Token => ['operator', text];
export const command = (name: string): Token => ['command', name];
export const attr = (text: string): Token => ['attribute', text];
export const plain = (text: string): Token => ['plain', text];

export const lineText = (line: TokenLine): string => line.map(([, text]) => text).join('');
