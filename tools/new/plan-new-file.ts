import { en } from '#src/i18n/en.ts';
import { CATEGORY_IDS, type CategoryId } from '#src/schemas/taxonomy.ts';
import { didYouMean } from '#src/lib/text/suggest.ts';
import { articleTemplate } from '#src/lib/writers/article-template.ts';
import { flowTemplate } from '#src/lib/writers/flow-template.ts';

/** What the writer typed: `npm run new -- article connect-wifi --category networking`. */
export interface NewFileRequest {
  kind: string | undefined;
  id: string | undefined;
  category: string | undefined;
}

/** The content that exists already, to refuse an id that is taken. Paths from the project root. */
export interface ExistingContent {
  articleFiles: readonly string[];
  flowFiles: readonly string[];
  /** Old addresses articles keep with `aliases`, and the file that keeps each one. */
  aliases: ReadonlyArray<{ alias: string; file: string }>;
}

export type NewFilePlan =
  | { ok: true; file: string; text: string; nextSteps: string[] }
  | { ok: false; message: string };

const KINDS = ['article', 'flow'] as const;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const USAGE = 'npm run new -- article <id> --category <category>, or npm run new -- flow <id> --category <category>';
const DEV_URL = 'http://localhost:4321';

const fail = (message: string, hint: string): NewFilePlan => ({ ok: false, message: `${message} Hint: ${hint}` });
const fileName = (file: string) => (file.split('/').at(-1) ?? file).replace(/\.(mdx|ya?ml)$/, '');

/** "Connect to Wi-Fi!" → "connect-to-wi-fi": the id the writer probably meant. */
const toId = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'your-id';

/** Each category with the title readers see, so a writer can pick one without knowing the ids. */
const CATEGORY_LIST = CATEGORY_IDS.map((id) => `${id} (${en.category[id].title})`).join(', ');

/** Why an id can't be used, with what to do instead; undefined when it is free. */
function whyTaken(kind: 'article' | 'flow', id: string, existing: ExistingContent): { message: string; hint: string } | undefined {
  const files = kind === 'flow' ? existing.flowFiles : existing.articleFiles;
  const file = files.find((candidate) => fileName(candidate) === id);
  if (file) return { message: `"${id}" is taken: ${file} already exists.`, hint: `choose another id, or edit that ${kind}.` };
  const alias = kind === 'article' ? existing.aliases.find((candidate) => candidate.alias === `/articles/${id}/`) : undefined;
  return alias && { message: `"${id}" is taken: /articles/${id}/ is an old address of ${alias.file} (in its aliases), and must keep leading there.`, hint: 'choose another id.' };
}

/**
 * Decides what `npm run new` writes, or why it refuses: a missing or unknown kind, an id that is not
 * lowercase words joined by hyphens or is taken, a missing or unknown category (the message lists them all).
 */
export function planNewFile({ kind, id, category }: NewFileRequest, existing: ExistingContent, today: Date): NewFilePlan {
  if (kind === undefined) return fail('Say what to create: an article or a flow.', `${USAGE}.`);
  const knownKind = KINDS.find((candidate) => candidate === kind);
  if (!knownKind) return fail(`"${kind}" is not something npm run new can create.${didYouMean(kind, KINDS)}`, `${USAGE}.`);
  const example = (exampleId: string, exampleCategory = 'networking') => `npm run new -- ${knownKind} ${exampleId} --category ${exampleCategory}`;
  if (id === undefined) return fail(`Give the new ${knownKind} an id: it becomes its file name and its address.`, `${example(knownKind === 'article' ? 'connect-to-wifi' : 'no-internet')}.`);
  if (!ID.test(id)) {
    return fail(`"${id}" can't be an id: ids are lowercase words joined by hyphens, because they become the address.`, `${example(toId(id), category)}.`);
  }
  const taken = whyTaken(knownKind, id, existing);
  if (taken) return fail(taken.message, taken.hint);
  if (category === undefined) return fail(`Which category is the new ${knownKind} in?`, `add --category with one of: ${CATEGORY_LIST}. For example: ${example(id)}.`);
  const knownCategory: CategoryId | undefined = CATEGORY_IDS.find((candidate) => candidate === category);
  if (!knownCategory) return fail(`"${category}" is not a category.${didYouMean(category, CATEGORY_IDS)}`, `use one of: ${CATEGORY_LIST}.`);
  const preview = `Preview it: npm run dev, then open ${DEV_URL}/${knownKind === 'article' ? 'articles' : 'troubleshoot'}/${id}/`;
  if (knownKind === 'article') {
    return {
      ok: true,
      file: `src/content/articles/${knownCategory}/${id}.mdx`,
      text: articleTemplate(knownCategory, today),
      nextSteps: ['Replace each square-bracketed "Write here" text with your own words; delete the draft: line when it is ready.', preview, 'Before publishing: npm run build, then npm run check.'],
    };
  }
  return {
    ok: true,
    file: `src/flows/${id}.yaml`,
    text: flowTemplate(id, knownCategory, today),
    nextSteps: ['Replace each square-bracketed "Write here" text with your own words, and add the questions and steps your flow needs.', preview, 'Before publishing: npm run build, then npm run check.'],
  };
}
