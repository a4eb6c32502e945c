// Synthetic archive generator: N raw articles in the style of content/raw, deterministic from a
// seed (same seed, same bytes), for benchmarks and the bench smoke test.
// CLI: tsx bench/generate.ts --n 1000 [--seed 1] --dir DIR
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { createRng } from './prng.ts';
import { buildVocabulary } from './vocabulary.ts';
import { composeArticle } from './article.ts';

export interface GenerateOptions {
  n: number;
  seed: number;
  /** Folder the raw files are written into (created if missing). */
  dir: string;
  /** Number the files from here: lets the incremental benchmark add one new file to an archive. */
  start?: number;
}

/** Writes the files and returns their paths, in order. */
export async function generateArchive({ n, seed, dir, start = 0 }: GenerateOptions): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const vocabulary = buildVocabulary();
  const width = Math.max(3, String(start + n - 1).length);
  const files: string[] = [];
  for (let i = start; i < start + n; i++) {
    // Each article has its own stream, so article i is the same whatever N is.
    const rng = createRng(seed).fork(i);
    const id = Array.from({ length: 4 }, () => Math.floor(rng.next() * 0x10000).toString(16).padStart(4, '0')).join('');
    const file = path.join(dir, `${String(i).padStart(width, '0')}_${id}.txt`);
    await writeFile(file, composeArticle(rng, vocabulary));
    files.push(file);
  }
  return files;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: { n: { type: 'string', default: '100' }, seed: { type: 'string', default: '1' }, dir: { type: 'string' } },
  });
  if (!values.dir) {
    console.error('usage: tsx bench/generate.ts --n 1000 [--seed 1] --dir DIR');
    process.exit(2);
  }
  const files = await generateArchive({ n: Number(values.n), seed: Number(values.seed), dir: path.resolve(values.dir) });
  console.log(`Wrote ${files.length} articles to ${values.dir}`);
}
