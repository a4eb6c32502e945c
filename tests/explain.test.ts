// npm run ingest -- --explain FILE, as a user runs it: each line's decision, the dates weighed,
// the record; nothing written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync } from 'node:fs';
import { tempProject } from './helpers/temp-project.ts';

test('--explain shows each line with its decision, the dates weighed and the record, and writes nothing', async () => {
  const project = await tempProject();
  try {
    const file = await project.addRaw('x.txt', [
      'Home', 'Saturday, 8 March 2025', 'Kyrgyzstan and Tajikistan extend power swap', 'Published: 4 March 2025 | By Anna Sultanova',
      'The energy ministers of Kyrgyzstan and Tajikistan agreed on Tuesday to extend their summer power swap for another five years.',
      'Share', 'Other news',
    ].join('\n\n'));
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/ingest.ts', '--root', project.root, '--explain', file]);
    assert.match(stdout, /dropped: above the story\s+\| Home/);
    assert.match(stdout, /headline\s+\| Kyrgyzstan and Tajikistan extend power swap/);
    assert.match(stdout, /body\s+\| The energy ministers/);
    assert.match(stdout, /dropped: site chrome.*\| Share/);
    assert.match(stdout, /"4 March 2025"\s+near the headline\s+taken/);
    assert.match(stdout, /date\s+2025-03-04/);
    assert.match(stdout, /author\s+Anna Sultanova/);
    assert.match(stdout, /Country names in the story: KG \(Kyrgyzstan\) ×1, TJ \(Tajikistan\) ×1/);
    assert.equal(existsSync(project.recordsDir), false);
  } finally {
    await project.remove();
  }
});
