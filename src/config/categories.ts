import { CATEGORY_IDS, PLATFORM_IDS, type CategoryId, type PlatformId } from '#src/schemas/taxonomy.ts';

/**
 * Icons for each category: simple 24×24 stroke paths, drawn inline so no request leaves the site.
 * Titles and descriptions live in the dictionaries so they can be translated.
 */
export const CATEGORY_ICONS: Record<CategoryId, string> = {
  install: 'M12 3v12m0 0-4-4m4 4 4-4M4 17v3h16v-3',
  setup: 'M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8zm0-5v3m0 12v3M3 12h3m12 0h3M5.6 5.6l2.1 2.1m8.6 8.6 2.1 2.1m0-12.8-2.1 2.1m-8.6 8.6-2.1 2.1',
  networking: 'M2 9a15 15 0 0 1 20 0M5 12.5a10 10 0 0 1 14 0M8.5 16a5 5 0 0 1 7 0M12 19.5h.01',
  os: 'M3 4h18v12H3zM8 20h8m-4-4v4',
  hardware: 'M6 9V3h12v6M6 18H4v-7h16v7h-2M6 14h12v7H6z',
  accounts: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zm-8 9a8 8 0 0 1 16 0',
  security: 'M12 3 4 6v6c0 5 3.5 8 8 9 4.5-1 8-4 8-9V6zm-3 9 2 2 4-4',
  mobile: 'M7 2h10v20H7zM11 18h2',
  software: 'M4 4h16v16H4zM4 9h16M9 20V9',
  support: 'M4 14v-2a8 8 0 0 1 16 0v2M4 14h3v5H4zm13 0h3v5h-3zM20 19a3 3 0 0 1-3 3h-3',
};

/** Categories in the order readers see them; a category's page is `/<id>/` in every language. */
export const categories = CATEGORY_IDS.map((id) => ({ id, icon: CATEGORY_ICONS[id], path: `/${id}/` }));

/** Platform ids in the order tabs and lists show them. Their names are in the dictionaries. */
export type { PlatformId };

export { CATEGORY_IDS, PLATFORM_IDS };
