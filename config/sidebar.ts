/** The navigation: one place, so every page shows the same structure. Fix pages come from the catalogue. */
import { fixes } from '../src/catalogue';

const fixItems = fixes.map((fix) => ({ label: fix.title, link: `/fixes/${fix.id}/` }));

export const sidebar = [
  {
    label: 'Start here',
    items: [
      { label: 'Error 0x904 / extended 0x7', link: '/errors/0x904-0x7/' },
      { label: "Can't reach the host (0x204, 0x108)", link: '/errors/cant-reach-host/' },
      { label: 'Certificate identity warnings', link: '/errors/certificate-identity/' },
      { label: 'Renamed computer', link: '/errors/renamed-computer/' },
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
