/** The selector's highlighted PowerShell fragments (see components/selector/fragments-file.ts). */
import type { APIRoute } from 'astro';
import { fragmentsFile } from '../components/selector/fragments-file';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await fragmentsFile()), { headers: { 'content-type': 'application/json' } });
