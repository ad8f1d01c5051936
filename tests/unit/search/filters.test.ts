import { describe, expect, it } from 'vitest';
import { isSelected, noFilters, toggleFilter, toPagefindFilters } from '#src/lib/search/filters.ts';

describe('toPagefindFilters', () => {
  it('asks for any chosen value within a filter and leaves unused filters out', () => {
    expect(toPagefindFilters({ type: ['article'], category: [], platform: ['windows', 'macos'] })).toEqual({
      type: { any: ['article'] },
      platform: { any: ['windows', 'macos'] },
    });
  });
});

describe('toggleFilter and isSelected: the filter chips’ state', () => {
  it('switches a value on and off, leaving other filters alone', () => {
    const on = toggleFilter({ ...noFilters(), type: ['flow'] }, 'platform', 'windows');
    expect(on).toEqual({ type: ['flow'], category: [], platform: ['windows'] });
    expect(isSelected(on, 'platform', 'windows')).toBe(true);
    expect(toggleFilter(on, 'platform', 'windows').platform).toEqual([]);
  });

  it('ignores unknown filters and values', () => {
    const filters = noFilters();
    expect(toggleFilter(filters, 'colour', 'blue')).toBe(filters);
    expect(toggleFilter(filters, 'platform', 'amiga')).toBe(filters);
    expect(isSelected(filters, 'colour', 'blue')).toBe(false);
  });
});
