import { ruleFix } from '../../src/engine';
import { formatHtml } from '../../src/report/html';
import { cleanReport, file, halfEmployedReport, hostileReport, mixedReport, noLeaversReport, SCRIPT } from './fixtures';

/** The table row (<tr>…</tr>) whose header cell starts with `label`. */
function row(html: string, label: string): string {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const start = html.search(new RegExp(`<tr><th scope="row"[^>]*>${escaped}`));
  if (start === -1) throw new Error(`no row for ${label}`);
  return html.slice(start, html.indexOf('</tr>', start));
}

describe('HTML reporter', () => {
  const page = formatHtml([file('rapport.xlsx', mixedReport())], { lang: 'nb' });

  test('one self-contained page: no scripts, no external stylesheets, images or links', () => {
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/<link/i);
    expect(page).not.toMatch(/\ssrc=/i);
    expect(page).not.toMatch(/href="?(https?:)?\/\//i);
    expect(page).not.toMatch(/url\(/i);
    expect(page).toContain('<style>');
  });

  test('the lang attribute follows the report language', () => {
    expect(page).toContain('<html lang="nb">');
    expect(formatHtml([file('report.xlsx', mixedReport('en'))], { lang: 'en' })).toContain('<html lang="en">');
    // The report's own language decides; the option only names the page when no file was read.
    expect(formatHtml([file('report.xlsx', mixedReport('en'))])).toContain('<html lang="en">');
    expect(formatHtml([], { lang: 'en', failures: [{ file: 'x.xlsx', reason: 'empty file' }] })).toContain('<html lang="en">');
  });

  test('every table has a caption and scoped header cells', () => {
    const tables = page.match(/<table[\s\S]*?<\/table>/g) ?? [];
    expect(tables.length).toBeGreaterThanOrEqual(5);
    for (const table of tables) {
      expect(table).toMatch(/<caption>[^<]+<\/caption>/);
      const headerCells = table.match(/<th(\s[^>]*)?>/g) ?? [];
      expect(headerCells.length).toBeGreaterThan(0);
      for (const th of headerCells) expect(th).toMatch(/scope="(col|row)"/);
    }
  });

  test('counts, findings grouped by sheet (with the explanation), and the roll-up', () => {
    expect(row(page, 'Feil')).toContain('>1</td>');
    expect(row(page, 'Advarsler')).toContain('>2</td>');
    expect(row(page, 'Forklarte advarsler')).toContain('>1</td>');
    expect(page).toContain('<caption>Funn i Programinfo</caption>');
    expect(page).toContain('<caption>Funn i Deltakere</caption>');
    expect(page.indexOf('Funn i Programinfo')).toBeLessThan(page.indexOf('Funn i Deltakere'));
    expect(row(page, 'R4')).toContain('Forklaring: «Deltakeren ville ikke svare.»');
    expect(row(page, 'R4')).toContain('(forklart)');
    expect(page).toContain('2 av 3 deltakere i arbeid ved programslutt eller oppfølging mangler «Relevant jobb»');
    expect(page).toContain('✖ 3 problemer (1 feil, 2 advarsler, 1 forklart)');
  });

  test('every rule in the roll-up says how to fix it and links to its page in docs/rules', () => {
    const report = mixedReport();
    const rules = [...new Set(report.rules.map((s) => s.rule))];
    expect(rules.length).toBeGreaterThan(1);
    expect(page).toContain('<th scope="col">Slik retter du</th>');
    for (const rule of rules) {
      const summary = row(page, `<code>${rule}</code>`);
      const advice = ruleFix(rule, 'nb');
      expect(advice.length).toBeGreaterThan(10);
      expect(summary).toContain(advice);
      expect(summary).toContain(`<a href="docs/rules/${rule}.md">Mer om regelen: <code>${rule}</code></a>`);
    }
    const english = formatHtml([file('r.xlsx', mixedReport('en'))], { ruleDocs: 'https://example.org/rules/' });
    expect(english).toContain('<th scope="col">How to fix</th>');
    expect(english).toContain(ruleFix(rules[0], 'en').replace(/&/g, '&amp;'));
    expect(english).toContain(`<a href="https://example.org/rules/${rules[0]}.md">More about the rule`);
  });

  test('key figures: rates as "50 % (1 av 2)" with numerator and denominator columns', () => {
    const html = formatHtml([file('x.xlsx', halfEmployedReport())], { lang: 'nb' });
    const rate = row(html, 'Andel i arbeid ved programslutt');
    expect(rate).toContain('50 % (1 av 2)');
    expect(rate).toContain('Nevneren er: deltakere som har sluttet');
    expect(rate).toMatch(/<td class="num">1<\/td><td class="num">2<\/td>$/);
    const english = formatHtml([file('x.xlsx', halfEmployedReport('en'))], { lang: 'en' });
    expect(row(english, 'Employment rate at the end')).toContain('50% (1 of 2)');
  });

  test('a rate that cannot be computed says so, never 0 %', () => {
    const html = formatHtml([file('x.xlsx', noLeaversReport())], { lang: 'nb' });
    const rate = row(html, 'Andel i arbeid ved programslutt');
    expect(rate).toContain('kan ikke beregnes');
    expect(rate).not.toContain('0 %');
    const english = formatHtml([file('x.xlsx', noLeaversReport('en'))], { lang: 'en' });
    expect(row(english, 'Employment rate at the end')).toContain('cannot be computed');
  });

  test('goals show target, achieved, attainment and status; an unassessable goal says so', () => {
    const goal = row(page, 'M1');
    expect(goal).toContain('<td class="num">50 %</td>');
    expect(goal).toContain('100 % (3 av 3)');
    expect(goal).toContain('200 %');
    expect(goal).toContain('nådd');
    const html = formatHtml([file('x.xlsx', noLeaversReport())], { lang: 'nb' });
    expect(row(html, 'M1')).toContain('kan ikke vurderes');
    expect(row(html, 'M1')).toContain('kan ikke beregnes');
  });

  test('user text is escaped everywhere: programme, goal text, explanation, file name', () => {
    const html = formatHtml([file(`ond<script>.xlsx`, hostileReport())], { lang: 'nb', failures: [{ file: '<i>x</i>.xlsx', reason: 'filen finnes ikke' }] });
    expect(html).not.toContain(SCRIPT);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('<b>Co</b>');
    expect(html).not.toContain('<i>x</i>');
    expect(html).toContain('Mentor &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('Org &amp; &lt;b&gt;Co&lt;/b&gt;');
    expect(html).toContain('Forklart &lt;script&gt;');
    expect(html).toContain('ond&lt;script&gt;.xlsx');
  });

  test('several files: a table of contents, one section each, and the files that could not be read', () => {
    const html = formatHtml([file('a.xlsx', mixedReport()), file('b.xlsx', cleanReport())], {
      lang: 'nb',
      failures: [{ file: 'c.xlsx', reason: 'filen er passordbeskyttet; fjern passordet og lagre på nytt' }],
    });
    expect(html).toContain('<a href="#file-1">a.xlsx</a>');
    expect(html).toContain('<a href="#file-2">b.xlsx</a>');
    expect(html).toContain('<section id="file-1"');
    expect(html).toContain('<section id="file-2"');
    expect(row(html, 'c.xlsx')).toContain('passordbeskyttet');
    expect(html).toContain('Ingen funn.');
  });
});
