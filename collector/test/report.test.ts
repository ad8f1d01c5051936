import { describe, expect, it } from 'vitest';
import { aComment, aFlowEvent, aFailedSearch, aVote, secondsAfter } from './events.ts';
import { REPORT_TOKEN, testCollector } from './test-app.ts';

/** A collector holding a little of everything, all received on 10 March 2025. */
async function collectorWithFeedback() {
  const collector = testCollector({ now: () => new Date('2025-03-10T12:00:00.000Z') });
  const events = [
    aVote({ page: 'flush-dns', vote: 'no' }),
    aVote({ page: 'flush-dns', vote: 'no' }),
    aVote({ page: 'flush-dns', vote: 'yes' }),
    aVote({ page: 'restart-router', vote: 'yes' }),
    aComment({ page: 'flush-dns', comment: '<script>alert("pwned")</script> Steps for Linux?' }),
    aFlowEvent({ run: 'run-aaaaaaaa', action: 'start', node: 'one-app-or-all', time: secondsAfter('2025-03-10', 0) }),
    aFlowEvent({ run: 'run-aaaaaaaa', action: 'step', node: 'which-computer', time: secondsAfter('2025-03-10', 65) }),
    aFlowEvent({ run: 'run-aaaaaaaa', action: 'abandoned', node: 'which-computer', time: secondsAfter('2025-03-10', 80) }),
    aFlowEvent({ run: 'run-bbbbbbbb', action: 'start', node: 'one-app-or-all', time: secondsAfter('2025-03-10', 0) }),
    aFlowEvent({ run: 'run-bbbbbbbb', action: 'escalated', node: 'contact-help-desk', time: secondsAfter('2025-03-10', 5) }),
    aFailedSearch({ query: '<img src=x onerror=alert(1)>' }),
    aFailedSearch({ query: 'bluetooth mouse', locale: 'ms' }),
    aFailedSearch({ kind: 'weak-results', query: 'lost my phone', shown: ['/troubleshoot/lost-device/', '/articles/set-up-mfa/'] }),
    aFailedSearch({ kind: 'no-click', query: 'printer', shown: ['/articles/add-printer/'] }),
  ];
  for (const event of events) expect((await collector.postEvent(event)).status).toBe(204);
  return collector;
}

