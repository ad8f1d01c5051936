import { hasFilters, noFilters, type SelectedFilters } from '#src/lib/search/filters.ts';
import { toResultView, type ResultFragment, type ResultView } from '#src/lib/search/result-view.ts';
import { readSearchState, searchHref } from '#src/lib/search/search-url.ts';
import type { SearchOutcome } from '#src/lib/search/search-plan.ts';
import { moveFocus } from './arrow-keys.ts';
import type { PagefindHit } from './pagefind-api.ts';
import { fill, plural } from '#src/lib/i18n/format.ts';
import { FilterChips } from './filter-chips.ts';
import { allResultsLink, correctionNote, heading, note, resultList, suggestions } from './render-results.ts';
import { SearchClient } from './search-client.ts';
import { readSearchConfig, type SearchConfig } from './search-config.ts';
import { SearchReporter } from './search-reporter.ts';
import { shownPages } from '#src/lib/search/failed-search.ts';

/** Wait this long after the last key before searching: fast enough to feel instant, slow enough to skip half-typed words. */
const TYPING_PAUSE_MS = 150;
/** A reader who stops typing this long has settled on the search (for the team's failed-search report). */
const SETTLE_MS = 1500;
/** Only a slow first load (Pagefind and its index) says "Searching…"; fast searches never flash it. */
const LOADING_NOTICE_MS = 400;
const SHOWN = { dropdown: { results: 6, sections: 2 }, page: { results: 20, sections: 3 } } as const;

/**
 * The search box's behaviour, loaded on first focus: results as the reader types, in a panel under
 * the header box or in the page on /search/ (where filters and the address follow the search).
 */
export class SearchController {
  readonly #host: HTMLElement;
  readonly #config: SearchConfig;
  readonly #input: HTMLInputElement;
  readonly #panel: HTMLElement;
  readonly #status: HTMLElement;
  readonly #client: Promise<SearchClient>;
  #filters: SelectedFilters = noFilters();
  #exact = false;
  #run = 0;
  #typingTimer: ReturnType<typeof setTimeout> | undefined;
  #settleTimer: ReturnType<typeof setTimeout> | undefined;
  readonly #reporter: SearchReporter;

