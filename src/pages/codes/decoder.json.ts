/** The code search's data (src/lib/search/decoder-data.ts), fetched by every page's search on first use. */
import type { APIRoute } from 'astro';
import { codeGuides, errorCodes } from '../../catalogue/error-codes';
import { situations } from '../../catalogue/situations';
import { decoderData } from '../../lib/search/decoder-data';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(decoderData(errorCodes, codeGuides, situations)), {
    headers: { 'content-type': 'application/json' },
  });
