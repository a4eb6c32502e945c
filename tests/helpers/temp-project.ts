// A throwaway project folder with raw files, for tests that run the real ingest or build.
import { mkdtemp, mkdir, writeFile, rm, copyFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { projectPaths, type ProjectPaths } from '../../src/cli/paths.ts';

export interface TempProject extends ProjectPaths {
  /** Write a raw article; content may be bytes for encoding tests. */
  addRaw(name: string, content: string | Uint8Array): Promise<string>;
  remove(): Promise<void>;
}

export async function tempProject(): Promise<TempProject> {
  const root = await mkdtemp(path.join(tmpdir(), 'news-archive-test-'));
  const paths = projectPaths(root);
  await mkdir(paths.rawDir, { recursive: true });
  return {
    ...paths,
    async addRaw(name, content) {
      const file = path.join(paths.rawDir, name);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, content);
      return file;
    },
    remove: () => rm(root, { recursive: true, force: true }),
  };
}

/** Copy every file of a fixture folder into the project's raw folder. */
export async function addRawFolder(project: TempProject, folder: string): Promise<void> {
  for (const name of await readdir(folder)) await copyFile(path.join(folder, name), path.join(project.rawDir, name));
}
