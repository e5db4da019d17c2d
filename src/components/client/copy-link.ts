/**
 * Adds a visible "Copy link" button to every numbered step that has a declared id (`li[data-step]`)
 * and to every h2/h3 heading, copying the absolute URL with its anchor for a ticket. Landing on an
 * anchor highlights the step through CSS (:target).
 */
function addButton(target: HTMLElement, label: string) {
  if (target.querySelector(':scope > .rdp-copy-link')) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'rdp-copy-link';
  button.textContent = 'Copy link';
  button.setAttribute('aria-label', `Copy link to ${label}`);
  button.addEventListener('click', () => {
    const url = new URL(location.href);
    url.hash = target.id;
    navigator.clipboard.writeText(url.href).then(
      () => (button.textContent = 'Link copied'),
      () => (button.textContent = 'Copy failed'),
    );
    setTimeout(() => (button.textContent = 'Copy link'), 2000);
  });
  target.append(' ', button);
}

for (const step of document.querySelectorAll<HTMLElement>('.sl-markdown-content li[data-step][id]')) {
  addButton(step, `step: ${step.textContent?.trim().slice(0, 60) ?? step.id}`);
}
for (const heading of document.querySelectorAll<HTMLElement>('.sl-markdown-content :is(h2, h3)[id]')) {
  addButton(heading, `section: ${heading.textContent?.trim() ?? heading.id}`);
}

// Printed pages carry their own address, so a paper copy in a ticket still leads back to the page.
// (The selector prints its own, always-current link.)
const content = document.querySelector('.sl-markdown-content');
if (content && !content.querySelector('.rdp-print-address, rdp-fix-selector')) {
  const address = document.createElement('p');
  address.className = 'rdp-print-address';
  address.textContent = location.href;
  content.prepend(address);
}
