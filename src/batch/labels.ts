/**
 * Short, unique names for submissions in charts and tables: the programme's name alone where
 * that is enough, then with the year, then with the organisation, and the file name only where
 * even that repeats. Never cut: a name that is too long wraps instead.
 */

export interface Labelled {
  readonly file: string;
  readonly programName: string | null;
  readonly orgName: string | null;
  readonly year: number | null;
}

const counts = (labels: readonly string[]): Map<string, number> => labels.reduce((m, l) => m.set(l, (m.get(l) ?? 0) + 1), new Map<string, number>());

/** The year most reports are for: only other years are written out. */
function usualYear(items: readonly Labelled[]): number | null {
  const years = counts(items.map((s) => String(s.year)));
  const top = [...years.entries()].sort((a, b) => b[1] - a[1])[0];
  return top === undefined || top[0] === 'null' ? null : Number(top[0]);
}

/** Each step adds detail only to the labels that are still alike. */
export function shortLabels(items: readonly Labelled[]): string[] {
  const usual = usualYear(items);
  const year = (s: Labelled): string => (s.year === null || s.year === usual ? '' : ` (${s.year})`);
  const steps: ((s: Labelled, label: string) => string)[] = [
    (s) => `${s.programName ?? s.file}, ${s.orgName ?? '–'}${year(s)}`,
    (s) => `${s.programName ?? s.file}, ${s.orgName ?? '–'} (${s.year ?? '–'})`,
    (s, label) => `${s.file}: ${label}`,
  ];
  let labels = items.map((s) => `${s.programName ?? s.orgName ?? s.file}${year(s)}`);
  for (const step of steps) {
    const seen = counts(labels);
    if ([...seen.values()].every((n) => n === 1)) return labels;
    labels = items.map((s, i) => ((seen.get(labels[i]) ?? 0) > 1 ? step(s, labels[i]) : labels[i]));
  }
  return labels;
}
