/**
 * The navigation: one place, so every page shows the same structure. Situation guides ("Start here") come from the
 * catalogue, so a new situation appears here without editing this file.
 *
 * Causes and fixes are NOT listed one by one: that put the whole catalogue on every page (3.9 KB gzip of each page in
 * December 2026, growing with every fix, and over budget at five times the content). Their index pages list them, and
 * on a cause or fix page the page itself is added under its group (config/sidebar-current-page.ts), so the reader
 * still sees where they are.
 */
import { situations } from '../src/catalogue/situations';

/** Labels of the groups that config/sidebar-current-page.ts adds the current cause or fix page to. */
export const CAUSES_GROUP = 'Causes';
export const FIXES_GROUP = 'Fixes and checks';

export const sidebar = [
  {
    label: 'Start here',
    items: [
      ...situations.map((situation) => ({ label: situation.navLabel, link: `/${situation.guide}` })),
      { label: 'Fix selector', link: '/selector/' },
      { label: 'All error codes', link: '/codes/' },
    ],
  },
  { label: CAUSES_GROUP, items: [{ label: 'All causes', link: '/causes/' }] },
  { label: FIXES_GROUP, items: [{ label: 'All fixes and checks', link: '/fixes/' }] },
  { label: 'Guides', items: [{ autogenerate: { directory: 'guides' } }] },
  { label: 'Reference', items: [{ autogenerate: { directory: 'reference' } }] },
];
