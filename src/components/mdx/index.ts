import AppliesTo from './AppliesTo.astro';
import Callout from './Callout.astro';
import CommandBlock from './CommandBlock.astro';
import Figure from './Figure.astro';
import Kbd from './Kbd.astro';
import Platform from './Platform.astro';
import PlatformTabs from './PlatformTabs.astro';
import Steps from './Steps.astro';
import type { MdxComponentName } from '#src/schemas/mdx-props.ts';

/** The writer's kit: every component an article may use without importing it. */
// The names the build checks articles against are listed once, beside the props: this object must hold exactly those.
export const mdxComponents = { AppliesTo, Callout, CommandBlock, Figure, Kbd, Platform, PlatformTabs, Steps } satisfies Record<MdxComponentName, unknown>;
