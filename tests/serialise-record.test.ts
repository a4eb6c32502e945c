// Records are written by serialiseRecord, which hands gray-matter the body as parsed content when
// the body cannot be mistaken for front matter. The output must be exactly gray-matter's own
// stringify of the body string, whatever the body holds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import matter from 'gray-matter';
import { serialiseRecord } from '../src/ingest/write-records.ts';
import { ingestFile } from '../src/ingest/ingest-file.ts';
import { RECORD_FIELDS } from '../src/record/schema.ts';

const { article } = ingestFile({
  bytes: new TextEncoder().encode('Talks on water\n\nDUSHANBE, 03.03.2023 (Khovar) – The ministers met to discuss water and energy.\n'),
  origin: 'content/raw/a.txt',
});
const record = article!.record;
const reference = (body: string): string =>
  matter.stringify(body, Object.fromEntries(RECORD_FIELDS.map((f) => [f, record[f]])), { lineWidth: -1 } as never);

const bodies: Array<[string, string]> = [
  ['a plain body', 'The ministers met.\n\n## Water\n\nThey agreed.\n'],
  ['an empty body', ''],
  ['a body without a final newline', 'The ministers met.'],
  ['a body with a rule line inside', 'The ministers met.\n\n---\n\nThey agreed.\n'],
  ['a body that opens with a delimiter line', '---\ntitle: not front matter\n---\nThe ministers met.\n'],
  ['a body that opens with a byte order mark', '\uFEFFThe ministers met.\n'],
  ['a body with YAML-like lines', 'title: The ministers met\ndate: 2024-01-01\n'],
];
for (const [name, body] of bodies) {
  test(`${name} is written exactly as gray-matter writes it`, () => assert.equal(serialiseRecord(record, body), reference(body)));
}

test('a written record reads back as the same fields and body', () => {
  const body = 'The ministers met.\n\nThey agreed.\n';
  const read = matter(serialiseRecord(record, body));
  assert.equal(read.content, body);
  assert.equal(read.data.title, record.title);
});
