/**
 * The catalogue's PowerShell in the browser: build-time highlighted fragments, loaded from the same-origin
 * `selector-fragments.json` (components/selector/fragments-file.ts) and parsed one fragment at a time, the
 * first time a script uses it. The HTML is the site's own build output, never user input.
 */
export class FragmentStore {
  #fragments: Readonly<Record<string, string>> | undefined;
  readonly #templates = new Map<string, HTMLTemplateElement>();

  get loaded(): boolean {
    return this.#fragments !== undefined;
  }

  /** Fetches the file; throws a message a technician can act on when it is missing, stale or malformed. */
  async load(url: string, expectedVersion: string): Promise<void> {
    let response: Response;
    try {
      response = await fetch(url);
    } catch {
      throw new Error(`Could not load the selector's PowerShell (${url}). Check the connection and reload the page.`);
    }
    if (!response.ok)
      throw new Error(
        `Could not load the selector's PowerShell: ${url} answered ${response.status}. Reload the page; if it persists, the site was deployed without that file.`,
      );
    const body = (await response.json().catch(() => undefined)) as
      { version?: unknown; fragments?: Record<string, unknown> } | undefined;
    const fragments = body?.fragments;
    if (!fragments || typeof fragments !== 'object' || Object.values(fragments).some((v) => typeof v !== 'string'))
      throw new Error(`The selector's PowerShell file (${url}) is malformed. Rebuild and redeploy the site.`);
    if (body.version !== expectedVersion)
      throw new Error(
        `The selector's PowerShell file (${url}) is from a different build than this page. Reload the page (bypassing the cache) so both match.`,
      );
    this.#fragments = fragments as Record<string, string>;
  }

  /** The fragment as an inert template to clone, or undefined when the catalogue has no such fragment. */
  template(id: string): HTMLTemplateElement | undefined {
    let template = this.#templates.get(id);
    const html = this.#fragments && Object.hasOwn(this.#fragments, id) ? this.#fragments[id] : undefined;
    if (!template && html !== undefined) {
      template = document.createElement('template');
      template.innerHTML = html;
      this.#templates.set(id, template);
    }
    return template;
  }

  /** The fragment's text (the .ps1 text), or "" when there is none (a fix without that function). */
  text(id: string): string {
    return this.template(id)?.content.textContent ?? '';
  }
}
