/** `tel:` link for a number as readers dial it: "+1 555 0100" → `tel:+15550100`. */
export const telHref = (phone: string): string => `tel:${phone.replace(/[^+\d]/g, '')}`;

/** The number as shown, with non-breaking spaces so it never wraps across two lines. */
export const phoneText = (phone: string): string => phone.replace(/ /g, '\u00a0');
