/// <reference types="node" />
import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFlowFile, parseFlowWithLines, soundFlowOrUndefined } from '#src/lib/flow/parse-flow.ts';
import { ProblemsError } from '#src/lib/problems/problem.ts';

const ARTICLES = new Set(['printer-offline', 'restart-router']);

function fixture(name: string) {
  const file = `tests/fixtures/flows/${name}.yaml`;
  return { file, text: readFileSync(file, 'utf8') };
}

/** The message a writer sees for a flow file, or a failure if the file parses. */
function messageOf(text: string, file: string): string {
  try {
    parseFlowFile(text, file, ARTICLES);
  } catch (error) {
    expect(error).toBeInstanceOf(ProblemsError);
    return (error as ProblemsError).message;
  }
  throw new Error(`${file} parsed without a problem`);
}

const messageFor = (name: string) => {
  const { file, text } = fixture(name);
  return messageOf(text, file);
};

describe('parseFlowFile with a valid flow', () => {
  const { file, text } = fixture('valid-minimal');
  const flow = parseFlowFile(text, file, ARTICLES);

  it('gives each answer without an id a slug of its label', () => {
    const question = flow.nodes['which-computer'];
    expect(question?.type === 'question' && question.answers.map((answer) => answer.id)).toEqual([
      'windows-computer',
      'mac',
    ]);
  });

  it('keeps ids the writer chose', () => {
    const question = flow.nodes['printer-on'];
    expect(question?.type === 'question' && question.answers.map((answer) => answer.id)).toEqual([
      'light-on',
      'light-off',
    ]);
  });

  it('reads reviewBy as a date', () => {
    expect(flow.reviewBy?.toISOString()).toBe('2027-05-23T00:00:00.000Z');
  });

  it('defaults keywords to an empty list', () => {
    const withoutKeywords = text.replace('keywords: [printer, offline]\n', '');
    expect(parseFlowFile(withoutKeywords, file).keywords).toEqual([]);
  });

  it('checks article links only when it knows the articles', () => {
    const { file: brokenFile, text: brokenText } = fixture('link-to-missing-article');
    expect(parseFlowFile(brokenText, brokenFile).id).toBe('link-to-missing-article');
  });
});

describe('the quick reading of a flow without problems', () => {
  // Every real flow, in every language: each must take the quick way and read exactly as with lines.
  const realFlows = globSync('src/flows/**/*.yaml').sort();

  it.each(realFlows)('%s reads the same quickly as with every value\'s line', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(soundFlowOrUndefined(text, file)).toEqual(parseFlowWithLines(text, file));
  });

  it('leaves a flow with a problem to the reading that names its line', () => {
    const { file, text } = fixture('duplicate-node-id');
    expect(soundFlowOrUndefined(text, file, ARTICLES)).toBeUndefined();
    const misnamed = fixture('valid-minimal');
    expect(soundFlowOrUndefined(misnamed.text, 'src/flows/another-name.yaml', ARTICLES)).toBeUndefined();
  });
});

