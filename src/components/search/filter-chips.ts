import { hasFilters, isSelected, noFilters, toggleFilter, type SelectedFilters } from '#src/lib/search/filters.ts';

/**
 * The filter chips on /search/ (SearchFilters.astro): toggle buttons whose pressed state mirrors
 * the chosen filters, and a "Clear filters" button shown while any is chosen.
 */
export class FilterChips {
  readonly #box: HTMLDetailsElement;
  #filters: SelectedFilters;

  constructor(box: HTMLDetailsElement, initial: SelectedFilters, onChange: (filters: SelectedFilters) => void) {
    this.#box = box;
    this.#filters = initial;
    box.hidden = false;
    // Open only where there is room for them and the first results (a laptop's 1366×768 has not).
    box.open = matchMedia('(min-width: 48rem) and (min-height: 56rem)').matches;
    box.addEventListener('click', (event) => {
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      if (!button) return;
      this.#filters = button.hasAttribute('data-clear-filters')
        ? noFilters()
        : toggleFilter(this.#filters, button.dataset['filter'] ?? '', button.dataset['value'] ?? '');
      this.#show();
      onChange(this.#filters);
    });
    this.#show();
  }

  /** Hides values no page has (say, Linux before any Linux article): they would only lead to nothing. */
  hideAbsent(counts: Record<string, Record<string, number>>): void {
    for (const button of this.#buttons()) {
      const { filter = '', value = '' } = button.dataset;
      button.hidden = !counts[filter]?.[value] && !isSelected(this.#filters, filter, value);
    }
  }

  #buttons(): HTMLButtonElement[] {
    return [...this.#box.querySelectorAll<HTMLButtonElement>('button[data-filter]')];
  }

  #show(): void {
    for (const button of this.#buttons()) {
      button.setAttribute('aria-pressed', String(isSelected(this.#filters, button.dataset['filter'] ?? '', button.dataset['value'] ?? '')));
    }
    const clear = this.#box.querySelector<HTMLButtonElement>('[data-clear-filters]');
    if (clear) clear.hidden = !hasFilters(this.#filters);
    // "Filters (2)": how many are on, visible while they are folded away.
    const count = this.#box.querySelector('[data-filter-count]');
    const on = Object.values(this.#filters).reduce((sum, values) => sum + values.length, 0);
    if (count) count.textContent = on > 0 ? `(${on})` : '';
  }
}
