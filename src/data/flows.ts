import { getCollection } from 'astro:content';
import { FLOW_PROBLEMS_ID, type StoredFlow } from './flow-loader.ts';
import type { Flow } from '#src/schemas/flow.ts';
import { articlesLinkedFrom } from '#src/lib/flow/linked-articles.ts';
import { DEFAULT_LOCALE, localize, type Locale } from '#src/i18n/index.ts';
import { SUPPORTED_LOCALES } from '#src/schemas/site.ts';

export interface FlowEntry {
  /** The flow's id in every language: its English file name. */
  id: string;
  flow: Flow;
  html: StoredFlow['html'];
  platformHtml: StoredFlow['platformHtml'];
  /** False when the reader's language has no translation yet and the English flow is shown. */
  translated: boolean;
}

let loaded: Promise<Array<FlowEntry & { locale: string }>> | undefined;

/** Every flow in every language, validated by the flow loader when the content was synced. */
function getAllFlows(): Promise<Array<FlowEntry & { locale: string }>> {
  // Cached for the build; in `astro dev` content changes while the server runs, so read it afresh.
  if (loaded && !import.meta.env.DEV) return loaded;
  loaded = getCollection('flows').then((entries) => {
    // Only `astro dev` stores problems instead of failing; throwing here puts them in the error overlay.
    const loadProblems = entries.find((entry) => entry.id === FLOW_PROBLEMS_ID);
    if (loadProblems) throw new Error(String((loadProblems.data as { problems: unknown }).problems));
    const flows = entries.map((entry) => {
      const [first, second] = entry.id.split('/');
      const locale = second === undefined ? DEFAULT_LOCALE : (first ?? DEFAULT_LOCALE);
      // The loader stored exactly a StoredFlow after validating it; the collection has no schema of its own.
      return { id: second ?? first ?? entry.id, locale, translated: true, ...(entry.data as StoredFlow) };
    });
    const originals = new Set(flows.filter((f) => f.locale === DEFAULT_LOCALE).map((f) => f.id));
    const orphans = flows
      .filter((f) => f.locale !== DEFAULT_LOCALE && (!(SUPPORTED_LOCALES as readonly string[]).includes(f.locale) || !originals.has(f.id)))
      .map((f) => `  src/flows/${f.locale}/${f.id}.yaml: a translation needs an English flow with the same file name in src/flows/, in a folder named after a language of the site.`);
    if (orphans.length > 0) throw new Error(`Flow translations with no original:\n${orphans.join('\n')}`);
    return flows;
  });
  return loaded;
}

const byLocale = new Map<Locale, Promise<FlowEntry[]>>();

/** Every flow in the reader's language, falling back to English where there is no translation. */
export function getFlows(locale: Locale = DEFAULT_LOCALE): Promise<FlowEntry[]> {
  // Every article page asks for these; build the list once per language (afresh in `astro dev`).
  const cached = byLocale.get(locale);
  if (cached && !import.meta.env.DEV) return cached;
  const flows = getAllFlows().then((all) => {
    const translations = new Map(all.filter((f) => f.locale === locale).map((f) => [f.id, f]));
    return all
      .filter((f) => f.locale === DEFAULT_LOCALE)
      .map((original) => {
        const translation = locale === DEFAULT_LOCALE ? undefined : translations.get(original.id);
        const chosen = translation ?? original;
        return { id: chosen.id, flow: chosen.flow, html: chosen.html, platformHtml: chosen.platformHtml, translated: locale === DEFAULT_LOCALE || translation !== undefined };
      });
  });
  byLocale.set(locale, flows);
  return flows;
}

/** Ids of every flow, for checking references from articles. */
export async function getFlowIds(): Promise<Set<string>> {
  return new Set((await getFlows()).map((f) => f.id));
}

let linkIndex: Promise<Map<string, string[]>> | undefined;

/** For each article id, the flows that link to it: worked out once, not once per article page. */
function flowsLinkingTo(): Promise<Map<string, string[]>> {
  if (linkIndex && !import.meta.env.DEV) return linkIndex;
  linkIndex = getFlows().then((flows) => {
    const index = new Map<string, string[]>();
    for (const { id, flow } of flows) for (const article of articlesLinkedFrom(flow)) index.set(article, [...(index.get(article) ?? []), id]);
    return index;
  });
  return linkIndex;
}

/** Flows to suggest on an article: the ones it names, then every flow that links to it. */
export async function getFlowLinks(articleId: string, named: readonly string[], locale: Locale): Promise<Array<{ href: string; title: string; description: string }>> {
  const flows = new Map((await getFlows(locale)).map((f) => [f.id, f]));
  const ids = [...new Set([...named, ...((await flowsLinkingTo()).get(articleId) ?? [])])];
  return ids
    .map((id) => flows.get(id))
    .filter((f) => f !== undefined)
    .map((f) => ({ href: localize(`/troubleshoot/${f.id}/`, locale), title: f.flow.title, description: f.flow.description }));
}
