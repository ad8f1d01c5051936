/**
 * The installable app: icons rendered from public/favicon.svg at build, colours from the site's
 * theme, and one manifest per language so the app opens in the language it was installed from.
 */

/** The header background (`--bg-soft` in src/styles/global.css) in each theme, for the browser's title bar. */
export const THEME_COLORS = { light: '#f3f5f8', dark: '#1a1f26' } as const;

/** The page background (`--bg`, light theme) shown while the installed app starts. */
const BACKGROUND_COLOR = '#ffffff';

/** The favicon's circle: a maskable icon fills the whole square with it, so any mask shape looks whole. */
export const MASKABLE_BACKGROUND = '#0a55c7';

export interface PngIcon {
  /** Path from the site root. */
  file: string;
  size: number;
  /** Drawn inside the central safe zone on a full background, for launchers that crop icons to a shape. */
  maskable: boolean;
}

/** The PNG icons the build renders; 192 and 512 pixels are what Android and desktop installs ask for. */
export const PNG_ICONS: readonly PngIcon[] = [
  { file: 'icons/icon-192.png', size: 192, maskable: false },
  { file: 'icons/icon-512.png', size: 512, maskable: false },
  { file: 'icons/icon-maskable-512.png', size: 512, maskable: true },
];

export interface ManifestText {
  name: string;
  description: string;
  lang: string;
  /** Text direction: `ltr` or `rtl`. */
  dir: string;
  /** The language's home page, e.g. `/ms/`. */
  startUrl: string;
}

/** The web app manifest for one language. All languages share one `id`, so they are one app. */
export function webManifest(text: ManifestText): Record<string, unknown> {
  return {
    id: '/',
    name: text.name,
    short_name: text.name,
    description: text.description,
    lang: text.lang,
    dir: text.dir,
    start_url: text.startUrl,
    scope: '/',
    display: 'standalone',
    // One colour here; the page's <meta name="theme-color"> tags give the dark theme its own.
    theme_color: THEME_COLORS.light,
    background_color: BACKGROUND_COLOR,
    icons: [
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      ...PNG_ICONS.map((icon) => ({ src: `/${icon.file}`, sizes: `${icon.size}x${icon.size}`, type: 'image/png', purpose: icon.maskable ? 'maskable' : 'any' })),
    ],
  };
}
