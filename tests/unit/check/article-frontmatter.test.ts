import { describe, expect, it } from 'vitest';
import { checkArticleFrontmatter } from '#src/lib/content/article-frontmatter.ts';
import { splitMdx } from '#src/lib/content/mdx-source.ts';
import { formatProblem } from '#src/lib/problems/problem.ts';

const FILE = 'src/content/articles/networking/connect-wifi.mdx';
const VALID = `---
title: Connect to a Wi-Fi network
description: Get your computer online.
category: networking
platforms: [windows]
estimatedMinutes: 5
---

Body.
`;

function problemsOf(text: string): string[] {
  const { frontmatter, frontmatterLine } = splitMdx(text);
  return checkArticleFrontmatter(FILE, frontmatter, frontmatterLine).problems.map(formatProblem);
}

describe('article frontmatter, checked with the article schema', () => {
  it('accepts a valid article and returns its data', () => {
    const { frontmatter, frontmatterLine } = splitMdx(VALID);
    const checked = checkArticleFrontmatter(FILE, frontmatter, frontmatterLine);
    expect(checked.problems).toEqual([]);
    expect(checked.data?.title).toBe('Connect to a Wi-Fi network');
  });

  it('keeps the body on the same lines as in the file', () => {
    expect(splitMdx(VALID).body.split('\n')[8]).toBe('Body.');
  });

  it('reports a misspelled field once, as "did you mean", not also as a missing field', () => {
    expect(problemsOf(VALID.replace('description:', 'descripton:'))).toEqual([
      `${FILE}:3 descripton: "descripton" is not a field of an article. Hint: did you mean "description"? An article can have: title, description, category, platforms, tags, updated, estimatedMinutes, audience, related, flows, keywords, aliases, verifiedOn, reviewBy, draft, translatedFrom.`,
    ]);
  });

  it('points a missing field at the top of the file, with a line to copy', () => {
    expect(problemsOf(VALID.replace('estimatedMinutes: 5\n', ''))).toEqual([
      `${FILE}:1 estimatedMinutes: is missing. Hint: add a line like this: estimatedMinutes: 5`,
    ]);
  });

  it('says what a value of the wrong kind is, in words, on the line of the list item', () => {
    expect(problemsOf(VALID.replace('platforms: [windows]', 'platforms: [windows]\nkeywords:\n  - wifi\n  -\n'))).toEqual([
      `${FILE}:8 keywords[1]: can't be empty. Hint: write it like this: keywords: [wireless, wlan]`,
    ]);
  });

  it('explains an unquoted colon, the YAML mistake writers make most', () => {
    expect(problemsOf(VALID.replace('title: Connect to a Wi-Fi network', 'title: Printer says: offline'))).toEqual([
      `${FILE}:2: a value here contains ": ", so it reads as another field. Hint: put the whole value in double quotes, e.g. title: "Printer says: offline".`,
    ]);
  });

  it('reports a mistake that throws the YAML reader off once, not again on every line after it', () => {
    // Indented by one space, the line continues the description above it.
    expect(problemsOf(VALID.replace('category: networking', ' category: networking'))).toEqual([
      `${FILE}:4: this line is not lined up with the lines around it, so it reads as part of another field. Hint: indent it like the lines around it: two spaces for each level, and every "- " of a list at the same place.`,
    ]);
    expect(problemsOf(VALID.replace('platforms: [windows]', 'platforms:\n  - windows\n - macos'))).toEqual([
      `${FILE}:7: this line is not lined up with the lines around it, so it reads as part of another field. Hint: indent it like the lines around it: two spaces for each level, and every "- " of a list at the same place.`,
    ]);
    expect(problemsOf(VALID.replace('platforms: [windows]', 'platforms: [windows'))).toEqual([
      `${FILE}:5: a value here starts with "[" that is not closed on this line, so the lines after it are read as part of it. Hint: end it with "]" on the same line; if the bracket is part of the text, put the whole value in double quotes, e.g. label: "[Optional] Reset the router".`,
    ]);
  });

  it('says how to start a file that has no frontmatter', () => {
    expect(problemsOf('# Connect to Wi-Fi\n')).toEqual([
      `${FILE}:1: has no frontmatter: the fields between --- lines at the top of the file. Hint: start the file with a line of three dashes (---), the fields (title:, description:, …), and another --- line. npm run new -- article <id> --category <category> writes one for you.`,
    ]);
  });
});
