import { test } from 'node:test';
import assert from 'node:assert/strict';
import { baseSlug, derivedSlug, uniqueSlugs } from '../src/record/slug.ts';

const SAFE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

for (const [name, title, file] of [
  ['a plain headline', 'Tehran, Dushanbe set $1b trade target', 'a.txt'],
  ['a Cyrillic headline', 'Рустам Эмомали встретился с Михаилом Мишустиным', 'b.txt'],
  ['a headline of path tricks', '../../etc/passwd', 'c.txt'],
  ['a 400-character headline', 'Minister '.repeat(45), 'd.txt'],
  ['accented letters', 'Ürümqi café talks à Genève', 'e.txt'],
]) {
  test(`a slug from ${name} is ASCII, URL-safe and at most 80 characters`, () => {
    const slug = baseSlug(title, file);
    assert.match(slug, SAFE);
    assert.ok(slug.length <= 80, `${slug.length} characters`);
  });
}

test('a long headline is cut at a word boundary, not inside a word', () => {
  const slug = baseSlug('International cooperation strengthens '.repeat(10), 'x.txt');
  assert.ok(!/-$/.test(slug));
  assert.ok(['international', 'cooperation', 'strengthens'].includes(slug.split('-').at(-1)!), slug);
});

test('a headline with no letters falls back to the file name', () => {
  assert.equal(baseSlug('!!! ??? …', '2024 report.txt'), '2024-report');
});

test('nothing usable at all gives "article"', () => {
  assert.equal(baseSlug('…', '….txt'), 'article');
});

test('identical headlines get distinct slugs, and the first keeps the plain one', () => {
  const slugs = uniqueSlugs([
    { slug: 'same-title', origin: 'content/raw/a.txt' },
    { slug: 'same-title', origin: 'content/raw/b.txt' },
    { slug: 'same-title', origin: 'content/raw/c.txt' },
  ]);
  assert.equal(slugs[0], 'same-title');
  assert.equal(new Set(slugs).size, 3);
  for (const s of slugs) assert.match(s, SAFE);
});

test('a duplicate slug depends only on its own file, so it is the same on every run', () => {
  const first = uniqueSlugs([{ slug: 's', origin: 'a' }, { slug: 's', origin: 'b' }]);
  const again = uniqueSlugs([{ slug: 's', origin: 'a' }, { slug: 's', origin: 'x' }, { slug: 's', origin: 'b' }]);
  assert.equal(again[2], first[1]);
});

test("a derived slug carries its own file's suffix, so it never depends on other articles", () => {
  const a = derivedSlug('Same title', 'content/raw/a.txt');
  assert.match(a, /^same-title-[0-9a-f]{6}$/);
  assert.notEqual(derivedSlug('Same title', 'content/raw/b.txt'), a);
  assert.equal(derivedSlug('Same title', 'content/raw/a.txt'), a);
});
