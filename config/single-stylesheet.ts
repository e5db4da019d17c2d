/**
 * One site-wide stylesheet instead of ~9 small per-component files. Each of those blocks rendering, and on a slow
 * mobile link the extra round trips cost first paint (Lighthouse performance improved on most page types; single
 * runs on a 2-core machine vary by ±3, so measure a median).
 *
 * Merging moves rules around, and the minifier drops Starlight's bare `@layer a, b, …;` order statement, so the
 * layers would take the order in which they first appear: component rules would then lose to content rules (link
 * colour in asides failed contrast). The plugin puts Starlight's own order statement back at the top of every CSS
 * file, read from Starlight's layers.css so it follows Starlight upgrades.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const LAYER_ORDER = /@layer\s+[\w.-]+(?:\s*,\s*[\w.-]+)+\s*;/;

function starlightLayerOrder(): string {
  // Not in Starlight's exports: found next to its entry point (dist/index.js → dist/style/layers.css).
  const file = join(dirname(fileURLToPath(import.meta.resolve('@astrojs/starlight'))), 'style', 'layers.css');
  const statement = LAYER_ORDER.exec(readFileSync(file, 'utf8'))?.[0];
  if (!statement)
    throw new Error(`${file} has no "@layer a, b, …;" statement: Starlight changed; see config/single-stylesheet.ts.`);
  return statement.replace(/\s+/g, ' ');
}

function keepStarlightLayerOrder(): Plugin {
  const statement = starlightLayerOrder();
  return {
    name: 'rdp-keep-starlight-layer-order',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const asset of Object.values(bundle)) {
        if (asset.type === 'asset' && asset.fileName.endsWith('.css') && typeof asset.source === 'string')
          asset.source = `${statement}\n${asset.source}`;
      }
    },
  };
}

export const singleStylesheet = { build: { cssCodeSplit: false }, plugins: [keepStarlightLayerOrder()] };
