import { describe, expect, it } from 'vitest';
import { flowJsonSchema } from '#src/schemas/flow-json-schema.ts';

describe('flowJsonSchema', () => {
  const schema = flowJsonSchema();
  const properties = schema['properties'] as Record<string, { description?: string; enum?: string[] }>;

  it('names itself for the editor', () => {
    expect(schema).toMatchObject({
      $schema: 'http://json-schema.org/draft-07/schema#',
      title: 'Troubleshooting flow',
      additionalProperties: false,
    });
  });

  it('describes every top-level field, so editors show help on hover', () => {
    for (const [field, property] of Object.entries(properties)) {
      expect(property.description, field).toEqual(expect.any(String));
    }
  });

  it('lets writers leave out what the parser fills in', () => {
    expect(schema['required']).toEqual(['id', 'title', 'description', 'category', 'platforms', 'start', 'nodes']);
  });

  it('offers the categories as completions', () => {
    expect(properties['category']?.enum).toContain('networking');
  });
});
