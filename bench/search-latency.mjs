/**
 * Search latency: time from the last keystroke to the first result rendered in the header search dialog,
 * for code queries (answered by the decoder at once) and word queries (answered by Pagefind).
 * Interface shared by every bench/*.mjs: `run({ baseURL, browser })` returns named figures in ms.
 */
const CODE_QUERIES = [
  '0x904',
  '2308',
  '0x904 0x7',
  '0x00000904',
  'ERRINFO_SERVER_DENIED_CONNECTION',
  '0x112f',
  '516',
  '7',
];
const WORD_QUERIES = ['certificate', 'machinekeys', 'firewall', 'credssp', 'broker', 'schannel', 'listener', 'tls'];
const ROUNDS = 3;

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const round = (ms) => Math.round(ms * 10) / 10;

/** Types `query` into the open dialog and returns ms from its last keystroke to the first result link rendered after it. */
async function measure(page, query) {
  const input = page.locator('dialog input[type="search"]');
  // Type all but the last character and let that search settle; then time only the last keystroke.
  await input.fill(query.slice(0, -1));
  await page.waitForTimeout(400);
  await page.evaluate(() => {
    const list = document.querySelector('dialog [data-search-results]');
    window.__bench = { lastKey: 0, firstHit: 0 };
    document
      .querySelector('dialog input[type="search"]')
      .addEventListener('keydown', () => (window.__bench.lastKey = performance.now()));
    new MutationObserver((_, observer) => {
      // Every render replaces the list, so the first mutation with a hit after the keystroke is the one we want.
      if (window.__bench.lastKey && list.querySelector('a[data-search-hit]')) {
        window.__bench.firstHit = performance.now();
        observer.disconnect();
      }
    }).observe(list, { childList: true, subtree: true });
  });
  await input.press(query.slice(-1) === ' ' ? 'Space' : query.slice(-1));
  await page.waitForFunction(() => window.__bench.firstHit > 0, null, { timeout: 15_000 });
  return page.evaluate(() => window.__bench.firstHit - window.__bench.lastKey);
}

export async function run({ baseURL, browser }) {
  const page = await browser.newPage();
  await page.goto(new URL('./', baseURL).href);
  await page
    .getByRole('button', { name: /Search/ })
    .first()
    .click();
  await measure(page, 'certificate'); // first use loads Pagefind's index and wasm; not what we measure
  const figures = {};
  for (const [name, queries] of [
    ['code', CODE_QUERIES],
    ['word', WORD_QUERIES],
  ]) {
    const times = [];
    for (let r = 0; r < ROUNDS; r++) for (const q of queries) times.push(await measure(page, q));
    figures[`search.${name}.median_ms`] = round(percentile(times, 50));
    figures[`search.${name}.p95_ms`] = round(percentile(times, 95));
    figures[`search.${name}.samples`] = times.length;
  }
  await page.close();
  return figures;
}
