/**
 * The selector's highlighted PowerShell as one same-origin JSON file, `selector-fragments.json`, fetched by the
 * page when a script first needs it instead of riding in its HTML: as `<template>`s it was 47 of the page's 59 KB gzip
 * and delayed first paint on a slow link. The page names the file with a content hash (`?v=`) and checks the
 * hash inside, so a cached copy from an older build can never be mixed with today's page.
 */
import { sha256Hex } from '../../lib/ticket/sha256';
import { highlightFragments } from './highlight-fragments';

export const FRAGMENTS_FILE = 'selector-fragments.json';
/** Their token colours (pages/selector-tokens.css.ts), loaded with them; the page names it with the same `?v=`. */
export const TOKENS_FILE = 'selector-tokens.css';

export interface FragmentsFile {
  /** SHA-256 of the fragments' HTML and their colours' CSS; the page carries the same value. */
  readonly version: string;
  /** Fragment id → highlighted HTML of its lines (build-time Shiki, class-based spans). */
  readonly fragments: Readonly<Record<string, string>>;
}

let cached: Promise<FragmentsFile> | undefined;

export function fragmentsFile(): Promise<FragmentsFile> {
  cached ??= highlightFragments().then(({ html, css }) => {
    const fragments = Object.fromEntries(html);
    // The colours' stylesheet is named with the same version, so its rules count too: a class is a number.
    const version = sha256Hex(new TextEncoder().encode(JSON.stringify({ fragments, css }))).slice(0, 16);
    return { version, fragments };
  });
  return cached;
}
