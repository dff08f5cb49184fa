/**
 * The key-figures sheet as plain data: the Report's key figures (each rate with its numerator,
 * denominator and what the denominator is; small bases flagged), then goal attainment per goal.
 * One layout for every host that writes the sheet (the Excel add-in, the browser page's
 * annotated download), so they cannot drift. Browser-safe.
 */
import { maskDeep, METRIC_KEYS, sideBySide } from '../engine';
import type { GoalResult, GoalStatus, Metric, Report } from '../engine';
import { METRIC_LABELS } from './metric-labels';
import { REPORT_TEXT } from './texts';

/** Rates over fewer than this many are flagged: a few people change them a lot. */
export const SMALL_BASE = 10;
export const KEY_FIGURE_COLUMNS = 6;
const COLUMNS = KEY_FIGURE_COLUMNS;

/** The sheet's own words; the column headers it shares with the reporters are REPORT_TEXT's. */
export interface SheetTexts {
  readonly title: string;
  readonly notice: string;
  readonly denominatorIs: string;
  readonly note: string;
  readonly smallBase: string;
  readonly noGoals: string;
  readonly chartTitle: string;
  readonly status: Readonly<Record<GoalStatus, string>>;
}

export const KEY_FIGURE_TEXTS = sideBySide<SheetTexts>({
  title: ['Nøkkeltall', 'Key figures'],
  notice: [
    'Laget av Rapportsjekk. Arket lages på nytt hver gang nøkkeltall oppdateres; endringer her blir overskrevet.',
    'Made by Rapportsjekk. The sheet is rebuilt every time key figures are updated; changes here are overwritten.',
  ],
  denominatorIs: ['Nevneren er', 'Denominator is'],
  note: ['Merknad', 'Note'],
  smallBase: ['lite grunnlag', 'small base'],
  noGoals: ['Ingen mål å vurdere.', 'No goals to assess.'],
  chartTitle: ['Måloppnåelse per mål', 'Goal attainment per goal'],
  status: {
    reached: ['Nådd', 'Reached'],
    'not-reached': ['Ikke nådd', 'Not reached'],
    'not-assessable': ['Kan ikke vurderes', 'Cannot be assessed'],
  },
});

type Cell = string | number;

export interface KeyFiguresLayout {
  /** Rows of COLUMNS cells from A1; '' is an empty cell. */
  readonly values: Cell[][];
  readonly numberFormats: string[][];
  /** 0-based rows to show as headers (bold, bottom border). */
  readonly headerRows: readonly number[];
  readonly titleRow: number;
  /** The chart's source (goal IDs and attainment with their header), or null without goals. */
  readonly chartSource: string | null;
}

const COUNT_FORMAT = '#,##0';
const PERCENT_FORMAT = '0.0%';

function valueFormat(metric: Metric): string {
  switch (metric.kind) {
    case 'rate':
      return PERCENT_FORMAT;
    case 'mean':
      return '0.00';
    case 'amount':
    case 'count':
      return COUNT_FORMAT;
  }
}

function goalValueFormat(goal: GoalResult): string {
  switch (goal.kind) {
    case 'share':
      return PERCENT_FORMAT;
    case 'count':
      return COUNT_FORMAT;
    case 'mean':
      return '0.00';
    default:
      return 'General';
  }
}

const blank = (n: number): Cell[] => new Array<Cell>(n).fill('');
const general = (n: number): string[] => new Array<string>(n).fill('General');

export function keyFiguresLayout(report: Report): KeyFiguresLayout {
  const lang = report.lang;
  const t = KEY_FIGURE_TEXTS[lang];
  const r = REPORT_TEXT[lang];
  const values: Cell[][] = [];
  const formats: string[][] = [];
  const headerRows: number[] = [];
  const push = (row: Cell[], format: string[] = general(COLUMNS)): void => {
    values.push([...row, ...blank(COLUMNS - row.length)]);
    formats.push([...format, ...general(COLUMNS - format.length)]);
  };

  const who = [report.programme.programName ?? report.programme.orgName, report.programme.reportingYear].filter((x) => x !== null);
  push([who.length > 0 ? `${t.title} – ${who.join(' ')}` : t.title]);
  push([t.notice]);
  push([]);

  headerRows.push(values.length);
  push([r.keyFigure, r.numerator, r.denominator, r.value, t.denominatorIs, t.note]);
  for (const key of METRIC_KEYS) {
    const metric = report.metrics[key];
    const label = METRIC_LABELS[key][lang];
    const isRatio = metric.kind !== 'count';
    const note =
      metric.value === null
        ? r.cannotCompute
        : metric.kind === 'rate' && metric.denominator !== null && metric.denominator < SMALL_BASE
          ? t.smallBase
          : '';
    push(
      [label.label, metric.numerator ?? '', isRatio ? (metric.denominator ?? '') : '', metric.value ?? '', label.denominator ?? '', note],
      ['General', COUNT_FORMAT, COUNT_FORMAT, valueFormat(metric), 'General', 'General'],
    );
  }
  push([]);

  headerRows.push(values.length);
  const goalHeader = values.length;
  push([r.goalId, r.attainment, r.target, r.achieved, r.status, r.indicator]);
  for (const goal of report.goals) {
    const format = goalValueFormat(goal);
    push(
      [goal.id ?? `#${goal.row}`, goal.attainment ?? '', goal.target ?? '', goal.achieved ?? '', t.status[goal.status], goal.indicator ?? ''],
      ['@', '0%', format, format, 'General', 'General'],
    );
  }
  if (report.goals.length === 0) push([t.noGoals]);
  const chartSource = report.goals.length === 0 ? null : `A${goalHeader + 1}:B${goalHeader + 1 + report.goals.length}`;
  // Both hosts write these cells: masked here, once (a target or year that is an ID becomes text).
  return { values: maskDeep(values), numberFormats: formats, headerRows, titleRow: 0, chartSource };
}

