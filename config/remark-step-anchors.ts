/**
 * Stable anchors for numbered steps in MDX guides. An author declares the id at the start of the item:
 *
 *     1. [#collect-evidence] Collect the evidence, without changing anything.
 *
 * The marker is removed and the <li> gets id="collect-evidence" and data-step, so a ticket can link
 * `…/#collect-evidence` and keep landing on that step when its wording changes. Numbered steps without
 * a marker fail the build: every step in a guide must be linkable.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

const MARKER = /^\[#([a-z0-9]+(?:-[a-z0-9]+)*)\]\s*/;

export function remarkStepAnchors() {
  return (tree: Root, file: { path?: string }) => {
    const seen = new Set<string>();
    visit(tree, 'list', (list) => {
      if (!list.ordered) return;
      for (const item of list.children) {
        const paragraph = item.children[0];
        const first = paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined;
        const match = first?.type === 'text' ? MARKER.exec(first.value) : null;
        if (!first || first.type !== 'text' || !match?.[1]) {
          const line = item.position?.start.line ?? '?';
          throw new Error(
            `${file.path ?? 'MDX'}:${line}: numbered step without a stable id. Start it with "[#some-id] " ` +
              '(kebab-case, never changed once published) so tickets can link to it.',
          );
        }
        const id = match[1];
        if (seen.has(id)) throw new Error(`${file.path ?? 'MDX'}: step id "${id}" is used twice on this page.`);
        seen.add(id);
        first.value = first.value.slice(match[0].length);
        // hProperties is read by mdast-util-to-hast; its type augmentation is not in scope here.
        const data = (item.data ?? {}) as { hProperties?: Record<string, unknown> };
        item.data = { ...data, hProperties: { ...data.hProperties, id, 'data-step': '' } } as typeof item.data;
      }
    });
  };
}
