/**
 * Starlight route middleware: on a cause or fix page, the page itself appears (marked current) under its sidebar
 * group, below the group's index link. The sidebar lists only index pages (config/sidebar.ts), so without this a
 * reader on /causes/<id>/ would see no entry for where they are. One entry per page keeps every page's weight
 * independent of how many causes and fixes exist.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { CAUSES_GROUP, FIXES_GROUP } from './sidebar';

/** Which group a page's path (relative to the base, e.g. "causes/x/") belongs under, if any. */
const GROUP_OF_PATH: readonly [RegExp, string][] = [
  [/^causes\/[^/]+\/$/, CAUSES_GROUP],
  [/^fixes\/[^/]+\/$/, FIXES_GROUP],
];

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const relative = context.url.pathname.slice(import.meta.env.BASE_URL.replace(/\/?$/, '/').length);
  const groupLabel = GROUP_OF_PATH.find(([pattern]) => pattern.test(relative))?.[1];
  if (!groupLabel) return;
  const group = route.sidebar.find((entry) => entry.type === 'group' && entry.label === groupLabel);
  if (group?.type !== 'group')
    throw new Error(
      `config/sidebar-current-page.ts: the sidebar has no group "${groupLabel}" for ${context.url.pathname}; ` +
        'keep the group labels in config/sidebar.ts and this file in step.',
    );
  group.entries.push({
    type: 'link',
    label: route.entry.data.title,
    href: context.url.pathname,
    isCurrent: true,
    badge: undefined,
    attrs: {},
  });
});
