/**
 * The catalogue's PowerShell in the browser: build-time highlighted fragments, loaded from the same-origin
 * `selector-fragments.json` (components/selector/fragments-file.ts) and parsed one fragment at a time, the
 * first time a script uses it (the JSON itself is parsed whole). The HTML is the site's own build output, never user
 * input.
 *
 * The token colours (`selector-tokens.css`) load with it, not with the page: nothing on the page uses them before
 * there is a script, and as a render-blocking stylesheet they delayed the selector's first paint (issue 12).
 */
export class FragmentStore {
  #fragments: Readonly<Record<string, string>> | undefined;
  readonly #templates = new Map<string, HTMLTemplateElement>();

  get loaded(): boolean {
    return this.#fragments !== undefined;
  }

  /**
   * Fetches the fragments and their stylesheet together; throws a message a technician can act on when the fragments
   * are missing, stale or malformed. A stylesheet that fails to load only costs the colours: the script is complete
   * without them, so it is still shown, and `stylesheetError` says why it is plain.
   */
  async load(source: { url: string; version: string; stylesheetUrl: string }): Promise<void> {
    const [fragments] = await Promise.all([
      this.#fetchFragments(source.url, source.version),
      loadStylesheet(source.stylesheetUrl).catch((error: Error) => {
        this.stylesheetError = error.message;
      }),
    ]);
    this.#fragments = fragments;
  }

  /** Why the script shows without colours, when the stylesheet could not be loaded. */
  stylesheetError: string | undefined;

  async #fetchFragments(url: string, expectedVersion: string): Promise<Record<string, string>> {
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
    return fragments as Record<string, string>;
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

/** Adds the same-origin stylesheet to the page and resolves once the browser has applied it. */
function loadStylesheet(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = url;
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener(
      'error',
      () =>
        reject(
          new Error(
            `Could not load the selector's script colours (${url}), so the script below is shown without them; it is complete. Reload the page to get them; if it persists, the site was deployed without that file.`,
          ),
        ),
      { once: true },
    );
    document.head.append(link);
  });
}
