/**
 * Where the site is served. BASE_PATH lets an intranet host it under a sub-path (e.g. /kb/rdp);
 * SITE_URL is the absolute origin used for the sitemap and absolute links (optional).
 */
const rawBase = process.env.BASE_PATH ?? '/';
if (!/^\/(?:[A-Za-z0-9._~-]+\/?)*$/.test(rawBase)) {
  throw new Error(`BASE_PATH "${rawBase}" is not a URL path: use something like /kb/rdp (letters, digits, . _ ~ -).`);
}
export const base = rawBase === '/' ? '/' : `/${rawBase.replace(/^\/+|\/+$/g, '')}`;
export const site = process.env.SITE_URL ?? 'http://localhost:4321';
/** The origin links in scripts and ticket notes use; empty when SITE_URL is not set (links are then paths). */
export const publicOrigin = (process.env.SITE_URL ?? '').replace(/\/+$/, '');
