/** The fix page's whole script as a file: UTF-8 with BOM and CRLF, so Windows PowerShell 5.1 reads it right. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { causesById, fixes, fixesById } from '../../../catalogue';
import { commonScripts } from '../../../catalogue/common';
import { toDownloadBytes } from '../../../lib/generator/script-bytes';
import { fixPageScript } from '../../../lib/ticket/fix-page-script';
import { publicOrigin } from '../../../../config/site';

export const getStaticPaths = (() => fixes.map((fix) => ({ params: { id: fix.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const fix = fixesById.get(params.id ?? '')!;
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  const titles = fix.causes.map((id) => causesById.get(id)?.title ?? id);
  const { script } = fixPageScript(fix, fixesById, commonScripts, `${publicOrigin}${base}selector/`, titles);
  return new Response(toDownloadBytes(script.text), {
    headers: { 'content-type': 'application/octet-stream' },
  });
};
