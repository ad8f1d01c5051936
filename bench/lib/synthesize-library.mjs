// Recombines the real articles and flows into a library of any size. Text is varied, not copied:
// each synthetic article joins sections of several real articles under a new title, and names a
// device and an error code, as real help-center articles do, so Pagefind's vocabulary and index
// grow with the library as they would for real content.
import GithubSlugger from 'github-slugger';
import { parseDocument } from 'yaml';
import { seededRandom } from './seeded-random.mjs';

// Situations readers write in; they vary titles with words the real articles use.
const SITUATIONS = [
  'after an update', 'on a work laptop', 'on a shared computer', 'when working from home', 'for new staff',
  'on the guest network', 'over the VPN', 'in a meeting room', 'after a password change', 'on a new computer',
  'after moving office', 'at a hotel', 'on a second screen', 'for a temporary account', 'on an older device',
  'after a restart', 'with a docking station', 'on battery power', 'for help-desk agents', 'on a school device',
  'after a factory reset', 'in the branch office', 'on a personal device', 'before a trip', 'after a power cut',
];
const COMPUTERS = ['Dell Latitude', 'Lenovo ThinkPad', 'HP EliteBook', 'MacBook Air', 'MacBook Pro', 'Surface Laptop', 'Surface Pro', 'iMac', 'Acer Chromebook', 'ASUS Zenbook'];
const DEVICES_BY_CATEGORY = {
  hardware: ['HP LaserJet', 'Brother HL', 'Canon PIXMA', 'Epson EcoTank', 'Logitech MX', 'Dell UltraSharp', 'Jabra Evolve', ...COMPUTERS.slice(0, 4)],
  mobile: ['iPhone', 'Galaxy', 'Pixel', 'iPad', 'Galaxy Tab', 'Moto G'],
  networking: ['Netgear Nighthawk', 'TP-Link Archer', 'Ubiquiti UniFi', 'Cisco Meraki', ...COMPUTERS],
};
const LETTERS = 'ABCDEFGHJKLMNPRSTUVWXZ';

function slugify(text, maxLength) {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, maxLength).replace(/-$/, '');
}

function deviceName(category, random) {
  return `${random.pick(DEVICES_BY_CATEGORY[category] ?? COMPUTERS)} ${random.pick([...LETTERS])}${random.int(10, 9999)}`;
}

function errorCode(random) {
  return random.pick([
    () => `0x8007${random.int(0, 0xffff).toString(16).padStart(4, '0').toUpperCase()}`,
    () => `error ${random.int(100, 999)}-${random.int(10, 99)}`,
    () => `code ${random.pick([...LETTERS])}${random.pick([...LETTERS])}-${random.int(1000, 9999)}`,
  ])();
}

/** A title within the schema's 90 characters: the real title, a situation, sometimes a device. */
function vary(title, situation, device) {
  const candidates = [device ? `${title}: ${device} ${situation}` : '', `${title} ${situation}`];
  return candidates.find((text) => text && text.length <= 90) ?? title.slice(0, 90);
}

const isFallbackSection = (section) => /^If that didn.t work/.test(section.heading);

/** Builds the sections of one synthetic article: some of its base article's, then some from others. */
function recombineSections(base, sameCategory, everyArticle, random) {
  const own = base.sections.filter((section) => !isFallbackSection(section));
  const chosen = random.sample(own, random.int(1, Math.min(2, own.length)));
  const borrowedCount = random.int(1, 3);
  for (let attempt = 0; attempt < borrowedCount * 4 && chosen.length < borrowedCount + 2; attempt += 1) {
    const donor = random.chance(0.6) ? random.pick(sameCategory) : random.pick(everyArticle);
    const section = random.pick(donor.sections.filter((s) => !isFallbackSection(s)));
    if (section && !chosen.includes(section)) chosen.push(section);
  }
  const fallback = base.sections.find(isFallbackSection);
  return fallback ? [...chosen, fallback] : chosen;
}

/**
 * Sections borrowed from other articles may link to a section of their own page (`[Pair it](#pair-the-device)`)
 * that this article does not have; the build rejects such links, as it should, so they become plain text.
 */
