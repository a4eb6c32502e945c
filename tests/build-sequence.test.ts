// Whatever a user changes between two builds (articles added, rewritten, retitled, redated,
// undated or removed, several at once), the site the build makes in place of the last one is the
// site a build from scratch makes of the same raw files, byte for byte. The changes are drawn from
// a seeded generator, so a failure names its seed and steps and replays exactly; the other tests
// of the incremental build (build-incremental.test.ts) each check one change chosen by hand.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runBuild } from '../src/build/run-build.ts';
import { tempProject, type TempProject } from './helpers/temp-project.ts';
import { snapshot } from './helpers/snapshot.ts';
import { createRng, type Rng } from '../bench/prng.ts';

const TODAY = '2026-11-22';
/** Small shards, so changes move articles between shards and empty or split them. */
const SHARD_SIZE = 2;
const SEED = 7;
const STEPS = 6;

// Made-up places, people and subjects: articles that share some of them are related, appear on
// the same term pages and make the "who met whom" pairs, so a change ripples through the site.
const PLACES = [
  ['DUSHANBE', 'Tajikistan'], ['ALMATY', 'Kazakhstan'], ['TASHKENT', 'Uzbekistan'], ['BISHKEK', 'Kyrgyzstan'], ['ASHGABAT', 'Turkmenistan'], ['BAKU', 'Azerbaijan'],
] as const;
const PEOPLE = [
  'Minister Dilnora Sabirova', 'Governor Timur Abenov', 'Ambassador Rustam Qodirov', 'Deputy Minister Aigerim Nurlanova',
  'Mayor Bakyt Osmonov', 'Minister Leyla Hasanova', 'Governor Merdan Atayev', 'Ambassador Saule Tokayeva',
];
const SUBJECTS = [
  ['Water talks resume', 'the sharing of river water and the repair of irrigation canals'],
  ['Power line agreed', 'electricity exports and a new high-voltage power line'],
  ['Rail freight grows', 'rail freight, customs posts and trade across the border'],
  ['Cotton harvest starts', 'the cotton harvest and prices paid to farmers'],
  ['Museum opens a wing', 'a new museum wing for old textiles'],
] as const;

interface Draft { headline: string; date: string | null; text: string }

function draft(rng: Rng): Draft {
  const [city, country] = rng.pick(PLACES);
  const [headline, subject] = rng.pick(SUBJECTS);
  const [host, guest] = [rng.pick(PEOPLE), rng.pick(PEOPLE)];
  const date = rng.chance(0.2) ? null : `${rng.int(2023, 2025)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
  const met = host === guest ? `${host} spoke to reporters` : `${host} met ${guest}`;
  return { headline, date, text: `${city} – ${met} in ${city} on ${rng.pick(['Monday', 'Thursday'])} to discuss ${subject}. Officials in ${country} said the work would go on through the year, and a report is due in ${rng.int(2, 11)} weeks.` };
}

const written = ({ headline, date, text }: Draft) => `---\n${date ? `date: ${date}\n` : ''}---\n${headline}\n\n${text}\n`;

const projects: TempProject[] = [];
after(() => Promise.all(projects.map((p) => p.remove())));

/** One change to the raw files, described for the failure message. */
function change(rng: Rng, drafts: Map<string, Draft>, next: () => string): string {
  const names = [...drafts.keys()].sort();
  const dated = names.filter((n) => drafts.get(n)!.date);
  const kind = drafts.size <= 3 ? 'add' : rng.pick(['add', 'add', 'rewrite', 'retitle', 'redate', 'remove', ...(dated.length ? ['undate'] : [])]);
  const name = rng.pick(kind === 'undate' ? dated : names);
  if (kind === 'add') {
    const added = next();
    drafts.set(added, draft(rng));
    return `add ${added}`;
  }
  const was = drafts.get(name)!;
  if (kind === 'remove') drafts.delete(name);
  // A correction of a figure in the text: nothing else about the article changes.
  else if (kind === 'rewrite') drafts.set(name, { ...was, text: was.text.replace(/due in (\d+) weeks/, (_, weeks: string) => `due in ${Number(weeks) + 1} weeks`) });
  else if (kind === 'retitle') drafts.set(name, { ...was, headline: `${was.headline}, officials say` });
  else if (kind === 'redate') drafts.set(name, { ...was, date: draft(rng).date ?? '2024-05-05' });
  else drafts.set(name, { ...was, date: null });
  return `${kind} ${name}`;
}

async function writeRaw(project: TempProject, drafts: Map<string, Draft>): Promise<void> {
  for (const name of await readdir(project.rawDir)) if (!drafts.has(name)) await rm(path.join(project.rawDir, name));
  for (const [name, d] of drafts) {
    const text = written(d);
    if ((await readFile(path.join(project.rawDir, name), 'utf8').catch(() => null)) !== text) await writeFile(path.join(project.rawDir, name), text);
  }
}

test(`any sequence of additions, corrections, new dates and removals gives, after each build, the site a build from scratch gives (seed ${SEED})`, async () => {
  const rng = createRng(SEED);
  let count = 0;
  const next = () => `article-${String(++count).padStart(2, '0')}.txt`;
  const drafts = new Map<string, Draft>();
  for (let i = 0; i < 6; i++) drafts.set(next(), draft(rng));

  const growing = await tempProject();
  projects.push(growing);
  await writeRaw(growing, drafts);
  await runBuild({ ...growing, today: TODAY, indexShardSize: SHARD_SIZE });

  const done: string[] = [];
  for (let step = 1; step <= STEPS; step++) {
    // Often one change, as when an article is added; sometimes several between two builds.
    const changes = Array.from({ length: rng.pick([1, 1, 2, 3]) }, () => change(rng, drafts, next));
    done.push(`step ${step}: ${changes.join(', ')}`);
    await writeRaw(growing, drafts);
    // Every other build starts the next one's render worker as it ends, as npm start does.
    const built = await runBuild({ ...growing, today: TODAY, indexShardSize: SHARD_SIZE, again: step % 2 === 1 });
    assert.equal(built.errors, 0, done.join('\n'));

    const scratch = await tempProject();
    projects.push(scratch);
    await writeRaw(scratch, drafts);
    // As a clone of the project would have it: when each article was received goes with the articles.
    await cp(path.join(growing.root, 'content', 'received.yml'), path.join(scratch.root, 'content', 'received.yml'));
    await runBuild({ ...scratch, today: TODAY, indexShardSize: SHARD_SIZE });
    assert.deepEqual(await snapshot(growing.outDir), await snapshot(scratch.outDir), done.join('\n'));
    assert.deepEqual(await snapshot(growing.recordsDir), await snapshot(scratch.recordsDir), done.join('\n'));
    await scratch.remove();
  }
});
