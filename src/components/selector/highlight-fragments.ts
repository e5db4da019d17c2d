/**
 * Build-time highlighting for the selector. Shiki would cost ~60 KB gzip in the browser, so every
 * catalogue fragment is highlighted here, once, into class-based HTML; the browser only clones it.
 * Generated lines carry their own token classes (lib/generator/tokens.ts), mapped to the same colours.
 * Classes, not inline styles: one rule per colour instead of a style attribute on every token, and nothing for the
 * page's Content-Security-Policy to allow.
 *
 * The HTML is kept small because the browser downloads and JSON-parses all of it before the first script shows:
 * classes are short (`ps0`, `ps1`…, numbered in order of first use), and whitespace needs no colour, so it joins the
 * open span or, at the start of a line, stands bare. That took the file from 1.12 MB to about half (issue 12); the text is unchanged.
 */
import { createHighlighter, type ThemedToken } from 'shiki';
import { fixes } from '../../catalogue';
import { commonScripts } from '../../catalogue/common';
import { commonFragmentId, fixFragmentId, normaliseFragment } from '../../lib/generator/generate-script';
import type { TokenClass } from '../../lib/generator/tokens';

const THEMES = { light: 'github-light-default', dark: 'github-dark-default' } as const;

export interface HighlightedFragments {
  /** Fragment id → HTML of its lines (spans), lines separated by "\n", with a trailing "\n". */
  readonly html: ReadonlyMap<string, string>;
  /** Generated-token class → CSS class with the theme's colour for that kind of token. */
  readonly tokenClasses: Readonly<Record<TokenClass, string>>;
  /** Stylesheet for every class used. */
  readonly css: string;
  readonly background: { readonly light: string; readonly dark: string };
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

let cached: Promise<HighlightedFragments> | undefined;

export function highlightFragments(): Promise<HighlightedFragments> {
  cached ??= build();
  return cached;
}

async function build(): Promise<HighlightedFragments> {
  const highlighter = await createHighlighter({ themes: Object.values(THEMES), langs: ['powershell'] });
  /** Colour pair ("light dark") → its class and colours, in order of first use. */
  const colours = new Map<string, { name: string; light: string; dark: string }>();
  const classOf = (token: ThemedToken): string => {
    const style = (token.htmlStyle ?? {}) as Record<string, string>;
    const light = (style['--shiki-light'] ?? '').toLowerCase();
    const dark = (style['--shiki-dark'] ?? '').toLowerCase();
    const key = `${light} ${dark}`;
    let colour = colours.get(key);
    if (!colour) colours.set(key, (colour = { name: `ps${colours.size}`, light, dark }));
    return colour.name;
  };
  const toTokens = (code: string) =>
    highlighter.codeToTokens(code, { lang: 'powershell', themes: THEMES, defaultColor: false });

  const html = new Map<string, string>();
  const add = (id: string, text: string) => {
    const lines = toTokens(normaliseFragment(text).slice(0, -1)).tokens.map((line) => {
      let out = '';
      let open = '';
      for (const token of line) {
        if (token.content.trim() === '') {
          out += escapeHtml(token.content);
          continue;
        }
        const name = classOf(token);
        if (name !== open) {
          out += `${open ? '</span>' : ''}<span class="${name}">`;
          open = name;
        }
        out += escapeHtml(token.content);
      }
      return open ? `${out}</span>` : out;
    });
    html.set(id, `${lines.join('\n')}\n`);
  };
  for (const [name, text] of Object.entries(commonScripts))
    add(commonFragmentId(name as keyof typeof commonScripts), text);
  for (const fix of fixes) {
    for (const script of ['diagnose', 'backup', 'apply', 'rollback'] as const) {
      if (fix.scripts[script].trim()) add(fixFragmentId(fix, script), fix.scripts[script]);
    }
  }

  // One sample line per token class, read back to learn which colour Shiki gives that kind of token.
  const samples: Record<TokenClass, [string, string]> = {
    comment: ['# note', '# note'],
    keyword: ['param(', 'param'],
    string: ["$a = 'x'", "'x'"],
    variable: ['$a = 1', '$a'],
    type: ['[string]$a', 'string'],
    number: ['$a = 1', '1'],
    operator: ['$a = 1', '='],
    command: ['Get-Item -Path 1', 'Get-Item'],
    attribute: ['[CmdletBinding()]', 'CmdletBinding'],
    plain: ['$a = 1', ' '],
  };
  const tokenClasses = {} as Record<TokenClass, string>;
  for (const [kind, [code, content]] of Object.entries(samples) as [TokenClass, [string, string]][]) {
    const token = toTokens(code).tokens[0]?.find(
      (t) => t.content.trim() === content.trim() || t.content.startsWith(content),
    );
    if (!token)
      throw new Error(`highlight-fragments: Shiki gave no token "${content}" for "${code}"; update the samples.`);
    tokenClasses[kind] = classOf(token);
  }

  const probe = toTokens('x');
  const bg = /--shiki-light-bg:([^;]+);--shiki-dark-bg:([^;]+)/.exec(probe.bg ?? '');
  const background = { light: bg?.[1] ?? '#ffffff', dark: bg?.[2] ?? '#0d1117' };
  const css = [...colours.values()]
    .map((c) => `.${c.name}{color:${c.light}}:root[data-theme='dark'] .${c.name}{color:${c.dark}}`)
    .join('\n');
  return { html, tokenClasses, css, background };
}
