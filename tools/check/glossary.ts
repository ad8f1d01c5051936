import { warning, type Problem } from '#src/lib/problems/problem.ts';
import { translationOf } from '#src/lib/content/translations.ts';
import type { SourceFile } from './check-article.ts';

/** One recurring term: the translation to use and the variants not to. */
export interface GlossaryTerm {
  english: string;
  use: string;
  avoid: string[];
}

const cells = (row: string) => row.trim().replace(/^\||\|$/g, '').split('|').map((cell) => cell.trim());

/**
 * The terms of a glossary file (`docs/glossary/<lang>.md`): every table row whose header is
 * English | <language> | Not. Other lines (headings, prose) are left alone.
 */
export function parseGlossary(markdown: string): GlossaryTerm[] {
  const terms: GlossaryTerm[] = [];
  for (const line of markdown.split('\n')) {
    if (!line.trim().startsWith('|') || /^\|\s*-/.test(line.trim())) continue;
    const [english = '', use = '', avoid = ''] = cells(line);
    if (english === 'English' || !use) continue;
    terms.push({ english, use, avoid: avoid.split(',').map((variant) => variant.trim()).filter(Boolean) });
  }
  return terms;
}

/** Fields that hold ids, dates and the keywords readers may type in either language, never words the page shows. */
const NOT_READER_TEXT = /^\s*(-\s+)?(id|next|fixed|notFixed|start|articles|record|when|category|platforms|tags|related|flows|aliases|keywords|verifiedOn|windows|macos|ios|android|linux|chromeos|web|apps|reviewBy|updated|translatedFrom|estimatedMinutes|audience|draft|type):/;

/** Text a reader sees, line by line: without code, commands, link addresses, ids and keywords. */
function readerText(text: string): string[] {
  let inCode = false;
  let inIdList = false;
  return text.split('\n').map((line) => {
    if (/^\s*```/.test(line)) { inCode = !inCode; return ''; }
    // A field written as a list on the lines below it (keywords:\n  - router) is skipped with its items.
    if (inIdList && /^\s*-\s/.test(line)) return '';
    inIdList = NOT_READER_TEXT.test(line) && /:\s*$/.test(line);
    // A node's own id is a key on its own line: `  restart-router:`.
    if (inCode || NOT_READER_TEXT.test(line) || /^\s{2}[a-z0-9-]+:\s*$/.test(line)) return '';
    return line.replace(/`[^`]*`/g, '').replace(/\]\([^)]*\)/g, ']').replace(/<[^>]*>/g, '');
  });
}

/** A variant as a whole word, in any case: "router" but not "routers" in "Routers". */
const wordPattern = (variant: string) => new RegExp(`(?<![\\p{L}\\p{N}])${variant.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu');

/** Warnings for each glossary variant a translation uses, with the line and the term to use instead. */
export function findGlossaryVariants(sources: readonly SourceFile[], glossaries: ReadonlyMap<string, readonly GlossaryTerm[]>): Problem[] {
  const problems: Problem[] = [];
  for (const { file, text } of sources) {
    const locale = translationOf(file)?.locale;
    const terms = locale ? glossaries.get(locale) : undefined;
    if (!terms) continue;
    readerText(text).forEach((line, index) => {
      for (const term of terms) {
        const used = term.avoid.find((variant) => wordPattern(variant).test(line));
        if (used) problems.push(warning({ file, line: index + 1, message: `uses "${used}", which the glossary replaces with "${term.use}" (${term.english}).`, hint: `write "${term.use}", or change docs/glossary/${locale}.md if the glossary is wrong.` }));
      }
    });
  }
  return problems;
}
