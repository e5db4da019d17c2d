/**
 * What the selector does with a finished script: copy it, download it, copy the ticket note, and show the notices
 * about the link that was opened. Text only ever enters the page through textContent.
 */
import { toDownloadBytes } from '../../lib/generator/script-bytes';
import { SCRIPT_FILE_NAME } from '../../lib/generator/versions';
import { buildTicketNote, type TicketNoteInput } from '../../lib/ticket/build-ticket-note';

const status = (root: ParentNode) => root.querySelector<HTMLElement>('[data-copy-status]')!;

export async function copyScript(root: ParentNode, text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    status(root).textContent = 'Copied.';
  } catch {
    status(root).textContent = 'Copy failed: select the script and copy it by hand.';
  }
}

export function downloadScript(text: string): void {
  const blob = new Blob([toDownloadBytes(text)], { type: 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = SCRIPT_FILE_NAME;
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export async function copyTicketNote(root: ParentNode, input: TicketNoteInput): Promise<void> {
  const note = buildTicketNote(input);
  const format = root.querySelector<HTMLSelectElement>('[data-note-format]')!.value;
  try {
    await navigator.clipboard.writeText(format === 'markdown' ? note.markdown : note.text);
    status(root).textContent = `Ticket note copied (SHA-256 ${note.copiedSha256.slice(0, 12)}…).`;
  } catch {
    status(root).textContent = 'Copy failed: your browser blocked the clipboard.';
  }
}

export function showNotices(root: ParentNode, notices: readonly string[]): void {
  const box = root.querySelector<HTMLElement>('[data-notices]')!;
  box.hidden = notices.length === 0;
  const list = document.createElement('ul');
  list.replaceChildren(
    ...notices.map((notice) => {
      const li = document.createElement('li');
      li.textContent = notice;
      return li;
    }),
  );
  const heading = document.createElement('strong');
  heading.textContent = 'About the link you opened:';
  box.replaceChildren(heading, list);
}
