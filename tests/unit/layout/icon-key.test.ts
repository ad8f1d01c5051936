import { describe, expect, it } from 'vitest';
import { iconKey } from '#src/components/layout/icon-key.ts';

// Icon.astro draws each icon once and reuses the HTML under this key: two uses may share it only
// when they would draw the same SVG, or a parent's scoped styles would miss its icon.
describe('the key an icon is reused under', () => {
  const copy = {};
  const globe = {};

  it('is the same for the same icon with the same attributes, in any order', () => {
    expect(iconKey(copy, { size: 16, 'data-astro-cid-abc': true })).toBe(iconKey(copy, { 'data-astro-cid-abc': true, size: 16 }));
  });

  it('differs for another icon, size, class or parent scope', () => {
    const keys = [
      iconKey(copy, { size: 16 }),
      iconKey(globe, { size: 16 }),
      iconKey(copy, { size: 20 }),
      iconKey(copy, { size: 16, class: 'chevron' }),
      iconKey(copy, { size: 16, 'data-astro-cid-abc': true }),
      iconKey(copy, { size: 16, 'data-astro-cid-xyz': true }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });
});
