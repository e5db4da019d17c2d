// Assembles what config/ defines; see config/README.md.
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { sidebar } from './config/sidebar';
import { redirects } from './config/redirects';
import { remarkStepAnchors } from './config/remark-step-anchors';
import { csp } from './config/security';
import { singleStylesheet } from './config/single-stylesheet';
import { base, site } from './config/site';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  redirects,
  // Numbered steps in guides carry declared ids (see config/remark-step-anchors.ts); MDX inherits the processor.
  markdown: { processor: unified({ remarkPlugins: [remarkStepAnchors] }) },
  // Separate output and cache folders let parallel builds (e.g. the sub-path test) run side by side.
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  // Every page carries a CSP <meta> that allows its own origin only (offline intranet); see config/security.ts.
  security: { csp },
  // Styles of components inside MDX (FixCard, CardGrid, Steps…) were inlined without a CSP hash and blocked;
  // as files they fall under style-src 'self'.
  build: { inlineStylesheets: 'never' },
  // One stylesheet for the whole site, Starlight's layer order kept; see config/single-stylesheet.ts.
  vite: singleStylesheet,
  integrations: [
    starlight({
      title: 'RDP Fix Guide',
      description:
        'Fix Remote Desktop connection errors such as 0x904 with extended error 0x7: causes, checks and safe PowerShell.',
      sidebar,
      // On a cause or fix page, the page itself is shown under its sidebar group (the sidebar lists index pages only).
      routeMiddleware: './config/sidebar-current-page.ts',
      lastUpdated: false,
      pagination: false,
      // Our own 404 page (src/pages/404.astro) offers the code lookup and entry points.
      disable404Route: true,
      // Decoder-first search (codes as entities) in Starlight's dialog; see src/components/Search.astro.
      components: {
        Search: './src/components/Search.astro',
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
      },
    }),
    mdx(),
  ],
});
