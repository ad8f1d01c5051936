// The browser stages for one built copy: search cost and the weight of an article page.
import { measurePageWeight } from './measure-page-weight.mjs';
import { measureSearch } from './measure-search.mjs';
import { startPreview } from './preview-server.mjs';

/** Serves `project` on `port` and measures search (from the home page) and `articlePath`. */
export async function measureBuiltSite(browser, project, port, articlePath, previewArgs = []) {
  const server = await startPreview(project, port, previewArgs);
  try {
    return {
      search: await measureSearch(browser, server.url),
      articlePage: await measurePageWeight(browser, `${server.url}${articlePath}`),
    };
  } finally {
    await server.stop();
  }
}
