/** portfolio.html on small hand-made portfolios: what cannot be computed, escaping, labels. */
import { validate } from '../../src/engine';
import type { CheckOutcome } from '../../src/batch/check-file';
import { buildPortfolio } from '../../src/batch/portfolio';
import { escapeHtml, portfolioHtml } from '../../src/batch/write-html';
import { letters } from '../../src/batch/letter';
import { plainAdvice, ruleFix } from '../../src/batch/fix-advice';
import { chart } from '../../src/batch/html/charts';
import { shortLabels } from '../../src/batch/labels';
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

test('a rate over nobody is listed beneath the chart as "kan ikke beregnes", never drawn as 0 %', () => {
  const none = validate(workbook().withParticipants(ongoing, ongoing).withMentors({ menteeCount: 2 }).withInfo({ programName: 'Ingen sluttet' }).build(), { now: NOW });
  const some = validate(workbook().withInfo({ programName: 'Noen sluttet' }).build(), { now: NOW });
  expect(none.metrics.workOrEducationRateAtEnd.value).toBeNull();
  const p = portfolio({ 'none.xlsx': none, 'some.xlsx': some });
  const html = chart(p, { key: 'workOrEducationRateAtEnd', level: 0.6 }, new Map([['none.xlsx', 0], ['some.xlsx', 1]]));
  const [drawn, beneath] = html.split('<p class="missing">');
  expect(drawn.match(/<li/g)?.length).toBe(1);
  expect(drawn).toContain('Noen sluttet');
  expect(drawn).not.toContain('Ingen sluttet');
  expect(drawn).toContain('100 % (1/1)');
  expect(drawn).toContain('--level:60%');
  expect(beneath).toContain('Ingen sluttet');
  expect(beneath).toContain('kan ikke beregnes (0/0)');
  expect(beneath).not.toMatch(/\b0 %/);
});

test('the goal that cannot be assessed reads so on the page', () => {
  const unclear = validate(workbook().withGoals({ indicator: null }).build(), { now: NOW });
  const html = portfolioHtml(portfolio({ 'a.xlsx': unclear }));
  const details = html.split('<template id="d1">')[1].split('</template>')[0];
  expect(details).toContain('class="badge not-assessable">kan ikke vurderes<');
  expect(html).toMatch(/0 av 0<br><small>1 kan ikke vurderes/);
});

test('text from a submission is escaped everywhere on the page', () => {
  const report = validate(workbook().withInfo({ orgName: '<script>alert(1)</script>', programName: '"><img src=x onerror=alert(1)>' }).build(), { now: NOW });
  const html = portfolioHtml(portfolio({ 'a<b>.xlsx': report }));
  expect(html).not.toContain('<script>alert');
  expect(html).not.toContain('<img');
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(html.match(/<script>/g)?.length).toBe(1);
  expect(html.match(/<img/g)).toBeNull();
});

test('labels are short and unique: the organisation, then the year, then the file, only where names repeat', () => {
  const at = (programName: string, orgName: string, year: number, file: string) => ({ programName, orgName, year, file });
  expect(
    shortLabels([
      at('Jobbvenn', 'Org A', 2025, 'a.xlsx'),
      at('Jobbvenn', 'Org B', 2025, 'b.xlsx'),
      at('Jobbvenn', 'Org B', 2025, 'b2.xlsx'),
      at('Unik', 'Org C', 2025, 'c.xlsx'),
      at('Unik', 'Org C', 2024, 'c-2024.xlsx'),
      at('Mentor', 'Org D', 2024, 'd.xlsx'),
    ]),
  ).toEqual(['Jobbvenn, Org A', 'b.xlsx: Jobbvenn, Org B (2025)', 'b2.xlsx: Jobbvenn, Org B (2025)', 'Unik', 'Unik (2024)', 'Mentor (2024)']);
});

test('labels of the same programme-year sent twice: the newest is counted, the older named by its file', () => {
  const a = validate(workbook().withInfo({ programName: 'Jobbvenn', orgName: 'Org A' }).build(), { now: NOW });
  const p = portfolio({ 'a.xlsx': a, 'a-v2.xlsx': a });
  expect(p.submissions.map((s) => [s.file, s.label, s.version.counted])).toEqual([
    ['a-v2.xlsx', 'Jobbvenn', true],
    ['a.xlsx', 'Jobbvenn (a.xlsx)', false],
  ]);
});

test('with suppression the page says so, and a small programme shows "<5" rather than its count', () => {
  const html = portfolioHtml(portfolio({ 'small.xlsx': validate(workbook().build(), { now: NOW }) }, true));
  expect(html).toContain('Små tall er skjult');
  const row = html.split('<tbody>')[1].split('</tr>')[0];
  expect(row).toContain('skjult');
  expect(row).toContain('&lt;5');
  expect(row).not.toMatch(/\d+ %/);
});

test('a letter in English: what must be corrected, where, and the rule\'s fix advice in English', () => {
  const report = validate(workbook().withInfo({ orgNumber: '123', programName: 'Jobbvenn' }).build(), { now: NOW, lang: 'en' });
  const error = report.findings.find((f) => f.severity === 'error');
  expect(error).toBeDefined();
  const p = buildPortfolio([{ path: '/x/a.xlsx', name: 'a.xlsx', explicit: false }], [{ kind: 'report', report }], { lang: 'en', suppressSmall: false, generatedAt: NOW });
  const letter = letters(p).get('a.xlsx') ?? '';
  expect(letter).toContain('<html lang="en">');
  expect(letter).toContain('What must be corrected');
  expect(letter).toContain(escapeHtml(error?.message ?? '-'));
  expect(letter).toContain(`<td>${error?.cell}</td>`);
  expect(letter).toContain(escapeHtml(plainAdvice(ruleFix(error?.rule ?? 'orgnr-invalid', 'en'))).slice(0, 30));
  expect(letter).not.toMatch(/Dette må rettes|Slik retter/);
});

test('a letter quotes the explanation the programme gave for a warning, next to that warning', () => {
  const report = validate(
    workbook()
      .withMentors({ menteeCount: 2 })
      .withParticipants({}, { immigrantCategory: 'Ingen innvandrerbakgrunn' })
      .withExplanations(['target-group-mismatch', 'Deltakere', 'D3', 'Deltar som del av et samarbeid med NAV.'])
      .build(),
    { now: NOW },
  );
  const letter = letters(portfolio({ 'a.xlsx': report })).get('a.xlsx') ?? '';
  expect(letter).toContain('Dette ber vi dere se på (1)');
  expect(letter).toContain('<th scope="col">Deres forklaring</th>');
  expect(letter).toMatch(/<td>D3<\/td><td>[^<]+<\/td><td>Deltar som del av et samarbeid med NAV\.<\/td>/);
  expect(letter).toContain('Dere har forklart én advarsel');
  expect(letter).not.toContain('Dette må rettes');
});
