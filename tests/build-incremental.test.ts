// A build after a small change redoes only what the change touches, and its site is the site a
// build from scratch makes of the same articles, byte for byte.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, link, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { runBuild } from '../src/build/run-build.ts';
import { buildReport } from '../src/build/build-report.ts';
import { tempProject, type TempProject } from './helpers/temp-project.ts';
import { snapshot } from './helpers/snapshot.ts';

const TODAY = '2026-11-22';
/** Two articles a shard: five dated articles in five months make three shards, the newest with room, plus one undated. */
const SHARD_SIZE = 2;

const article = (date: string | null, headline: string, text: string) =>
  `---\n${date ? `date: ${date}\n` : ''}---\n${headline}\n\nDUSHANBE – ${text} Officials in Tajikistan said the work would continue through the year.\n`;

const ARTICLES: Record<string, string> = {
  'a.txt': article('2023-02-10', 'Canal lining finished', 'Engineers finished lining the northern canal.'),
  'b.txt': article('2023-07-04', 'Orchard exports grow', 'Apricot exports from the valley grew by a fifth.'),
  'c.txt': article('2024-01-15', 'Winter power limits eased', 'Households will get power for longer each day.'),
  'd.txt': article('2024-06-21', 'Road tunnel reopens', 'The mountain tunnel reopened after repairs.'),
  'e.txt': article('2025-03-02', 'Cotton sowing begins', 'Farmers began sowing cotton in the south.'),
  'g.txt': article(null, 'Museum adds a wing', 'The national museum opened a new wing for textiles.'),
};
const ADDED = article('2025-09-12', 'Bridge over the river opens', 'A new bridge over the river opened to trucks.');

const projects: TempProject[] = [];
async function project(files: Record<string, string>): Promise<TempProject> {
  const made = await tempProject();
  projects.push(made);
  for (const [name, text] of Object.entries(files)) await made.addRaw(name, text);
  return made;
}
after(() => Promise.all(projects.map((p) => p.remove())));

test('adding an article indexes only its shard again, and gives the site a build from scratch gives', async () => {
  const growing = await project(ARTICLES);
  const first = await runBuild({ ...growing, today: TODAY, indexShardSize: SHARD_SIZE });
  assert.equal(first.indexShards, 4);
  assert.equal(first.indexShardsBuilt, 4);

  await growing.addRaw('h.txt', ADDED);
  const told: string[] = [];
  const second = await runBuild({ ...growing, today: TODAY, indexShardSize: SHARD_SIZE, onProgress: (line) => told.push(line) });
  assert.equal(second.articles, 7);
  // The exports are made again with the new article's entries; the others' are copied.
  assert.ok(told.some((line) => line.startsWith('Writing the exports: 3 of 3 files made, the others unchanged; 3 of 21 entries made, the others copied')), told.join('\n'));
  // The new article's month is in the newest shard; the older ones and the undated are reused.
  assert.deepEqual([second.indexShards, second.indexShardsBuilt], [4, 1]);
  // Rendered again: the new article, the articles that link to it (neighbours, related) and
  // the pages that list it, and the single pages (home, archive, search, 404); in an archive
  // this small that is most pages, but never all.
  assert.ok(second.pagesRendered < second.pages, `${second.pagesRendered} of ${second.pages} pages rendered`);
  assert.equal(first.pagesRendered, first.pages);

  const scratch = await project({ ...ARTICLES, 'h.txt': ADDED });
  // As a clone of the project would have it: when each article was received goes with the articles.
  await cp(path.join(growing.root, 'content', 'received.yml'), path.join(scratch.root, 'content', 'received.yml'));
  await runBuild({ ...scratch, today: TODAY, indexShardSize: SHARD_SIZE });
  assert.deepEqual(await snapshot(growing.outDir), await snapshot(scratch.outDir));
});

