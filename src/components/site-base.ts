/**
 * The site's base path with exactly one trailing slash ("/" or "/kb/rdp/"), for building links that work
 * under a sub-path. Astro's BASE_URL keeps or drops the slash depending on how BASE_PATH was written.
 */
export const siteBase = import.meta.env.BASE_URL.replace(/\/?$/, '/');
