// What a reader gets from the built archive: pages, dates, links, lists, feeds and exports,
// built once from the fixtures in tests/fixtures/site.
import { test, before, after } from 'node:test';
import { rm } from 'node:fs/promises';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { XMLValidator, XMLParser } from 'fast-xml-parser';
import { buildFixtureSite, readPage, fileFor, articleUrl, listFiles, FILLERS, SITE_URL, RECEIVED_FIRST, type BuiltSite } from './site-helpers.ts';
import { countryInfo } from '../src/vocabulary/countries.ts';
import { shortDate } from '../src/site/filters/reader-date.ts';
import { TOPICS } from '../src/extract/topics/topics.ts';
import { searchDocuments } from '../src/site/search-document.ts';

let site: BuiltSite;
const page = (url: string) => readPage(site.outDir, url);
const country = (code: string) => countryInfo(code) ?? { code, name: code, slug: code.toLowerCase() };
const topicLabel = (slug: string) => TOPICS.find((t) => t.slug === slug)?.label ?? slug;

before(async () => {
  site = await buildFixtureSite();
});
after(() => rm(site.root, { recursive: true, force: true }));

test('every article has its own page at /articles/<slug>/ with its headline as the h1', async () => {
  const html = await page(articleUrl('water-talks'));
  assert.match(html, /<h1[^>]*>Tajikistan and Kazakhstan agree water-sharing plan<\/h1>/);
  assert.match(html, /<title>Tajikistan and Kazakhstan agree water-sharing plan · /);
  assert.equal((await listFiles(`${site.outDir}/articles`, '.html')).length, 5 + FILLERS);
});

test('a dated article shows its date as a reader says it, inside <time datetime>', async () => {
  assert.match(await page(articleUrl('water-talks')), /<time datetime="2025-06-04">Wednesday, 4 June 2025<\/time>/);
});

test('an undated article says "Date not stated" with the reason, and is listed under /archive/undated/', async () => {
  const html = await page(articleUrl('undated-bridge'));
  assert.match(html, /Date not stated/);
  assert.match(html, /the text says only &quot;last week&quot;/);
  const dateline = html.slice(html.indexOf('<p class="dateline">'), html.indexOf('<div class="article-body">'));
  assert.doesNotMatch(dateline, /<time/);
  assert.ok((await page('/archive/undated/')).includes(`href="${articleUrl('undated-bridge')}"`));
});

test('the article body keeps its sub-headings as h2 and shows place and source', async () => {
  const html = await page(articleUrl('water-talks'));
  assert.match(html, /<h2>Reservoirs And Reviews<\/h2>/);
  assert.match(html, /Dushanbe/);
  assert.match(html, /Asia-Plus/);
  assert.match(html, /<code>content\/raw\/water-talks\.txt<\/code>/);
});

test('an article shows its byline and links to the original article', async () => {
  const html = await page(articleUrl('trade-fair'));
  assert.match(html, /<span class="author">Aigerim Nurlanova<\/span>/);
  assert.match(html, /<a href="https:\/\/outlet\.example\.com\/trade-fair\?id=1&amp;lang=en" rel="nofollow noopener">/);
  assert.doesNotMatch(await page(articleUrl('water-talks')), /class="author"|<dt>Original<\/dt>/);
});

test('an article links to its countries, topics and people, and their pages link back', async () => {
  const html = await page(articleUrl('water-talks'));
  const kz = country('KZ');
  assert.ok(html.includes(`<a href="/countries/${kz.slug}/">${kz.name}</a>`));
  assert.ok(html.includes(`<a href="/topics/water/">${topicLabel('water')}</a>`));
  assert.ok(html.includes('href="/people/aziz-karimov/"'));
  for (const url of [`/countries/${kz.slug}/`, '/topics/water/', '/people/aziz-karimov/', '/sources/asia-plus/']) {
    assert.ok((await page(url)).includes(`href="${articleUrl('water-talks')}"`), `${url} links to the article`);
  }
});

