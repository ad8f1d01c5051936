/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFlowFile } from '#src/lib/flow/parse-flow.ts';
import { flowTranscript, markdownToPlainText } from '#src/lib/flow/transcript.ts';
import { en } from '#src/i18n/en.ts';
import { ms } from '#src/i18n/ms.ts';

const strings = en.flow.transcript;

const file = 'tests/fixtures/flows/valid-minimal.yaml';
const flow = parseFlowFile(readFileSync(file, 'utf8'), file);
const url = 'https://help.example.com/troubleshoot/valid-minimal/?which-computer=mac';

describe('flowTranscript', () => {
  it('writes down an escalation the way a help-desk ticket needs it', () => {
    const answers = [
      { node: 'which-computer', answer: 'mac' },
      { node: 'printer-on', answer: 'light-on' },
      { node: 'restart-printer', answer: 'no' },
      { node: 'check-queue', answer: 'no-error' },
    ];
    expect(flowTranscript(flow, answers, { url, strings, platformLabel: (id) => (id === 'macos' ? 'Mac' : id) })).toBe(
      `Problem: My printer won't print
Platform: Mac

- What kind of computer are you printing from? Mac
- Is the printer's power light on? Yes, it's on
- Tried: Restart the printer: didn't fix it
- Does the print queue show an error? No error

Outcome: Escalated: Contact the help desk
Link: ${url}`,
    );
  });

  it('says what fixed it', () => {
    const answers = [
      { node: 'which-computer', answer: 'windows-computer' },
      { node: 'printer-on', answer: 'light-on' },
      { node: 'restart-printer', answer: 'yes' },
    ];
    expect(flowTranscript(flow, answers, { url, strings })).toBe(
      `Problem: My printer won't print
Platform: windows

- What kind of computer are you printing from? Windows computer
- Is the printer's power light on? Yes, it's on
- Tried: Restart the printer: fixed it

Outcome: Resolved: Restarting the printer fixed it
Link: ${url}`,
    );
  });

  it('says which question the reader is on when they have not finished', () => {
    expect(flowTranscript(flow, [], { url, strings })).toBe(
      `Problem: My printer won't print

Outcome: In progress: What kind of computer are you printing from?
Link: ${url}`,
    );
  });

  it('uses the words it is given, so agents in other languages get their own', () => {
    const text = flowTranscript(
      flow,
      [
        { node: 'which-computer', answer: 'mac' },
        { node: 'printer-on', answer: 'light-on' },
        { node: 'restart-printer', answer: 'no' },
      ],
      { url, strings: ms.flow.transcript },
    );
    expect(text).toContain('- Dicuba: Restart the printer: tidak berjaya');
    expect(text).toContain('Keputusan: Dalam proses: Does the print queue show an error?');
  });
});

describe('markdownToPlainText', () => {
  it('keeps the words and the link targets, and drops the formatting', () => {
    expect(
      markdownToPlainText('Select **Start**, then *Settings*. See [Flush DNS](/articles/flush-dns/) and `ipconfig`.'),
    ).toBe('Select Start, then Settings. See Flush DNS (/articles/flush-dns/) and ipconfig.');
  });

  it('leaves snake_case words and lone asterisks alone', () => {
    expect(markdownToPlainText('Open my_file_name and press * twice')).toBe('Open my_file_name and press * twice');
  });
});
