/**
 * Puts a generated script into a `<code>` element: catalogue fragments are cloned from the page's
 * build-time highlighted `<template data-fragment>` elements; generated lines become spans whose
 * classes come from the same theme. Text goes in through text nodes only, never innerHTML.
 */
import type { GeneratedScript } from '../../lib/generator/generate-script';
import type { TokenClass } from '../../lib/generator/tokens';

export function renderScript(
  code: HTMLElement,
  script: GeneratedScript,
  root: ParentNode,
  tokenClasses: Readonly<Record<TokenClass, string>>,
): void {
  const out = document.createDocumentFragment();
  for (const segment of script.segments) {
    if (segment.kind === 'fragment') {
      const template = root.querySelector<HTMLTemplateElement>(`template[data-fragment="${CSS.escape(segment.id)}"]`);
      // A missing template would be a build bug; fall back to plain text so the script stays complete.
      if (template) out.append(template.content.cloneNode(true));
      else out.append(segment.text);
      continue;
    }
    for (const line of segment.lines) {
      for (const [kind, text] of line) {
        const span = document.createElement('span');
        span.className = tokenClasses[kind];
        span.textContent = text;
        out.append(span);
      }
      out.append('\n');
    }
  }
  code.replaceChildren(out);
}