test('country and topic indexes list every term with its number of articles', async () => {
  const countries = await page('/countries/');
  const tj = country('TJ');
  assert.match(countries, new RegExp(`<a href="/countries/${tj.slug}/">${tj.name}</a> <span class="count">5 articles</span>`));
  assert.match(await page('/topics/'), /<a href="\/topics\/trade\/">[^<]+<\/a> <span class="count">\d+ articles<\/span>/);
});

test('a term page lists its articles newest first with undated ones last', async () => {
  const html = await page(`/countries/${country('TJ').slug}/`);
  const order = ['water-talks', 'hostile', 'trade-fair', 'russian-summit', 'undated-bridge'].map((s) => html.indexOf(`href="${articleUrl(s)}"`));
  assert.ok(order.every((i) => i > 0), 'all listed');
  assert.deepEqual([...order].sort((a, b) => a - b), order);
});

test('a long list shows its newest 50 and every span of the calendar with its count, each span a page linked to its neighbours', async () => {
  const uz = `/countries/${country('UZ').slug}/`;
  const own = await page(uz);
  assert.equal(own.match(/<li>\s*<a href="\/articles\//g)?.length, 50);
  // The fillers' two months of 2022 are too many for one page, so each month is a page of its own.
  const spans = [...own.matchAll(/<li><a href="([^"]+)">([^<]+)<\/a> <span class="count">(\d+)<\/span><\/li>/g)].map((m) => [m[1], m[2], Number(m[3])]);
  assert.deepEqual(spans.filter(([, label]) => String(label).endsWith('2022')), [[`${uz}2022-02/`, 'February 2022', 27], [`${uz}2022-01/`, 'January 2022', 28]]);
  assert.equal(spans.reduce((sum, [, , n]) => sum + Number(n), 0), Number(/(\d+) articles, newest first/.exec(own)?.[1]));
  const february = await page(`${uz}2022-02/`);
  assert.match(february, /<h1>[^<]+: February 2022<\/h1>/);
  assert.equal(february.match(/<li>\s*<a href="\/articles\//g)?.length, 27);
  assert.ok(february.includes(`href="${uz}2022-01/" rel="next">Older: January 2022</a>`));
  assert.ok((await page(`${uz}2022-01/`)).includes(`href="${uz}2022-02/" rel="prev">Newer: February 2022</a>`));
  // A year too long for a page is cut the same way.
  assert.ok(existsSync(fileFor(site.outDir, '/archive/2022/2022-01/')));
});

test('the date archive lists years with months, and a year page groups its articles by month', async () => {
  const archive = await page('/archive/');
  assert.ok(archive.includes('href="/archive/2025/"'));
  assert.ok(archive.includes('href="/archive/2025/#m-2025-06">June 2025</a>'));
  assert.ok(archive.includes('href="/archive/undated/"'));
  const year = await page('/archive/2025/');
  assert.match(year, /<h2 id="m-2025-06">June 2025<\/h2>/);
  assert.ok(year.includes(`href="${articleUrl('water-talks')}"`));
});

test('the home page shows the latest articles, the archive size and date span, and the ways in', async () => {
  const html = await page('/');
  assert.ok(html.indexOf(articleUrl('water-talks')) > 0);
  assert.match(html, new RegExp(`${5 + FILLERS} articles, from [A-Z][a-z]+day, 1 January 2022 to Wednesday, 4 June 2025 \\(1 without a stated date\\)`));
  for (const url of ['/countries/', '/topics/', '/sources/', '/people/', '/archive/', '/archive/2025/']) assert.ok(html.includes(`href="${url}"`), url);
});

test('the home page and each list show coverage over time, every bar a link to an archive page that exists', async () => {
  const html = await page('/');
  const figure = /<figure class="coverage"[\s\S]*?<\/figure>/.exec(html)?.[0] ?? '';
  // Articles from January 2022 to June 2025: more than three years, so a bar a year.
  assert.match(figure, /<figcaption id="coverage-caption">Articles per year, 2022 to 2025; 1 undated article not shown\.<\/figcaption>/);
  const bars = [...figure.matchAll(/<a href="([^"]+)" aria-label="(\d{4}): (\d+) articles?">/g)];
  // One bar per year that has articles, with their number, counted here from the JSON export.
  const { articles } = JSON.parse(await page('/api/articles.json')) as { articles: { date: string | null }[] };
  const perYear = new Map<string, number>();
  for (const { date } of articles) if (date) perYear.set(date.slice(0, 4), (perYear.get(date.slice(0, 4)) ?? 0) + 1);
  assert.deepEqual(bars.map((b) => [b[2], Number(b[3])]), [...perYear].sort(([a], [b]) => a.localeCompare(b)));
  for (const [, url] of bars) assert.ok(existsSync(fileFor(site.outDir, url!.replace(/#.*$/, ''))), url);
  // The numbers again as a table, for those who cannot see the chart.
  assert.match(figure, /<table>[\s\S]*<th scope="row"><a href="\/archive\/2025\/">2025<\/a><\/th><td>\d+<\/td>/);
  const country = await page(`/countries/${countryInfo('TJ')!.slug}/`);
  assert.match(country, /<figure class="coverage"/);
});

test('/countries/ shows a world map where each country with articles links to its page with its count', async () => {
  const html = await page('/countries/');
  const map = /<figure class="world-map"[\s\S]*?<\/figure>/.exec(html)?.[0] ?? '';
  const tj = countryInfo('TJ')!;
  assert.match(map, new RegExp(`<a href="/countries/${tj.slug}/" aria-label="${tj.name}: \\d+ articles?"><path class="shade-[1-5]" d="M`));
  // A country no article names is drawn, unshaded and not a link.
  assert.ok((map.match(/<path class="shade-0" d="M/g) ?? []).length > 100);
  // The same counts as the list beside it.
  const listed = new RegExp(`href="/countries/${tj.slug}/">${tj.name}</a> <span class="count">(\\d+) articles?`).exec(html)![1];
  assert.ok(map.includes(`aria-label="${tj.name}: ${listed} article`));
});

test('a country\'s list groups its articles by year, undated last, with summaries', async () => {
  const html = await page(`/countries/${countryInfo('TJ')!.slug}/`);
  const headings = [...html.matchAll(/<h2 id="y-(\d{4}|undated)">(\d{4}|Undated)<\/h2>/g)].map((m) => m[2]);
  assert.ok(headings.length >= 3, 'two years or more and the undated');
  assert.deepEqual(headings, [...headings].sort((a, b) => (a === 'Undated' ? 1 : b === 'Undated' ? -1 : b!.localeCompare(a!))));
  // Summaries under the headlines.
  assert.ok(html.includes('<p>') && /<ul class="article-list">\s*<li>[\s\S]*?<p[ >]/.test(html));
});

test('an article names its countries and topics right under the headline, before the text', async () => {
  const html = await page(articleUrl('water-talks'));
  const brief = /<p class="in-brief" data-pagefind-ignore>([\s\S]*?)<\/p>/.exec(html);
  assert.ok(brief, 'the in-brief line');
  assert.ok(brief.index < html.indexOf('class="article-body"'));
  for (const code of ['TJ', 'KZ']) assert.ok(brief[1]!.includes(`href="/countries/${countryInfo(code)!.slug}/"`), code);
});

test('articles link to the previous and next article by date', async () => {
  const html = await page(articleUrl('water-talks'));
  assert.match(html, new RegExp(`Earlier</span> <a href="${articleUrl('hostile')}" rel="prev">`));
  const hostile = await page(articleUrl('hostile'));
  assert.match(hostile, new RegExp(`Later</span> <a href="${articleUrl('water-talks')}" rel="next">`));
});

test('related articles are those sharing the most countries, topics and people', async () => {
  const html = await page(articleUrl('water-talks'));
  const related = html.slice(html.indexOf('id="related-heading"'));
  const first = related.match(/<a href="(\/articles\/[^"]+)"/)?.[1];
  assert.ok(first === articleUrl('trade-fair') || first === articleUrl('russian-summit'), `first related is ${first}`);
  assert.ok(related.includes(articleUrl('trade-fair')));
  assert.ok((related.match(/<li/g) ?? []).length <= 5);
});

test('article text is shown exactly as written: template syntax, HTML and markdown stay text', async () => {
  const html = await page(articleUrl('hostile'));
  assert.ok(html.includes('{{ 7*7 }}'));
  assert.ok(html.includes('{% raw %}'));
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.ok(html.includes('&lt;img src=x onerror=alert(3)&gt;'));
  assert.ok(html.includes('<h1>Hostile {{ 7*7 }} &lt;b&gt;bold&lt;/b&gt; headline</h1>'));
  assert.ok(html.includes('**bold-looking**'));
  assert.ok(html.includes('[link-looking](http://example.com/evil)'));
  // Script elements may only load files (the search engineer's) or hold the JSON-LD data block;
  // none comes from the article.
  assert.doesNotMatch(html, /<script(?![^>]*\ssrc="\/assets\/)(?! type="application\/ld\+json">)|<img|<strong|<b>|href="http:\/\/example\.com|\b49\b/);
  // The title's markup stays inside the JSON-LD: "<" is escaped there.
  const jsonLd = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1] ?? '';
  assert.doesNotMatch(jsonLd, /</);
  assert.equal(JSON.parse(jsonLd).headline, 'Hostile {{ 7*7 }} <b>bold</b> headline');
});

test('an article page can be cited and shared: canonical link, Open Graph, JSON-LD and a citation line', async () => {
  const html = await page(articleUrl('water-talks'));
  const pageUrl = `${SITE_URL}${articleUrl('water-talks')}`;
  assert.ok(html.includes(`<link rel="canonical" href="${pageUrl}">`));
  assert.ok(html.includes(`<meta property="og:url" content="${pageUrl}">`));
  assert.ok(html.includes('<meta property="article:published_time" content="2025-06-04">'));
  const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!);
  assert.equal(jsonLd['@type'], 'NewsArticle');
  assert.equal(jsonLd.datePublished, '2025-06-04');
  assert.equal(jsonLd.url, pageUrl);
  const cite = /<p class="citation">(.*?)<\/p>/s.exec(html)![1]!;
  assert.match(cite, new RegExp(`^Asia-Plus\\. “.+[.!?]” 4 June 2025\\. Archived at ${pageUrl.replace(/[.?]/g, '\\$&')}\\.$`));
  const undated = /<p class="citation">(.*?)<\/p>/s.exec(await page(articleUrl('undated-bridge')))![1]!;
  assert.match(undated, / n\.d\. /);
});

test('a Russian article is served with lang="ru"; the site wording around it stays lang="en"', async () => {
  const ru = await page(articleUrl('russian-summit'));
  assert.match(ru, /<html lang="ru">/);
  assert.match(ru, /<header class="site-header" lang="en">/);
  assert.match(await page(articleUrl('water-talks')), /<html lang="en">/);
});

test('only article pages carry data-pagefind-body, around the headline and text, for the highlighter', async () => {
  for (const file of await listFiles(site.outDir, '.html')) {
    const html = await readPage(site.outDir, file.slice(site.outDir.length));
    const isArticle = file.includes('/articles/');
    assert.equal((html.match(/data-pagefind-body/g) ?? []).length, isArticle ? 1 : 0, file);
  }
  const html = await page(articleUrl('water-talks'));
  // The body holds the headline and text but not the lists around them.
  const body = html.slice(html.indexOf('data-pagefind-body'), html.indexOf('</article>'));
  assert.ok(body.includes('<h1') && body.includes('Reservoirs And Reviews') && !body.includes('Related articles'));
});

test('the search document of an article written as markup holds it as text', () => {
  const hostile = searchDocuments(site.records).find((d) => d.path === 'articles/hostile/index.html')!.html();
  assert.ok(hostile.includes('<h1 data-pagefind-meta="title">Hostile {{ 7*7 }} &lt;b&gt;bold&lt;/b&gt; headline</h1>'));
  assert.ok(hostile.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.doesNotMatch(hostile, /<script|<img|<b>/);
});

test('the search documents are the article pages, at their paths, with the metadata, filters and sort key', async () => {
  const articles = (await listFiles(`${site.outDir}/articles`, '.html')).map((f) => f.slice(site.outDir.length + 1)).sort();
  const documents = searchDocuments(site.records);
  assert.deepEqual(documents.map((d) => d.path).sort(), articles);
  const byPath = new Map(documents.map((d) => [d.path, d]));
  const dated = byPath.get('articles/water-talks/index.html')!;
  assert.deepEqual([dated.sortValue, dated.month], ['2025-06-04', '2025-06']);
  for (const attribute of [
    'data-pagefind-meta="date:2025-06-04"', `data-pagefind-meta="shown:${shortDate('2025-06-04')}"`, 'data-pagefind-sort="date:2025-06-04"', 'data-pagefind-meta="place:Dushanbe"',
    'data-pagefind-meta="source:Asia-Plus"', `data-pagefind-filter="country">${country('KZ').name}<`,
    `data-pagefind-filter="topic">${topicLabel('water')}<`, 'data-pagefind-filter="year">2025<', 'data-pagefind-filter="source">Asia-Plus<', 'data-pagefind-filter="month">2025-06<',
  ]) assert.ok(dated.html().includes(attribute), attribute);
  // What is searched is the headline and the body as the page shows it.
  const page = await readPage(site.outDir, '/articles/water-talks/index.html');
  const text = page.slice(page.indexOf('<div class="article-body">') + '<div class="article-body">'.length, page.indexOf('</div>', page.indexOf('<div class="article-body">'))).trim();
  assert.ok(dated.html().includes(text), 'the document has the body of the page');
  const undated = byPath.get('articles/undated-bridge/index.html')!;
  assert.equal(undated.sortValue, '0000-00-00');
  const html = undated.html();
  assert.ok(html.includes('data-pagefind-sort="date:0000-00-00"') && html.includes('data-pagefind-meta="shown:Date not stated"') && !html.includes('data-pagefind-meta="date:') && html.includes('data-pagefind-filter="year">Undated<'));
});

test('every page header has the plain GET search form', async () => {
  for (const url of ['/', articleUrl('hostile'), '/countries/', '/404.html']) {
    const html = await page(url);
    assert.match(html, /<form[^>]*action="\/search\/"[^>]*method="get"/, url);
    assert.match(html, /<input type="search"[^>]*name="q"/, url);
    assert.match(html, /<label for="site-search">/, url);
  }
});

test('Atom feeds for the site, each country and each topic are well-formed with absolute links', async () => {
  const parser = new XMLParser({ ignoreAttributes: false });
  for (const url of ['/feed.xml', `/countries/${country('TJ').slug}/feed.xml`, '/topics/trade/feed.xml']) {
    const xml = await page(url);
    assert.equal(XMLValidator.validate(xml), true, url);
    const feed = parser.parse(xml).feed;
    assert.equal(feed['@_xmlns'], 'http://www.w3.org/2005/Atom');
    const entries = [feed.entry ?? []].flat();
    assert.ok(entries.length > 0, url);
    for (const entry of entries) assert.ok(String(entry.id).startsWith(`${SITE_URL}/articles/`), entry.id);
  }
  assert.ok((await page('/feed.xml')).includes(`<link href="${SITE_URL}/feed.xml" rel="self"/>`));
});

test('a feed lists the articles most recently added to the archive first, undated ones too, and labels both dates', async () => {
  const feed = new XMLParser({ ignoreAttributes: false }).parse(await page('/feed.xml')).feed;
  const entries = [feed.entry].flat();
  // content/received.yml: the undated article came last, the 2024 trade fair before it, the rest at once.
  assert.equal(feed.updated, '2026-02-01T10:30:00Z');
  assert.deepEqual(entries.slice(0, 3).map((e) => String(e.id).split('/articles/')[1]), ['undated-bridge/', 'trade-fair/', 'water-talks/']);
  const [undated, trade, water] = entries;
  assert.equal(undated.updated, '2026-02-01T10:30:00Z');
  assert.equal(undated.published, undefined, 'an undated article has no publication date');
  assert.match(undated.content['#text'], /^<p>Publication date not stated; added to the archive 1 February 2026\.<\/p>/);
  assert.equal(trade.updated, '2026-01-15T00:00:00Z');
  assert.equal(trade.published, '2024-11-20T00:00:00Z');
  assert.match(trade.content['#text'], /^<p>Published 20 November 2024; added to the archive 15 January 2026\.<\/p>/);
  assert.equal(water.updated, RECEIVED_FIRST);
});

test('an article page says when it was added to the archive, apart from its date', async () => {
  assert.match(await page(articleUrl('trade-fair')), /<dt>Added to the archive<\/dt>\s*<dd>15 January 2026<\/dd>/);
});

test('the sitemap is well-formed XML listing absolute page URLs', async () => {
  const xml = await page('/sitemap.xml');
  assert.equal(XMLValidator.validate(xml), true);
  assert.ok(xml.includes(`<loc>${SITE_URL}/articles/water-talks/</loc>`));
  assert.ok(xml.includes(`<loc>${SITE_URL}/</loc>`));
});

test('/api/articles.json lists every article with its record fields', async () => {
  const { articles } = JSON.parse(await page('/api/articles.json'));
  assert.equal(articles.length, 5 + FILLERS);
  const water = articles.find((a: { slug: string }) => a.slug === 'water-talks');
  assert.deepEqual(Object.keys(water), ['page', 'slug', 'title', 'date', 'dateBasis', 'place', 'source', 'countries', 'topics', 'people', 'organizations', 'summary', 'url', 'author', 'meetings', 'language', 'wordCount', 'origin', 'received']);
  assert.equal(water.page, '/articles/water-talks/');
  assert.deepEqual(water.countries, ['TJ', 'KZ']);
  assert.equal(water.date, '2025-06-04');
  const hostile = articles.find((a: { slug: string }) => a.slug === 'hostile');
  assert.equal(hostile.title, 'Hostile {{ 7*7 }} <b>bold</b> headline');
});

test('/api/articles.csv has a header and one row per article, lists joined and the page absolute', async () => {
  const csv = await page('/api/articles.csv');
  const lines = csv.split('\r\n').filter(Boolean);
  assert.equal(lines[0], 'page,slug,title,date,dateBasis,place,source,author,url,language,countries,topics,people,organizations,wordCount,summary,origin,received');
  assert.equal(lines.length, 1 + 5 + FILLERS);
  const water = lines.find((line) => line.startsWith(`${SITE_URL}/articles/water-talks/,water-talks,`));
  assert.ok(water, 'the water talks row');
  assert.ok(water.includes(',TJ; KZ,'), water);
  assert.ok(csv.endsWith('\r\n') && !csv.endsWith('\r\n\n'));
});

test('a missing page has a 404 page that leads back into the archive', async () => {
  const html = await page('/404.html');
  assert.match(html, /<h1>Page not found<\/h1>/);
  assert.ok(html.includes('href="/"'));
});

test('organisations have pages of their own: an index, and a list with its chart and companions', async () => {
  const index = await page('/organizations/');
  assert.match(index, /<a href="\/organizations\/interstate-water-commission\/">Interstate Water Commission<\/a> <span class="count">2 articles<\/span>/);
  const html = await page('/organizations/interstate-water-commission/');
  for (const slug of ['water-talks', 'trade-fair']) assert.ok(html.includes(`href="${articleUrl(slug)}"`), slug);
  assert.match(html, /class="coverage"/);
  assert.match(html, /Most often with[\s\S]*<h3>Countries<\/h3>[\s\S]*Tajikistan/);
  assert.ok((await page(articleUrl('water-talks'))).includes('<a href="/organizations/interstate-water-commission/">Interstate Water Commission</a>'));
});

test('an organisation only one article names has no page, and that article names it as text', async () => {
  assert.equal(existsSync(fileFor(site.outDir, '/organizations/chamber-of-commerce/')), false);
  assert.doesNotMatch(await page('/organizations/'), /Chamber of Commerce/);
  assert.match(await page(articleUrl('trade-fair')), /<li><a href="\/organizations\/interstate-water-commission\/">Interstate Water Commission<\/a><\/li><li>Chamber of Commerce<\/li>/);
});
