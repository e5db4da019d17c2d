/** The navigation: one place, so every page shows the same structure. */
export const sidebar = [
  { label: 'Start here', items: [{ label: 'Error 0x904 / extended 0x7', link: '/errors/0x904-0x7/' }, { label: 'Fix selector', link: '/selector/' }] },
  { label: 'Causes', items: [{ autogenerate: { directory: 'causes' } }] },
  { label: 'Fixes', items: [{ autogenerate: { directory: 'fixes' } }] },
  { label: 'Guides', items: [{ autogenerate: { directory: 'guides' } }] },
  { label: 'Reference', items: [{ autogenerate: { directory: 'reference' } }] },
];
