/**
 * How long the article lists get. A large help desk has thousands of articles per topic: one page
 * listing them all weighed 6 MB at 20,000 articles, too much for a phone on a slow connection.
 */

/** Articles on one page of a topic or a tag: about 8 KB of HTML once compressed. */
export const ARTICLES_PER_LIST_PAGE = 50;

/** Articles each topic shows on the all-articles page, before a link to the rest of that topic. */
export const ARTICLES_PER_TOPIC_PREVIEW = 10;
