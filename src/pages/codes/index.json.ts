/**
 * Every code as JSON: value, family, name, page path and aliases. Browser tests read it (they cannot
 * import the catalogue), and an intranet can link tickets to code pages with it.
 */
import type { APIRoute } from 'astro';
import { codeGuides, errorCodes } from '../../catalogue/error-codes';
import { codeAliases, codePath, formatHex } from '../../lib/decoder';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      {
        codes: errorCodes.map((c) => ({
          family: c.family,
          hex: formatHex(c.value),
          value: c.value,
          name: c.name,
          confidence: c.confidence,
          path: codePath(c),
          aliases: codeAliases(c),
        })),
        guides: codeGuides,
      },
      null,
      2,
    ),
    { headers: { 'content-type': 'application/json' } },
  );
