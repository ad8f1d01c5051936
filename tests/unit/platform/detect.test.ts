import { describe, expect, it } from 'vitest';
import { choosePlatform, detectPlatform } from '#src/lib/platform/detect.ts';

describe('detectPlatform: platform tabs open on the reader\'s own system', () => {
  it.each([
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36', 'windows'],
    ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Version/18.0 Safari/605.1.15', 'macos'],
    ['Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148', 'ios'],
    ['Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36', 'android'],
    ['Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 Chrome/131.0 Safari/537.36', 'chromeos'],
    ['Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0', 'linux'],
  ])('%s → %s', (ua, expected) => {
    expect(detectPlatform(ua)).toBe(expected);
  });

  it('tells an iPad (which reports itself as a Mac) from a Mac by its touch screen', () => {
    const ua = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Version/18.0 Safari/605.1.15';
    expect(detectPlatform(ua, '', 5)).toBe('ios');
  });
});

describe('choosePlatform', () => {
  it('prefers the reader\'s saved choice, then the detected system, then the first tab', () => {
    expect(choosePlatform(['windows', 'macos'], 'macos', 'windows')).toBe('macos');
    expect(choosePlatform(['windows', 'macos'], 'android', 'macos')).toBe('macos');
    expect(choosePlatform(['windows', 'macos'], null, 'linux')).toBe('windows');
  });
});
