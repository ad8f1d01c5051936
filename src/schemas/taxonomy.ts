/**
 * The category and platform lists, defined once: the article schema, the flow schema, navigation and
 * the JSON Schema for editors all import them from here.
 */

/** Sections of the help center; an article's folder and a flow's `category` use these ids. */
export const CATEGORY_IDS = [
  'install',
  'setup',
  'networking',
  'os',
  'hardware',
  'accounts',
  'security',
  'mobile',
  'software',
  'support',
] as const;

/** Systems a piece of help applies to. */
export const PLATFORM_IDS = ['windows', 'macos', 'linux', 'chromeos', 'ios', 'android', 'web'] as const;

export type CategoryId = (typeof CATEGORY_IDS)[number];
export type PlatformId = (typeof PLATFORM_IDS)[number];