function withoutLinksToMissingSections(body) {
  const slugger = new GithubSlugger();
  const ids = new Set([...body.matchAll(/^#{2,6}\s+(.+?)\s*$/gm)].map((match) => slugger.slug(match[1].replace(/[*_`]/g, ''))));
  return body.replace(/\[([^\]]+)\]\(#([^)\s]+)\)/g, (link, text, id) => (ids.has(id) ? link : text));
}

/** `count` articles: the real ones unchanged (their links must keep working) plus recombined ones. */
function synthesizeArticles(realArticles, count, flowIds, random) {
  const byCategory = Object.groupBy(realArticles, (article) => article.category);
  const articles = realArticles.map((real) => ({ category: real.category, slug: real.id, data: real.data, body: real.source.replace(/^---\n[\s\S]*?\n---\n/, ''), real: true }));
  const slugs = articles.map((article) => article.slug);
  for (let index = articles.length; index < count; index += 1) {
    const base = realArticles[index % realArticles.length];
    const device = deviceName(base.category, random);
    const title = vary(base.data.title, random.pick(SITUATIONS), random.chance(0.7) ? device : undefined);
    const slug = `${slugify(title, 60)}-${index}`;
    const sections = recombineSections(base, byCategory[base.category], realArticles, random);
    const detail = `This was checked on a ${device}. If you see ${errorCode(random)}, note it down for the help desk.`;
    const body = withoutLinksToMissingSections([base.intro, detail, ...sections.map((section) => section.text)].join('\n\n'));
    const donorKeywords = random.pick(realArticles).data.keywords ?? [];
    const data = {
      title,
      description: base.data.description,
      category: base.category,
      platforms: base.data.platforms,
      tags: base.data.tags ?? [],
      updated: `2026-${String(random.int(1, 11)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
      estimatedMinutes: random.int(2, 30),
      audience: random.chance(0.05) ? 'agents' : 'everyone',
      related: [],
      flows: random.chance(0.5) ? [random.pick(flowIds)] : [],
      keywords: [...new Set([...(base.data.keywords ?? []).slice(0, 6), ...random.sample(donorKeywords, 3)].map(String))],
      verifiedOn: base.data.verifiedOn,
      reviewBy: base.data.reviewBy,
    };
    articles.push({ category: base.category, slug, data, body, real: false });
    slugs.push(slug);
  }
  for (const article of articles) {
    if (article.real) continue;
    // Three other articles, drawn by index: filtering 20,000 slugs per article would be quadratic.
    const related = new Set();
    for (let attempt = 0; attempt < 12 && related.size < 3; attempt += 1) {
      const slug = slugs[random.int(0, slugs.length - 1)];
      if (slug !== article.slug) related.add(slug);
    }
    article.data.related = [...related];
  }
  return articles;
}

/** Step nodes of every real flow: what a synthetic flow's steps are swapped for. */
function stepPool(realFlows) {
  return realFlows.flatMap((flow) => Object.values(flow.data.nodes).filter((node) => node.type === 'step'));
}

/** `count` flows: the real ones plus copies of their graphs under new titles with other flows' steps. */
function synthesizeFlows(realFlows, count, random) {
  const flows = realFlows.map((real) => ({ id: real.id, source: real.source }));
  const steps = stepPool(realFlows);
  for (let index = flows.length; index < count; index += 1) {
    const base = realFlows[index % realFlows.length];
    const document = parseDocument(base.source);
    const id = `${base.id}-${index}`;
    document.set('id', id);
    document.set('title', vary(base.data.title, random.pick(SITUATIONS)));
    for (const [nodeId, node] of Object.entries(base.data.nodes)) {
      if (node.type !== 'step' || !random.chance(0.6)) continue;
      const donor = random.pick(steps);
      document.setIn(['nodes', nodeId, 'title'], donor.title);
      document.setIn(['nodes', nodeId, 'body'], donor.body);
    }
    flows.push({ id, source: document.toString({ lineWidth: 0 }) });
  }
  return flows;
}

/** The whole synthetic library for one size. Same seed, same library. */
export function synthesizeLibrary({ realArticles, realFlows, articleCount, flowCount, seed = 20261123 }) {
  const random = seededRandom(seed + articleCount);
  const flows = synthesizeFlows(realFlows, flowCount, random);
  const articles = synthesizeArticles(realArticles, articleCount, flows.map((flow) => flow.id), random);
  return { articles, flows };
}
