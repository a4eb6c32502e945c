// Who met whom on the site: the /relations/ page, a person's "Met with", and the JSON export,
// built from a small archive of my own articles.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { runBuild } from '../src/build/run-build.ts';
import { tempProject, type TempProject } from './helpers/temp-project.ts';

const PEOPLE = 'people: [Almas Bekov, Dina Orlova, Timur Rashidov]';
const ARTICLES: Record<string, string> = {
  'a.txt': `---\ndate: 2025-05-02\n${PEOPLE}\n---\nMinisters meet on water\n\nBISHKEK – Foreign Minister Almas Bekov met Dina Orlova in Bishkek on Friday to discuss water sharing.\n`,
  'b.txt': `---\ndate: 2025-06-11\n${PEOPLE}\n---\nSecond round of water talks\n\nOSH – Almas Bekov and Dina Orlova held talks again in Osh, officials said on Wednesday.\n`,
  'c.txt': `---\ndate: 2025-07-01\n${PEOPLE}\n---\nDam opening draws officials\n\nNAREN – Almas Bekov, Dina Orlova and Timur Rashidov attended the opening of the dam on Tuesday.\n`,
};

let project: TempProject;
const read = (file: string) => readFile(path.join(project.outDir, file), 'utf8');
before(async () => {
  project = await tempProject();
  for (const [name, text] of Object.entries(ARTICLES)) await project.addRaw(name, text);
  await runBuild({ ...project, today: '2026-01-01' });
});
after(() => project.remove());

test('/relations/ lists a pair with the number of articles that report it and their sentences', async () => {
  const html = await read('relations/index.html');
  assert.match(html, /<a href="\/people\/almas-bekov\/">Almas Bekov<\/a> and <a href="\/people\/dina-orlova\/">Dina Orlova<\/a> <span class="count">2 articles<\/span>/);
  assert.ok(html.includes('Foreign Minister Almas Bekov met Dina Orlova in Bishkek on Friday to discuss water sharing.</q>'));
  assert.ok(html.includes('held talks again in Osh'));
  // Attending the same opening is not a meeting between them.
  assert.doesNotMatch(html, /Timur Rashidov/);
  assert.doesNotMatch(html, /attended the opening/);
});

test('a person\'s page says whom they met, with the articles as evidence', async () => {
  const html = await read('people/almas-bekov/index.html');
  const section = /<section class="partners"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
  assert.match(section, /<h2 id="partners-heading">Met with<\/h2>/);
  assert.match(section, /<a href="\/people\/dina-orlova\/">Dina Orlova<\/a> <span class="count">2 articles<\/span>/);
  assert.ok(!(await read('people/timur-rashidov/index.html')).includes('class="partners"'));
});

test('/api/relations.json holds every pair with every article that reports it', async () => {
  const data = JSON.parse(await read('api/relations.json')) as { people: { a: string; b: string; articles: number; evidence: { page: string; sentence: string }[] }[] };
  assert.equal(data.people.length, 1);
  assert.deepEqual([data.people[0]!.a, data.people[0]!.b, data.people[0]!.articles], ['Almas Bekov', 'Dina Orlova', 2]);
  assert.ok(data.people[0]!.evidence.every((e) => e.page.startsWith('http') && e.sentence.length > 10));
});
