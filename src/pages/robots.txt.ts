/**
 * robots.txt, generated so its Sitemap line carries the base path and the configured site (SITE_URL): a static
 * public/robots.txt could not follow BASE_PATH. Note that crawlers only read robots.txt at the host's root.
 */
import type { APIRoute } from 'astro';
import { siteBase } from '../components/site-base';

export const GET: APIRoute = ({ site }) => {
  const base = siteBase;
  const sitemap = new URL(`${base}sitemap-index.xml`, site ?? 'http://localhost/');
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
