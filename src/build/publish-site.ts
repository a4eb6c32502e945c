// Atomic publish: a build renders and indexes into a staging folder beside the site, and the
// finished folder replaces the site by renames only when every stage has succeeded. A build
// that fails or is killed leaves the published site as it was; what it left behind is cleared
// (or, if it was killed mid-swap, undone) by the next build, under the build lock.
//
// The replaced site is kept aside as the spare, and the next build starts from it: bringing a
// folder of 17,000 pages up to date costs a few hundred changes, where making it anew costs a
// folder and a link per page (3-6 s on a slow disk, and as long again to remove the old one).
//
// Files a user keeps in the site folder that no build makes (CNAME, .nojekyll, a .git folder for
// publishing) are moved into each new site. The names the last build made are remembered, so an
// output the build stops making is not mistaken for one of them.
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface SiteFolders {
  /** The published site. */
  site: string;
  /** Where the next site is built. */
  staging: string;
  /** Where the previous site waits during the swap. */
  previous: string;
  /** The names the last published build made at the top of the site. */
  madeList: string;
  /** The site the last publish replaced, which the next build starts from; nothing else writes it. */
  spare: string;
  /** Where replaced sites are removed, after the build has returned. */
  trash: string;
}

/**
 * Which folder `dir` is: its device and inode numbers. The staging folder becomes the site by a
 * rename, which keeps them, so what a stage notes of the staging folder describes the site it
 * becomes, and a note written by a build that never published names another folder.
 */
export async function folderIdentity(dir: string): Promise<string> {
  const info = await stat(dir);
  return `${info.dev}:${info.ino}`;
}

/**
 * What a stage noted of the site in `file` (a JSON object with a `folder`), or null when there is
 * none, it is damaged, or it describes another folder than `site` (a build that never published).
 */
export async function readSiteNote<T extends { folder: string }>(file: string, site: string): Promise<Partial<T> | null> {
  try {
    const note = JSON.parse(await readFile(file, 'utf8')) as Partial<T> | null;
    return note !== null && typeof note === 'object' && note.folder === (await folderIdentity(site)) ? note : null;
  } catch {
    return null;
  }
}

export function siteFolders(outDir: string, root: string): SiteFolders {
  const site = path.resolve(outDir);
  const cache = path.join(root, '.cache');
  return { site, staging: `${site}.next`, previous: `${site}.old`, madeList: path.join(cache, 'site-made.json'), spare: path.join(cache, 'spare-site'), trash: path.join(cache, 'trash') };
}

/**
 * Undoes or finishes what an earlier, interrupted build left, then readies the staging folder:
 * the spare site when there is a published one to bring it up to date from, else nothing (the
 * stages make it).
 */
export async function prepareStaging(folders: SiteFolders): Promise<void> {
  if (await exists(folders.previous)) {
    // Killed between the two renames: the old site is the last whole one.
    if (!(await exists(folders.site))) await rename(folders.previous, folders.site);
    else {
      await carryUserFiles(folders.previous, folders.site, await readMadeList(folders));
      await keepSpare(folders);
    }
  }
  // Replaced sites whose removal was cut short (the machine stopped, say).
  await rm(folders.trash, { recursive: true, force: true });
  // A staging folder left by a killed build is in no known state: it goes the same way.
  if (await exists(folders.staging)) await removeLater(folders.staging, folders.trash);
  if (!(await exists(folders.spare))) return;
  if (await exists(folders.site)) await rename(folders.spare, folders.staging);
  else await removeLater(folders.spare, folders.trash);
}

/** Swaps the finished staging folder in; returns the names of the user's files carried over. */
export async function publishSite(folders: SiteFolders): Promise<string[]> {
  const made = await readdir(folders.staging);
  const lastMade = await readMadeList(folders);
  const hadSite = await exists(folders.site);
  if (hadSite) await rename(folders.site, folders.previous);
  await rename(folders.staging, folders.site);
  const kept = hadSite ? await carryUserFiles(folders.previous, folders.site, lastMade) : [];
  await mkdir(path.dirname(folders.madeList), { recursive: true });
  await writeFile(folders.madeList, JSON.stringify(made.sort()) + '\n');
  await keepSpare(folders);
  return kept;
}

/** The replaced site becomes the spare, or is removed where it cannot (on another disk). */
async function keepSpare({ previous, spare, trash }: SiteFolders): Promise<void> {
  // A spare no build took (the published site was gone then) is older than this one.
  if (await exists(spare)) await removeLater(spare, trash);
  try {
    await mkdir(path.dirname(spare), { recursive: true });
    await rename(previous, spare);
  } catch {
    await removeLater(previous, trash);
  }
}

/**
 * Removes a replaced site without making the build wait for it: tens of thousands of files take
 * seconds to unlink. The folder is moved into the trash (on the same disk, a rename) and removed
 * by a process of its own that outlives the build; the next build clears whatever it left.
 */
async function removeLater(folder: string, trash: string): Promise<void> {
  const moved = path.join(trash, `${path.basename(folder)}-${process.pid}-${Date.now()}`);
  try {
    await mkdir(trash, { recursive: true });
    await rename(folder, moved);
  } catch {
    // Another disk, or the trash cannot be made: remove it here and now.
    await rm(folder, { recursive: true, force: true });
    return;
  }
  const remover = spawn(process.execPath, ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', moved], {
    detached: true,
    stdio: 'ignore',
  });
  remover.on('error', () => rm(moved, { recursive: true, force: true }).catch(() => {}));
  remover.unref();
}

/**
 * Removes the staging folder a failed build leaves (the published site is untouched). It can be a
 * whole site (the spare the build started from), so it is removed after the build has returned.
 */
export async function discardStaging(folders: SiteFolders): Promise<void> {
  if (await exists(folders.staging)) await removeLater(folders.staging, folders.trash);
}

/** Moves every top-level entry of `from` that no build made into `to`. */
async function carryUserFiles(from: string, to: string, lastMade: Set<string> | null): Promise<string[]> {
  const built = new Set(await readdir(to));
  const carried: string[] = [];
  for (const name of (await readdir(from)).sort()) {
    // With no list from an earlier build, anything this build did not make is the user's.
    if (built.has(name) || lastMade?.has(name)) continue;
    await rename(path.join(from, name), path.join(to, name));
    carried.push(name);
  }
  return carried;
}

async function readMadeList({ madeList }: SiteFolders): Promise<Set<string> | null> {
  try {
    const names = JSON.parse(await readFile(madeList, 'utf8')) as unknown;
    return Array.isArray(names) ? new Set(names.filter((n): n is string => typeof n === 'string')) : null;
  } catch {
    return null;
  }
}

function exists(dir: string): Promise<boolean> {
  return readdir(dir).then(() => true, () => false);
}
