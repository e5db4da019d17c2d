/**
 * The selector address a Diagnose script's evidence link opens. It is baked into the script as a
 * single-quoted PowerShell literal (psQuote), and it is also what the page compares the evidence's
 * `site` with: evidence made for another site is refused. Set it for an intranet host with SITE_URL and
 * BASE_PATH at build time (README, "Hosting on an intranet"); without SITE_URL the page uses the address
 * it was opened at.
 */
const MAX_SITE_LENGTH = 300;

/** Why `site` cannot be baked into a script, or undefined when it can. */
export function evidenceSiteProblem(site: string): string | undefined {
  const problem = (why: string) =>
    `The selector address "${site.slice(0, MAX_SITE_LENGTH)}" cannot go into the script: ${why}. Set SITE_URL (an http or https origin) and BASE_PATH when building the site.`;
  if (site.length > MAX_SITE_LENGTH) return problem(`it is longer than ${MAX_SITE_LENGTH} characters`);
  // Letters, digits and the URL characters a host, port and path need; nothing PowerShell or a console treats specially.
  if (!/^https?:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?(?:\/[A-Za-z0-9._~-]+)*\/selector\/$/.test(site))
    return problem('it must be http(s)://host[:port]/[base/]selector/ with no query, fragment, user name or quotes');
  return undefined;
}

/** The selector's own address: SITE_URL's origin (when set at build time) or the page's, plus the base path. */
export function evidenceSiteFor(publicOrigin: string, pageOrigin: string, base: string): string {
  const origin = (publicOrigin || pageOrigin).replace(/\/+$/, '');
  return `${origin}${base.replace(/\/?$/, '/')}selector/`;
}
