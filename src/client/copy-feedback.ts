import { copyText } from './clipboard.ts';

/** How long "Copied" stays before the control reads as before. */
const SHOWN_MS = 2500;

/**
 * Copies `text` and says so twice: on the control itself (its label becomes "Copied", or it shows a
 * "Copied" mark) for sighted readers, and in a live region for screen readers.
 */
export async function copyWithFeedback(text: string, control: HTMLElement, status: Element | null, words: { copied: string; failed: string }, label?: HTMLElement | null): Promise<void> {
  const ok = await copyText(text);
  const said = ok ? words.copied : words.failed;
  if (status) status.textContent = said;
  control.dataset['state'] = ok ? 'copied' : 'failed';
  control.dataset['said'] = said;
  const before = label?.textContent;
  if (label && ok) label.textContent = words.copied;
  setTimeout(() => {
    if (status) status.textContent = '';
    delete control.dataset['state'];
    if (label && before !== undefined && before !== null) label.textContent = before;
  }, SHOWN_MS);
}
