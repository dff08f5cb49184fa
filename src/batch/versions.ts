/**
 * Duplicates and versions. A programme often sends its report more than once (a corrected
 * version, the same file twice). Submissions with the same organisation number and year are
 * grouped; within a group, those with the same programme name are versions of one
 * programme-year, and only the newest of them is counted. A different programme name under
 * the same organisation number and year is flagged but counted too: an organisation may run
 * two programmes, and hiding one of them would be worse than showing a possible duplicate.
 */

export interface Versioned {
  readonly file: string;
  readonly orgNumber: string | null;
  readonly year: number | null;
  readonly programName: string | null;
  /** Last modified (ISO), when known. */
  readonly modified: string | null;
}

export interface VersionInfo {
  /** "orgnr/year" when the submission shares organisation number and year with another; else null. */
  readonly group: string | null;
  /** Every file of the group, newest first (empty when not in a group). */
  readonly groupFiles: readonly string[];
  /** Counted: the newest version of its programme-year (or alone). */
  readonly counted: boolean;
  /** Versions of the same programme-year (same name in the group), including this one. */
  readonly versions: number;
  /** The counted version of this programme-year (this file when counted). */
  readonly countedFile: string;
  /** Other programmes of the same organisation and year (different name): worth a look. */
  readonly sameOrganisation: readonly string[];
}

const normalize = (text: string | null): string => (text ?? '').trim().toLowerCase().replace(/\s+/g, ' ');

/** Natural order, so "rapport-v10" comes after "rapport-v9" and "rapport (2)" after "rapport". */
const natural = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Newest first: the later modification time, then the later name (v2 after v1, "(2)" after none). */
export function newestFirst(a: Versioned, b: Versioned): number {
  const time = (v: Versioned): number => (v.modified === null ? 0 : Date.parse(v.modified));
  const stem = (v: Versioned): string => v.file.replace(/\.[^./]*$/, '');
  return time(b) - time(a) || natural.compare(stem(b), stem(a)) || (a.file < b.file ? 1 : -1);
}

export function versionInfo(submissions: readonly Versioned[]): Map<string, VersionInfo> {
  const groups = new Map<string, Versioned[]>();
  for (const s of submissions) {
    if (s.orgNumber === null || s.year === null) continue;
    const key = `${s.orgNumber.replace(/\s/g, '')}/${s.year}`;
    const members = groups.get(key);
    if (members === undefined) groups.set(key, [s]);
    else members.push(s);
  }
  const info = new Map<string, VersionInfo>();
  for (const s of submissions) info.set(s.file, { group: null, groupFiles: [], counted: true, versions: 1, countedFile: s.file, sameOrganisation: [] });
  for (const [key, members] of groups) {
    if (members.length < 2) continue;
    const ordered = [...members].sort(newestFirst);
    const groupFiles = ordered.map((m) => m.file);
    for (const s of ordered) {
      const same = ordered.filter((m) => normalize(m.programName) === normalize(s.programName));
      const others = ordered.filter((m) => normalize(m.programName) !== normalize(s.programName)).map((m) => m.file);
      info.set(s.file, { group: key, groupFiles, counted: same[0] === s, versions: same.length, countedFile: same[0].file, sameOrganisation: others });
    }
  }
  return info;
}
