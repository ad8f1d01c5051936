import { sendEvent } from '#src/client/send-event.ts';
import { failureOf } from '#src/lib/search/failed-search.ts';
import type { SearchKind } from '#src/lib/search/search-plan.ts';
import type { FailedSearchKind } from '#src/schemas/events.ts';

interface ShownSearch {
  query: string;
  kind: SearchKind;
  /** Addresses of the first results shown. */
  shown: string[];
}

/**
 * Tells the team about every search that failed a reader, once per query and kind: no result, only
 * loose or corrected results, or results the reader never opened before searching again or leaving.
 * A search counts once the reader settles on it (stops typing, presses Enter, opens a shared
 * address), so the half-typed words on the way there are never reported.
 */
export class SearchReporter {
  readonly #locale: string;
  readonly #endpoint: string | undefined;
  readonly #host: HTMLElement;
  /** The latest search shown, until the reader settles on it or moves on. */
  #latest: ShownSearch | undefined;
  /** A settled search with answers, not yet opened. */
  #unopened: ShownSearch | undefined;
  readonly #sent = new Set<string>();

  constructor(host: HTMLElement, locale: string, endpoint: string | undefined) {
    [this.#host, this.#locale, this.#endpoint] = [host, locale, endpoint];
    // Leaving counts as settling: a reader may read the results and go without waiting for a timer.
    addEventListener('pagehide', () => {
      this.settle();
      this.#reportUnopened();
    });
  }

  /** A search's results (or their absence) are on screen. */
  shown(search: ShownSearch): void {
    this.#latest = search;
  }

  /** The reader has stopped on the latest search: a failure is reported now, answers once left unopened. */
  settle(): void {
    const search = this.#latest;
    if (!search) return;
    this.#latest = undefined;
    if (this.#unopened && this.#unopened.query !== search.query) this.#reportUnopened();
    const failure = failureOf(search.kind);
    if (failure) this.#send(failure, search);
    else this.#unopened = search;
  }

  /** The reader opened a result or a suggestion: an answered search helped; a failed one still failed. */
  opened(): void {
    if (this.#latest && failureOf(this.#latest.kind)) this.settle();
    this.#latest = undefined;
    this.#unopened = undefined;
  }

  /** The search page takes the same search over (Enter in the header's box): it reports from there. */
  handedOver(): void {
    this.#latest = undefined;
    this.#unopened = undefined;
  }

  #reportUnopened(): void {
    if (this.#unopened) this.#send('no-click', this.#unopened);
    this.#unopened = undefined;
  }

  #send(kind: FailedSearchKind, search: ShownSearch): void {
    const key = `${kind}\n${search.query}`;
    if (this.#sent.has(key)) return;
    this.#sent.add(key);
    sendEvent(
      { type: 'search-failed', kind, query: search.query.slice(0, 120), shown: kind === 'no-results' ? [] : search.shown, locale: this.#locale, time: new Date().toISOString() },
      this.#endpoint,
      this.#host,
    );
  }
}
