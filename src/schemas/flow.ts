import { z } from 'astro/zod';
import { CATEGORY_IDS, PLATFORM_IDS } from './taxonomy.ts';

/**
 * The shape of a troubleshooting flow file (`src/flows/<id>.yaml`), field by field.
 * Checks that need the whole flow (links between nodes, reachability, loops) live in
 * `src/lib/flow/validate.ts`, because Zod 4 cannot extend a refined schema.
 */

/** Lowercase letters, digits and single hyphens: ids appear in step links agents paste into tickets. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const idOf = (what: string) =>
  z.string().regex(ID_PATTERN, { error: `${what} must use only lowercase letters, digits and hyphens` });

/** A node id, e.g. `restart-router`. */
export const NodeIdSchema = idOf('Node ids');
/** An answer id, e.g. `yes-other-devices-work`. */
export const AnswerIdSchema = idOf('Answer ids');
/** An article id: the article's file name without `.mdx`. */
export const ArticleIdSchema = idOf('Article ids');
/** A fact name, e.g. `platform`. */
export const FactNameSchema = idOf('Fact names');

/** Turns an answer label into its default id: "No, nothing works" becomes `no-nothing-works`. */
export function slugifyLabel(label: string): string {
  return label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const MarkdownSchema = z.string().min(1, { error: 'must not be empty' });
const ArticleListSchema = z.array(ArticleIdSchema);

/**
 * Markdown per platform, shown after the node's `body` under each platform's name. Once the reader has
 * said which device they use (an answer that records `platform`), their platform's part comes first and
 * the others fold away under "Other devices".
 */
export const PlatformMarkdownSchema = z
  .partialRecord(z.enum(PLATFORM_IDS), MarkdownSchema)
  .describe('Markdown per platform, e.g. { windows: "1. Select Start…", macos: "1. Choose the Apple menu…" }. The reader\'s own platform is shown first.');

/** One answer to a question node, as written. */
export const AnswerShapeSchema = z.strictObject({
  /** What the reader selects, in their words. */
  label: z.string().min(1).describe('What the reader selects, in their words.'),
  /** The node this answer leads to. */
  next: NodeIdSchema.describe('Id of the node this answer leads to.'),
  /** The answer's id in step links; defaults to a slug of the label. */
  id: AnswerIdSchema.optional().describe('Id used in step links. Defaults to the label in lowercase with hyphens.'),
  /** Facts this answer records, e.g. `{ platform: windows }`. */
  record: z.record(FactNameSchema, z.string()).optional().describe('Facts to remember, e.g. { platform: windows }.'),
  /** Show this answer only when earlier answers recorded these facts. */
  when: z
    .record(FactNameSchema, z.union([z.string(), z.array(z.string()).min(1)]))
    .optional()
    .describe('Show this answer only when an earlier answer recorded this fact, e.g. { platform: [windows, macos] }.'),
});

/** One answer to a question node, with its id filled in from the label when the writer gave none. */
export const AnswerSchema = AnswerShapeSchema.transform((answer, ctx) => {
  const id = answer.id ?? slugifyLabel(answer.label);
  if (id === '') {
    // A label with no Latin letters or digits (another script, only punctuation) gives no usable slug.
    ctx.issues.push({
      code: 'custom',
      path: ['id'],
      input: answer,
      message: 'this answer needs an id: its label gives none',
    });
    return z.NEVER;
  }
  return { ...answer, id };
});

/** A node that asks one question. */
export const QuestionNodeSchema = z.strictObject({
  /** Node kind. */
  type: z.literal('question'),
  /** The question, as the reader would understand it. */
  prompt: z.string().min(1).describe('The question, in words the reader understands.'),
  /** Optional Markdown: how to find out the answer. */
  body: MarkdownSchema.optional().describe('Optional Markdown: how to find out the answer.'),
  /** Optional Markdown per platform: how to find out on each system. */
  byPlatform: PlatformMarkdownSchema.optional(),
  /** The answers; they should not overlap and should cover every case. */
  answers: z.array(AnswerSchema).min(1, { error: 'a question needs at least one answer' }),
});

/** A node with one thing to try, then "Did that fix it?". */
export const StepNodeSchema = z.strictObject({
  /** Node kind. */
  type: z.literal('step'),
  /** The thing to try, starting with a verb. */
  title: z.string().min(1).describe('The thing to try, starting with a verb.'),
  /** Markdown: what to do, one action per line. */
  body: MarkdownSchema.describe('Markdown: what to do, one action per line.'),
  /** Optional Markdown per platform, where the steps differ by system. */
  byPlatform: PlatformMarkdownSchema.optional(),
  /** Ids of articles offered as "More help". */
  articles: ArticleListSchema.optional().describe('Ids of articles offered as "More help".'),
  /** Where "Yes, that fixed it" goes. */
  fixed: NodeIdSchema.describe('Id of the node for "Yes, that fixed it".'),
  /** Where "No, still not working" goes. */
  notFixed: NodeIdSchema.describe('Id of the node for "No, still not working".'),
});

/** An end node: what fixed the problem and how to keep it fixed. */
export const ResolvedNodeSchema = z.strictObject({
  /** Node kind. */
  type: z.literal('resolved'),
  /** What fixed it. */
  title: z.string().min(1).describe('What fixed it.'),
  /** Markdown: why it worked and how to keep it from happening again. */
  body: MarkdownSchema.describe('Markdown: how to keep it from happening again.'),
  /** Optional Markdown per platform. */
  byPlatform: PlatformMarkdownSchema.optional(),
  /** Ids of articles with the details. */
  articles: ArticleListSchema.optional().describe('Ids of articles with the details.'),
});

/** An end node: hand over to a person, with everything written down. */
export const EscalateNodeSchema = z.strictObject({
  /** Node kind. */
  type: z.literal('escalate'),
  /** Who to contact. */
  title: z.string().min(1).describe('Who to contact.'),
  /** Markdown: what to tell them and what they will ask. */
  body: MarkdownSchema.describe('Markdown: what to tell them and what they will probably ask.'),
  /** Optional Markdown per platform. */
  byPlatform: PlatformMarkdownSchema.optional(),
  /** Ids of articles that may help meanwhile. */
  articles: ArticleListSchema.optional().describe('Ids of articles that may help meanwhile.'),
});

/** Any node, told apart by `type`. */
export const FlowNodeSchema = z.discriminatedUnion('type', [
  QuestionNodeSchema,
  StepNodeSchema,
  ResolvedNodeSchema,
  EscalateNodeSchema,
]);

/** The node kinds a writer can use, read from the union so the list cannot drift. */
export const NODE_TYPES = FlowNodeSchema.options.map((option) => option.shape.type.value);

/** `2027-05-23` in YAML arrives as a string (YAML 1.2) or a Date (YAML 1.1 loaders): accept both. */
const DateSchema = z
  .union([z.iso.date({ error: 'must be a date written YYYY-MM-DD' }), z.date()])
  .transform((value) => (typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : value));

/** A whole flow file. */
export const FlowShapeSchema = z.strictObject({
  /** The flow's id: the same as its file name, and its URL `/troubleshoot/<id>/`. */
  id: idOf('Flow ids').describe('Same as the file name without .yaml; also the URL /troubleshoot/<id>/.'),
  /** The symptom as the reader would say it. */
  title: z.string().min(1).describe('The symptom as the reader would say it: "I can\'t get online".'),
  /** One sentence for search results and link previews. */
  description: z
    .string()
    .min(1, { error: 'must not be empty' })
    .max(160, { error: 'must be 160 characters or fewer' })
    .describe('One sentence, up to 160 characters, shown in search results and link previews.'),
  /** The help-center section the flow belongs to. */
  category: z.enum(CATEGORY_IDS).describe('The help-center section.'),
  /** Systems the flow applies to. */
  platforms: z
    .array(z.enum(PLATFORM_IDS))
    .min(1, { error: 'needs at least one platform' })
    .describe('Systems the flow applies to.'),
  /** Other words readers search with. */
  keywords: z.array(z.string()).default([]).describe('Other words readers search with.'),
  /** Date by which a writer should check the flow again. */
  reviewBy: DateSchema.optional().describe('Date by which a writer should check the flow again, YYYY-MM-DD.'),
  /** In a translation only: the English version it was made from, written by `npm run translated`. */
  translatedFrom: z
    .string()
    .regex(/^[0-9a-f]{12}$/, { error: 'must be the 12-character fingerprint npm run translated writes' })
    .optional()
    .describe('In a translation only: the English version it was made from. Written by npm run translated.'),
  /** Id of the first node. */
  start: NodeIdSchema.describe('Id of the first node.'),
  /** The nodes, keyed by node id. */
  nodes: z.record(NodeIdSchema, FlowNodeSchema).describe('The nodes, keyed by node id.'),
});

/** A flow after parsing: answer ids filled in, dates as Date. */
export type Flow = z.infer<typeof FlowShapeSchema>;
/** A flow as written in YAML. */
export type FlowInput = z.input<typeof FlowShapeSchema>;
export type FlowNode = z.infer<typeof FlowNodeSchema>;
export type FlowNodeType = FlowNode['type'];
export type QuestionNode = z.infer<typeof QuestionNodeSchema>;
export type StepNode = z.infer<typeof StepNodeSchema>;
export type ResolvedNode = z.infer<typeof ResolvedNodeSchema>;
export type EscalateNode = z.infer<typeof EscalateNodeSchema>;
/** A node where the flow ends. */
export type OutcomeNode = ResolvedNode | EscalateNode;
export type Answer = z.infer<typeof AnswerSchema>;
export type AnswerInput = z.input<typeof AnswerSchema>;
/** Facts recorded so far, e.g. `{ platform: 'windows' }`. */
export type Facts = Readonly<Record<string, string>>;
/** An answer's `when`: each fact must have the value, or one of the values. */
export type FactCondition = NonNullable<Answer['when']>;
/** Markdown per platform on a node. */
export type PlatformMarkdown = z.infer<typeof PlatformMarkdownSchema>;
