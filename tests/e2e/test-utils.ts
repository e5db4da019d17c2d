/** Shared helpers for the browser tests. They read the built site, never the source catalogue. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRequestContext } from '@playwright/test';

export interface CatalogueIndex {
  fixes: {
    id: string;
    title: string;
    kind: string;
    risk: string;
    version: number;
    runsOn: string;
    causes: string[];
    steps: string[];
    path: string;
  }[];
  causes: { id: string; title: string; path: string }[];
  symptoms: { id: string; label: string }[];
}

export async function readCatalogue(request: APIRequestContext): Promise<CatalogueIndex> {
  const response = await request.get('catalogue.json');
  if (!response.ok()) throw new Error(`catalogue.json answered ${response.status()}; is the site built?`);
  return (await response.json()) as CatalogueIndex;
}

/**
 * The same index read from the built files, synchronously, so a spec can declare one test per fix (each with
 * its own timeout and its own line in the report). Reads ASTRO_OUT_DIR (default dist), the folder the tests serve.
 */
export function catalogueFromDist(outDir = process.env.ASTRO_OUT_DIR ?? 'dist'): CatalogueIndex {
  const file = join(outDir, 'catalogue.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: build the site first (npm run build).`);
  return JSON.parse(readFileSync(file, 'utf8')) as CatalogueIndex;
}
