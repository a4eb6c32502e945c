// content/sources.yml: the user's own outlet names and spellings, applied to every record.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runIngest } from '../src/ingest/run-ingest.ts';
import { tempProject } from './helpers/temp-project.ts';

const STORY = (credit: string) => `Power swap extended\n\nBISHKEK, March 4, 2025 (${credit}) – The energy ministers of Kyrgyzstan and Tajikistan agreed to extend their power swap.\n`;

test('a source spelt as in the user file takes the name the user gave it', async () => {
  const project = await tempProject();
  try {
    await project.addRaw('a.txt', STORY('Steppe Herald Online'));
    await project.addRaw('b.txt', STORY('steppeherald.kz'));
    await project.addRaw('c.txt', STORY('Kabar'));
    await writeFile(path.join(project.root, 'content', 'sources.yml'), 'Steppe Herald: [Steppe Herald Online, steppeherald.kz]\n');
    const result = await runIngest({ ...project, today: '2026-01-01' });
    assert.deepEqual(result.records.map((r) => r.source), ['Steppe Herald', 'Steppe Herald', 'Kabar']);
  } finally {
    await project.remove();
  }
});

test('a malformed user file is reported by name and ignored; the articles are still built', async () => {
  const project = await tempProject();
  try {
    await project.addRaw('a.txt', STORY('Steppe Herald Online'));
    await writeFile(path.join(project.root, 'content', 'sources.yml'), 'Steppe Herald: just one string\n');
    const result = await runIngest({ ...project, today: '2026-01-01' });
    assert.deepEqual(result.records.map((r) => r.source), ['Steppe Herald Online']);
    assert.match(JSON.stringify(result.problems.get('content/sources.yml')), /Steppe Herald.*the file is ignored/);
  } finally {
    await project.remove();
  }
});
