/**
 * File names that are not UTF-8. A folder unpacked from a Windows zip, or copied from an old
 * system, can name a file in Latin-1 (`rapport_Tr\xf8ndelag.xlsx`); Node decodes such a name
 * (in argv, or from readdir as a string) to U+FFFD and the file can no longer be found. Names
 * are read by their bytes instead: shown as Latin-1 text (which is what they are), and opened
 * by those same bytes. Node only.
 */
import { readFileSync } from 'fs';
import { basename, dirname, sep } from 'path';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A name's bytes as text: UTF-8 when they are valid UTF-8, Latin-1 otherwise (every byte is a character). */
export function decodeName(bytes: Buffer): string {
  try {
    return utf8.decode(bytes);
  } catch {
    return bytes.toString('latin1');
  }
}

const isLatin1 = (text: string): boolean => [...text].every((c) => c.charCodeAt(0) <= 0xff);

/**
 * Other byte spellings of a path whose name was decoded from Latin-1: the last part in
 * Latin-1 under a UTF-8 folder, then the whole path in Latin-1. Tried only when the path as
 * given does not exist.
 */
export function latin1Candidates(path: string): Buffer[] {
  const name = basename(path);
  const candidates: Buffer[] = [];
  if (/[\u0080-\u00ff]/.test(name) && isLatin1(name)) candidates.push(Buffer.concat([Buffer.from(dirname(path) + sep, 'utf8'), Buffer.from(name, 'latin1')]));
  if (/[\u0080-\u00ff]/.test(path) && isLatin1(path)) candidates.push(Buffer.from(path, 'latin1'));
  return candidates;
}

/**
 * The command line's arguments by their bytes: an argument Node had to decode to U+FFFD is
 * taken from /proc/self/cmdline (Linux) and decoded as Latin-1. Elsewhere, or when the bytes
 * cannot be matched, the arguments stay as Node gave them.
 */
export function argsByBytes(args: readonly string[]): string[] {
  if (!args.some((arg) => arg.includes('\ufffd'))) return [...args];
  let raw: Buffer;
  try {
    raw = readFileSync('/proc/self/cmdline');
  } catch {
    return [...args];
  }
  const parts: Buffer[] = [];
  let from = 0;
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === 0) {
      parts.push(raw.subarray(from, i));
      from = i + 1;
    }
  }
  if (parts.length < args.length) return [...args];
  const tail = parts.slice(parts.length - args.length);
  return args.map((arg, i) => (arg.includes('\ufffd') && tail[i].toString('utf8') === arg ? decodeName(tail[i]) : arg));
}
