// Raw file bytes -> text with \n line ends. Users paste from any site and save with any editor,
// so we accept the encodings editors actually produce and refuse what is clearly not text.
import iconv from 'iconv-lite';
import type { Problem } from '../types.ts';
import { stripUnsafe } from '../../record/safe-text.ts';

export interface Decoded { text: string | null; problems: Problem[] }

function fail(message: string, hint: string): Decoded {
  return { text: null, problems: [{ field: 'file', message, hint, severity: 'error' }] };
}

/** UTF-16 needs a BOM to be trusted; without one, NUL bytes mean binary (or a format we cannot guess). */
function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) {
    return fail('the file is empty (0 bytes)', 'paste the article text into the file and save it again');
  }
  const problems: Problem[] = [];
  let text: string;
  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    // TextDecoder drops the BOM itself; a lone trailing byte becomes U+FFFD rather than an exception.
    text = new TextDecoder(utf16).decode(bytes);
  } else if (bytes.includes(0)) {
    return fail(
      'the file looks binary (it contains NUL bytes), not plain text',
      'save the article as plain text (.txt, UTF-8); copy the text out of a PDF or Word file rather than saving that file here',
    );
  } else if (isValidUtf8(bytes)) {
    text = new TextDecoder('utf-8').decode(bytes);
  } else {
    // Older Windows editors save in the ANSI code page; 1252 is a superset of Latin-1 for printable text.
    text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows-1252');
    problems.push({
      field: 'encoding',
      message: 'the file is not valid UTF-8; it was read as Windows-1252, so some characters may be wrong',
      hint: 're-save the file as UTF-8 in your editor and check quotes and accented letters',
      severity: 'warning',
    });
  }
  // Browsers sometimes copy U+2028/U+2029 as line breaks; treat them like any other line end.
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?|[\u2028\u2029]/g, '\n');
  const safe = stripUnsafe(text);
  if (safe.removed > 0) {
    text = safe.text;
    problems.push({
      field: 'text',
      message: `${safe.removed} control or text-direction character${safe.removed === 1 ? '' : 's'} removed (they are invalid in feeds or can disguise text)`,
      severity: 'warning',
    });
  }
  if (text.trim() === '') {
    return fail('the file contains only whitespace', 'paste the article text into the file and save it again');
  }
  return { text, problems };
}