  constructor(host: HTMLElement) {
    this.#host = host;
    this.#config = readSearchConfig(host);
    const input = host.querySelector<HTMLInputElement>('input[type="search"]');
    const panel = host.querySelector<HTMLElement>('[data-search-panel]');
    const status = host.querySelector<HTMLElement>('[data-search-status]');
    if (!input || !panel || !status) throw new Error('kb-search: the search box markup is incomplete.');
    [this.#input, this.#panel, this.#status] = [input, panel, status];
    this.#client = SearchClient.load(this.#config.locale);
    this.#client.catch(() => undefined);
    this.#reporter = new SearchReporter(host, this.#config.locale, this.#config.endpoint);
    // Any link in the panel (a result, a section, a suggestion) means the reader went somewhere from the search.
    for (const type of ['click', 'auxclick'] as const) {
      panel.addEventListener(type, (event) => {
        if (event.target instanceof Element && event.target.closest('a[href]')) this.#reporter.opened();
      });
    }

    input.addEventListener('input', () => this.#onTyping());
    input.addEventListener('focus', () => this.#reopen());
    host.addEventListener('keydown', (event) => this.#onKey(event));
    host.addEventListener('focusout', (event) => {
      if (!(event.relatedTarget instanceof Node && host.contains(event.relatedTarget))) this.#close();
    });
    document.addEventListener('pointerdown', (event) => {
      if (!(event.target instanceof Node && host.contains(event.target))) this.#close();
    });
    if (this.#config.mode === 'page') this.#startPage();
    else {
      // Enter in the header's box opens the search page, which reports the search from there.
      host.querySelector('form')?.addEventListener('submit', () => this.#reporter.handedOver());
      if (input.value.trim() !== '') void this.#search();
    }
  }

  #startPage(): void {
    const state = readSearchState(location.search);
    this.#filters = state.filters;
    this.#exact = state.exact;
    if (state.query !== '') this.#input.value = state.query;
    this.#host.querySelector('form')?.addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(this.#typingTimer);
      void this.#search().then(() => this.#reporter.settle());
    });
    this.#setUpFilters();
    // The reader may have typed while the script loaded; the address may hold a shared search.
    if (this.#input.value.trim() !== '' || hasFilters(state.filters)) void this.#search();
  }

  #setUpFilters(): void {
    const box = this.#host.querySelector<HTMLDetailsElement>('details[data-search-filters]');
    if (!box) return;
    const chips = new FilterChips(box, this.#filters, (filters) => {
      this.#filters = filters;
      void this.#search();
    });
    this.#client.then(async (client) => chips.hideAbsent(await client.filterCounts()), () => undefined);
  }

  #onTyping(): void {
    this.#exact = false;
    clearTimeout(this.#typingTimer);
    clearTimeout(this.#settleTimer);
    this.#typingTimer = setTimeout(() => void this.#search(), TYPING_PAUSE_MS);
  }

  #onKey(event: KeyboardEvent): void {
    const links = [...this.#panel.querySelectorAll<HTMLAnchorElement>('a[href]')];
    if (!this.#panel.hidden && moveFocus(event, this.#input, links)) {
      event.preventDefault();
      return;
    }
    if (event.key !== 'Escape') return;
    event.preventDefault();
    if (event.target !== this.#input) {
      this.#input.focus();
      if (this.#config.mode === 'dropdown') this.#close();
    } else if (this.#config.mode === 'dropdown' && !this.#panel.hidden) {
      this.#close();
    } else if (this.#input.value !== '') {
      this.#input.value = '';
      void this.#search();
    }
  }

  #reopen(): void {
    if (this.#config.mode === 'dropdown' && this.#input.value.trim() !== '' && this.#panel.childElementCount > 0) this.#panel.hidden = false;
  }

  #close(): void {
    if (this.#config.mode === 'dropdown') this.#panel.hidden = true;
  }

  async #search(): Promise<void> {
    const run = ++this.#run;
    const query = this.#input.value.trim();
    if (this.#config.mode === 'page') {
      history.replaceState(history.state, '', searchHref({ query, filters: this.#filters, exact: this.#exact }, this.#config.searchPath));
    }
    if (query === '' && !hasFilters(this.#filters)) {
      this.#panel.replaceChildren();
      this.#panel.hidden = this.#config.mode === 'dropdown';
      this.#status.textContent = '';
      return;
    }
    const loading = setTimeout(() => this.#showLoading(run), LOADING_NOTICE_MS);
    const shown = SHOWN[this.#config.mode];
    let outcome: SearchOutcome<PagefindHit> | undefined;
    let hits: PagefindHit[];
    let fragments: ResultFragment[];
    try {
      const client = await this.#client;
      outcome = query === '' ? undefined : await client.search(query, this.#filters, this.#exact);
      hits = outcome ? outcome.hits : await client.browse(this.#filters);
      fragments = await Promise.all(hits.slice(0, shown.results).map((hit) => hit.data()));
    } catch (error) {
      // No index (as under `astro dev`) or a failed download: say so, and offer the ways around it.
      console.error('Search failed:', error);
      this.#showUnavailable(run);
      return;
    } finally {
      clearTimeout(loading);
    }
    if (run !== this.#run) return;
    const views = fragments.map((fragment) => toResultView(fragment, outcome?.words ?? [], shown.sections));
    this.#render(query, outcome, hits.length, views);
  }

  #render(query: string, outcome: SearchOutcome<PagefindHit> | undefined, total: number, views: ResultView[]): void {
    const { strings, locale } = this.#config;
    const kind = outcome?.kind ?? (total > 0 ? 'answered' : 'none');
    const filtered = hasFilters(this.#filters);
    const parts: Node[] = [];
    if (kind === 'answered' || kind === 'corrected') {
      if (outcome?.correctedQuery !== undefined) {
        const originalHref = searchHref({ query, filters: this.#filters, exact: true }, this.#config.searchPath);
        parts.push(correctionNote(outcome.correctedQuery, query, originalHref, this.#config));
      }
      parts.push(resultList(views, this.#config, strings.resultsLabel));
      if (this.#config.mode === 'dropdown') parts.push(allResultsLink(searchHref({ query, filters: noFilters(), exact: false }, this.#config.searchPath), query, this.#config));
      this.#status.textContent = query === ''
        ? plural(strings.browsing, total, locale)
        : plural(strings.results, total, locale, { query: outcome?.correctedQuery ?? query });
    } else {
      // Said first, before anything loosely related. With filters on, the library may well have it,
      // just not for the filters the reader chose.
      const title = fill(filtered ? strings.noResultsFiltered : strings.notFound, { query });
      this.#status.textContent = title;
      if (!this.#statusIsVisible()) parts.push(note(title, 'search-empty-title'));
      if (kind === 'loose') parts.push(heading(strings.someWords, this.#config.mode === 'page'), resultList(views, this.#config, strings.someWordsLabel));
      parts.push(suggestions(strings.noResultsHint, this.#host));
    }
    this.#panel.replaceChildren(...parts);
    this.#open();
    // A search narrowed by filters says more about the filters than about the library.
    if (query !== '' && !filtered) this.#shown(query, kind, views);
  }

  /** Hands the search to the reporter, settled once the reader stops typing. */
  #shown(query: string, kind: SearchOutcome<PagefindHit>['kind'], views: readonly ResultView[]): void {
    this.#reporter.shown({ query, kind, shown: shownPages(views.map((view) => view.url), location.href) });
    clearTimeout(this.#settleTimer);
    this.#settleTimer = setTimeout(() => {
      if (this.#input.value.trim() === query) this.#reporter.settle();
    }, SETTLE_MS);
  }

  /** On the search page the status line is on screen; in the header's dropdown it is for screen readers only. */
  #statusIsVisible(): boolean {
    return this.#config.mode === 'page';
  }

  #showLoading(run: number): void {
    if (run !== this.#run || this.#panel.childElementCount > 0) return;
    this.#panel.replaceChildren(note(this.#config.strings.searching));
    this.#open();
  }

  #open(): void {
    if (this.#config.mode === 'page' || this.#host.contains(document.activeElement)) this.#panel.hidden = false;
  }

  #showUnavailable(run: number): void {
    if (run !== this.#run) return;
    const parts = this.#statusIsVisible() ? [] : [note(this.#config.strings.unavailable, 'search-empty-title')];
    this.#panel.replaceChildren(...parts, suggestions('', this.#host));
    this.#status.textContent = this.#config.strings.unavailable;
    this.#open();
  }
}
