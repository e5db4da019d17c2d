/** Shared helpers for the browser tests. They read the built site, never the source catalogue. */
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
