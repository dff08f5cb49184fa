import * as fs from 'fs';
import * as path from 'path';
import { METRIC_KEYS } from '../../src/engine';
import type { Metric } from '../../src/engine';
import { METRIC_LABELS } from '../../src/report/metric-labels';
import { formatMetric, formatRate } from '../../src/report/values';
import { halfEmployedReport } from './fixtures';

const metric = (kind: Metric['kind'], value: number | null, numerator: number | null, denominator: number | null): Metric => ({
  key: 'participants',
  kind,
  value,
  numerator,
  denominator,
});

describe('key figure values', () => {
  test('rates show the percent with numerator and denominator; null reads "cannot be computed"', () => {
    expect(formatRate(0.5, 6, 12, 'nb')).toBe('50 % (6 av 12)');
    expect(formatRate(0.5, 6, 12, 'en')).toBe('50% (6 of 12)');
    expect(formatRate(0, 0, 12, 'nb')).toBe('0 % (0 av 12)');
    expect(formatRate(null, 0, 0, 'nb')).toBe('kan ikke beregnes');
    expect(formatRate(null, 0, 0, 'en')).toBe('cannot be computed');
  });

  test('counts, means and amounts', () => {
    expect(formatMetric(metric('count', 1234, 1234, null), 'nb')).toBe('1\u00a0234');
    expect(formatMetric(metric('count', 0, 0, null), 'en')).toBe('0');
    expect(formatMetric(metric('mean', 3.5, 14, 4), 'nb')).toBe('3,5 (n = 4)');
    expect(formatMetric(metric('mean', null, 0, 0), 'nb')).toBe('kan ikke beregnes');
    expect(formatMetric(metric('amount', 500000 / 12, 500000, 12), 'nb')).toBe('41\u00a0667\u00a0kr (500\u00a0000\u00a0kr / 12)');
    expect(formatMetric(metric('amount', 500000 / 12, 500000, 12), 'en')).toBe('NOK\u00a041,667 (NOK\u00a0500,000 / 12)');
  });
});

describe('metric labels', () => {
  test('every metric key has a label in both languages', () => {
    expect(Object.keys(METRIC_LABELS).sort()).toEqual([...METRIC_KEYS].sort());
    for (const key of METRIC_KEYS) {
      for (const lang of ['nb', 'en'] as const) expect(METRIC_LABELS[key][lang].label.trim()).not.toBe('');
    }
  });

  test('every rate, mean and amount names its denominator; counts do not have one', () => {
    const { metrics } = halfEmployedReport();
    for (const key of METRIC_KEYS) {
      const hasDenominator = metrics[key].kind !== 'count';
      for (const lang of ['nb', 'en'] as const) expect(METRIC_LABELS[key][lang].denominator !== null).toBe(hasDenominator);
    }
  });
});

test('the reporters are browser-safe: no Node modules, no process, no require', () => {
  const dir = path.join(__dirname, '..', '..', 'src', 'report');
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
    const source = fs.readFileSync(path.join(dir, name), 'utf8');
    const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    for (const spec of imports) expect(`${name}: ${spec}`).toMatch(/: \.\.?\//);
    expect(source).not.toMatch(/\bprocess\.|\brequire\(|\b__dirname\b|\bBuffer\b/);
  }
});
