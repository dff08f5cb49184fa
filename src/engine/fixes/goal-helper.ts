/**
 * The goal helper: a goal written only as text («Minst 60 % av deltakerne skal være i jobb seks
 * måneder etter avsluttet program») already says its indicator, target and time point. Each
 * missing part the text states unambiguously becomes a proposal the user accepts or not; a part
 * that is filled in is never touched, and two readings of the text give no proposal.
 */
import { GoalKey, IndicatorKind, INDICATORS, OTHER_INDICATOR } from '../template';
import { ParsedCell, Row, stringValue, TableRead } from '../reader';
import { GoalPart, GoalResult } from '../goals';
import { formatNumber, formatPercent, maskPersonalIds } from '../format';
import { CellFix, FixValue } from './types';

export interface GoalProposal {
  readonly indicator: string | null;
  readonly target: number | null;
  readonly timepoint: string | null;
}

const NUMBER_WORDS: Readonly<Record<string, number>> = { tre: 3, fire: 4, fem: 5, seks: 6, ni: 9, tolv: 12, atten: 18 };
const MONTHS = `(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})\\s*(?:måneder|mnd\\.?)\\s+etter`;

function months(word: string): number {
  return NUMBER_WORDS[word] ?? Number(word);
}

/** The one match of each pattern in the text, or null when there is none or more than one. */
function only<T>(values: readonly T[]): T | null {
  const distinct = [...new Set(values)];
  return distinct.length === 1 ? distinct[0] : null;
}

function target(text: string): { value: number; kind: IndicatorKind } | null {
  const percents = [...text.matchAll(/(\d{1,3}(?:[.,]\d+)?)\s*(?:%|prosent)/g)].map((m) => Number(m[1].replace(',', '.')) / 100);
  if (percents.length > 0) {
    const share = only(percents);
    return share === null || share > 1 ? null : { value: share, kind: 'share' };
  }
  const counts = [...text.matchAll(/(\d+)\s+(?:nye\s+)?deltakere/g)].map((m) => Number(m[1]));
  const count = only(counts);
  return count === null ? null : { value: count, kind: 'count' };
}

const WORK = /\b(?:i\s+(?:jobb|arbeid)|få\s+(?:jobb|arbeid)|ansatt)/;

const AT_END = /ved (?:programslutt|avslutning|slutten av programmet|avsluttet program)|når (?:programmet|de) avslutte/;

function indicator(text: string, kind: IndicatorKind | null): string | null {
  const candidates: string[] = [];
  const followUp = new RegExp(MONTHS).exec(text);
  // «ved programslutt og 6 måneder etter» names two moments: no indicator can be chosen.
  if (followUp !== null && AT_END.test(text)) return null;
  if (kind === 'share') {
    if (/(?:jobb|arbeid) eller utdanning/.test(text)) candidates.push('Andel i arbeid eller utdanning ved programslutt');
    else if (/relevant/.test(text) && /(?:jobb|arbeid)/.test(text)) candidates.push('Andel i relevant arbeid ved programslutt');
    else if (WORK.test(text) && followUp !== null && months(followUp[1]) === 6) candidates.push('Andel i arbeid 6 måneder etter programslutt');
    else if (WORK.test(text) && followUp === null) candidates.push('Andel i arbeid ved programslutt');
    if (/fullfør|gjennomfør/.test(text) && !WORK.test(text)) candidates.push('Andel som fullførte programmet');
    if (/mentorpar/.test(text) && /møte/.test(text)) candidates.push('Andel mentorpar som nådde møtemålet');
  } else if (kind === 'count') {
    if (/rekrutter|ta (?:inn|opp)|starte|delta i|ha minst/.test(text) && !WORK.test(text)) candidates.push('Antall deltakere');
  }
  return candidates.length === 1 && INDICATORS.some((i) => i.code === candidates[0]) ? candidates[0] : null;
}

function timepoint(text: string): string | null {
  const found: string[] = [];
  const followUp = new RegExp(MONTHS).exec(text);
  if (followUp !== null) found.push(`${months(followUp[1])} måneder etter programslutt`);
  if (AT_END.test(text) && !/etter avsluttet program/.test(text)) found.push('Ved programslutt');
  const during = /i løpet av (?:året\s+)?(\d{4})/.exec(text);
  if (during !== null) found.push(`I løpet av ${during[1]}`);
  const before = /innen (?:utgangen av\s+)?(\d{4})/.exec(text);
  if (before !== null) found.push(`Innen utgangen av ${before[1]}`);
  return found.length === 1 ? found[0] : null;
}

/** What a goal text says, part by part; null where it says nothing clear. */
export function proposeGoalParts(goalText: string): GoalProposal {
  const text = goalText.toLowerCase().replace(/\s+/g, ' ');
  const aim = target(text);
  const code = indicator(text, aim?.kind ?? null);
  return { indicator: code, target: code === null && aim?.kind === 'count' ? null : aim?.value ?? null, timepoint: timepoint(text) };
}

const PART_NAMES: Readonly<Record<'indicator' | 'target' | 'timepoint', { nb: string; en: string }>> = {
  indicator: { nb: 'indikator', en: 'indicator' },
  target: { nb: 'målverdi', en: 'target' },
  timepoint: { nb: 'måletidspunkt', en: 'time point' },
};

function shown(part: 'indicator' | 'target' | 'timepoint', value: FixValue, kind: IndicatorKind | null, lang: 'nb' | 'en'): string {
  if (part === 'target' && typeof value === 'number') return kind === 'share' ? formatPercent(value, lang) : formatNumber(value, lang);
  return `«${String(value)}»`;
}

/** Proposals for the goals the assessment found unclear, one fix per missing part. */
export function goalFixes(table: TableRead<GoalKey>, goals: readonly GoalResult[]): CellFix[] {
  const fixes: CellFix[] = [];
  const rows = new Map<number, Row<GoalKey>>(table.rows.map((row) => [row.rowNumber, row]));
  for (const goal of goals) {
    const row = rows.get(goal.row);
    const text = stringValue(row?.cells.goalText);
    if (row === undefined || text === null || goal.missing.length === 0) continue;
    const proposal = proposeGoalParts(text);
    const filledIndicator = stringValue(row.cells.indicator);
    // A target proposed for a filled-in indicator must be of that indicator's kind.
    const kind = filledIndicator === null ? INDICATORS.find((i) => i.code === proposal.indicator)?.kind ?? null : goal.kind;
    if (filledIndicator === OTHER_INDICATOR) continue;
    for (const part of ['indicator', 'target', 'timepoint'] as const) {
      const value = part === 'target' && kind === null ? null : proposal[part];
      const cell: ParsedCell | undefined = row.cells[part];
      if (value === null || cell === undefined || !goal.missing.includes(part as GoalPart)) continue;
      const label = goal.id ?? `${table.sheetName}!${goal.cell ?? goal.row}`;
      fixes.push({
        sheet: table.sheetName,
        cell: cell.address,
        oldValue: cell.raw,
        newValue: value,
        kind: 'goal-part',
        rule: 'goal-unclear',
        review: true,
        description: {
          nb: maskPersonalIds(`Mål ${label}: ${PART_NAMES[part].nb} ${shown(part, value, kind, 'nb')}, lest ut av målteksten.`),
          en: maskPersonalIds(`Goal ${label}: ${PART_NAMES[part].en} ${shown(part, value, kind, 'en')}, read from the goal text.`),
        },
      });
    }
  }
  return fixes;
}