// As npm start builds: one process, the ingest cache kept in memory between builds and each
// build's render worker started when the one before ended.
test('builds in a process that builds again give the site a build from scratch gives', async () => {
  const growing = await project(ARTICLES);
  for (const name of ['h.txt', 'i.txt']) {
    await runBuild({ ...growing, today: TODAY, indexShardSize: SHARD_SIZE, again: true });
    await growing.addRaw(name, name === 'h.txt' ? ADDED : article('2025-10-01', 'Dam inspection begins', 'Inspectors began checking the dam before winter.'));
  }
  const last = await runBuild({ ...growing, today: TODAY, indexShardSize: SHARD_SIZE, again: true });
  assert.equal(last.articles, 8);
  assert.ok(last.pagesRendered < last.pages);
  const scratch = await project({ ...ARTICLES });
  for (const name of ['h.txt', 'i.txt']) await cp(path.join(growing.rawDir, name), path.join(scratch.rawDir, name));
  await cp(path.join(growing.root, 'content', 'received.yml'), path.join(scratch.root, 'content', 'received.yml'));
  await runBuild({ ...scratch, today: TODAY, indexShardSize: SHARD_SIZE });
  assert.deepEqual(await snapshot(growing.outDir), await snapshot(scratch.outDir));
});

// The render worker started ahead for a next build that may never come must not keep the
// process alive: a script that builds once this way still ends (here, long before the timeout).
test('a process whose build started the next build\'s render worker ahead still ends', async () => {
  const once = await project(ARTICLES);
  const code = `const { runBuild } = await import(${JSON.stringify(path.resolve('src/build/run-build.ts'))});
const s = await runBuild({ root: ${JSON.stringify(once.root)}, rawDir: ${JSON.stringify(once.rawDir)}, recordsDir: ${JSON.stringify(once.recordsDir)}, outDir: ${JSON.stringify(once.outDir)}, today: '${TODAY}', again: true });
console.log('built', s.articles);`;
  const script = path.join(once.root, 'build-once.mts');
  await writeFile(script, code);
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', script], { timeout: 120_000 });
  assert.match(stdout, /built 6/);
});

// Nothing in common with the others (place, topic, people), so only its neighbours in time link
// to it: their earlier and later links are all that changes on their pages.
test('an article added between two others changes their earlier and later links as a build from scratch has them', async () => {
  const between = `---\ndate: 2024-03-05\n---\nChoir sings at the cathedral\n\nLIMA – The city choir sang at the cathedral on Sunday.\n`;
  const growing = await project(ARTICLES);
  await runBuild({ ...growing, today: TODAY, indexShardSize: SHARD_SIZE });
  await growing.addRaw('m.txt', between);
  await runBuild({ ...growing, today: TODAY, indexShardSize: SHARD_SIZE });
  const scratch = await project({ ...ARTICLES, 'm.txt': between });
  await cp(path.join(growing.root, 'content', 'received.yml'), path.join(scratch.root, 'content', 'received.yml'));
  await runBuild({ ...scratch, today: TODAY, indexShardSize: SHARD_SIZE });
  assert.deepEqual(await snapshot(growing.outDir), await snapshot(scratch.outDir));
});

// With five articles a page, Tajikistan's list (every article names it) is cut into spans of the
// calendar: 2025-2029 (1), 2024 (4), 2022-2023 (3) and the undated (1).
test('an article added to a long list renders its span\'s page and the list\'s own page again, and no other page of the list', async () => {
  const more = {
    ...ARTICLES,
    'p.txt': article('2023-03-01', 'Seed bank opens', 'A seed bank opened in the capital.'),
    'q.txt': article('2024-09-09', 'Rail freight rises', 'Rail freight through the country rose sharply.'),
    'r.txt': article('2024-11-11', 'Glacier survey ends', 'Scientists ended their survey of the largest glacier.'),
  };
  const settings = 'pageSizes:\n  list: 5\n';
  const growing = await project(more);
  await writeFile(path.join(growing.root, 'content', 'site.yml'), settings);
  await runBuild({ ...growing, today: TODAY, indexShardSize: SHARD_SIZE });
  const list = path.join(growing.outDir, 'countries', 'tajikistan');
  const pages = ['index.html', '2025-2029/index.html', '2024/index.html', '2022-2023/index.html', 'undated/index.html'];
  const before = await Promise.all(pages.map((page) => stat(path.join(list, page))));

  const added = article('2023-05-05', 'Dam inspection passed', 'The old dam passed its yearly inspection.');
  await growing.addRaw('s.txt', added);
  await runBuild({ ...growing, today: TODAY, indexShardSize: SHARD_SIZE });
  const renderedAgain = (await Promise.all(pages.map((page) => stat(path.join(list, page))))).flatMap((info, i) => (info.ino === before[i]!.ino ? [] : [pages[i]]));
  assert.deepEqual(renderedAgain, ['index.html', '2022-2023/index.html']);

  const scratch = await project({ ...more, 's.txt': added });
  await writeFile(path.join(scratch.root, 'content', 'site.yml'), settings);
  await cp(path.join(growing.root, 'content', 'received.yml'), path.join(scratch.root, 'content', 'received.yml'));
  await runBuild({ ...scratch, today: TODAY, indexShardSize: SHARD_SIZE });
  assert.deepEqual(await snapshot(growing.outDir), await snapshot(scratch.outDir));
});

