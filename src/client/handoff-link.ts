import { HANDOFF_KEY, writeHandoff, type Handoff } from '#src/lib/handoff/handoff.ts';

/** Dispatched on `document` as a reader follows a contact link; a troubleshooter adds its summary to `detail`. */
export const HANDOFF_EVENT = 'kb-handoff';

/**
 * Links to the contact page (`a[data-handoff]`) take the page the reader is on with them (its address
 * and its heading), so the contact page can say what the message is about. Kept in this tab's
 * sessionStorage only: nothing leaves the browser until the reader sends it.
 */
export function wireHandoffLinks(): void {
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a[data-handoff]');
    if (!link) return;
    const handoff: Handoff = { page: `${location.pathname}${location.search}`, title: document.querySelector('h1')?.textContent?.trim() || document.title };
    document.dispatchEvent(new CustomEvent<Handoff>(HANDOFF_EVENT, { detail: handoff }));
    try {
      sessionStorage.setItem(HANDOFF_KEY, writeHandoff(handoff));
    } catch {
      // Storage can be switched off; the contact page then still knows the page from its address.
    }
  });
}
