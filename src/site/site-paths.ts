// Where the site's code and templates are, whatever the process's working directory is. A leaf
// module, so the build's main thread can know it without loading the Eleventy plugin.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The page templates: Eleventy's input folder. */
export const SITE_DIR = path.join(REPO_ROOT, 'site');
