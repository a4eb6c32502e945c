// Files of one folder made to appear in another at the same relative paths, without copying
// their bytes: hard links (or, across file systems or where links are refused, copies). The
// build uses it to keep the pages and index shards that did not change from the published site.
//
// Synchronous on purpose: a link is one short system call, and through the promise API each
// also waits its turn in libuv's four-thread pool; linking 17,000 pages took 0.5-3.4 s that way
// and takes a fraction of a second like this. The callers are the render stage in its worker
// thread and the index stage between its Pagefind processes: blocking either holds nothing up.
import { copyFileSync, linkSync, mkdirSync, readdirSync, rmdirSync, statSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import type { Dirent } from 'node:fs';

/**
 * Every file of `files` (relative paths, forward slashes) from `from` into `to`. Returns the files
 * that are not in `from`, in order; any other failure throws.
 */
export function linkFiles(from: string, to: string, files: readonly string[]): string[] {
  return syncFiles(from, to, files, { present: new Map(), folders: new Set() });
}

export interface FolderSync {
  /** The files not in `from`, in order. */
  missing: string[];
  /** Removes the folders the sync emptied that have not been filled again since. */
  prune(): void;
}

/**
 * Makes `files` in `to` the files of `from`, as linkFiles does, in a folder that may already hold
 * an earlier site: a file already linked to its source stays, one that differs is replaced, and
 * every other file in `to` is removed, except in the top-level entries named in `others` (the
 * folders other stages write). Nothing is written into an existing file: `to` may share files
 * with a published site, and a file is replaced or removed by its name alone.
 */
export function syncFolder(from: string, to: string, files: readonly string[], others: readonly string[] = []): FolderSync {
  const present = new Map<string, string>();
  const folders = new Set<string>();
  // Every path listed starts with the folder's own; cutting it off is the relative path, where
  // path.relative took a sixth of a second for a 30,000-file site.
  const root = path.resolve(to);
  const relative = (full: string) => full.slice(root.length + 1).split(path.sep).join('/');
  for (const top of listFolder(root).filter((e) => !others.includes(e.name))) {
    const entries = top.isDirectory() ? [top, ...readdirSync(path.join(root, top.name), { recursive: true, withFileTypes: true })] : [top];
    for (const e of entries) {
      const full = path.join(e.parentPath, e.name);
      if (e.isDirectory()) folders.add(full);
      else present.set(relative(full), full);
    }
  }
  const wanted = new Set(files);
  const emptied = new Set<string>();
  for (const [file, full] of present) {
    if (wanted.has(file)) continue;
    unlinkSync(full);
    present.delete(file);
    for (let dir = path.dirname(full); dir.startsWith(root + path.sep); dir = path.dirname(dir)) emptied.add(dir);
  }
  const missing = syncFiles(from, root, files, { present, folders });
  return {
    missing,
    prune() {
      // Deepest first, so a folder holding only emptied folders goes too.
      for (const dir of [...emptied].sort((a, b) => b.length - a.length)) {
        try {
          rmdirSync(dir);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code !== 'ENOTEMPTY' && code !== 'EEXIST' && code !== 'ENOENT') throw error;
        }
      }
    },
  };
}

function syncFiles(from: string, to: string, files: readonly string[], { present, folders }: { present: Map<string, string>; folders: Set<string> }): string[] {
  const missing: string[] = [];
  for (const file of files) {
    const source = path.join(from, file);
    const target = path.join(to, file);
    if (present.has(file)) {
      const [was, is] = [statSync(target), statSync(source, { throwIfNoEntry: false })];
      if (is && was.ino === is.ino && was.dev === is.dev) continue;
      // Gone from the source, or another file: this one goes, by its name.
      unlinkSync(target);
      if (!is) {
        missing.push(file);
        continue;
      }
    }
    const folder = path.dirname(target);
    // Most pages are a folder of their own: each folder is made once, before its files.
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    try {
      linkSync(source, target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') missing.push(file);
      else if (code === 'EXDEV' || code === 'EPERM') copyFileSync(source, target);
      else throw error;
    }
  }
  return missing;
}

function listFolder(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
