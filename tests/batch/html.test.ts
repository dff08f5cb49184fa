/** portfolio.html on small hand-made portfolios: what cannot be computed, escaping, labels. */
import { validate } from '../../src/engine';
import type { CheckOutcome } from '../../src/batch/check-file';
import { buildPortfolio } from '../../src/batch/portfolio';
import { barChart, chartLabels, portfolioHtml } from '../../src/batch/write-html';
import { NOW, workbook } from '../helpers/builder';

const ongoing = { completed: 'Pågår', endDate: null, statusAtEnd: null, employmentShare: null, relevantJob: null, attributedToProgramme: null, statusFollowUp: null, relevantJobFollowUp: null };

function portfolio(named: Record<string, ReturnType<typeof validate>>, suppressSmall = false) {
  const names = Object.keys(named);
  return buildPortfolio(
    names.map((name) => ({ path: `/x/${name}`, name, explicit: false })),
    names.map((name): CheckOutcome => ({ kind: 'report', report: named[name] })),
    { lang: 'nb', suppressSmall, generatedAt: NOW },
  );
}

test('a rate over nobody is drawn as an empty frame labelled "kan ikke beregnes", never as 0 %', () => {
  const none = validate(workbook().withParticipants(ongoing, ongoing).withMentors({ menteeCount: 2 }).build(), { now: NOW });
  const some = validate(workbook().build(), { now: NOW });
  expect(none.metrics.employmentRateAtEnd.value).toBeNull();
  const svg = barChart(portfolio({ 'none.xlsx': none, 'some.xlsx': some }), 'employmentRateAtEnd');
  const [first, second] = svg.split('<g>').slice(1);
  expect(first).toContain('class="nobar"');
  expect(first).toContain('kan ikke beregnes (0/0)');
  expect(first).not.toMatch(/\b0 %/);
  expect(second).toContain('class="bar"');
  expect(second).toContain('100 % (1/1)');
});

test('the goal that cannot be assessed reads so on the page', () => {
  const unclear = validate(workbook().withGoals({ indicator: null }).build(), { now: NOW });
  const html = portfolioHtml(portfolio({ 'a.xlsx': unclear }));
  const goalRow = html.split('<section id="goals">')[1].split('</section>')[0];
  expect(goalRow).toContain('class="badge not-assessable">kan ikke vurderes<');
});

test('text from a submission is escaped everywhere on the page', () => {
  const report = validate(workbook().withInfo({ orgName: '<script>alert(1)</script>', programName: '"><img src=x onerror=alert(1)>' }).build(), { now: NOW });
  const html = portfolioHtml(portfolio({ 'a<b>.xlsx': report }));
  expect(html).not.toContain('<script>alert');
  expect(html).not.toContain('<img');
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(html.match(/<script>/g)?.length).toBe(1);
});

test('bar labels are unique: the organisation, then the file, is added where names repeat', () => {
  const a = validate(workbook().withInfo({ programName: 'Jobbvenn', orgName: 'Org A' }).build(), { now: NOW });
  const b = validate(workbook().withInfo({ programName: 'Jobbvenn', orgName: 'Org B' }).build(), { now: NOW });
  const c = validate(workbook().withInfo({ programName: 'Unik', orgName: 'Org C' }).build(), { now: NOW });
  const p = portfolio({ 'a.xlsx': a, 'b.xlsx': b, 'b2.xlsx': b, 'c.xlsx': c });
  expect(chartLabels(p.submissions)).toEqual([
    'Jobbvenn, Org A (2025)',
    'b.xlsx: Jobbvenn (2025)',
    'b2.xlsx: Jobbvenn (2025)',
    'Unik (2025)',
  ]);
});

test('with suppression the page says so, and a small programme shows "<5" rather than its count', () => {
  const html = portfolioHtml(portfolio({ 'small.xlsx': validate(workbook().build(), { now: NOW }) }, true));
  expect(html).toContain('Små tall er skjult');
  const row = html.split('<tbody>')[1].split('</tr>')[0];
  expect(row).toContain('&lt;5');
  expect(row).not.toMatch(/\d+ %/);
});
