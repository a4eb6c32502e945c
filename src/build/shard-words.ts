// Which shards hold a word. A search for a word found in few articles, or in none, would
// otherwise fetch part of every shard to learn that most do not have it. So the bundle holds one
// more small Pagefind index, "words": one page per shard, listing each distinct word of the
// shard's documents once, with the shard's folder as its filter value. A search there answers
// which shards to ask (site/assets/search-index.js).
//
// The words are taken from the documents' HTML as written, cut only at whitespace, so Pagefind
// reads each one as it reads it in the article, with the same stemming and word splitting. A
// tag inside a word (an emphasised part) may or may not split it in Pagefind's reading, so the
// text is read both ways. Extra words only make a shard be asked for nothing; a missing one would
// hide results, so every choice here errs on the side of more.
//
// Pagefind keeps a word's letters and digits, lower-cased, and also indexes the parts of a word
// with other characters in it, cut at punctuation and at changes of case ("iPhone," gives
// "iphone", "i" and "phone"). So a word of letters or digits alone, or one between punctuation
// whose only part is itself ("Tuesday," "(2024)"), is listed once, lower-cased and bare: Pagefind
// reads it the same. Any other word is listed as written.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { INDEX_VERSION, type IndexDocument, type ShardPlan } from './pagefind-shards.ts';
import type { ShardPage } from './pagefind-shard.ts';
import { escapeHtml } from '../site/markdown.ts';

/** The filter that names a words page's shard; article documents never have it. */
export const WORDS_FILTER = 'shard';
/** Bump when the reading of words changes, so no cached list is used. */
const WORDS_VERSION = '2';

// The part of a document Pagefind reads; its metadata and filters are outside it.
const BODY = /<(\w+)[^>]*\sdata-pagefind-body[^>]*>([\s\S]*)<\/\1>/;
const INLINE_TAG = /<\/?(?:a|abbr|b|bdi|bdo|cite|code|data|dfn|em|i|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var|wbr)\b[^>]*>/gi;
const ANY_TAG = /<[^>]*>/g;

const EDGE_PUNCTUATION = /^[!-/:-@[-`{-~]+|[!-/:-@[-`{-~]+$/g;
const ONE_PART = /^(?:[A-Z]?[a-z]+|\d+)$/;
const LETTERS_AND_DIGITS = /^[\p{L}\p{N}]+$/u;

/** The word as listed: the form Pagefind reads the same, where there is a shorter one. */
function listed(word: string): string {
  const core = word.replace(EDGE_PUNCTUATION, '');
  if (ONE_PART.test(core)) return core.toLowerCase();
  // Only ASCII is lower-cased here: Pagefind lower-cases the rest letter by letter, which
  // JavaScript's toLowerCase does not always do (a Greek final sigma).
  if (LETTERS_AND_DIGITS.test(word)) return word.replace(/[A-Z]+/g, (upper) => upper.toLowerCase());
  return word;
}

/** The distinct words of a shard's documents, one to a line, as HTML source text. */
export function shardWords(htmls: Iterable<string>): string {
  const words = new Set<string>();
  // A shard's documents repeat a few tens of thousands of spellings millions of times: each is
  // listed once (listing every word took two fifths of the time).
  const seen = new Set<string>();
  const add = (text: string) => {
    for (const word of text.split(/\s+/)) {
      if (!word || seen.has(word)) continue;
      seen.add(word);
      words.add(listed(word));
    }
  };
  for (const html of htmls) {
    const body = BODY.exec(html)?.[2] ?? html;
    add(body.replace(ANY_TAG, ' '));
    if (INLINE_TAG.test(body)) add(body.replace(INLINE_TAG, '').replace(ANY_TAG, ' '));
    INLINE_TAG.lastIndex = 0;
  }
  return [...words].join('\n');
}

/** The words index: a page per shard, its words and the filter naming its folder. */
export function wordsIndex(plan: ShardPlan[], lists: string[]): ShardPage[] {
  return plan.map(({ folder }, i) => {
    const html = `<!doctype html><html><head><title>${escapeHtml(folder)}</title></head><body>
<main data-pagefind-body><p>${lists[i]!.split('\n').join(' ')}</p></main>
<span hidden data-pagefind-filter="${WORDS_FILTER}">${escapeHtml(`${folder}/`)}</span>
</body></html>
`;
    return { path: `${folder}/index.html`, html: () => html };
  });
}

/**
 * What the words index is made of: the shards, by folder and digest (a shard's words follow from
 * its documents). Equal digests, equal indexes, so an unchanged one is taken from the last build.
 */
export function wordsDigest(plan: ShardPlan[]): string {
  const hash = createHash('sha1').update(`${WORDS_VERSION}; ${INDEX_VERSION}`);
  for (const shard of plan) hash.update(`\n${shard.folder} ${shard.digest}`);
  return hash.digest('hex');
}

/**
 * A shard's words: from the cache when a shard with its digest was read before (its words cannot
 * have changed), else read from its documents and kept in the cache, a file per shard digest.
 */
export async function wordsOf(shard: ShardPlan<IndexDocument>, cacheDir: string | undefined): Promise<string> {
  const file = cacheDir && path.join(cacheDir, `${WORDS_VERSION}-${shard.digest}.txt`);
  const known = file ? await readFile(file, 'utf8').catch(() => null) : null;
  if (known !== null) return known;
  const words = shardWords(shard.pages.map((page) => page.html()));
  if (file) {
    await mkdir(cacheDir!, { recursive: true });
    await writeFile(file, words);
  }
  return words;
}

/** Removes the cached word lists of shards no longer in the plan. */
export async function pruneWords(plan: ShardPlan[], cacheDir: string): Promise<void> {
  const wanted = new Set(plan.map((shard) => `${WORDS_VERSION}-${shard.digest}.txt`));
  const names = await readdir(cacheDir).catch(() => []);
  await Promise.all(names.filter((name) => !wanted.has(name)).map((name) => rm(path.join(cacheDir, name), { force: true })));
}
