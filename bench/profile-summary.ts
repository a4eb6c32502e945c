// tsx bench/profile-summary.ts FILE.cpuprofile|DIR [--top 25]
// The hot spots of a V8 CPU profile (node --cpu-prof): self time per function and per file, and
// inclusive time per project function, so a slow stage can be traced to the code that costs.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: Node[]; samples: number[]; timeDeltas: number[] }

const where = (n: Node) => `${n.callFrame.functionName || '(anonymous)'} ${shortUrl(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
function shortUrl(url: string): string {
  const at = url.indexOf('node_modules/');
  if (at >= 0) return url.slice(at);
  const src = url.search(/\/(src|bench)\//);
  return src >= 0 ? url.slice(src + 1) : url.replace(/^file:\/\//, '') || '(native)';
}

export function summarise(profile: Profile, top = 25): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);

  const selfByFn = new Map<string, number>();
  const selfByFile = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const [id, us] of self) {
    const node = byId.get(id)!;
    selfByFn.set(where(node), (selfByFn.get(where(node)) ?? 0) + us);
    const file = shortUrl(node.callFrame.url);
    selfByFile.set(file, (selfByFile.get(file) ?? 0) + us);
    // Inclusive time of project code: credit every src/ frame on the stack once.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!;
      if (!/\/src\//.test(frame.callFrame.url)) continue;
      const key = where(frame);
      if (!seen.has(key)) inclusive.set(key, (inclusive.get(key) ?? 0) + us), seen.add(key);
    }
  }
  const table = (title: string, m: Map<string, number>) => [`\n${title}`,
    ...[...m].sort((a, b) => b[1] - a[1]).slice(0, top)
      .map(([k, us]) => `${(us / 1000).toFixed(0).padStart(8)} ms ${((us / total) * 100).toFixed(1).padStart(5)}%  ${k}`)].join('\n');
  return [`total sampled ${(total / 1000).toFixed(0)} ms`, table('self time by function', selfByFn),
    table('self time by file', selfByFile), table('inclusive time of project functions (src/)', inclusive)].join('\n');
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '25' } } });
for (const target of positionals) {
  const files = (await stat(target)).isDirectory()
    ? (await readdir(target)).filter((f) => f.endsWith('.cpuprofile')).map((f) => path.join(target, f))
    : [target];
  for (const file of files) {
    console.log(`=== ${file}`);
    console.log(summarise(JSON.parse(await readFile(file, 'utf8')), Number(values.top)));
  }
}
