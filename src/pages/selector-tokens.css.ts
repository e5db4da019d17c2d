/** The selector's token colours as a same-origin stylesheet (see components/selector/highlight-fragments.ts). */
import type { APIRoute } from 'astro';
import { highlightFragments } from '../components/selector/highlight-fragments';

export const GET: APIRoute = async () => {
  const { css, background } = await highlightFragments();
  const frame = `.rdp-script{background:${background.light}}:root[data-theme='dark'] .rdp-script{background:${background.dark}}`;
  return new Response(`${frame}\n${css}\n`, { headers: { 'content-type': 'text/css; charset=utf-8' } });
};
