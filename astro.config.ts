// Assembles what config/ defines; see config/README.md.
import mdx from '@astrojs/mdx';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { sidebar } from './config/sidebar';
import { base, site } from './config/site';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  integrations: [
    starlight({
      title: 'RDP Fix Guide',
      description: 'Fix Remote Desktop connection errors such as 0x904 with extended error 0x7: causes, checks and safe PowerShell.',
      sidebar,
      lastUpdated: false,
      pagination: false,
    }),
    mdx(),
  ],
});
