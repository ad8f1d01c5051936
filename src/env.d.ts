/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Language of the page being rendered, read by components deep in MDX content. */
    locale?: import('./i18n/index.ts').Locale;
    /** Source file of the article being rendered, so a writer's mistake in a component names it. */
    contentFile?: string | undefined;
    /** That file's text, read when a component in it has a mistake, to name the line. */
    contentSource?: (() => string) | undefined;
    /** Counter for ids that must be unique within one page (platform tab sets). */
    nextId?: number;
  }
}
