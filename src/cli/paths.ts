// Where things live in a project, overridable from the command line for tests and benchmarks.
import path from 'node:path';
import { DateTime } from 'luxon';

export interface ProjectPaths {
  root: string;
  rawDir: string;
  recordsDir: string;
  outDir: string;
}

export function projectPaths(root = process.cwd(), overrides: Partial<ProjectPaths> = {}): ProjectPaths {
  return {
    root,
    rawDir: path.join(root, 'content', 'raw'),
    recordsDir: path.join(root, 'content', 'articles'),
    outDir: path.join(root, '_site'),
    ...overrides,
  };
}

/** Reads --root DIR (a project folder holding content/raw) from the command line, default the cwd. */
export function rootFromArgs(root: string | undefined): string {
  return path.resolve(root ?? process.cwd());
}

export function todayIso(): string {
  return DateTime.utc().toISODate()!;
}
