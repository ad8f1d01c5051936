import { getCollection } from 'astro:content';
import { isBrokenFlow, type BrokenFlow, type StoredFlow } from './flow-loader.ts';
import type { Flow } from '#src/schemas/flow.ts';
import { articlesLinkedFrom } from '#src/lib/flow/linked-articles.ts';
import { localizeEntries, splitLocaleId } from '#src/lib/content/localize.ts';
import { flowFingerprint } from '#src/lib/content/source-fingerprint.ts';
import { lastCommitDate } from './last-modified.ts';
import { countOf, error, ProblemsError, type Problem } from '#src/lib/problems/problem.ts';
import { DEFAULT_LOCALE, LOCALES, localize, type Locale } from '#src/i18n/index.ts';
import { featured } from '#src/config/featured.ts';
import type { PageLink } from '#src/lib/content/page-link.ts';

export interface FlowEntry {
  /** The flow's id in every language: its English file name. */
  id: string;
  locale: string;
  file: string;
  flow: Flow;
  html: StoredFlow['html'];
  platformHtml: StoredFlow['platformHtml'];
  /** False when the reader's language has no translation yet and the English flow is shown. */
  translated: boolean;
  /** Set when the translation was made from an older English version: when the English last changed. */
  stale?: { englishUpdated: Date | undefined } | undefined;
}

interface LoadedFlows {
  flows: Array<Omit<FlowEntry, 'translated' | 'stale'>>;
  /** Only in `astro dev`: each flow file that failed its checks (the build stops first). */
  broken: Array<{ id: string; locale: string; problems: Problem[] }>;
}

const isDev = import.meta.env.DEV;
let loaded: Promise<LoadedFlows> | undefined;

/** Every flow in every language, validated by the flow loader when the content was synced. */
function getLoadedFlows(): Promise<LoadedFlows> {
  // Cached for the build; in `astro dev` content changes while the server runs, so read it afresh.
  if (loaded && !isDev) return loaded;
  loaded = getCollection('flows').then((entries) => {
    const flows: LoadedFlows['flows'] = [];
    const broken: LoadedFlows['broken'] = [];
    for (const entry of entries) {
      const { locale, id } = splitLocaleId(entry.id, DEFAULT_LOCALE);
      const file = entry.filePath ?? `src/flows/${entry.id}.yaml`;
      // The loader stored exactly a StoredFlow or a BrokenFlow; the collection has no schema of its own.
      const data = entry.data as StoredFlow | BrokenFlow;
      if (isBrokenFlow(data)) broken.push({ id, locale, problems: data.problems });
      else flows.push({ id, locale, file, ...data });
    }
    // A broken original still exists: its translations are not orphans.
    const originals = new Set([...flows, ...broken].filter((f) => f.locale === DEFAULT_LOCALE).map((f) => f.id));
    const orphans = flows
      .filter((f) => f.locale !== DEFAULT_LOCALE && (!(LOCALES as readonly string[]).includes(f.locale) || !originals.has(f.id)))
      .map((f) => error({ file: f.file, field: '(file name)', message: 'is a translation with no English troubleshooter of the same file name.', hint: 'keep the English file name, in a folder named after a language of the site: src/flows/<language>/<id>.yaml.' }));
    if (orphans.length > 0) throw new ProblemsError(`Troubleshooter translations have ${countOf(orphans.length, 'problem')}:`, orphans);
    return { flows, broken };
  });
  return loaded;
}

/** In `astro dev` only: flows with mistakes, whose own pages show them while the rest of the site works. */
export async function getBrokenFlows(): Promise<LoadedFlows['broken']> {
  return (await getLoadedFlows()).broken;
}

const byLocale = new Map<Locale, Promise<FlowEntry[]>>();

/** Every flow in the reader's language, falling back to English where there is no translation. */
export function getFlows(locale: Locale = DEFAULT_LOCALE): Promise<FlowEntry[]> {
  // Every article page asks for these; build the list once per language (afresh in `astro dev`).
  const cached = byLocale.get(locale);
  if (cached && !isDev) return cached;
  const flows = getLoadedFlows().then(({ flows: all }) =>
    localizeEntries(all, locale, DEFAULT_LOCALE).map(({ original, chosen, translated }) => {
      const recorded = chosen.flow.translatedFrom;
      const stale = chosen !== original && recorded && recorded !== flowFingerprint(original.flow) ? { englishUpdated: lastCommitDate(original.file) } : undefined;
      return { ...chosen, translated, stale };
    }));
  byLocale.set(locale, flows);
  return flows;
}

// Every page looks flows up by id (its header's suggestions, an article's related flows): one map per list.
const byIdOf = new WeakMap<FlowEntry[], Map<string, FlowEntry>>();

async function getFlowsById(locale: Locale): Promise<Map<string, FlowEntry>> {
  const flows = await getFlows(locale);
  let byId = byIdOf.get(flows);
  if (!byId) {
    byId = new Map(flows.map((entry) => [entry.id, entry]));
    byIdOf.set(flows, byId);
  }
  return byId;
}

/** The most asked-for troubleshooters, as links in the reader's language: every page's search suggestions name them. */
export async function getFeaturedFlowLinks(locale: Locale): Promise<PageLink[]> {
  const byId = await getFlowsById(locale);
  return featured.flows.flatMap((id) => {
    const entry = byId.get(id);
    return entry ? [{ href: localize(`/troubleshoot/${id}/`, locale), title: entry.flow.title, translated: entry.translated }] : [];
  });
}

/** Ids of every flow, for checking references from articles; a broken flow still exists. */
export async function getFlowIds(): Promise<Set<string>> {
  const { flows, broken } = await getLoadedFlows();
  return new Set([...flows, ...broken].filter((f) => f.locale === DEFAULT_LOCALE).map((f) => f.id));
}

let linkIndex: Promise<Map<string, string[]>> | undefined;

/** For each article id, the flows that link to it: worked out once, not once per article page. */
function flowsLinkingTo(): Promise<Map<string, string[]>> {
  if (linkIndex && !isDev) return linkIndex;
  linkIndex = getFlows().then((flows) => {
    const index = new Map<string, string[]>();
    for (const { id, flow } of flows) for (const article of articlesLinkedFrom(flow)) index.set(article, [...(index.get(article) ?? []), id]);
    return index;
  });
  return linkIndex;
}

/** Flows to suggest on an article: the ones it names, then every flow that links to it. */
export async function getFlowLinks(articleId: string, named: readonly string[], locale: Locale): Promise<Array<{ href: string; title: string; description: string }>> {
  const flows = await getFlowsById(locale);
  const ids = [...new Set([...named, ...((await flowsLinkingTo()).get(articleId) ?? [])])];
  return ids
    .map((id) => flows.get(id))
    .filter((f) => f !== undefined)
    .map((f) => ({ href: localize(`/troubleshoot/${f.id}/`, locale), title: f.flow.title, description: f.flow.description }));
}
