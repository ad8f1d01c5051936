import { describe, expect, it } from 'vitest';
import { formatSize } from '#src/lib/offline/budget.ts';
import { PNG_ICONS, THEME_COLORS, webManifest } from '#src/lib/offline/web-manifest.ts';

describe('webManifest', () => {
  const manifest = webManifest({ name: 'Help Center', description: 'Fix it yourself.', lang: 'ms', dir: 'ltr', startUrl: '/ms/' });

  it('opens the installed app in the language it was installed from, as one app for every language', () => {
    expect(manifest).toMatchObject({ id: '/', scope: '/', start_url: '/ms/', lang: 'ms', display: 'standalone', name: 'Help Center' });
  });

  it('lists the SVG, every rendered PNG and a maskable icon, with the light theme colour', () => {
    const icons = manifest['icons'] as Array<{ src: string; purpose: string }>;
    expect(icons.map((icon) => icon.src)).toEqual(['/favicon.svg', ...PNG_ICONS.map((icon) => `/${icon.file}`)]);
    expect(icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
    expect(manifest['theme_color']).toBe(THEME_COLORS.light);
  });
});

describe('formatSize', () => {
  it('prints sizes the way the build log reads best', () => {
    expect(formatSize(3_140_000)).toBe('3.1 MB');
    expect(formatSize(45_300)).toBe('45 kB');
    expect(formatSize(12)).toBe('1 kB');
  });
});
