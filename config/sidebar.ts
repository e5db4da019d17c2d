/**
 * The navigation: one place, so every page shows the same structure. Situation guides ("Start here") and fix
 * pages come from the catalogue, so a new situation appears here without editing this file.
 */
import { fixes } from '../src/catalogue';
import { situations } from '../src/catalogue/situations';

const fixItems = fixes.map((fix) => ({ label: fix.title, link: `/fixes/${fix.id}/` }));

export const sidebar = [
  {
    label: 'Start here',
    items: [
      ...situations.map((situation) => ({ label: situation.navLabel, link: `/${situation.guide}` })),
      { label: 'Fix selector', link: '/selector/' },
      { label: 'All error codes', link: '/codes/' },
    ],
  },
  // Long groups start collapsed; Starlight opens the one holding the current page.
  { label: 'Causes', collapsed: true, items: [{ autogenerate: { directory: 'causes' } }] },
  { label: 'Fixes and checks', collapsed: true, items: fixItems },
  { label: 'Guides', items: [{ autogenerate: { directory: 'guides' } }] },
  { label: 'Reference', items: [{ autogenerate: { directory: 'reference' } }] },
];
