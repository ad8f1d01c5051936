import { describe, expect, it } from 'vitest';
import { closestMatch, didYouMean } from '#src/lib/text/suggest.ts';

describe('did-you-mean suggestions for writers', () => {
  it('suggests the allowed value a typo was meant to be', () => {
    expect(closestMatch('netwroking', ['install', 'networking', 'os'])).toBe('networking');
    expect(didYouMean('warnng', ['note', 'tip', 'warning', 'danger'])).toBe(' Did you mean "warning"?');
  });
  it('suggests nothing when no value is close', () => {
    expect(closestMatch('printers', ['install', 'os'])).toBeUndefined();
    expect(didYouMean(42, ['os'])).toBe('');
  });
});
