import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flowJsonSchema } from '#src/schemas/flow-json-schema.ts';

const FILE = 'schemas/flow.schema.json';

describe(`${FILE}, the schema editors use to check flow files as they are typed`, () => {
  it('matches the flow schema (after changing the schema, run `npm run schemas`)', () => {
    const current = `${JSON.stringify(flowJsonSchema(), null, 2)}\n`;
    if (process.env['UPDATE_SCHEMAS'] === '1') writeFileSync(FILE, current);
    expect(readFileSync(FILE, 'utf8')).toBe(current);
  });
});
