/**
 * Pages and feeds written for the tests (no real article is copied): a small news site with numbered stories.
 * Each story names a company from the extraction gazetteer and a figure, so extraction finds an event in it.
 */

const COMPANIES = ['Intel', 'Cisco', 'Spotify', 'Zoom', 'Salesforce', 'PayPal', 'Unity', 'Workday', 'Snap', 'IBM'];

/** The text of story `n` (version `v`: a changed story has a different last paragraph). */
export function storyParagraphs(n: number, v = 1): string[] {
  const company = COMPANIES[n % COMPANIES.length]!;
  const count = (n + 1) * 100;
  return [
    `${company} said on Tuesday that it would cut about ${count.toLocaleString('en-US')} jobs in story number ${n}, as the company reorganises its teams.`,
    `The reductions will mostly affect managers and support staff, a spokesperson said, adding that affected employees would receive severance.`,
    v === 1
      ? `Analysts said the decision reflected slower demand across the industry in the first half of the year.`
      : `In an update, the company said the cuts would be completed by the end of the quarter, earlier than planned.`,
  ];
}

/** A full HTML page for story `n`, with site chrome around the article and OpenGraph/article meta. */
export function storyPage(n: number, options: { v?: number; origin?: string; site?: string } = {}): string {
  const site = options.site ?? 'Test Wire';
  const paragraphs = storyParagraphs(n, options.v ?? 1)
    .map((p) => `<p>${p}</p>`)
    .join('\n');
  const day = String((n % 28) + 1).padStart(2, '0');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Story ${n}: job cuts | ${site}</title>
<meta property="og:site_name" content="${site}">
<meta property="article:published_time" content="2024-03-${day}T09:00:00Z">
${options.origin ? `<link rel="canonical" href="${options.origin}/news/${n}">` : ''}
</head><body>
<nav><a href="/">Home</a> <a href="/business">Business</a></nav>
<article><h1>Story ${n}: job cuts</h1>
${paragraphs}
</article>
<aside class="related"><h2>Related</h2><ul><li>Microsoft to cut 10,000 jobs</li><li>Amazon trims 9,000 roles</li></ul></aside>
<footer>© ${site}. Apple and Meta are advertisers.</footer>
</body></html>`;
}

/** An RSS 2.0 feed listing stories `numbers` at `${origin}/news/<n>` (`changed` ones get a new title). */
export function rssFeed(origin: string, numbers: readonly number[], changed: ReadonlySet<number> = new Set()): string {
  const items = numbers
    .map(
      (n) => `<item><title>Story ${n}: job cuts${changed.has(n) ? ' (updated)' : ''}</title>
<link>${origin}/news/${n}?utm_source=rss&amp;utm_medium=feed</link><guid isPermaLink="false">story-${n}</guid>
<pubDate>${new Date(Date.UTC(2024, 2, (n % 28) + 1, 9)).toUTCString()}</pubDate>
<description>Story ${n} summary${changed.has(n) ? ', updated' : ''}.</description></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Test Wire</title><link>${origin}/</link><description>Stories</description>
${items}
</channel></rss>`;
}
