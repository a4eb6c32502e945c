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

/** What `to` holds, outside the entries other stages write, and which of its files are `from`'s. */
export interface FolderScan {
  from: string;
  to: string;
  others: readonly string[];
  /** Files by relative path, with their full paths. */
  present: Map<string, string>;
  folders: Set<string>;
  /** The files that are already the file of the same path in `from` (a link to it). */
  same: Set<string>;
}

/**
 * Looks at `to` as syncFolder will find it: its files and folders, and which files are linked
 * to `from`'s. It reads and changes nothing else, so the render stage does it while it waits for
 * the records (eleventy.ts): most of a sync's time at 10,000 articles, about a second, is here.
 */
export function scanFolder(from: string, to: string, others: readonly string[] = []): FolderScan {
  const present = new Map<string, string>();
  const folders = new Set<string>();
  const same = new Set<string>();
  // Every path listed starts with the folder's own; cutting it off is the relative path, where
  // path.relative took a sixth of a second for a 30,000-file site.
  const root = path.resolve(to);
  const source = path.resolve(from);
  const relative = (full: string) => full.slice(root.length + 1).split(path.sep).join('/');
  for (const top of listFolder(root).filter((e) => !others.includes(e.name))) {
    const entries = top.isDirectory() ? [top, ...readdirSync(path.join(root, top.name), { recursive: true, withFileTypes: true })] : [top];
    for (const e of entries) {
      const full = path.join(e.parentPath, e.name);
      if (e.isDirectory()) folders.add(full);
      else present.set(relative(full), full);
    }
  }
  for (const [file, full] of present) {
    if (source === root) {
      same.add(file);
      continue;
    }
    const [is, was] = [statSync(full), statSync(path.join(source, file), { throwIfNoEntry: false })];
    if (was && was.ino === is.ino && was.dev === is.dev) same.add(file);
  }
  return { from: source, to: root, others, present, folders, same };
}

/**
 * Makes `files` in `to` the files of `from`, as linkFiles does, in a folder that may already hold
 * an earlier site: a file already linked to its source stays, one that differs is replaced, and
 * every other file in `to` is removed, except in the top-level entries named in `others` (the
 * folders other stages write). Nothing is written into an existing file: `to` may share files
 * with a published site, and a file is replaced or removed by its name alone. `scan` is the
 * folder as scanFolder found it, when it was scanned ahead; nothing may have changed it since.
 */
export function syncFolder(from: string, to: string, files: readonly string[], others: readonly string[] = [], scan?: FolderScan): FolderSync {
  const { present, folders, same, to: root } = scan ?? scanFolder(from, to, others);
  const wanted = new Set(files);
  const emptied = new Set<string>();
  for (const [file, full] of present) {
    if (wanted.has(file)) continue;
    unlinkSync(full);
    present.delete(file);
    for (let dir = path.dirname(full); dir.startsWith(root + path.sep); dir = path.dirname(dir)) emptied.add(dir);
  }
  const missing = syncFiles(from, root, files, { present, folders, same });
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

function syncFiles(from: string, to: string, files: readonly string[], { present, folders, same }: { present: Map<string, string>; folders: Set<string>; same?: Set<string> }): string[] {
  const missing: string[] = [];
  for (const file of files) {
    const source = path.join(from, file);
    const target = path.join(to, file);
    if (present.has(file)) {
      if (same?.has(file)) continue;
      // Another file, or one gone from the source: this one goes, by its name.
      unlinkSync(target);
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
