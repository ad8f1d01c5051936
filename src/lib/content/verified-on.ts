import type { VerifiedOn } from '#src/schemas/article.ts';
import { PLATFORM_IDS, type PlatformId } from '#src/schemas/taxonomy.ts';

/**
 * Each version an article was checked on, as the reader sees it: the product's name (which is never
 * translated) before the version, in the platform list's order, then the apps: "Windows 11 24H2",
 * "macOS 15 Sequoia", "Microsoft Teams". A platform whose versions name themselves ("Ubuntu 24.04")
 * has an empty product name.
 */
export function versionLabels(verifiedOn: VerifiedOn, productNames: Readonly<Record<PlatformId, string>>): string[] {
  const platforms = PLATFORM_IDS.flatMap((platform) => (verifiedOn[platform] ?? []).map((version) => `${productNames[platform]} ${version}`.trim()));
  return [...platforms, ...(verifiedOn.apps ?? [])];
}
