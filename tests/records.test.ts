// Records read back from content/articles/, as a user may have edited them by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runIngest } from '../src/ingest/run-ingest.ts';
import { loadRecords } from '../src/site/records.ts';
import { tempProject } from './helpers/temp-project.ts';

const RAW = 'Cotton harvest begins\n\nDUSHANBE, 03.03.2023 (Khovar) – The cotton harvest began early this year, officials said.\n';

/** One ingested record, its date line rewritten as a hand edit would. */
async function recordWithDate(dateLine: string) {
  const project = await tempProject();
  await project.addRaw('a.txt', RAW);
  const { records } = await runIngest({ ...project, today: '2026-01-01' });
  const file = path.join(project.recordsDir, `${records[0].slug}.md`);
  await writeFile(file, (await readFile(file, 'utf8')).replace(/^date: .*$/m, dateLine));
  return { project, file };
}

test('a hand-edited record with an unquoted date keeps that calendar day', async () => {
  const { project } = await recordWithDate('date: 2023-03-04');
  try {
    assert.equal((await loadRecords(project.recordsDir))[0].record.date, '2023-03-04');
  } finally {
    await project.remove();
  }
});

test('a hand-edited record with an impossible unquoted date is refused, naming the file', async () => {
  const { project, file } = await recordWithDate('date: 2023-02-31');
  try {
    await assert.rejects(loadRecords(project.recordsDir), (error: Error) => {
      assert.ok(error.message.includes(file), error.message);
      assert.match(error.message, /date/);
      return true;
    });
  } finally {
    await project.remove();
  }
});
