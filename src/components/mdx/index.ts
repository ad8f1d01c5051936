import AppliesTo from './AppliesTo.astro';
import Callout from './Callout.astro';
import CommandBlock from './CommandBlock.astro';
import Figure from './Figure.astro';
import Kbd from './Kbd.astro';
import Platform from './Platform.astro';
import PlatformTabs from './PlatformTabs.astro';
import Steps from './Steps.astro';

/** The writer's kit: every component an article may use without importing it. */
export const mdxComponents = { AppliesTo, Callout, CommandBlock, Figure, Kbd, Platform, PlatformTabs, Steps };
