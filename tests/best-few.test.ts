// keepBest (src/site/best-few.ts): the best few of many, kept as they are met.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keepBest } from '../src/site/best-few.ts';

const byScore = (a: { score: number }, b: { score: number }) => a.score > b.score;
const met = (scores: number[], max: number) => {
  const best: { score: number; order: number }[] = [];
  scores.forEach((score, order) => keepBest(best, { score, order }, max, byScore));
  return best.map((b) => `${b.score}/${b.order}`);
};

test('the best few are kept, best first, whatever order they come in', () => {
  assert.deepEqual(met([3, 9, 1, 7, 5, 8], 3), ['9/1', '8/5', '7/3']);
});

test('of equals, the one met first ranks first, and one met later does not push it out', () => {
  assert.deepEqual(met([5, 5, 6, 5], 2), ['6/2', '5/0']);
  assert.deepEqual(met([4, 4, 4], 2), ['4/0', '4/1']);
});

test('fewer than the few are all kept', () => {
  assert.deepEqual(met([2, 1], 5), ['2/0', '1/1']);
});
