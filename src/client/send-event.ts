import type { SiteEvent } from '#src/schemas/events.ts';

/**
 * Tells the page (a `kb-event` DOM event any site can wire to its own analytics) and, when an
 * endpoint is configured, the team's collector. text/plain keeps sendBeacon free of a CORS preflight.
 */
export function sendEvent(event: SiteEvent, endpoint: string | undefined, from: EventTarget = document): void {
  from.dispatchEvent(new CustomEvent('kb-event', { detail: event, bubbles: true }));
  if (!endpoint) return;
  try {
    navigator.sendBeacon(endpoint, new Blob([JSON.stringify(event)], { type: 'text/plain;charset=UTF-8' }));
  } catch {
    // A blocked beacon must never break the page the reader is using.
  }
}
