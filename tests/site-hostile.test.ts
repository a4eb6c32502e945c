// Hostile article text through the whole build: the feeds stay valid XML, the pages show the
// text as text, and the export stays valid JSON.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { runBuild } from '../src/build/run-build.ts';
import { tempProject, type TempProject } from './helpers/temp-project.ts';

let project: TempProject;
before(async () => {
  project = await tempProject();
  await project.addRaw('ctl.txt', 'Water\u0007 talks\u001b[2J <script>alert(1)</script> ]]>\n\nDUSHANBE, 03.03.2023 (Khovar\uFFFF) – The ministers of Tajikistan\u0001 and Uzbekistan met\u000b to discuss <b onmouseover=alert(2)>water</b> and energy.\n');
  await project.addRaw('fm.txt', '---\ntitle: "Quote \\" and <img src=x onerror=alert(3)> \\e[31m"\nsummary: "Line\\x08 break & \\uFFFE"\nplace: "</title><script>alert(4)</script>"\n---\nRiver levels rise\n\nTASHKENT, 04.03.2023 – Water levels in the rivers of Uzbekistan rose, officials said.\n');
  await runBuild({ ...project, today: '2026-01-01' });
});
after(() => project.remove());

const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

test('feeds and the sitemap are valid XML with no forbidden characters', async () => {
  for (const name of ['feed.xml', 'sitemap.xml']) {
    const xml = await readFile(path.join(project.outDir, name), 'utf8');
    assert.equal(XMLValidator.validate(xml), true, name);
    assert.doesNotMatch(xml, XML_FORBIDDEN, name);
    assert.doesNotMatch(xml, /<script|<img|<b /, name);
  }
});

test('article pages show markup from the text as text, and hold no forbidden characters', async () => {
  for (const slug of await readdir(path.join(project.outDir, 'articles'))) {
    const html = await readFile(path.join(project.outDir, 'articles', slug, 'index.html'), 'utf8');
    assert.doesNotMatch(html, XML_FORBIDDEN, slug);
    assert.doesNotMatch(html, /<script>alert|<img src=x|<b onmouseover/, slug);
    assert.ok(/&lt;script&gt;|&lt;img|&lt;b onmouseover/.test(html), `${slug} shows the markup as text`);
  }
});

test('the JSON export parses and keeps the text as written, less the forbidden characters', async () => {
  const { articles } = JSON.parse(await readFile(path.join(project.outDir, 'api', 'articles.json'), 'utf8')) as { articles: { title: string }[] };
  assert.equal(articles.length, 2);
  assert.ok(articles.some((a) => a.title === 'Water talks[2J <script>alert(1)</script> ]]>'), articles.map((a) => a.title).join(' | '));
});

test('the CSV export quotes what needs quoting and never hands a spreadsheet a formula', async () => {
  const formula = await tempProject();
  try {
    await formula.addRaw('f.txt', '---\ntitle: "=HYPERLINK(\\"http://x.example\\", \\"click\\")"\nsummary: "+1, then -2 and @sum"\n---\nBody\n\nDUSHANBE – Officials said the water works were done, and said so twice.\n');
    await runBuild({ ...formula, today: '2026-01-01' });
    const csv = await readFile(path.join(formula.outDir, 'api', 'articles.csv'), 'utf8');
    const [header, row] = csv.split('\r\n');
    assert.match(header!, /^page,slug,title,date,/);
    assert.ok(row!.includes(',"\'=HYPERLINK(""http://x.example"", ""click"")",'), row);
    assert.ok(row!.includes(',"\'+1, then -2 and @sum",'), row);
  } finally {
    await formula.remove();
  }
});

test('the text export holds each body as plain text, markup in it kept as the characters it is', async () => {
  const { articles } = JSON.parse(await readFile(path.join(project.outDir, 'api', 'articles-text.json'), 'utf8')) as { articles: { title: string; text: string }[] };
  assert.equal(articles.length, 2);
  const water = articles.find((a) => a.title.startsWith('Water'))!;
  assert.ok(water.text.includes('<b onmouseover=alert(2)>water</b>'), water.text);
  assert.doesNotMatch(water.text, /&lt;|<p>/);
});
