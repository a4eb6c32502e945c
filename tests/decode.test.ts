import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeText } from '../src/extract/text/decode.ts';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const bytes = (...parts: Array<number[] | Uint8Array>): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => Array.from(p)));
function utf16le(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.charCodeAt(i) & 0xff, s.charCodeAt(i) >> 8);
  return out;
}
const utf16be = (s: string): number[] => {
  const le = utf16le(s);
  const out: number[] = [];
  for (let i = 0; i < le.length; i += 2) out.push(le[i + 1], le[i]);
  return out;
};

const ARTICLE = 'Душанбе – “Tajik” news\nSecond line: Oʻzbekiston';

const decoded: Array<{ name: string; input: Uint8Array; text: string }> = [
  { name: 'plain UTF-8 decodes unchanged', input: utf8(ARTICLE), text: ARTICLE },
  { name: 'a UTF-8 byte-order mark is dropped', input: bytes([0xef, 0xbb, 0xbf], utf8(ARTICLE)), text: ARTICLE },
  { name: 'UTF-16 little-endian with BOM decodes, Cyrillic included', input: bytes([0xff, 0xfe], utf16le(ARTICLE)), text: ARTICLE },
  { name: 'UTF-16 big-endian with BOM decodes, Cyrillic included', input: bytes([0xfe, 0xff], utf16be(ARTICLE)), text: ARTICLE },
  { name: 'Windows CRLF line ends become \\n', input: utf8('Title\r\n\r\nBody one.\r\nBody two.\r\n'), text: 'Title\n\nBody one.\nBody two.\n' },
  { name: 'old Mac lone CR line ends become \\n', input: utf8('Title\rBody.\r'), text: 'Title\nBody.\n' },
  { name: 'CRLF inside UTF-16 text becomes \\n', input: bytes([0xff, 0xfe], utf16le('A\r\nB')), text: 'A\nB' },
  { name: 'Unicode line and paragraph separators become \\n', input: utf8('A\u2028B\u2029C'), text: 'A\nB\nC' },
];
for (const c of decoded) {
  test(c.name, () => {
    assert.deepEqual(decodeText(c.input), { text: c.text, problems: [] });
  });
}

test('text that is not valid UTF-8 is read as Windows-1252 with an encoding warning', () => {
  // 0x93/0x94 are curly quotes and 0xE9 is é in Windows-1252; all three are invalid UTF-8 here.
  const r = decodeText(bytes(utf8('Minister said '), [0x93, 0x43, 0x61, 0x66, 0xe9, 0x94], utf8('.\r\n')));
  assert.equal(r.text, 'Minister said “Café”.\n');
  assert.equal(r.problems.length, 1);
  assert.equal(r.problems[0].field, 'encoding');
  assert.equal(r.problems[0].severity, 'warning');
  assert.match(r.problems[0].message, /UTF-8/);
  assert.match(r.problems[0].hint ?? '', /UTF-8/);
});

test('a byte view into a larger buffer decodes only its own bytes', () => {
  const whole = bytes(utf8('IGNORED'), [0x93, 0x41, 0x94], utf8('IGNORED'));
  const view = whole.subarray(7, 10);
  assert.equal(decodeText(view).text, '“A”');
});

const failures: Array<{ name: string; input: Uint8Array; message: RegExp }> = [
  { name: 'an empty file is an error', input: new Uint8Array(0), message: /empty/ },
  { name: 'a whitespace-only file is an error', input: utf8(' \r\n\t\n  '), message: /whitespace/ },
  { name: 'a file holding only a BOM and blank lines is an error', input: bytes([0xef, 0xbb, 0xbf], utf8('\n\n')), message: /whitespace/ },
  { name: 'a whitespace-only UTF-16 file is an error', input: bytes([0xff, 0xfe], utf16le('  \r\n')), message: /whitespace/ },
  { name: 'NUL bytes without a UTF-16 BOM mean binary and are an error', input: bytes(utf8('%PDF-1.4'), [0, 0, 1, 2, 0xff], utf8('text')), message: /binary/ },
  { name: 'BOM-less UTF-16 is refused as binary rather than decoded as garbage', input: bytes(utf16le('Hello world')), message: /binary/ },
];
for (const c of failures) {
  test(c.name, () => {
    const r = decodeText(c.input);
    assert.equal(r.text, null);
    assert.equal(r.problems.length, 1);
    const [p] = r.problems;
    assert.equal(p.field, 'file');
    assert.equal(p.severity, 'error');
    assert.match(p.message, c.message);
    assert.ok(p.hint && p.hint.length > 10, 'an error tells the user what to do');
  });
}

test('the five sample articles decode as UTF-8 without problems', async () => {
  const { readdirSync, readFileSync } = await import('node:fs');
  const dir = new URL('../content/raw/', import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  assert.ok(files.length >= 5);
  for (const f of files) {
    const r = decodeText(readFileSync(new URL(f, dir)));
    assert.deepEqual(r.problems, [], f);
    assert.ok(r.text && !r.text.includes('\r'), f);
  }
});
