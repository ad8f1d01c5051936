import { getCollection } from 'astro:content';
import type { StoredFlow } from './flow-loader';
import type { Flow } from '~/schemas/flow';
import { articlesLinkedFrom } from '~/lib/flow/linked-articles';

export interface FlowEntry { id: string; flow: Flow; html: Record<string, string> }

let loaded: Promise<FlowEntry[]> | undefined;

/** Every flow, validated by the flow loader when the content was synced. */
export function getFlows(): Promise<FlowEntry[]> {
  loaded ??= getCollection('flows').then((entries) =>
    // The loader stored exactly a StoredFlow after validating it; the collection has no schema of its own.
    entries.map((entry) => ({ id: entry.id, ...(entry.data as StoredFlow) })),
  );
  return loaded;
}

/** Ids of every flow, for checking references from articles. */
export async function getFlowIds(): Promise<Set<string>> {
  return new Set((await getFlows()).map((f) => f.id));
}

/** Flows to suggest on an article: the ones it names, then every flow that links to it. */
export async function getFlowLinks(articleId: string, named: readonly string[]): Promise<Array<{ href: string; title: string; description: string }>> {
  const flows = await getFlows();
  const linking = flows.filter((f) => articlesLinkedFrom(f.flow).has(articleId)).map((f) => f.id);
  const ids = [...new Set([...named, ...linking])];
  return ids
    .map((id) => flows.find((f) => f.id === id))
    .filter((f) => f !== undefined)
    .map((f) => ({ href: `/troubleshoot/${f.id}/`, title: f.flow.title, description: f.flow.description }));
}
