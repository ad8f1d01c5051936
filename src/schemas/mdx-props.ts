import type { ImageMetadata } from 'astro';
import { z } from 'astro/zod';
import { PLATFORM_IDS } from './taxonomy.ts';

// The props each writer's component accepts, checked by checkProps with a message that names the fix.
// They live here, not in each component's frontmatter, because frontmatter runs on every render: a
// schema built there is built (and compiled by Zod on its first parse) again for every <Kbd> of every
// page, about 40 µs each, half a millisecond an article.

/** Every component an article may use without importing it (src/components/mdx/index.ts provides them). */
export const MDX_COMPONENT_NAMES = ['AppliesTo', 'Callout', 'CommandBlock', 'Figure', 'Kbd', 'Platform', 'PlatformTabs', 'Steps'] as const;
export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number];

export const AppliesToProps = z.strictObject({
  platforms: z.array(z.enum(PLATFORM_IDS)).min(1, 'list at least one platform, e.g. platforms={["windows"]}'),
});

export const CalloutProps = z.strictObject({
  type: z.enum(['note', 'tip', 'warning', 'danger']).default('note'),
  title: z.string().min(1, 'give a short title, or leave title out').optional(),
});

export const FigureProps = z.strictObject({
  src: z.custom<ImageMetadata>((v) => typeof v === 'object' && v !== null && 'src' in v, 'import the image from src/assets/ and pass it as src={image}'),
  alt: z.string().trim().min(1, 'say what the reader needs to see in the image, e.g. alt="The Wi-Fi icon at the bottom right of the taskbar"'),
  caption: z.string().trim().min(1, 'add a short caption under the image'),
  width: z.number().int().positive().optional(),
});

export const KbdProps = z.strictObject({
  keys: z.string().regex(/^[^+]+(\+[^+]+)*$|^\+$/, 'write keys joined by "+", e.g. keys="Ctrl+Shift+Esc"'),
});

export const PlatformProps = z.strictObject({ name: z.enum(PLATFORM_IDS) });

export const StepsProps = z.strictObject({});
