import { Graph, layout } from '@dagrejs/dagre';
import type { Flow, FlowNode } from '#src/schemas/flow.ts';
import { answerLabel, answersOf, type StepAnswerLabels } from './graph.ts';

export interface DiagramNode { id: string; type: FlowNode['type']; x: number; y: number; width: number; height: number; lines: string[] }
export interface DiagramEdge { from: string; to: string; lines: string[]; width: number; height: number; points: Array<{ x: number; y: number }>; labelAt: { x: number; y: number } | undefined }
export interface Diagram { width: number; height: number; nodes: DiagramNode[]; edges: DiagramEdge[] }

const CHARS_PER_LINE = 26;
const LINE_HEIGHT = 16;
/** Wide enough for the widest letters we draw (bold Cyrillic at 12 px), so no text spills out of its box. */
const CHAR_WIDTH = 7.6;
const PADDING = 12;
/** Answer labels wrap on the arrows instead of being cut: every word of an answer stays readable. */
const EDGE_CHARS_PER_LINE = 18;
const EDGE_LINE_HEIGHT = 13;
const EDGE_CHAR_WIDTH = 6.4;

/** Breaks text into lines of at most `width` characters, at spaces. */
export function wrapText(text: string, width = CHARS_PER_LINE): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) { lines.push(line); line = word; } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function nodeText(node: FlowNode): string {
  return node.type === 'question' ? node.prompt : node.title;
}


/**
 * Lays out the whole decision tree at build time with dagre, so the page ships a finished SVG and no
 * layout code. Positions are in SVG user units; the component draws them. `stepAnswers`: a step's
 * two answers in the flow's language, so the map words them as the player does.
 */
export function layoutDiagram(flow: Flow, stepAnswers: StepAnswerLabels): Diagram {
  const graph = new Graph({ multigraph: true });
  graph.setGraph({ rankdir: 'TB', nodesep: 28, ranksep: 56, edgesep: 16, marginx: 8, marginy: 8 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const [id, node] of Object.entries(flow.nodes)) {
    const lines = wrapText(nodeText(node));
    const width = Math.max(...lines.map((l) => l.length), 8) * CHAR_WIDTH + PADDING * 2;
    graph.setNode(id, { width, height: lines.length * LINE_HEIGHT + PADDING * 2, lines, type: node.type });
  }
  for (const [id, node] of Object.entries(flow.nodes)) {
    for (const answer of answersOf(node)) {
      const lines = wrapText(answerLabel(node, answer, stepAnswers), EDGE_CHARS_PER_LINE);
      const width = Math.max(...lines.map((l) => l.length), 1) * EDGE_CHAR_WIDTH + 8;
      graph.setEdge({ v: id, w: answer.next, name: answer.id }, { lines, width, height: lines.length * EDGE_LINE_HEIGHT + 4, labelpos: 'c' });
    }
  }
  layout(graph);
  const nodes: DiagramNode[] = graph.nodes().map((id) => {
    const n = graph.node(id) as { x: number; y: number; width: number; height: number; lines: string[]; type: FlowNode['type'] };
    return { id, type: n.type, x: n.x - n.width / 2, y: n.y - n.height / 2, width: n.width, height: n.height, lines: n.lines };
  });
  const edges: DiagramEdge[] = graph.edges().map((e) => {
    const edge = graph.edge(e) as { points: Array<{ x: number; y: number }>; lines: string[]; width: number; height: number; x?: number; y?: number };
    return { from: e.v, to: e.w, lines: edge.lines, width: edge.width, height: edge.height, points: edge.points, labelAt: edge.x === undefined || edge.y === undefined ? undefined : { x: edge.x, y: edge.y } };
  });
  const { width = 0, height = 0 } = graph.graph() as { width?: number; height?: number };
  return { width: Math.ceil(width), height: Math.ceil(height), nodes, edges };
}
