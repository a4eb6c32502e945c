import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitFrontMatter, readOverrides } from '../src/ingest/front-matter.ts';

test('a file without front matter is all content', () => {
  const split = splitFrontMatter('Headline\n\nBody text.');
  assert.deepEqual(split, { ok: true, data: {}, content: 'Headline\n\nBody text.' });
});

test('front matter is split from the article text', () => {
  const split = splitFrontMatter('---\ndate: 2024-05-01\nsource: Kun.uz\n---\nHeadline\n');
  assert.ok(split.ok);
  assert.equal(split.content.trim(), 'Headline');
  assert.equal(split.data.source, 'Kun.uz');
});

test('front matter that is never closed is an error naming the problem', () => {
  const split = splitFrontMatter('---\ndate: 2024-05-01\nHeadline\nBody');
  assert.ok(!split.ok);
  assert.equal(split.problem.severity, 'error');
  assert.match(split.problem.message, /never closed/);
});

test('front matter that is not valid YAML is an error quoting the parser', () => {
  const split = splitFrontMatter('---\ntitle: [unclosed\n---\nBody');
  assert.ok(!split.ok);
  assert.match(split.problem.message, /not valid YAML/);
});

test('an unquoted YAML date is read as that calendar day, not shifted by time zone', () => {
  const split = splitFrontMatter('---\ndate: 2024-05-01\n---\nx');
  assert.ok(split.ok);
  const { overrides } = readOverrides(split.data);
  assert.equal(overrides.date, '2024-05-01');
  assert.equal(overrides.dateBasis, 'given in front matter');
});

test('an impossible unquoted YAML date is reported, not rolled over to a real day', () => {
  const split = splitFrontMatter('---\ndate: 2024-02-31\n---\nx');
  assert.ok(split.ok);
  const { overrides, problems } = readOverrides(split.data);
  assert.ok(!('date' in overrides), `kept ${overrides.date}`);
  assert.equal(problems[0].field, 'date');
  assert.match(problems[0].message, /not a real date/);
});

test('an impossible front-matter date is ignored with a warning and a hint', () => {
  const { overrides, problems } = readOverrides({ date: '31.02.2024' });
  assert.ok(!('date' in overrides));
  assert.equal(problems[0].field, 'date');
  assert.match(problems[0].message, /"31\.02\.2024"/);
  assert.match(problems[0].hint ?? '', /YYYY-MM-DD/);
});

test('date: unknown in front matter marks the article undated on purpose', () => {
  assert.equal(readOverrides({ date: 'unknown' }).overrides.date, null);
});

test('countries may be given as names or codes in any case', () => {
  const { overrides, problems } = readOverrides({ countries: ['tj', 'TJ'] });
  assert.deepEqual(problems, []);
  assert.deepEqual(overrides.countries, ['TJ', 'TJ']);
});

test('a comma-separated list is read as a list', () => {
  assert.deepEqual(readOverrides({ people: 'Sherali Kabir, Emomali Rahmon' }).overrides.people, ['Sherali Kabir', 'Emomali Rahmon']);
});

test('a field the user cannot set is ignored with a warning listing the fields that can be set', () => {
  const { overrides, problems } = readOverrides({ permalink: '/{{ evil }}/', wordCount: 3 });
  assert.deepEqual(overrides, {});
  assert.deepEqual(problems.map((p) => p.field), ['permalink', 'wordCount']);
  assert.match(problems[0].hint ?? '', /title, date/);
});