describe('parseFlowFile error messages', () => {
  it('names a start node that does not exist, and the nearest one', () => {
    expect(messageFor('missing-start')).toBe(
      `tests/fixtures/flows/missing-start.yaml has 1 problem:
  tests/fixtures/flows/missing-start.yaml:6 start: "printer-of" is not a node in this flow, so the flow has nowhere to begin. Hint: did you mean "printer-on"?`,
    );
  });

  it('names a node that nothing leads to', () => {
    expect(messageFor('unreachable-node')).toBe(
      `tests/fixtures/flows/unreachable-node.yaml has 1 problem:
  tests/fixtures/flows/unreachable-node.yaml:16 nodes.check-paper: is never shown: no answer or step leads to it from the start node "printer-on". Hint: point a next:, fixed: or notFixed: at "check-paper", or delete the node.`,
    );
  });

  it('points at the second of two nodes with the same id', () => {
    expect(messageFor('duplicate-node-id')).toBe(
      `tests/fixtures/flows/duplicate-node-id.yaml has 1 problem:
  tests/fixtures/flows/duplicate-node-id.yaml:20 nodes.fixed: this node id is used twice. Hint: node ids must be unique: rename one of the two nodes and update the links to it.`,
    );
  });

  it('suggests the node a broken link probably meant', () => {
    expect(messageFor('link-to-missing-node')).toBe(
      `tests/fixtures/flows/link-to-missing-node.yaml has 1 problem:
  tests/fixtures/flows/link-to-missing-node.yaml:21 nodes.restart-printer.notFixed: goes to "call-the-help-desk", but there is no node with that id. Hint: did you mean "call-help-desk"?`,
    );
  });

  it('lists missing articles from both the articles list and Markdown links', () => {
    expect(messageFor('link-to-missing-article')).toBe(
      `tests/fixtures/flows/link-to-missing-article.yaml has 2 problems:
  tests/fixtures/flows/link-to-missing-article.yaml:11 nodes.restart-printer.body: links to /articles/printer-offlin/, which is not an article. Hint: did you mean "printer-offline"?
  tests/fixtures/flows/link-to-missing-article.yaml:14 nodes.restart-printer.articles[1]: "replace-toner" is not an article. Hint: use the file name of an article in src/content/articles, without .mdx.`,
    );
  });

  it('names the nodes of a loop with no way out', () => {
    expect(messageFor('loop-without-exit')).toBe(
      `tests/fixtures/flows/loop-without-exit.yaml has 1 problem:
  tests/fixtures/flows/loop-without-exit.yaml:16 nodes.restart-printer: "restart-printer" and "check-cable" lead only to each other, so a reader there can never reach a resolved or escalate node. Hint: point one of their answers (or a notFixed:) at a resolved or escalate node, such as who to contact.`,
    );
  });

  it('says which recorded facts leave a question without answers, and how the reader got there', () => {
    expect(messageFor('dead-end-question')).toBe(
      `tests/fixtures/flows/dead-end-question.yaml has 1 problem:
  tests/fixtures/flows/dead-end-question.yaml:24 nodes.open-queue.answers: every answer is hidden by its when: when platform is "linux" (after which-computer: linux-computer), so the reader is stuck. Hint: add an answer without when:, or widen a when: so it covers this case.`,
    );
  });

  it('lists the node types when a type is misspelled', () => {
    expect(messageFor('unknown-node-type')).toBe(
      `tests/fixtures/flows/unknown-node-type.yaml has 1 problem:
  tests/fixtures/flows/unknown-node-type.yaml:9 nodes.check-cable.type: "stepp" is not a node type. Hint: did you mean "step"? Allowed: question, step, resolved, escalate.`,
    );
  });

  it('reports a misspelled field once, with the field it meant', () => {
    expect(messageFor('unknown-field')).toBe(
      `tests/fixtures/flows/unknown-field.yaml has 1 problem:
  tests/fixtures/flows/unknown-field.yaml:10 nodes.restart-printer.titel: "titel" is not a field of a step node. Hint: did you mean "title"? A step node can have: type, title, body, byPlatform, articles, fixed, notFixed.`,
    );
  });

  it('suggests the closest category', () => {
    expect(messageFor('bad-category')).toBe(
      `tests/fixtures/flows/bad-category.yaml has 1 problem:
  tests/fixtures/flows/bad-category.yaml:4 category: "netwroking" is not a category. Hint: did you mean "networking"? Allowed: install, setup, networking, os, hardware, accounts, security, mobile, software, support.`,
    );
  });

  it('requires the id to match the file name', () => {
    expect(messageFor('id-does-not-match-file')).toBe(
      `tests/fixtures/flows/id-does-not-match-file.yaml has 1 problem:
  tests/fixtures/flows/id-does-not-match-file.yaml:1 id: is "printer-wont-print", but the file is named id-does-not-match-file.yaml. Hint: make them the same: set id: id-does-not-match-file, or rename the file to printer-wont-print.yaml.`,
    );
  });

  it('lists every problem at once, in line order', () => {
    const text = `id: many-problems
title: ""
description: Find out why.
category: hardware
platforms: [windows, macoss]
start: done
nodes:
  done:
    type: resolved
    title: It works
    body: Nothing else to do.
    articles: [Printer Offline]
`;
    expect(messageOf(text, 'src/flows/many-problems.yaml')).toBe(
      `src/flows/many-problems.yaml has 3 problems:
  src/flows/many-problems.yaml:2 title: is empty. Hint: write the title, or remove the line if the field is optional.
  src/flows/many-problems.yaml:5 platforms[1]: "macoss" is not a platform. Hint: did you mean "macos"? Allowed: windows, macos, linux, chromeos, ios, android, web.
  src/flows/many-problems.yaml:12 nodes.done.articles[0]: "Printer Offline": Article ids must use only lowercase letters, digits and hyphens. Hint: write it like this: "printer-offline"`,
    );
  });

  it('explains a value that YAML read as something other than text', () => {
    const { file, text } = fixture('valid-minimal');
    const broken = text.replace('record: { platform: macos }', 'record: { platform: 12 }');
    expect(messageOf(broken, file)).toBe(
      `${file} has 1 problem:
  ${file}:20 nodes.which-computer.answers[1].record.platform: should be text, not 12. Hint: put the value in quotes: "12".`,
    );
  });

  it('explains a colon inside a value, the YAML mistake writers make most', () => {
    const broken = "id: broken\ntitle: Printer: it won't print\n";
    expect(messageOf(broken, 'src/flows/broken.yaml')).toBe(
      `src/flows/broken.yaml has 1 problem:
  src/flows/broken.yaml:2: a value here contains ": ", so it reads as another field. Hint: put the whole value in double quotes, e.g. title: "Printer says: offline".`,
    );
  });

  it('names a bracket left open once, on its line, instead of every line after it', () => {
    const { file, text } = fixture('valid-minimal');
    const broken = text.replace('keywords: [printer, offline]', 'keywords: [printer, offline');
    expect(messageOf(broken, file)).toBe(
      `${file} has 1 problem:
  ${file}:7: a value here starts with "[" that is not closed on this line, so the lines after it are read as part of it. Hint: end it with "]" on the same line; if the bracket is part of the text, put the whole value in double quotes, e.g. label: "[Optional] Reset the router".`,
    );
  });

  it('explains a label that starts with a bracket as text', () => {
    const { file, text } = fixture('valid-minimal');
    const broken = text.replace('      - label: Mac\n', '      - label: [Optional] Mac\n');
    expect(messageOf(broken, file)).toBe(
      `${file} has 1 problem:
  ${file}:18: a value here starts with "[", so it is read as a list, and the text after "]" does not fit. Hint: if the bracket is part of the text, put the whole value in double quotes, e.g. label: "[Optional] Reset the router".`,
    );
  });

  it('asks for an id when a label gives none, as in another script', () => {
    const { file, text } = fixture('valid-minimal');
    const russian = text.replace(
      "      - label: No, it's off\n        id: light-off\n",
      '      - label: Нет, не горит\n',
    );
    expect(messageOf(russian, file)).toBe(
      `${file} has 1 problem:
  ${file}:29 nodes.printer-on.answers[1].id: this answer needs an id: its label gives none. Hint: write it like this: id: not-sure`,
    );
  });

  it('names a field written twice', () => {
    const { file, text } = fixture('valid-minimal');
    const twice = text.replace('category: hardware\n', 'category: hardware\ncategory: networking\n');
    expect(messageOf(twice, file)).toBe(
      `${file} has 1 problem:
  ${file}:6: this field is written twice. Hint: keep one of the two lines.`,
    );
  });

  it('keeps each problem with its file and line for tools', () => {
    const { file, text } = fixture('missing-start');
    expect(() => parseFlowFile(text, file)).toThrow(
      expect.objectContaining({ problems: [expect.objectContaining({ file, line: 6, field: 'start' })] }),
    );
  });
});
