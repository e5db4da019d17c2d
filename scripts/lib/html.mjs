// Small helpers for the static checks that read built HTML with regular expressions (Astro's output is regular
// enough, and a DOM parser over every page would cost more than the checks themselves).

/** Decodes the entities Astro writes in attributes and text. */
export function decodeEntities(s) {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec) => String.fromCodePoint(Number(dec)))
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

/** A URL that leaves the site's origin: a scheme with a host, or protocol-relative. data: and blob: stay local. */
export const FOREIGN = /^(?:[a-z][a-z0-9+.-]*:\/\/|\/\/)/i;

/** Astro's redirect pages (fix aliases): a meta refresh and nothing else. */
export function isRedirect(html) {
  return /<meta http-equiv="refresh"/i.test(html);
}
