import type { Flow, FlowNode } from '#src/schemas/flow.ts';
import { answersOf, factsFromAnswers, nodeById, STEP_ANSWER_IDS, type GivenAnswer } from './graph.ts';

/** The words around the reader's own answers; pass another language's to get its transcript. */
export interface TranscriptStrings {
  problem: string;
  platform: string;
  tried: string;
  fixedIt: string;
  didNotFixIt: string;
  outcome: string;
  resolved: string;
  escalated: string;
  inProgress: string;
  link: string;
}

export interface TranscriptOptions {
  /** The link to the current step, so the agent can open exactly what the reader saw. */
  url: string;
  /** Turns a recorded platform id (`macos`) into what the reader called it (`Mac`). */
  platformLabel?: ((platform: string) => string) | undefined;
  /** The words around the answers, from the page's dictionary (`flow.transcript`). */
  strings: TranscriptStrings;
}

/** Markdown as plain text for a ticket: `**Settings**` -> Settings, `[text](/url)` -> text (/url). */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '$1 ($2)')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*])/g, '$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Where the reader ended up: what fixed it, who to contact, or the question or step they are on. */
function describeOutcome(node: FlowNode | undefined, strings: TranscriptStrings): string {
  switch (node?.type) {
    case 'resolved':
      return `${strings.resolved}: ${markdownToPlainText(node.title)}`;
    case 'escalate':
      return `${strings.escalated}: ${markdownToPlainText(node.title)}`;
    case 'question':
      return `${strings.inProgress}: ${markdownToPlainText(node.prompt)}`;
    case 'step':
      return `${strings.inProgress}: ${markdownToPlainText(node.title)}`;
    default:
      return strings.inProgress;
  }
}

/**
 * The text a help-desk agent pastes into a ticket: the problem, the platform, every question with the
 * answer given, every step tried and whether it helped, where the reader ended up, and the link.
 */
export function flowTranscript(flow: Flow, answers: readonly GivenAnswer[], options: TranscriptOptions): string {
  const { strings } = options;
  const header = [`${strings.problem}: ${markdownToPlainText(flow.title)}`];
  const platform = factsFromAnswers(flow, answers)['platform'];
  if (platform !== undefined) header.push(`${strings.platform}: ${options.platformLabel?.(platform) ?? platform}`);

  const history: string[] = [];
  let current = flow.start;
  for (const given of answers) {
    const node = nodeById(flow, given.node);
    const answer = node && answersOf(node).find(({ id }) => id === given.answer);
    if (!node || !answer) continue;
    if (node.type === 'question') {
      const prompt = markdownToPlainText(node.prompt);
      history.push(`- ${prompt}${/[?.!:]$/.test(prompt) ? '' : ':'} ${markdownToPlainText(answer.label)}`);
    } else if (node.type === 'step') {
      const result = answer.id === STEP_ANSWER_IDS.fixed ? strings.fixedIt : strings.didNotFixIt;
      history.push(`- ${strings.tried}: ${markdownToPlainText(node.title)}: ${result}`);
    }
    current = answer.next;
  }

  const outcome = describeOutcome(nodeById(flow, current), strings);
  const footer = [`${strings.outcome}: ${outcome}`, `${strings.link}: ${options.url}`];
  return [header, history, footer]
    .filter((section) => section.length > 0)
    .map((section) => section.join('\n'))
    .join('\n\n');
}
