/**
 * Puts a generated script into a `<code>` element: catalogue fragments come from the page's build-time
 * highlighted `<template data-fragment>` elements; generated lines become spans whose classes come from
 * the same theme. Text goes in through text nodes only, never innerHTML.
 *
 * Each fragment is cloned once into a wrapper span (it appears at most once per script) and the code
 * element is then reconciled in place: wrappers already in the right position stay untouched, so
 * toggling one fix moves a few nodes instead of rebuilding ~2,000 highlighted lines.
 */
import type { GeneratedScript, ScriptSegment } from '../../lib/generator/generate-script';
import type { TokenClass } from '../../lib/generator/tokens';

const fragmentWrappers = new WeakMap<ParentNode, Map<string, HTMLElement>>();

function fragmentWrapper(root: ParentNode, id: string, text: string): HTMLElement {
  let cache = fragmentWrappers.get(root);
  if (!cache) fragmentWrappers.set(root, (cache = new Map()));
  let wrapper = cache.get(id);
  if (!wrapper) {
    wrapper = document.createElement('span');
    const template = root.querySelector<HTMLTemplateElement>(`template[data-fragment="${CSS.escape(id)}"]`);
    // A missing template would be a build bug; fall back to plain text so the script stays complete.
    wrapper.append(template ? template.content.cloneNode(true) : text);
    cache.set(id, wrapper);
  }
  return wrapper;
}

function generatedWrapper(
  segment: Extract<ScriptSegment, { kind: 'generated' }>,
  tokenClasses: Readonly<Record<TokenClass, string>>,
): HTMLElement {
  const wrapper = document.createElement('span');
  for (const line of segment.lines) {
    for (const [kind, text] of line) {
      const span = document.createElement('span');
      span.className = tokenClasses[kind];
      span.textContent = text;
      wrapper.append(span);
    }
    wrapper.append('\n');
  }
  return wrapper;
}

export function renderScript(
  code: HTMLElement,
  script: GeneratedScript,
  root: ParentNode,
  tokenClasses: Readonly<Record<TokenClass, string>>,
): void {
  const wanted = script.segments.map((segment) =>
    segment.kind === 'fragment'
      ? fragmentWrapper(root, segment.id, segment.text)
      : generatedWrapper(segment, tokenClasses),
  );
  let current = code.firstChild;
  for (const node of wanted) {
    if (node === current) {
      current = current.nextSibling;
      continue;
    }
    code.insertBefore(node, current);
  }
  while (current) {
    const next = current.nextSibling;
    current.remove();
    current = next;
  }
}