test('editing an old article indexes only the shard that holds it', async () => {
  const edited = await project(ARTICLES);
  await runBuild({ ...edited, today: TODAY, indexShardSize: SHARD_SIZE });
  await edited.addRaw('a.txt', article('2023-02-10', 'Canal lining finished', 'Engineers finished lining the northern canal and the southern one.'));
  const rebuilt = await runBuild({ ...edited, today: TODAY, indexShardSize: SHARD_SIZE });
  assert.deepEqual([rebuilt.indexShards, rebuilt.indexShardsBuilt], [4, 1]);
});

// Only the body changes: a later paragraph, which no summary or other field is made from.
test('an article whose text alone changed is rendered again, in its page, the feed and the text export', async () => {
  const withEnd = (end: string) => `${ARTICLES['e.txt']}\nThe ministry will report on the harvest in ${end}.\n`;
  const edited = await project({ ...ARTICLES, 'e.txt': withEnd('May') });
  await runBuild({ ...edited, today: TODAY, indexShardSize: SHARD_SIZE });
  await edited.addRaw('e.txt', withEnd('June'));
  const rebuilt = await runBuild({ ...edited, today: TODAY, indexShardSize: SHARD_SIZE });
  assert.ok(rebuilt.pagesRendered > 0);
  const [slug] = (await readdir(path.join(edited.outDir, 'articles'))).filter((name) => name.startsWith('cotton-sowing-begins'));
  for (const file of [`articles/${slug}/index.html`, 'feed.xml', 'api/articles-text.json']) {
    assert.match(await readFile(path.join(edited.outDir, file), 'utf8'), /harvest in June/, file);
  }
});

// Home, archive, search, who met whom, 404 and the sitemap are made from the whole archive, and so
// are the exports, by a stage of their own: kept when no article changed, made again when one did.
test('a build with nothing changed renders no page, not even those made from the whole archive', async () => {
  const same = await project(ARTICLES);
  await runBuild({ ...same, today: TODAY, indexShardSize: SHARD_SIZE });
  const files = ['index.html', 'sitemap.xml', 'api/articles.json'].map((file) => path.join(same.outDir, file));
  const before = await Promise.all(files.map((file) => stat(file)));
  const told: string[] = [];
  const again = await runBuild({ ...same, today: TODAY, indexShardSize: SHARD_SIZE, onProgress: (line) => told.push(line) });
  assert.equal(again.pagesRendered, 0);
  assert.equal(again.indexShardsBuilt, 0);
  assert.ok(told.some((line) => line.startsWith('Writing the exports: 0 of 3 files made, the others unchanged')), told.join('\n'));
  assert.ok(buildReport(again).includes(`Unchanged since the last build, so kept: ${again.pages} of ${again.pages} pages, ${again.indexShards} of ${again.indexShards} parts of the search index, 3 of 3 exports.`), buildReport(again).join('\n'));
  assert.deepEqual((await Promise.all(files.map((file) => stat(file)))).map((info) => info.ino), before.map((info) => info.ino));
  await same.addRaw('h.txt', ADDED);
  const added = await runBuild({ ...same, today: TODAY, indexShardSize: SHARD_SIZE });
  for (const [i, file] of files.entries()) {
    assert.notEqual((await stat(file)).ino, before[i]!.ino, file);
    assert.match(await readFile(file, 'utf8'), /bridge-over-the-river-opens/, file);
  }
  assert.ok(added.pagesRendered >= 5, `${added.pagesRendered} pages rendered`);
});

