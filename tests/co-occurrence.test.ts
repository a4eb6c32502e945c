// "Most often with" (src/site/co-occurrence.ts): counted from the articles' own terms.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { companionsOf, type TermRef } from '../src/site/co-occurrence.ts';

const t = (kind: TermRef['kind'], name: string): TermRef => ({ kind, name, url: `/${kind}/${name.toLowerCase()}/` });
const TJ = t('countries', 'Tajikistan');
const UZ = t('countries', 'Uzbekistan');
const KZ = t('countries', 'Kazakhstan');
const ENERGY = t('topics', 'Energy');
const RAHMON = t('people', 'Rahmon');
const KHOVAR = t('sources', 'Khovar');
const ROGUN = t('organizations', 'Rogun HPP');
const article = (...terms: TermRef[]) => ({
  countries: terms.filter((x) => x.kind === 'countries'),
  topics: terms.filter((x) => x.kind === 'topics'),
  sources: terms.filter((x) => x.kind === 'sources'),
  people: terms.filter((x) => x.kind === 'people'),
  organizations: terms.filter((x) => x.kind === 'organizations'),
});
const ARTICLES = [article(TJ, UZ, ENERGY, RAHMON, KHOVAR), article(TJ, UZ, ENERGY, ROGUN), article(TJ, KZ), article(UZ, KZ)];
const ALL = [TJ, UZ, KZ, ENERGY, RAHMON, KHOVAR, ROGUN];

test('companions are counted by shared articles, most first, ties by name, grouped countries, people, organisations, topics', () => {
  const groups = companionsOf(ARTICLES, ALL).get(TJ.url)!;
  assert.deepEqual(groups.map((g) => g.kind), ['countries', 'people', 'organizations', 'topics']);
  assert.deepEqual(groups[0]!.companions.map((c) => [c.name, c.count]), [['Uzbekistan', 2], ['Kazakhstan', 1]]);
  assert.deepEqual(groups[1]!.companions.map((c) => [c.name, c.count]), [['Rahmon', 1]]);
  assert.deepEqual(groups[2]!.companions.map((c) => [c.name, c.count]), [['Rogun HPP', 1]]);
  assert.deepEqual(groups[3]!.companions.map((c) => [c.name, c.count]), [['Energy', 2]]);
});

test('an organisation has companions of its own', () => {
  const groups = companionsOf(ARTICLES, ALL).get(ROGUN.url)!;
  assert.deepEqual(groups.map((g) => [g.kind, g.companions.map((c) => c.name)]), [['countries', ['Tajikistan', 'Uzbekistan']], ['topics', ['Energy']]]);
});

test('a term is never its own companion, and a source lists what its articles name', () => {
  const groups = companionsOf(ARTICLES, ALL);
  assert.ok(groups.get(TJ.url)!.every((g) => g.companions.every((c) => c.url !== TJ.url)));
  assert.deepEqual(groups.get(KHOVAR.url)!.map((g) => g.companions.map((c) => c.name)), [['Tajikistan', 'Uzbekistan'], ['Rahmon'], ['Energy']]);
});

test('where both are search filters, the count links to the search for articles with both', () => {
  const [countries, people, , topics] = companionsOf(ARTICLES, ALL).get(TJ.url)!;
  assert.equal(countries!.companions[0]!.together, '/search/?country=Tajikistan&country=Uzbekistan');
  assert.equal(topics!.companions[0]!.together, '/search/?country=Tajikistan&topic=Energy');
  // People are not a search filter: no such search exists.
  assert.equal(people!.companions[0]!.together, null);
});

test('a term whose articles name nothing else has no companions', () => {
  assert.deepEqual(companionsOf([article(KZ)], [KZ]).get(KZ.url), []);
});
