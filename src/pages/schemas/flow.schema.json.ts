import type { APIRoute } from 'astro';
import { flowJsonSchema } from '#src/schemas/flow-json-schema.ts';

/** Publishes the flow JSON Schema with the site, so editors anywhere can point at it. */
export const GET: APIRoute = () => new Response(JSON.stringify(flowJsonSchema(), null, 2), { headers: { 'Content-Type': 'application/schema+json' } });
