// Files of one folder made to appear in another at the same relative paths, without copying
// their bytes: hard links (or, across file systems or where links are refused, copies). The
// build uses it to keep the pages and index shards that did not change from the published site.
//
// Synchronous on purpose: a link is one short system call, and through the promise API each
// also waits its turn in libuv's four-thread pool; linking 17,000 pages took 0.5-3.4 s that way
// and takes a fraction of a second like this. The callers are the render stage in its worker
// thread and the index stage between its Pagefind processes: blocking either holds nothing up.
import { copyFileSync, linkSync, mkdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Every file of `files` (relative paths, forward slashes) from `from` into `to`. Returns the files
 * that are not in `from`, in order; any other failure throws.
 */
export function linkFiles(from: string, to: string, files: readonly string[]): string[] {
  const missing: string[] = [];
  const made = new Set<string>();
  for (const file of files) {
    const source = path.join(from, file);
    const target = path.join(to, file);
    const folder = path.dirname(target);
    // Most pages are a folder of their own: each folder is made once, before its files.
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
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
