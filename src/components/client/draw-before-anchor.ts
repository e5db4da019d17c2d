/**
 * Lands a jump to a heading on that heading, on a page whose long content the browser skips while out of view
 * (`content-visibility: auto` boxes marked data-skippable, e.g. the code index's table chunks).
 *
 * A skipped box takes an estimated size. When a link jumps to a heading further down, the browser scrolls using the
 * estimates above it, then draws the boxes within its drawing margin (in Chromium about one and a half screens
 * around the view), and any box above the heading whose real size differs moves the heading off the top; we
 * measured it landing a row or more away. So before the jump, every skippable box above the target is drawn for
 * real (data-drawn), and the scroll lands exactly. That costs one layout of the content above the target, only when
 * somebody jumps into the page: loading it at its top still lays out the first screen alone.
 *
 * Jumps covered:
 * - arriving with a #fragment: Chromium may scroll to it before this module runs, but scrolls to it again after each
 *   layout until the page has loaded, so the boxes drawn here count;
 * - clicking a same-page link: this runs before the browser scrolls;
 * - the fragment changing otherwise (a typed URL, `location.hash`): the browser has scrolled already, so we scroll
 *   again once the boxes are drawn. Back and forward restore a position the reader had, with the boxes above already
 *   drawn by that visit, so nothing changes and we leave the position alone.
 */

/** The element a fragment names, looked up as the browser does: as written, then percent-decoded. */
function targetOf(hash: string): HTMLElement | null {
  if (hash.length < 2) return null;
  const raw = hash.slice(1);
  const asWritten = document.getElementById(raw);
  if (asWritten) return asWritten;
  try {
    return document.getElementById(decodeURIComponent(raw));
  } catch {
    // A malformed escape (#%E0): no element has that id.
    return null;
  }
}

/** Draws every skippable box above `target`. Returns whether any box was still skipped. */
function drawAbove(target: Element): boolean {
  let changed = false;
  for (const box of document.querySelectorAll<HTMLElement>('[data-skippable]:not([data-drawn])')) {
    if (box.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING) {
      box.dataset.drawn = '';
      changed = true;
    }
  }
  return changed;
}

const landing = targetOf(location.hash);
if (landing) drawAbove(landing);

document.addEventListener(
  'click',
  (event) => {
    // Only a plain click that scrolls this page: not one that opens a tab or a window, or loads another URL.
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href*="#"]') : null;
    if (!link || (link.target !== '' && link.target !== '_self')) return;
    if (link.origin !== location.origin || link.pathname !== location.pathname || link.search !== location.search) {
      return;
    }
    const target = targetOf(link.hash);
    if (target) drawAbove(target);
  },
  { capture: true },
);

addEventListener('hashchange', () => {
  const target = targetOf(location.hash);
  if (target && drawAbove(target)) target.scrollIntoView();
});
