/**
 * Arrow keys between the search box and the links of its results: Down from the box enters the
 * results, Up from the first result returns to the box. Links keep their place in the Tab order,
 * so keyboard users who never press an arrow lose nothing.
 */
export function moveFocus(event: KeyboardEvent, input: HTMLInputElement, links: readonly HTMLAnchorElement[]): boolean {
  if (links.length === 0) return false;
  const current = links.indexOf(event.target as HTMLAnchorElement);
  const last = links.length - 1;
  let next: HTMLElement | undefined;
  if (event.target === input) {
    if (event.key === 'ArrowDown') next = links[0];
  } else if (current !== -1) {
    if (event.key === 'ArrowDown') next = links[Math.min(current + 1, last)];
    else if (event.key === 'ArrowUp') next = current === 0 ? input : links[current - 1];
    else if (event.key === 'Home') next = links[0];
    else if (event.key === 'End') next = links[last];
  }
  if (!next) return false;
  next.focus();
  return true;
}
