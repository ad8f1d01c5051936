import { describe, expect, it } from 'vitest';
import { escalationMessage, mailtoHref } from '#src/lib/flow/escalation.ts';

const strings = { from: 'From', reachAt: 'Contact', notes: 'Notes' };

describe('the hand-off to the help desk', () => {
  it('puts who and how to reach them above the transcript', () => {
    expect(
      escalationMessage(
        { name: ' Ana ', contact: 'ana@corp.test', details: 'Error 0x80070005' },
        'Problem: No sound',
        strings,
      ),
    ).toBe('From: Ana\nContact: ana@corp.test\nNotes: Error 0x80070005\n\nProblem: No sound');
  });

  it('is just the transcript when the reader typed nothing', () => {
    expect(escalationMessage({ name: '', contact: ' ', details: '' }, 'Problem: No sound', strings)).toBe(
      'Problem: No sound',
    );
  });

  it('encodes subject and body so nothing the reader typed can change the link', () => {
    expect(mailtoHref('help@corp.test', 'Help & more', 'a\nb&cc=x@evil.test')).toBe(
      'mailto:help@corp.test?subject=Help%20%26%20more&body=a%0Ab%26cc%3Dx%40evil.test',
    );
  });
});
