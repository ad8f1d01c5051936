import { CATEGORY_IDS, PLATFORM_IDS, type PlatformId } from '#src/schemas/taxonomy.ts';

/**
 * Categories in the order readers see them; a category's page is `/<id>/` in every language. Titles
 * and descriptions live in the dictionaries so they can be translated; icons in CategoryIcon.astro.
 */
export const categories = CATEGORY_IDS.map((id) => ({ id, path: `/${id}/` }));

/** Platform ids in the order tabs and lists show them. Their names are in the dictionaries. */
export type { PlatformId };

export { CATEGORY_IDS, PLATFORM_IDS };
