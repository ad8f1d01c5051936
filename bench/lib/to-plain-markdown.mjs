// The peers have none of the help center's MDX components, so their copy of the library has the
// tags turned into plain Markdown and HTML: same text, no custom components.
import { parse as parseYaml } from 'yaml';

const PLATFORM_NAMES = { windows: 'Windows', macos: 'Mac', linux: 'Linux', chromeos: 'ChromeOS', ios: 'iPhone and iPad', android: 'Android', web: 'Web' };

/** Article MDX body → plain Markdown: wrappers dropped, platforms and callouts as bold lines, keys as <kbd>. */
export function toPlainMarkdown(body) {
  return body
    .replace(/^([ \t]*)<\/?(Steps|PlatformTabs)>[ \t]*$/gm, '')
    .replace(/^([ \t]*)<\/(Platform|Callout)>[ \t]*$/gm, '')
    .replace(/^([ \t]*)<Platform name="([a-z]+)">[ \t]*$/gm, (_, indent, name) => `${indent}**${PLATFORM_NAMES[name] ?? name}**`)
    .replace(/^([ \t]*)<Callout type="([a-z]+)"(?: title=(?:"([^"]*)"|'([^']*)'))?>[ \t]*$/gm, (_, indent, type, double, single) => `${indent}**${double ?? single ?? type[0].toUpperCase() + type.slice(1)}:**`)
    .replace(/<Kbd keys="([^"]+)" \/>/g, (_, keys) => `<kbd>${keys}</kbd>`)
    .replace(/^[ \t]*<AppliesTo [^>]*\/>[ \t]*$/gm, '');
}

/** A flow YAML → one Markdown page: each node a section with its question or step and where it leads. */
export function flowToMarkdown(source) {
  const flow = parseYaml(source);
  const sections = Object.entries(flow.nodes).map(([id, node]) => {
    const heading = node.prompt ?? node.title ?? id;
    const answers = (node.answers ?? []).map((answer) => `- [${answer.label}](#${answer.next})`);
    const outcomes = node.type === 'step' ? [`- [Yes, that fixed it](#${node.fixed})`, `- [No, still not working](#${node.notFixed})`] : [];
    return [`## ${heading}`, node.body ?? '', ...answers, ...outcomes].filter(Boolean).join('\n\n');
  });
  return { title: flow.title, description: flow.description, body: sections.join('\n\n') };
}
