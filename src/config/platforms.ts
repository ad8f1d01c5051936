import type { PlatformId } from '#src/schemas/taxonomy.ts';

/**
 * The product name written before a version number ("Windows 11 24H2", "iOS 18"). Product names are the
 * same in every language; Linux and web versions name their product themselves ("Ubuntu 24.04", "Chrome").
 */
export const PLATFORM_PRODUCT_NAMES: Readonly<Record<PlatformId, string>> = {
  windows: 'Windows',
  macos: 'macOS',
  linux: '',
  chromeos: 'ChromeOS',
  ios: 'iOS',
  android: 'Android',
  web: '',
};
