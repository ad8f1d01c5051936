/** A number for each icon component, as components carry no name to key a cache by. */
const iconIds = new WeakMap<object, number>();
let lastId = 0;

/** The RenderOnce key of one icon component drawn with these attributes. */
export function iconKey(icon: object, attributes: Record<string, unknown>): string {
  let id = iconIds.get(icon);
  if (id === undefined) {
    id = ++lastId;
    iconIds.set(icon, id);
  }
  const named = Object.keys(attributes).sort().map((name) => `${name}=${String(attributes[name])}`);
  return `icon ${id} ${named.join(' ')}`;
}
