/** What the reader typed in the hand-off form. */
export interface EscalationDetails { name: string; contact: string; details: string }

export interface EscalationStrings { from: string; reachAt: string; notes: string }

/**
 * The message a reader sends to the help desk: who they are and how to reach them, their own notes,
 * then the flow's transcript, so the person who picks it up never has to ask again.
 */
export function escalationMessage(details: EscalationDetails, transcript: string, strings: EscalationStrings): string {
  const lines = [
    details.name.trim() && `${strings.from}: ${details.name.trim()}`,
    details.contact.trim() && `${strings.reachAt}: ${details.contact.trim()}`,
    details.details.trim() && `${strings.notes}: ${details.details.trim()}`,
  ].filter(Boolean);
  return [...lines, lines.length > 0 ? '' : undefined, transcript].filter((l) => l !== undefined).join('\n');
}

/** A mailto: link with the subject and body encoded, never built from unescaped text. */
export function mailtoHref(address: string, subject: string, body: string): string {
  return `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
