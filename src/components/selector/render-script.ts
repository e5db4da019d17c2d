/**
 * Puts a generated script into a `<code>` element: catalogue fragments are clones of the build-time
 * highlighted templates (FragmentStore); generated lines become spans whose classes come from the same
 * theme. Generated text, which carries the user's values, goes in through text nodes only, never innerHTML.
 *
 * Each fragment is cloned once into a wrapper span (it appears at most once per script) and the code
 * element is then reconciled in place: wrappers already in the right position stay untouched, so
 * toggling one fix moves a few nodes instead of rebuilding ~2,000 highlighted lines. Every wrapper holds its
 * lines in blocks the browser skips while they are out of view (script-blocks.ts).
 */
import type { GeneratedScript, ScriptSegment } from '../../lib/generator/generate-script';
import type { TokenClass } from '../../lib/generator/tokens';
import type { FragmentStore } from './fragment-store';
import { segmentInBlocks } from './script-blocks';

const fragmentWrappers = new WeakMap<FragmentStore, Map<string, HTMLElement>>();
/** Per code element: the generated wrappers it shows, by their lines, so unchanged ones are reused. */
const generatedShown = new WeakMap<HTMLElement, Map<string, HTMLElement>>();

function fragmentWrapper(fragments: FragmentStore, id: string, text: string): HTMLElement {
  let cache = fragmentWrappers.get(fragments);
  if (!cache) fragmentWrappers.set(fragments, (cache = new Map()));
  let wrapper = cache.get(id);
  if (!wrapper) {
    const template = fragments.template(id);
    // A missing template would be a build bug; fall back to plain text so the script stays complete.
    wrapper = segmentInBlocks(template ? template.content.cloneNode(true).childNodes : [document.createTextNode(text)]);
    cache.set(id, wrapper);
  }
  return wrapper;
}

function generatedWrapper(
  segment: Extract<ScriptSegment, { kind: 'generated' }>,
  tokenClasses: Readonly<Record<TokenClass, string>>,
): HTMLElement {
  const nodes: Node[] = [];
  for (const line of segment.lines) {
    for (const [kind, text] of line) {
      const span = document.createElement('span');
      span.className = tokenClasses[kind];
      span.textContent = text;
      nodes.push(span);
    }
    nodes.push(document.createTextNode('\n'));
  }
  return segmentInBlocks(nodes);
}

export function renderScript(
  code: HTMLElement,
  script: GeneratedScript,
  fragments: FragmentStore,
  tokenClasses: Readonly<Record<TokenClass, string>>,
): void {
  const shownGenerated = generatedShown.get(code) ?? new Map<string, HTMLElement>();
  const nowGenerated = new Map<string, HTMLElement>();
  const wanted = script.segments.map((segment) => {
    if (segment.kind === 'fragment') return fragmentWrapper(fragments, segment.id, segment.text);
    // Generated lines that did not change (the steps, say, when only the mode did) keep their nodes.
    const key = JSON.stringify(segment.lines);
    const wrapper = shownGenerated.get(key) ?? generatedWrapper(segment, tokenClasses);
    nowGenerated.set(key, wrapper);
    return wrapper;
  });
  generatedShown.set(code, nowGenerated);
  const keep = new Set<Node>(wanted);
  let current = code.firstChild;
  for (const node of wanted) {
    // Drop what this script no longer has before placing the next wrapper, so the wrappers after a removed fix stay
    // where they are instead of each being moved (a move re-styles and re-lays out the whole wrapper).
    while (current && !keep.has(current)) {
      const next = current.nextSibling;
      current.remove();
      current = next;
    }
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
