import type { PlatformId } from '#src/schemas/taxonomy.ts';

/**
 * The reader's system, guessed from what the browser reports, so platform tabs open on the right
 * steps. `uaPlatform` is `navigator.userAgentData.platform` where the browser has it.
 * iPadOS reports itself as a Mac; `touchPoints` tells the two apart.
 */
export function detectPlatform(userAgent: string, uaPlatform = '', touchPoints = 0): PlatformId | undefined {
  const ua = `${uaPlatform} ${userAgent}`;
  if (/CrOS|Chrome OS/i.test(ua)) return 'chromeos';
  if (/Android/i.test(ua)) return 'android';
  if (/iPhone|iPad|iPod|iOS/i.test(ua)) return 'ios';
  if (/Mac/i.test(ua)) return touchPoints > 1 ? 'ios' : 'macos';
  if (/Windows|Win32|Win64/i.test(ua)) return 'windows';
  if (/Linux|X11/i.test(ua)) return 'linux';
  return undefined;
}

/** Which tab to open: the reader's saved choice, else their detected system, else the first tab. */
export function choosePlatform(available: readonly string[], saved: string | null, detected: string | undefined): string | undefined {
  if (saved && available.includes(saved)) return saved;
  if (detected && available.includes(detected)) return detected;
  return available[0];
}
