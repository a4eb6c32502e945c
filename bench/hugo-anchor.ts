// The anchor the build is compared with (npm run bench -- --hugo): Hugo rendering the project's
// own records into article, country, topic, person and source pages, then one plain Pagefind
// index over Hugo's output, as a Hugo site with search would be built. Timed from outside like
// the build, on the same machine, right after it.
//
// Hugo is Debian's package (apt-get install hugo); the site below is written for this run only:
// a page per record with its body as the search body, and Hugo's taxonomies for the lists.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export const HUGO = '/usr/bin/hugo';
const GNU_TIME = '/usr/bin/time';

export interface AnchorStep { step: 'hugo' | 'pagefind'; seconds: number; peakRssBytes: number | null }
export interface AnchorRun { ok: boolean; error?: string; steps: AnchorStep[]; seconds: number; pages: number | null }

const CONFIG = `baseURL = "http://localhost:8080/"
languageCode = "en"
title = "Anchor"
disableKinds = ["RSS", "robotsTXT"]
[taxonomies]
  country = "countries"
  topic = "topics"
  person = "people"
  source = "source"
[pagination]
  pagerSize = 50
`;

const BASE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><nav><a href="/">Home</a></nav><main>{{ block "main" . }}{{ end }}</main></body></html>`;

const SINGLE = `{{ define "main" }}<article data-pagefind-body><h1>{{ .Title }}</h1>
<p>{{ with .Params.date }}{{ . }}{{ else }}Date not stated{{ end }}{{ with .Params.place }} · {{ . }}{{ end }}{{ with .Params.source }} · {{ . }}{{ end }}</p>
{{ .Content }}</article>
<ul>{{ range .Params.countries }}<li><a href="{{ "/countries/" | relURL }}{{ . | urlize }}/" data-pagefind-filter="country">{{ . }}</a></li>{{ end }}
{{ range .Params.topics }}<li><a href="{{ "/topics/" | relURL }}{{ . | urlize }}/" data-pagefind-filter="topic">{{ . }}</a></li>{{ end }}</ul>{{ end }}`;

const LIST = `{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Params.summary }}</li>{{ end }}</ul>
{{ with .Paginator.Next }}<a href="{{ .URL }}">Next</a>{{ end }}{{ end }}`;

const TERMS = `{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}`;

export async function runAnchor(recordsDir: string): Promise<AnchorRun> {
  if (!existsSync(HUGO)) return { ok: false, error: `${HUGO} is missing (apt-get install hugo)`, steps: [], seconds: 0, pages: null };
  const site = await mkdtemp(path.join(os.tmpdir(), 'hugo-anchor-'));
  try {
    await writeFile(path.join(site, 'hugo.toml'), CONFIG);
    for (const [file, text] of Object.entries({ '_default/baseof.html': BASE, '_default/single.html': SINGLE, '_default/list.html': LIST, '_default/terms.html': TERMS, 'index.html': LIST })) {
      await mkdir(path.dirname(path.join(site, 'layouts', file)), { recursive: true });
      await writeFile(path.join(site, 'layouts', file), text);
    }
    const steps: AnchorStep[] = [];
    const hugo = await timed('hugo', HUGO, ['--quiet', '--source', site, '--contentDir', path.resolve(recordsDir), '--destination', path.join(site, 'public')], site);
    steps.push(hugo.step);
    if (hugo.code !== 0) return { ok: false, error: `hugo failed: ${hugo.output.slice(-2000)}`, steps, seconds: hugo.step.seconds, pages: null };
    const binary = await pagefindBinary();
    const pagefind = await timed('pagefind', binary, ['--site', path.join(site, 'public'), '--silent'], site);
    steps.push(pagefind.step);
    if (pagefind.code !== 0) return { ok: false, error: `pagefind failed: ${pagefind.output.slice(-2000)}`, steps, seconds: 0, pages: null };
    const entry = JSON.parse(readFileSync(path.join(site, 'public', 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const pages = Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
    return { ok: true, steps, seconds: steps.reduce((sum, s) => sum + s.seconds, 0), pages };
  } finally {
    await rm(site, { recursive: true, force: true });
  }
}

async function timed(step: AnchorStep['step'], command: string, args: string[], cwd: string): Promise<{ step: AnchorStep; code: number; output: string }> {
  const timeFile = path.join(cwd, `${step}.time`);
  const hasTime = existsSync(GNU_TIME);
  const [file, ...rest] = hasTime ? [GNU_TIME, '-f', '%M', '-o', timeFile, command, ...args] : [command, ...args];
  const start = performance.now();
  const child = spawn(file, rest, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output = (output + c).slice(-20000)));
  child.stderr.on('data', (c: Buffer) => (output = (output + c).slice(-20000)));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  const seconds = (performance.now() - start) / 1000;
  const kib = hasTime ? Number(readFileSync(timeFile, 'utf8').trim().split('\n').pop()) : NaN;
  return { step: { step, seconds, peakRssBytes: Number.isFinite(kib) ? kib * 1024 : null }, code, output };
}

async function pagefindBinary(): Promise<string> {
  const resolver = new URL('./resolveBinary.js', import.meta.resolve('pagefind'));
  const { resolveBinaryPath } = (await import(resolver.href)) as { resolveBinaryPath(names: string[]): string };
  return resolveBinaryPath(['pagefind_extended', 'pagefind']);
}
