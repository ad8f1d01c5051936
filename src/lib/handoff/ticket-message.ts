import { fill } from '../i18n/format.ts';
import type { Handoff } from './handoff.ts';

/** What the reader types on the contact page. */
export interface TicketFields {
  name: string;
  contact: string;
  description: string;
}

/** The words of a message in the page's language, from the dictionary (`contact.message`). */
export interface TicketWords {
  /** "Help request: {title}" */
  subject: string;
  /** "Help request", when the reader came from no page. */
  subjectGeneral: string;
  name: string;
  contact: string;
  page: string;
  whatHappened: string;
  notGiven: string;
  summary: string;
  device: string;
}

/** One device detail the reader chose to send, already labelled in their language. */
export interface LabelledDetail {
  label: string;
  value: string;
}

/**
 * The subject a help desk's email intake turns into a ticket title: what the problem is, the system,
 * and who it is from, so the queue can be read without opening each ticket.
 */
export function ticketSubject(handoff: Handoff | undefined, fields: TicketFields, words: TicketWords, platformLabel?: string): string {
  const base = handoff ? fill(words.subject, { title: handoff.title }) : words.subjectGeneral;
  const parts = [base, platformLabel && `(${platformLabel})`, fields.name.trim() && `– ${fields.name.trim()}`].filter(Boolean);
  return parts.join(' ').replace(/\s+/g, ' ').slice(0, 200);
}

/**
 * The body: labelled lines first (who, how to reach them, which page), then what happened in their
 * words, the troubleshooter's summary, and the device details they kept. Plain text, the same for
 * email, a chat or a ticket form.
 */
export function ticketBody(fields: TicketFields, handoff: Handoff | undefined, pageUrl: string | undefined, details: readonly LabelledDetail[], words: TicketWords): string {
  const header = [
    `${words.name}: ${fields.name.trim() || words.notGiven}`,
    `${words.contact}: ${fields.contact.trim() || words.notGiven}`,
    ...(pageUrl ? [`${words.page}: ${handoff ? `${handoff.title} – ` : ''}${pageUrl}`] : []),
  ];
  const sections = [
    header.join('\n'),
    `${words.whatHappened}:\n${fields.description.trim() || words.notGiven}`,
    handoff?.summary ? `${words.summary}:\n${handoff.summary.trim()}` : undefined,
    details.length > 0 ? `${words.device}:\n${details.map((d) => `- ${d.label}: ${d.value}`).join('\n')}` : undefined,
  ];
  return sections.filter((section) => section !== undefined).join('\n\n');
}

/** A mailto: link with the subject and body encoded, never built from unescaped text. */
export function mailtoHref(address: string, subject: string, body: string): string {
  return `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
