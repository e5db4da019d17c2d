/**
 * A machine-readable index of the catalogue (no PowerShell): ids, titles, versions and page paths.
 * Browser tests read it instead of importing the catalogue (whose .ps1 imports need Vite), and an
 * intranet can use it to link tickets to fixes.
 */
import type { APIRoute } from 'astro';
import { causes, fixes, symptoms } from '../catalogue';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      {
        fixes: fixes.map(({ id, title, kind, risk, version, runsOn, causes: fixCauses, steps }) => ({
          id,
          title,
          kind,
          risk,
          version,
          runsOn,
          causes: fixCauses,
          steps: steps.map((step) => step.id),
          path: `fixes/${id}/`,
        })),
        causes: causes.map(({ id, title }) => ({ id, title, path: `causes/${id}/` })),
        symptoms: symptoms.map(({ id, label }) => ({ id, label })),
      },
      null,
      2,
    ),
    { headers: { 'content-type': 'application/json' } },
  );
