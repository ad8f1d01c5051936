import { html, raw } from 'hono/html';
import { FAILED_SEARCH_GROUPS, type ArticleFeedback, type FailedSearches, type FailedSearchStats, type FeedbackReport, type FlowStats } from '../store/feedback-store.ts';
import { FAILED_SEARCH_TITLES } from './report-tables.ts';
import { funnelSvg } from './funnel-svg.ts';
import { reportQueryString } from './report-query.ts';

const percent = (part: number, whole: number): string => (whole === 0 ? '–' : `${Math.round((part / whole) * 100)}%`);
const countAndRate = (part: number, whole: number): string => `${part} (${percent(part, whole)})`;
const utcMinute = (iso: string): string => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

/** 65 000 ms → "1 min 5 s"; short times keep a decimal so fast clicks still show. */
function duration(ms: number | null): string {
  if (ms === null) return '–';
  if (ms < 10_000) return `${(ms / 1000).toFixed(1)} s`;
  const totalSeconds = Math.round(ms / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  return minutes === 0 ? `${totalSeconds} s` : `${minutes} min ${totalSeconds % 60} s`;
}

function period(report: FeedbackReport): string {
  const { from, to, locale } = report.query;
  const days = from && to ? `From ${from} to ${to}` : from ? `From ${from}` : to ? `Up to ${to}` : 'All time';
  return `${days}, ${locale ? `language ${locale}` : 'every language'} (days in UTC)`;
}

function filterForm(report: FeedbackReport) {
  const { from = '', to = '', locale = '' } = report.query;
  const locales = [...new Set([...report.locales, ...(locale ? [locale] : [])])];
  return html`<form method="get" action="/report" class="filter" aria-label="Filter the report">
    <label>From <input type="date" name="from" value="${from}"></label>
    <label>To <input type="date" name="to" value="${to}"></label>
    <label>Language
      <select name="locale">
        <option value="">Every language</option>
        ${locales.map((code) => html`<option value="${code}" ${code === locale ? html`selected` : ''}>${code}</option>`)}
      </select>
    </label>
    <button type="submit">Show</button>
  </form>`;
}

function csvLink(report: FeedbackReport, table: string) {
  return html`<p><a href="/report/${table}.csv${reportQueryString(report.query)}" download>Download this table as CSV</a></p>`;
}

function comments(article: ArticleFeedback) {
  if (article.latestComments.length === 0) return html`<span class="muted">none</span>`;
  return html`<ul class="comments">${article.latestComments.map((c) => html`<li><q>${c.comment}</q> <span class="muted">${utcMinute(c.receivedAt)}</span></li>`)}</ul>`;
}

function articlesSection(report: FeedbackReport) {
  return html`<section aria-labelledby="articles-title">
    <h2 id="articles-title">Articles readers found unhelpful</h2>
    <p>Ranked by the lower bound of the 95% Wilson score interval for the share of “No” votes, so an
      article with 2 No out of 2 votes ranks below one with 40 No out of 60: few votes mean little certainty.</p>
    ${report.articles.length === 0
      ? html`<p>No votes or comments in this period.</p>`
      : html`${csvLink(report, 'articles')}
        <table>
          <thead><tr><th scope="col">Article</th><th scope="col">No</th><th scope="col">Yes</th><th scope="col">Share “No”</th><th scope="col">Ranking score</th><th scope="col">Latest comments</th></tr></thead>
          <tbody>${report.articles.map((article) => html`<tr>
            <th scope="row">${article.page}</th><td>${article.no}</td><td>${article.yes}</td>
            <td>${percent(article.no, article.no + article.yes)}</td><td>${article.rankScore.toFixed(2)}</td><td>${comments(article)}</td>
          </tr>`)}</tbody>
        </table>`}
  </section>`;
}

function flowDetails(flow: FlowStats, index: number) {
  return html`<section aria-labelledby="flow-${index}-title">
    <h3 id="flow-${index}-title">${flow.flow}</h3>
    <p class="muted">Blue: runs that reached the node. Red: runs that quit there without resolving or escalating.</p>
    ${funnelSvg(flow, `flow-${index}-funnel`)}
    <table>
      <caption>Nodes of ${flow.flow}, most reached first</caption>
      <thead><tr><th scope="col">Node</th><th scope="col">Runs that reached it</th><th scope="col">Quit here</th><th scope="col">Median time on node</th></tr></thead>
      <tbody>${flow.nodes.map((node) => html`<tr><th scope="row">${node.node}</th><td>${node.reached}</td><td>${node.quitHere}</td><td>${duration(node.medianMsOnNode)}</td></tr>`)}</tbody>
    </table>
  </section>`;
}

function flowsSection(report: FeedbackReport) {
  return html`<section aria-labelledby="flows-title">
    <h2 id="flows-title">Troubleshooting flows</h2>
    <p>A run is one reader's pass through a flow. It counts as resolved or escalated by its latest
      outcome; a run that never reached one was abandoned, at the node of its last event. Time on a
      node runs from an event at it to the run's next event.</p>
    ${report.flows.length === 0
      ? html`<p>No flow runs in this period.</p>`
      : html`${csvLink(report, 'flows')}
        <table>
          <thead><tr><th scope="col">Flow</th><th scope="col">Runs started</th><th scope="col">Resolved</th><th scope="col">Escalated</th><th scope="col">Abandoned</th></tr></thead>
          <tbody>${report.flows.map((flow) => html`<tr>
            <th scope="row">${flow.flow}</th><td>${flow.runs}</td><td>${countAndRate(flow.resolved, flow.runs)}</td>
            <td>${countAndRate(flow.escalated, flow.runs)}</td><td>${countAndRate(flow.abandoned, flow.runs)}</td>
          </tr>`)}</tbody>
        </table>
        ${report.flows.map(flowDetails)}`}
  </section>`;
}

function failedSearchTable(group: keyof FailedSearches, searches: FailedSearchStats[]) {
  const title = FAILED_SEARCH_TITLES[group];
  if (searches.length === 0) return html`<h3>${title}</h3><p>None in this period.</p>`;
  return html`<table>
    <caption><h3>${title}</h3></caption>
    <thead><tr><th scope="col">Search</th><th scope="col">Times</th><th scope="col">Last searched</th>${group === 'noResults' ? '' : html`<th scope="col">Results shown</th>`}</tr></thead>
    <tbody>${searches.map((search) => html`<tr>
      <th scope="row">${search.query}</th><td>${search.times}</td><td>${utcMinute(search.lastSearchedAt)}</td>
      ${group === 'noResults' ? '' : html`<td>${search.shown.length === 0 ? '–' : html`<ul class="shown">${search.shown.map((page) => html`<li>${page}</li>`)}</ul>`}</td>`}
    </tr>`)}</tbody>
  </table>`;
}

function searchesSection(report: FeedbackReport) {
  const groups = Object.keys(FAILED_SEARCH_GROUPS) as Array<keyof FailedSearches>;
  const any = groups.some((group) => report.searches[group].length > 0);
  return html`<section aria-labelledby="searches-title">
    <h2 id="searches-title">Searches that failed readers</h2>
    <p class="muted">What readers looked for and did not find: the articles to write next.</p>
    ${any ? csvLink(report, 'searches') : ''}
    ${groups.map((group) => failedSearchTable(group, report.searches[group]))}
  </section>`;
}

const STYLE = `
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 70rem; padding: 1rem 1.5rem 3rem; color: #1b1b1b; background: #fff; }
  table { border-collapse: collapse; margin: 0.5rem 0 1.5rem; width: 100%; }
  th, td { border-bottom: 1px solid #d0d0d0; padding: 0.35rem 0.6rem; text-align: left; vertical-align: top; }
  td { font-variant-numeric: tabular-nums; }
  caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
  .filter { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: end; margin: 1rem 0; }
  .filter label { display: grid; font-weight: 600; }
  .muted { color: #555; font-size: 0.9em; }
  .comments, .shown { margin: 0; padding-left: 1.1rem; }
  caption h3 { margin: 0; font-size: 1.05rem; }
  .funnel { max-width: 100%; height: auto; font: 13px system-ui, sans-serif; }
  .funnel text { fill: #1b1b1b; }
  dl { display: flex; flex-wrap: wrap; gap: 0.5rem 2rem; } dt { font-weight: 600; } dd { margin: 0; }
`;

/** The report as one server-rendered page: no script, every value escaped by hono/html. */
export function reportPage(report: FeedbackReport) {
  return html`<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="robots" content="noindex">
  <title>Feedback report</title>
  <style>${raw(STYLE)}</style>
</head>
<body>
  <header>
    <h1>Feedback report</h1>
    <p>${period(report)}</p>
  </header>
  <main>
    ${filterForm(report)}
    <section aria-labelledby="totals-title">
      <h2 id="totals-title">In this period</h2>
      <dl>
        <div><dt>Votes</dt><dd>${report.totals.votes}</dd></div>
        <div><dt>Comments</dt><dd>${report.totals.comments}</dd></div>
        <div><dt>Flow runs</dt><dd>${report.totals.flowRuns}</dd></div>
        <div><dt>Searches that found nothing</dt><dd>${report.totals.failedSearches.noResults}</dd></div>
        <div><dt>Searches with weak results</dt><dd>${report.totals.failedSearches.weakResults}</dd></div>
        <div><dt>Searches nobody clicked</dt><dd>${report.totals.failedSearches.noClick}</dd></div>
      </dl>
    </section>
    ${articlesSection(report)}
    ${flowsSection(report)}
    ${searchesSection(report)}
  </main>
</body>
</html>`;
}
