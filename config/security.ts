/**
 * Content-Security-Policy for every page, written by Astro as a `<meta http-equiv>` (security.csp). The site must
 * work on an intranet with no internet, so everything is allowed from its own origin only. Astro adds the hashes
 * of the scripts and styles it bundles; inline-script-hashes.ts adds those of `<script is:inline>` (Starlight's).
 */
import { fileURLToPath } from 'node:url';
import type { AstroUserConfig } from 'astro';
import { inlineScriptHashes } from './inline-script-hashes';

type Csp = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

export const csp: Csp = {
  directives: [
    "default-src 'self'",
    // data: for the small inline SVG icons some CSS uses.
    "img-src 'self' data:",
    // Pagefind fetches its index and wasm from the same origin.
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // frame-ancestors is left out: browsers ignore it in a <meta> and log a console error; set it as an HTTP header.
  ],
  scriptDirective: {
    // 'wasm-unsafe-eval' lets Pagefind compile its search wasm (it does not allow eval() of JavaScript). Pagefind 1.6
    // normally does that in a Worker, which this <meta> does not govern, but it falls back to the main thread when
    // the worker fails, and a host that copies this policy into an HTTP header applies it to the worker too.
    resources: ["'self'", "'wasm-unsafe-eval'"],
    hashes: inlineScriptHashes(fileURLToPath(new URL('../', import.meta.url))),
  },
  styleDirective: {
    // Stylesheets: own origin plus Astro's hashes (style-src-elem). Attributes: Expressive Code colours every token
    // with an inline style attribute (style="--0:#…"), which only a style-src-attr 'unsafe-inline' allows; a style
    // attribute cannot run script. Both are scoped ("element"/"attribute") so Astro does not warn about a mix.
    resources: [
      { resource: "'self'", kind: 'element' },
      { resource: "'unsafe-inline'", kind: 'attribute' },
    ],
  },
};