test('a page made from the whole archive deleted by hand is rendered again, with the others', async () => {
  const damaged = await project(ARTICLES);
  await runBuild({ ...damaged, today: TODAY, indexShardSize: SHARD_SIZE });
  const sitemap = path.join(damaged.outDir, 'sitemap.xml');
  const before = await readFile(sitemap, 'utf8');
  await rm(sitemap);
  const again = await runBuild({ ...damaged, today: TODAY, indexShardSize: SHARD_SIZE });
  // Home, archive, search, who met whom and 404.
  assert.equal(again.pagesRendered, 5);
  assert.equal(await readFile(sitemap, 'utf8'), before);
});

// A feed is kept (the published file, linked) when its entries are unchanged, and made again
// when one is added.
test('a feed is rendered again only when its entries change', async () => {
  const feeds = await project(ARTICLES);
  await runBuild({ ...feeds, today: TODAY, indexShardSize: SHARD_SIZE });
  const feed = path.join(feeds.outDir, 'feed.xml');
  const first = await stat(feed);
  await runBuild({ ...feeds, today: TODAY, indexShardSize: SHARD_SIZE });
  assert.equal((await stat(feed)).ino, first.ino);
  await feeds.addRaw('h.txt', ADDED);
  await runBuild({ ...feeds, today: TODAY, indexShardSize: SHARD_SIZE });
  assert.notEqual((await stat(feed)).ino, first.ino);
  assert.match(await readFile(feed, 'utf8'), /Bridge over the river opens/);
});

test('a build whose earlier site was replaced by hand renders everything', async () => {
  const replaced = await project(ARTICLES);
  const first = await runBuild({ ...replaced, today: TODAY, indexShardSize: SHARD_SIZE });
  // A copy is another folder: the pages recorded for the old one say nothing about it.
  await cp(replaced.outDir, `${replaced.outDir}-copy`, { recursive: true });
  await rm(replaced.outDir, { recursive: true });
  await rename(`${replaced.outDir}-copy`, replaced.outDir);
  const again = await runBuild({ ...replaced, today: TODAY, indexShardSize: SHARD_SIZE });
  assert.equal(again.pagesRendered, first.pages);
});

test('a page deleted by hand from the published site is rendered again, not linked', async () => {
  const damaged = await project(ARTICLES);
  await runBuild({ ...damaged, today: TODAY, indexShardSize: SHARD_SIZE });
  const page = path.join(damaged.outDir, 'topics', 'index.html');
  const before = await readFile(page, 'utf8');
  await rm(page);
  const again = await runBuild({ ...damaged, today: TODAY, indexShardSize: SHARD_SIZE });
  // The one that was gone, alone.
  assert.equal(again.pagesRendered, 1);
  assert.equal(await readFile(page, 'utf8'), before);
});

// A site made in a fresh folder shares the unchanged pages' files with the published site (hard
// links); one made in the site two builds old shares every file the last build kept. Either way,
// a page rendered again must be a file of its own.
for (const [where, builds] of [['a fresh folder', 1], ['the site two builds old', 2]] as const) {
  test(`a rebuild made in ${where} never writes into a file of the published site`, async () => {
    const growing = await project(ARTICLES);
    for (let i = 0; i < builds; i++) await runBuild({ ...growing, today: TODAY, indexShardSize: SHARD_SIZE });
    // The newest article's page: the added one becomes its "later" neighbour.
    const [newest] = (await readdir(path.join(growing.outDir, 'articles'))).filter((slug) => slug.startsWith('cotton-sowing-begins'));
    const page = path.join(growing.outDir, 'articles', newest!, 'index.html');
    const before = await readFile(page, 'utf8');
    const held = path.join(growing.root, 'held.html');
    await link(page, held);
    await growing.addRaw('h.txt', ADDED);
    await runBuild({ ...growing, today: TODAY, indexShardSize: SHARD_SIZE });
    assert.notEqual(await readFile(page, 'utf8'), before, 'the page was rendered again');
    assert.equal(await readFile(held, 'utf8'), before, 'the published file is as it was');
  });
}