describe('GET /report', () => {
  it('asks for the token with a Basic login box and refuses a wrong one', async () => {
    const { getReport } = testCollector();
    const missing = await getReport('/report', null);
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toMatch(/^Basic realm="Feedback report"/);
    expect((await getReport('/report', 'not-the-token-at-all')).status).toBe(401);
    expect((await getReport('/report/articles.csv', null)).status).toBe(401);
  });

  it('opens with the token as a Basic password or as a Bearer token', async () => {
    const { getReport, app } = testCollector();
    expect((await getReport()).status).toBe(200);
    expect((await app.request('/report', { headers: { Authorization: `Bearer ${REPORT_TOKEN}` } })).status).toBe(200);
  });

  it('is switched off, not open, when no token is configured', async () => {
    const { getReport } = testCollector({ reportToken: undefined });
    const response = await getReport();
    expect(response.status).toBe(503);
    expect(await response.text()).toBe('The report is switched off: set REPORT_TOKEN on the collector to turn it on.');
    expect((await getReport('/report/searches.csv')).status).toBe(503);
  });

  it('is never cached and may run no script', async () => {
    const { getReport } = testCollector();
    for (const response of [await getReport(), await getReport('/report', null)]) {
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    }
  });

  it('ranks articles, says how, and shows their latest comments escaped', async () => {
    const { getReport } = await collectorWithFeedback();
    const page = await (await getReport()).text();
    expect(page).toContain('Wilson score interval');
    expect(page.indexOf('<th scope="row">flush-dns</th>')).toBeLessThan(page.indexOf('<th scope="row">restart-router</th>'));
    expect(page).toMatch(/<th scope="row">flush-dns<\/th><td>2<\/td><td>1<\/td>\s*<td>67%<\/td>/);
    expect(page).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; Steps for Linux?');
    expect(page).not.toMatch(/<script|<img/i);
  });

  it('shows each flow\'s outcome rates, a funnel of where readers quit, and the median time on each node', async () => {
    const { getReport } = await collectorWithFeedback();
    const page = await (await getReport()).text();
    expect(page).toMatch(/<th scope="row">no-sound<\/th><td>2<\/td><td>0 \(0%\)<\/td>\s*<td>1 \(50%\)<\/td><td>1 \(50%\)<\/td>/);
    const svg = /<svg class="funnel"[\s\S]*?<\/svg>/.exec(page)?.[0] ?? '';
    expect(svg).toContain('role="img"');
    expect(svg.match(/<g>/g)).toHaveLength(3);
    expect(svg).toContain('which-computer: reached by 1, quit here 1');
    expect(page).toContain('<th scope="row">one-app-or-all</th><td>2</td><td>0</td><td>35 s</td>');
    expect(page).toContain('<th scope="row">which-computer</th><td>1</td><td>1</td><td>15 s</td>');
  });

  it('lists the searches that failed readers in three groups, escaped, with the results they were shown', async () => {
    const { getReport } = await collectorWithFeedback();
    const page = await (await getReport()).text();
    const group = (title: string) => page.slice(page.indexOf(`<h3>${title}`), page.indexOf('</table>', page.indexOf(`<h3>${title}`)));
    expect(group('Searches that found nothing')).toContain('<th scope="row">&lt;img src=x onerror=alert(1)&gt;</th><td>1</td>');
    expect(group('Searches with only weak results')).toContain('<th scope="row">lost my phone</th>');
    expect(group('Searches with only weak results')).toContain('<li>/troubleshoot/lost-device/</li><li>/articles/set-up-mfa/</li>');
    expect(group('Searches whose results nobody opened')).toContain('<th scope="row">printer</th><td>1</td>');
    expect(page).toContain('<div><dt>Searches nobody clicked</dt><dd>1</dd></div>');
  });

  it('filters by language and by date, and keeps the filter in the form and the CSV links', async () => {
    const { getReport } = await collectorWithFeedback();
    const malay = await (await getReport('/report?locale=ms')).text();
    expect(malay).toContain('bluetooth mouse');
    expect(malay).not.toContain('flush-dns');
    expect(malay).toContain('<option value="ms" selected>ms</option>');
    expect(malay).toContain('href="/report/searches.csv?locale=ms"');

    const dayBefore = await (await getReport('/report?from=2025-03-01&to=2025-03-09')).text();
    expect(dayBefore).toContain('No votes or comments in this period.');
    expect(dayBefore).toContain('value="2025-03-09"');
    const theDay = await (await getReport('/report?from=2025-03-10&to=2025-03-10&locale=')).text();
    expect(theDay).toContain('flush-dns');
  });

  it('refuses a filter it cannot read with 400 and says why', async () => {
    const { getReport } = testCollector();
    const response = await getReport('/report?from=10/03/2025');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ problems: [{ field: 'from', message: '"10/03/2025": must be a date such as 2025-01-31.', hint: 'write dates as YYYY-MM-DD and the language as a two-letter code such as en.' }] });
    expect(((await (await getReport('/report?from=2025-03-10&to=2025-03-01')).json()) as { problems: Array<{ message: string }> }).problems[0]?.message).toBe('must not be later than to.');
  });
});

describe('CSV export', () => {
  const rows = (csv: string) => csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');

  it('downloads each table as a CSV file', async () => {
    const { getReport } = await collectorWithFeedback();
    const articles = await getReport('/report/articles.csv');
    expect(articles.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(articles.headers.get('content-disposition')).toBe('attachment; filename="articles.csv"');
    expect(rows(await articles.text())).toEqual([
      '"article","no_votes","yes_votes","share_no","rank_score","latest_comments"',
      '"flush-dns",2,1,0.667,0.208,"<script>alert(""pwned"")</script> Steps for Linux?"',
      '"restart-router",0,1,0,0,""',
    ]);
    expect(rows(await (await getReport('/report/flows.csv')).text())).toEqual([
      '"flow","runs","resolved","escalated","abandoned","node","reached","quit_here","median_seconds_on_node"',
      '"no-sound",2,0,1,1,"one-app-or-all",2,0,35',
      '"no-sound",2,0,1,1,"contact-help-desk",1,0,""',
      '"no-sound",2,0,1,1,"which-computer",1,1,15',
    ]);
    expect(rows(await (await getReport('/report/searches.csv?locale=ms')).text())).toEqual([
      '"kind","query","times","last_searched_at","results_shown"',
      '"no-results","bluetooth mouse",1,"2025-03-10T12:00:00.000Z",""',
    ]);
  });

  it('defuses cells a spreadsheet would run as formulas', async () => {
    const { postEvent, getReport } = testCollector();
    for (const comment of ['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1:A9)']) {
      expect((await postEvent(aComment({ page: `page-${comment.charCodeAt(0)}`, comment }))).status).toBe(204);
    }
    expect((await postEvent(aFailedSearch({ query: '=cmd|\' /C calc\'!A0' }))).status).toBe(204);
    const articles = await (await getReport('/report/articles.csv')).text();
    expect(articles).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(articles).toContain(`"'+1+1"`);
    expect(articles).toContain(`"'-2+3"`);
    expect(articles).toContain(`"'@SUM(A1:A9)"`);
    expect(await (await getReport('/report/searches.csv')).text()).toContain(`"'=cmd|' /c calc'!a0"`);
  });
});
