import { z } from 'astro/zod';
import { FlowShapeSchema } from './flow.ts';

/**
 * The flow schema as JSON Schema, for editors: the YAML language server reads it to complete fields,
 * show each field's description and underline mistakes while a writer types.
 */
export function flowJsonSchema(): Record<string, unknown> {
  // `input`: editors check what writers type (answer ids optional, dates as strings), not the parsed result.
  const schema = z.toJSONSchema(FlowShapeSchema, {
    target: 'draft-07',
    io: 'input',
    unrepresentable: 'any',
    // A YAML date that a loader turned into a Date was written as text, so editors should expect text.
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema._zod.def.type === 'date') Object.assign(jsonSchema, { type: 'string', format: 'date' });
    },
  });
  return {
    ...schema,
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Troubleshooting flow',
    description: 'A guided troubleshooting flow, src/flows/<id>.yaml. See docs/content-format.md, section "Flows".',
  };
}
