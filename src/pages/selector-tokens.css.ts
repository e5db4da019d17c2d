/**
 * The selector's token colours as a same-origin stylesheet (see components/selector/highlight-fragments.ts). The
 * page does not link it: FragmentStore loads it with the fragments, when a script is first needed or the form first
 * used. The frame's background is the page's own (FixSelector.astro), as the empty frame shows before this file
 * arrives.
 */
import type { APIRoute } from 'astro';
import { highlightFragments } from '../components/selector/highlight-fragments';

/**
 * The script's line blocks (components/selector/script-blocks.ts): laid out and painted only near the view. A block
 * is as wide as its longest line (paint containment would otherwise clip lines wider than the box); its size before
 * its first layout is set per block by script-blocks.ts. Printing lays out every block.
 */
const BLOCKS = [
  '.rdp-script>code,.rdp-segment{display:block}',
  '.rdp-lines-block{display:block;width:max-content;min-width:100%;content-visibility:auto}',
  '@media print{.rdp-lines-block{content-visibility:visible;width:auto}}',
].join('\n');

export const GET: APIRoute = async () => {
  const { css } = await highlightFragments();
  return new Response(`${BLOCKS}\n${css}\n`, { headers: { 'content-type': 'text/css; charset=utf-8' } });
};
