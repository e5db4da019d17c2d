/** The fix page's whole script as a file: UTF-8 with BOM and CRLF, so Windows PowerShell 5.1 reads it right. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { fixes, fixesById } from '../../../catalogue';
import { wholeScriptFor } from '../../../components/fix/whole-script';
import { toDownloadBytes } from '../../../lib/generator/script-bytes';

export const getStaticPaths = (() => fixes.map((fix) => ({ params: { id: fix.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const { script } = wholeScriptFor(fixesById.get(params.id ?? '')!);
  return new Response(toDownloadBytes(script.text), { headers: { 'content-type': 'application/octet-stream' } });
};
