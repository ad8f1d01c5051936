/** HTML that RenderOnce.astro rendered in this build, by its cache key. */
export const renderedOnce = new Map<string, string>();
