import { html } from 'hono/html';
import type { FlowStats } from '../store/feedback-store.ts';

const ROW_HEIGHT = 28;
const LABEL_WIDTH = 230;
const BAR_WIDTH = 380;
const NOTE_WIDTH = 170;
const LABEL_CHARACTERS = 30;

const shorten = (text: string): string => (text.length > LABEL_CHARACTERS ? `${text.slice(0, LABEL_CHARACTERS - 1)}…` : text);

/**
 * The flow as a funnel drawn on the server: one bar per node, as long as the number of runs that
 * reached it, with the runs that quit there in red. Every label goes through the html tag, so node
 * ids are escaped like everything else. The table next to it carries the same numbers for screen readers.
 */
export function funnelSvg(flow: FlowStats, id: string) {
  const widest = Math.max(1, ...flow.nodes.map((node) => node.reached));
  const height = Math.max(1, flow.nodes.length) * ROW_HEIGHT;
  const width = LABEL_WIDTH + BAR_WIDTH + NOTE_WIDTH;
  const rows = flow.nodes.map((node, index) => {
    const y = index * ROW_HEIGHT;
    const reachedWidth = Math.max(1, Math.round((node.reached / widest) * BAR_WIDTH));
    const quitWidth = Math.round((node.quitHere / widest) * BAR_WIDTH);
    return html`<g>
      <title>${node.node}: reached by ${node.reached}, quit here ${node.quitHere}</title>
      <text x="${LABEL_WIDTH - 8}" y="${y + 18}" text-anchor="end">${shorten(node.node)}</text>
      <rect x="${LABEL_WIDTH}" y="${y + 5}" width="${reachedWidth}" height="18" fill="#9ab8d8"></rect>
      <rect x="${LABEL_WIDTH}" y="${y + 5}" width="${quitWidth}" height="18" fill="#c0392b"></rect>
      <text x="${LABEL_WIDTH + reachedWidth + 6}" y="${y + 18}">${node.reached} reached, ${node.quitHere} quit</text>
    </g>`;
  });
  return html`<svg class="funnel" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}">
    <title id="${id}">Where readers of ${flow.flow} quit: blue bars are runs that reached each node, red the runs that stopped there without resolving or escalating.</title>
    ${rows}
  </svg>`;
}
