// Expressive Code options that are not serialisable (plugins), so Starlight's <Code> component reads them from this
// file rather than from astro.config.ts (Expressive Code's rule). Loaded by Node as it is, hence plain JavaScript.
import { defineEcConfig } from '@astrojs/starlight/expressive-code';
import { select, setProperty } from '@astrojs/starlight/expressive-code/hast';

/**
 * `focusable=true` in a block's meta makes its <pre> a tab stop in the HTML itself. Expressive Code gives a <pre>
 * its tabindex from a script, once a ResizeObserver finds it scrollable; a block the browser skips until it is in
 * view (content-visibility: auto, as on fix pages) is never measured before then, so a keyboard user tabbing
 * through the page passed over a scrollable script (axe: scrollable-region-focusable). The same script still
 * removes the tab stop from a <pre> that turns out not to scroll.
 * @type {import('@astrojs/starlight/expressive-code').ExpressiveCodePlugin}
 */
const focusableBlocks = {
  name: 'rdp-focusable-blocks',
  hooks: {
    postprocessRenderedBlock: ({ codeBlock, renderData }) => {
      if (!codeBlock.metaOptions.getBoolean('focusable')) return;
      const pre = select('pre', renderData.blockAst);
      if (!pre)
        throw new Error(
          'ec.config.mjs: a block marked focusable=true rendered no <pre>; Expressive Code changed its markup, so update focusableBlocks.',
        );
      // Only the tab stop: a static role="region" on <pre> fails html-validate (prefer-native-element); Expressive
      // Code's script still adds the role at run time to a block that scrolls.
      setProperty(pre, 'tabindex', '0');
    },
  },
};

export default defineEcConfig({ plugins: [focusableBlocks] });
