/** Keeps a piece of text's line breaks and turns the rest into spaces, so offsets stay the file's. */
const blank = (text: string): string => text.replace(/[^\n]/g, ' ');

/**
 * An MDX text with its code blanked out, fenced blocks and inline code alike: what is left is what MDX
 * reads as Markdown and JSX. Lines and offsets stay those of the file.
 */
export function outsideCode(source: string): string {
  return source
    .replace(/^([ \t]*)(`{3,}|~{3,})[^\n]*\n[\s\S]*?^[ \t]*\2[ \t]*$/gm, blank)
    .replace(/(`+)[^`\n][\s\S]*?\1/g, blank);
}

/** The 1-based line of each offset, for offsets in increasing order: one pass over the text. */
export function linesOf(text: string, offsets: readonly number[]): number[] {
  const lines: number[] = [];
  let line = 1;
  let counted = 0;
  for (const offset of offsets) {
    for (let i = counted; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
    counted = Math.max(counted, offset);
    lines.push(line);
  }
  return lines;
}