// The third build is made in the site the second replaced: what changed since, in either
// direction, is brought up to date there.
test('a build made in the site two builds old gives the site a build from scratch gives', async () => {
  const changing = await project(ARTICLES);
  await runBuild({ ...changing, today: TODAY, indexShardSize: SHARD_SIZE });
  await changing.addRaw('h.txt', ADDED);
  await runBuild({ ...changing, today: TODAY, indexShardSize: SHARD_SIZE });
  await rm(path.join(changing.rawDir, 'b.txt'));
  const edited = article('2023-02-10', 'Canal lining finished', 'Engineers finished lining the northern canal and the southern one.');
  await changing.addRaw('a.txt', edited);
  await runBuild({ ...changing, today: TODAY, indexShardSize: SHARD_SIZE });
  const { 'b.txt': _removed, ...rest } = ARTICLES;
  const scratch = await project({ ...rest, 'a.txt': edited, 'h.txt': ADDED });
  await cp(path.join(changing.root, 'content', 'received.yml'), path.join(scratch.root, 'content', 'received.yml'));
  await runBuild({ ...scratch, today: TODAY, indexShardSize: SHARD_SIZE });
  assert.deepEqual(await folders(changing.outDir), await folders(scratch.outDir));
  assert.deepEqual(await snapshot(changing.outDir), await snapshot(scratch.outDir));
});

// The site two builds old holds the index shards the last build kept: they stay there as they
// are (the same folder), not removed and linked again.
test('an index shard unchanged since the site two builds old stays in it as it is', async () => {
  const growing = await project(ARTICLES);
  await runBuild({ ...growing, today: TODAY, indexShardSize: SHARD_SIZE });
  const undated = async () => {
    const bundle = path.join(growing.outDir, 'pagefind');
    const [folder] = (await readdir(bundle)).filter((name) => name.startsWith('undated'));
    return stat(path.join(bundle, folder!));
  };
  const before = await undated();
  await growing.addRaw('h.txt', ADDED);
  await runBuild({ ...growing, today: TODAY, indexShardSize: SHARD_SIZE });
  await growing.addRaw('i.txt', article('2025-10-01', 'Airport terminal opens', 'A new terminal opened at the airport.'));
  await runBuild({ ...growing, today: TODAY, indexShardSize: SHARD_SIZE });
  assert.equal((await undated()).ino, before.ino);
});

test('an article removed leaves no folder of its pages behind', async () => {
  const shrinking = await project(ARTICLES);
  await runBuild({ ...shrinking, today: TODAY, indexShardSize: SHARD_SIZE });
  await rm(path.join(shrinking.rawDir, 'b.txt'));
  await runBuild({ ...shrinking, today: TODAY, indexShardSize: SHARD_SIZE });
  const { 'b.txt': _removed, ...rest } = ARTICLES;
  const scratch = await project(rest);
  await cp(path.join(shrinking.root, 'content', 'received.yml'), path.join(scratch.root, 'content', 'received.yml'));
  await runBuild({ ...scratch, today: TODAY, indexShardSize: SHARD_SIZE });
  assert.deepEqual(await folders(shrinking.outDir), await folders(scratch.outDir));
  assert.deepEqual(await snapshot(shrinking.outDir), await snapshot(scratch.outDir));
});

async function folders(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isDirectory()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
}

test('a build tells each stage as it starts and ends, with what it did', async () => {
  const told = await project(ARTICLES);
  const lines: string[] = [];
  await runBuild({ ...told, today: TODAY, onProgress: (line) => lines.push(line) });
  assert.deepEqual(lines.filter((l) => l.endsWith('...')), ['Reading raw articles...', 'Rendering pages...', 'Indexing for search...', 'Writing the exports...', 'Publishing the site...']);
  assert.ok(lines.some((l) => /^Reading raw articles: 6 articles, \d+\.\d s$/.test(l)), lines.join('\n'));
  assert.ok(lines.some((l) => /^Rendering pages: (\d+) of \1 pages rendered, the others unchanged, \d+\.\d s$/.test(l)), lines.join('\n'));
  assert.ok(lines.some((l) => /^Indexing for search: 6 articles, 2 of 2 parts indexed, \d+\.\d s$/.test(l)), lines.join('\n'));
  assert.ok(lines.some((l) => /^Writing the exports: 3 of 3 files made, the others unchanged, \d+\.\d s$/.test(l)), lines.join('\n'));
});
