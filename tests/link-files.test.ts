// Syncing the staging folder with the published site (src/build/link-files.ts): unchanged files
// become links to the published ones, other files go, and a scan made ahead of the sync (while
// the build's ingest runs) gives the same folder as one made at the time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { link, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { scanFolder, syncFolder } from '../src/build/link-files.ts';

async function folders() {
  const root = await mkdtemp(path.join(tmpdir(), 'link-files-'));
  const [site, staging] = [path.join(root, 'site'), path.join(root, 'staging')];
  const put = async (dir: string, file: string, text: string) => {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  };
  // The published site: two pages and a page staging already links to.
  await put(site, 'a/index.html', 'a new');
  await put(site, 'b/index.html', 'b');
  await put(site, 'c/index.html', 'c');
  // The staging folder, the site two builds old: c linked to the published one, a an older
  // copy, a page no longer wanted, and another stage's folder.
  await put(staging, 'a/index.html', 'a old');
  await mkdir(path.join(staging, 'c'), { recursive: true });
  await link(path.join(site, 'c/index.html'), path.join(staging, 'c/index.html'));
  await put(staging, 'gone/index.html', 'gone');
  await put(staging, 'pagefind/x.pf', 'index');
  return { root, site, staging };
}

const ino = async (file: string) => (await stat(file)).ino;
// A link made or removed changes the file's ctime: one left alone keeps it.
const changed = async (file: string) => (await stat(file, { bigint: true })).ctimeNs;

for (const ahead of [false, true]) {
  test(`a sync makes the wanted files links to the published ones and removes the rest, other stages' folders aside${ahead ? ', from a scan made ahead' : ''}`, async () => {
    const { root, site, staging } = await folders();
    try {
      const cBefore = await changed(path.join(staging, 'c/index.html'));
      const scan = ahead ? scanFolder(site, staging, ['pagefind']) : undefined;
      const sync = syncFolder(site, staging, ['a/index.html', 'b/index.html', 'c/index.html', 'd/index.html'], ['pagefind'], scan);
      sync.prune();
      assert.deepEqual(sync.missing, ['d/index.html']);
      for (const file of ['a/index.html', 'b/index.html', 'c/index.html']) assert.equal(await ino(path.join(staging, file)), await ino(path.join(site, file)), file);
      // Already the published file: left as it was, not linked again.
      assert.equal(await changed(path.join(staging, 'c/index.html')), cBefore);
      assert.equal(await readFile(path.join(staging, 'a/index.html'), 'utf8'), 'a new');
      await assert.rejects(stat(path.join(staging, 'gone')), { code: 'ENOENT' });
      assert.equal(await readFile(path.join(staging, 'pagefind/x.pf'), 'utf8'), 'index');
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
}

test('a scan made ahead knows a file deleted by hand from the published site is not there to keep', async () => {
  const { root, site, staging } = await folders();
  try {
    await rm(path.join(site, 'c/index.html'));
    const sync = syncFolder(site, staging, ['c/index.html'], ['pagefind'], scanFolder(site, staging, ['pagefind']));
    assert.deepEqual(sync.missing, ['c/index.html']);
    await assert.rejects(stat(path.join(staging, 'c/index.html')), { code: 'ENOENT' });
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
