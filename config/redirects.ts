/**
 * Old and alternative fix ids keep working: each alias in the catalogue becomes a redirect to the fix's
 * page. Astro's `redirects` (not a page per alias) keeps them out of the sitemap and search index.
 */
import { fixes } from '../src/catalogue';
import { base } from './site';

// Astro writes the destination as given, so under a sub-path it must carry the base itself.
const prefix = base === '/' ? '' : base;

export const redirects: Record<string, string> = Object.fromEntries(
  fixes.flatMap((fix) => fix.aliases.map((alias) => [`/fixes/${alias}/`, `${prefix}/fixes/${fix.id}/`])),
);
