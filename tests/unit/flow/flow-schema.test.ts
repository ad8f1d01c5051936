import { describe, expect, it } from 'vitest';
import { FlowShapeSchema, NODE_TYPES, slugifyLabel } from '#src/schemas/flow.ts';

const minimal = {
  id: 'minimal',
  title: 'My printer won’t print',
  description: 'Find out why.',
  category: 'hardware',
  platforms: ['windows'],
  start: 'done',
  nodes: { done: { type: 'resolved', title: 'It works', body: 'Nothing else to do.' } },
};

describe('FlowShapeSchema', () => {
  it('accepts reviewBy as YAML 1.2 text or as the Date a YAML 1.1 loader makes', () => {
    const fromText = FlowShapeSchema.parse({ ...minimal, reviewBy: '2027-05-23' });
    const fromDate = FlowShapeSchema.parse({ ...minimal, reviewBy: new Date('2027-05-23T00:00:00Z') });
    expect(fromText.reviewBy).toEqual(fromDate.reviewBy);
  });

  it('refuses a reviewBy that is not a calendar date', () => {
    expect(FlowShapeSchema.safeParse({ ...minimal, reviewBy: '2027-02-30' }).success).toBe(false);
  });

  it('refuses a description longer than a search result can show', () => {
    expect(FlowShapeSchema.safeParse({ ...minimal, description: 'x'.repeat(161) }).success).toBe(false);
  });

  it('knows the four node kinds', () => {
    expect(NODE_TYPES).toEqual(['question', 'step', 'resolved', 'escalate']);
  });
});

describe('slugifyLabel', () => {
  it('turns a label into the answer id used in step links', () => {
    expect(slugifyLabel('No, nothing can get online')).toBe('no-nothing-can-get-online');
    expect(slugifyLabel('  I’m not sure!  ')).toBe('i-m-not-sure');
  });
});
