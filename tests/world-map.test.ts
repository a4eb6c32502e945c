// The world map (src/site/world-map.ts): outlines from world-atlas, matched to ISO codes, shaded by count.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { worldMap, SHADES } from '../src/site/world-map.ts';

const counts = new Map([
  ['TJ', { count: 100, url: '/countries/tajikistan/', name: 'Tajikistan' }],
  ['KZ', { count: 10, url: '/countries/kazakhstan/', name: 'Kazakhstan' }],
  ['UZ', { count: 1, url: '/countries/uzbekistan/', name: 'Uzbekistan' }],
]);

test('every country of the dataset is drawn, by ISO code, inside the picture', () => {
  const map = worldMap(counts);
  assert.ok(map.countries.length > 150);
  const codes = new Set(map.countries.map((c) => c.code));
  for (const code of ['TJ', 'KZ', 'UZ', 'FR', 'BR', 'AU']) assert.ok(codes.has(code), code);
  for (const c of map.countries) {
    const numbers = c.d.match(/-?\d+(?:\.\d+)?/g)!.map(Number);
    assert.ok(numbers.every((n) => n >= -1 && n <= map.width + 1), `${c.code} stays in the picture`);
  }
});

test('countries with articles link to their page and are shaded by count, the most the darkest', () => {
  const byCode = new Map(worldMap(counts).countries.map((c) => [c.code, c]));
  assert.equal(byCode.get('TJ')!.url, '/countries/tajikistan/');
  assert.equal(byCode.get('TJ')!.shade, SHADES);
  assert.ok(byCode.get('KZ')!.shade > byCode.get('UZ')!.shade);
  assert.equal(byCode.get('UZ')!.shade, 1);
  assert.deepEqual([byCode.get('FR')!.url, byCode.get('FR')!.shade, byCode.get('FR')!.count], [null, 0, 0]);
});

test('an archive naming no country draws the world unshaded', () => {
  assert.ok(worldMap(new Map()).countries.every((c) => c.shade === 0 && c.url === null));
});
