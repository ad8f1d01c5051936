/// <reference types="node" />
import { globSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseFlowFile } from '#src/lib/flow/parse-flow.ts';
import { enumerateFlowPaths } from '#src/lib/flow/paths.ts';
import { encodeAnswers } from '#src/lib/flow/url-state.ts';

/** WRITING.md: a reader should reach a resolution or a person within about eight answers; ten is the hard limit. */
const MOST_ANSWERS = 10;

const root = fileURLToPath(new URL('../../../', import.meta.url));
// Globbed when the tests run, so a flow added tomorrow is checked without touching this file.
const flowFiles = globSync('src/flows/*.yaml', { cwd: root }).sort();
const articleIds = new Set(
  globSync('src/content/articles/**/*.mdx', { cwd: root }).map((file) => basename(file, '.mdx')),
);

it('knows the article ids that flows may link to', () => {
  expect(articleIds.size).toBeGreaterThan(0);
});

describe.each(flowFiles)('%s', (file) => {
  // A FlowError's message starts with the file name and lists each problem with its line.
  const parse = () => parseFlowFile(readFileSync(join(root, file), 'utf8'), file, articleIds);

  it('passes every schema and graph check', () => {
    expect(parse).not.toThrow();
  });

  it(`ends every path at a resolved or escalate node within ${MOST_ANSWERS} answers`, () => {
    const flow = parse();
    const badPaths = enumerateFlowPaths(flow).flatMap((path) => {
      const link = `${file} ?${encodeAnswers(path.answers)}`;
      if (path.outcome === 'dead-end') return [`${link} stops at "${path.end}" with no answer to choose`];
      if (path.answers.length > MOST_ANSWERS)
        return [`${link} needs ${path.answers.length} answers to reach "${path.end}"`];
      return [];
    });
    expect(badPaths).toEqual([]);
  });
});
