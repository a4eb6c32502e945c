// Files of one folder made to appear in another at the same relative paths, without copying
// their bytes: hard links (or, across file systems or where links are refused, copies). The
// build uses it to keep what did not change from the published site, and to show Pagefind one
// shard's pages.
import { copyFile, link, mkdir } from 'node:fs/promises';
import path from 'node:path';

/** Operations at once: enough to keep the disk busy, few enough for any open-file limit. */
const AT_ONCE = 64;

/**
 * Every file of `files` (relative paths, forward slashes) from `from` into `to`. A file missing in
 * `from` rejects with the error `missing(file)` gives, or with the file system's own.
 */
export async function linkFiles(from: string, to: string, files: readonly string[], missing?: (file: string) => Error): Promise<void> {
  // Each folder once, before any file: most pages are a folder of their own.
  const folders = [...new Set(files.map((file) => path.dirname(path.join(to, file))))];
  for (let start = 0; start < folders.length; start += AT_ONCE) {
    await Promise.all(folders.slice(start, start + AT_ONCE).map((folder) => mkdir(folder, { recursive: true })));
  }
  for (let start = 0; start < files.length; start += AT_ONCE) {
    await Promise.all(files.slice(start, start + AT_ONCE).map(async (file) => {
      const source = path.join(from, file);
      const target = path.join(to, file);
      await link(source, target).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT' && missing) throw missing(file);
        if (error.code !== 'EXDEV' && error.code !== 'EPERM') throw error;
        return copyFile(source, target);
      });
    }));
  }
}
