/**
 * What a reader carries from an article or a troubleshooter to the contact page, so they never retype
 * it: the page, its title, the troubleshooter's summary and the platform they named. It travels in
 * the tab's sessionStorage (never to a server); anything that does not look like what this site
 * wrote is dropped, so a tampered value can only ever show as plain text.
 */
export interface Handoff {
  /** The site path of the page the reader came from: `/troubleshoot/no-internet/?…` or `/ms/articles/x/`. */
  page: string;
  /** That page's title, as the reader saw it. */
  title: string;
  /** A troubleshooter's plain-text summary: questions, answers, steps tried and the outcome. */
  summary?: string | undefined;
  /** The platform the reader named in a troubleshooter (`windows`). */
  platform?: string | undefined;
}

/** The sessionStorage key the flow player and article pages write and the contact page reads. */
export const HANDOFF_KEY = 'kb-handoff';

const MAX_TITLE = 200;
const MAX_SUMMARY = 8000;

const isSitePath = (value: unknown): value is string => typeof value === 'string' && /^\/(?!\/)[^\s]{0,500}$/.test(value);
const isText = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;

/** Reads a stored hand-off; undefined when it is missing, malformed or not what this site writes. */
export function readHandoff(stored: string | null | undefined): Handoff | undefined {
  if (!stored) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return undefined;
  }
  if (value === null || typeof value !== 'object') return undefined;
  const { page, title, summary, platform } = value as Record<string, unknown>;
  if (!isSitePath(page) || !isText(title, MAX_TITLE) || title.trim() === '') return undefined;
  const handoff: Handoff = { page, title };
  if (isText(summary, MAX_SUMMARY) && summary.trim()) handoff.summary = summary;
  if (typeof platform === 'string' && /^[a-z]{2,12}$/.test(platform)) handoff.platform = platform;
  return handoff;
}

/** The hand-off as stored. */
export function writeHandoff(handoff: Handoff): string {
  return JSON.stringify({ ...handoff, title: handoff.title.slice(0, MAX_TITLE), summary: handoff.summary?.slice(0, MAX_SUMMARY) });
}
