import type { APIRoute } from 'astro';
import { flowJsonSchema } from '~/schemas/flow-json-schema';

/** Publishes the flow JSON Schema with the site, so editors anywhere can point at it. */
export const GET: APIRoute = () => new Response(JSON.stringify(flowJsonSchema(), null, 2), { headers: { 'Content-Type': 'application/schema+json' } });
