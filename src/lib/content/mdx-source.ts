/** An article file cut in two: the YAML between the `---` lines, and the MDX after them. */
export interface SplitMdx {
  /** The frontmatter's YAML, or undefined when the file does not start with `---`. */
  frontmatter: string | undefined;
  /** Line of the file the YAML starts on (the line after the opening `---`). */
  frontmatterLine: number;
  /** The MDX body, with the frontmatter lines left blank so line numbers match the file. */
  body: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

export function splitMdx(text: string): SplitMdx {
  const match = FRONTMATTER.exec(text);
  if (!match) return { frontmatter: undefined, frontmatterLine: 1, body: text };
  const blanked = match[0].replace(/[^\n]/g, '');
  return { frontmatter: match[1] ?? '', frontmatterLine: 2, body: blanked + text.slice(match[0].length) };
}
