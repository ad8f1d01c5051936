import { describe, expect, it } from 'vitest';
import { findGlossaryVariants, parseGlossary } from '../../../tools/check/glossary.ts';
import { findLinkTextMismatches } from '../../../tools/check/link-text.ts';

const GLOSSARY = `# Malay glossary

Prose about register.

| English | Malay | Not |
| --- | --- | --- |
| router | penghala | router |
| Settings (Windows) | Tetapan | Pengaturan, Seting |
| app | aplikasi | |
`;

describe('glossary', () => {
  const terms = parseGlossary(GLOSSARY);

  it('reads each row of the tables: the term, the one translation and the variants not to use', () => {
    expect(terms).toEqual([
      { english: 'router', use: 'penghala', avoid: ['router'] },
      { english: 'Settings (Windows)', use: 'Tetapan', avoid: ['Pengaturan', 'Seting'] },
      { english: 'app', use: 'aplikasi', avoid: [] },
    ]);
  });

  it('warns on a variant a reader would see, with its line, and not in ids, keywords, links or code', () => {
    const text = [
      '---',
      'title: Mulakan semula router anda',
      'related: [restart-router]',
      'keywords: [router, penghala]',
      '---',
      'Buka [Tetapan](/ms/articles/restart-router/).',
      '```sh title="Gesaan Arahan"',
      'router --help',
      '```',
      'Buka **Pengaturan**.',
    ].join('\n');
    const problems = findGlossaryVariants([{ file: 'src/content/articles/ms/networking/restart-router.mdx', text }], new Map([['ms', terms]]));
    expect(problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      '2: uses "router", which the glossary replaces with "penghala" (router).',
      '10: uses "Pengaturan", which the glossary replaces with "Tetapan" (Settings (Windows)).',
    ]);
  });

  it('leaves English pages alone', () => {
    expect(findGlossaryVariants([{ file: 'src/content/articles/networking/restart-router.mdx', text: 'Restart the router.' }], new Map([['ms', terms]]))).toEqual([]);
  });
});

describe('link text', () => {
  const sources = [
    { file: 'src/content/articles/networking/restart-router.mdx', text: '---\ntitle: Restart your router the right way\n---\n' },
    { file: 'src/flows/slow-wifi.yaml', text: 'id: slow-wifi\ntitle: Slow or dropping Wi-Fi\n' },
    { file: 'src/content/articles/ru/networking/restart-router.mdx', text: '---\ntitle: Как правильно перезагрузить роутер\n---\n' },
  ];

  it('warns when a link names a page differently from its title, in the page\'s language', () => {
    const page = {
      file: 'src/content/articles/networking/connect-wifi.mdx',
      text: '---\ntitle: Connect\n---\nSee [My Wi-Fi is slow](/troubleshoot/slow-wifi/), [Restart your router the right way](/articles/restart-router/)\nand [restart your router the right way](/articles/restart-router/) and [this step](/articles/restart-router/#step-2).',
    };
    const ru = { file: 'src/content/articles/ru/networking/connect-wifi.mdx', text: '---\ntitle: Подключение\n---\n[Перезагрузите роутер](/ru/articles/restart-router/)' };
    expect(findLinkTextMismatches([...sources, page, ru]).map((p) => `${p.file}:${p.line} ${p.message}`)).toEqual([
      'src/content/articles/networking/connect-wifi.mdx:4 the link text "My Wi-Fi is slow" names /troubleshoot/slow-wifi/ differently from its title, "Slow or dropping Wi-Fi".',
      'src/content/articles/ru/networking/connect-wifi.mdx:4 the link text "Перезагрузите роутер" names /ru/articles/restart-router/ differently from its title, "Как правильно перезагрузить роутер".',
    ]);
  });
});
