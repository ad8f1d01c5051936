import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '#src/schemas/article.ts';
import { versionLabels } from '#src/lib/content/verified-on.ts';
import { PLATFORM_PRODUCT_NAMES } from '#src/config/platforms.ts';

const article = { title: 'Connect to Wi-Fi', description: 'Join a network.', category: 'networking', platforms: ['windows'], estimatedMinutes: 5 };
const verifiedOn = (value: unknown) => ArticleSchema.parse({ ...article, verifiedOn: value }).verifiedOn ?? {};

describe('verifiedOn', () => {
  it('puts each product name before its versions, in the platform list order, apps last', () => {
    const parsed = verifiedOn({ apps: ['Microsoft Teams'], ios: [18, 26], windows: ['11 24H2', '11 25H2'], linux: 'Ubuntu 24.04 LTS' });
    expect(versionLabels(parsed, PLATFORM_PRODUCT_NAMES)).toEqual(['Windows 11 24H2', 'Windows 11 25H2', 'Ubuntu 24.04 LTS', 'iOS 18', 'iOS 26', 'Microsoft Teams']);
  });

  it('is joined the way each language joins a list, with no English word in Russian', () => {
    const labels = versionLabels(verifiedOn({ windows: '11 24H2', macos: '15 Sequoia' }), PLATFORM_PRODUCT_NAMES);
    expect(new Intl.ListFormat('ru', { type: 'conjunction' }).format(labels)).toBe('Windows 11 24H2 и macOS 15 Sequoia');
    expect(new Intl.ListFormat('ms', { type: 'conjunction' }).format(labels)).toBe('Windows 11 24H2 dan macOS 15 Sequoia');
  });

  it('refuses prose and unknown platforms', () => {
    expect(ArticleSchema.safeParse({ ...article, verifiedOn: 'Windows 11 24H2 and 25H2' }).success).toBe(false);
    expect(ArticleSchema.safeParse({ ...article, verifiedOn: { windos: '11' } }).success).toBe(false);
  });
});
