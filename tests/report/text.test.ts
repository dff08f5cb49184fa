import type { Finding } from '../../src/engine';
import { formatText, summaryLine, terminalSafe } from '../../src/report/text';
import { orderFindings } from '../../src/engine';
import { cleanReport, file, hostileReport, mixedReport } from './fixtures';

const ESC = '\u001b[';

describe('text reporter', () => {
  const output = formatText([file('rapport.xlsx', mixedReport())]);
  const lines = output.split('\n');

  test('one line per finding: location, severity, message, rule — ordered by sheet, then rule', () => {
    const findingLines = lines.filter((l) => /^ {2}\S+!\S+ /.test(l));
    expect(findingLines).toHaveLength(3);
    expect(findingLines[0]).toMatch(/^ {2}Programinfo!B2 +feil +Organisasjonsnummeret «123» .+ {2}orgnr-invalid$/);
    expect(findingLines[1]).toMatch(/^ {2}Deltakere!R3 +advarsel +Deltakeren er i arbeid .+«Relevant jobb» er tom\. {2}job-relevance-missing$/);
    expect(findingLines[2]).toMatch(/^ {2}Deltakere!R4 +advarsel \(forklart\) +Deltakeren .+ {2}job-relevance-missing$/);
  });

  test('whatever order the engine reports in, sheets follow the tab order and rules the contract order', () => {
    const f = (rule: Finding['rule'], sheet: string | null, cell: string | null): Finding => ({ rule, severity: 'warning', sheet, cell, message: `${rule} ${cell}` });
    const findings = [
      f('value-required', 'Mentorer', 'B3'),
      f('sheet-missing', 'Mål', null),
      f('job-relevance-missing', 'Deltakere', 'R3'),
      f('status-at-end-missing', 'Deltakere', 'P9'),
      f('job-relevance-missing', 'Deltakere', 'V2'),
      f('column-unknown', 'Egne notater', 'A1'),
      f('value-required', 'Programinfo', null),
    ];
    // The engine orders findings once (engine/order.ts); the reporter keeps that order.
    const report = { ...cleanReport(), findings: orderFindings(findings), rules: [] };
    const order = formatText([file('x.xlsx', report)])
      .split('\n')
      .filter((l) => l.startsWith('  ') && !l.startsWith('   '))
      .map((l) => l.trim().split(/ +/)[0]);
    expect(order).toEqual(['Programinfo', 'Mål', 'Deltakere!P9', 'Deltakere!V2', 'Deltakere!R3', 'Mentorer!B3', 'Egne', '✔']);
  });

  test('columns are aligned: every message starts in the same column', () => {
    const findingLines = lines.filter((l) => /^ {2}\S+!\S+ /.test(l));
    const starts = findingLines.map((l) => l.search(/Organisasjonsnummeret|Deltakeren/));
    expect(new Set(starts).size).toBe(1);
  });

  test('an explained warning is marked and its explanation shown under it', () => {
    const at = lines.findIndex((l) => l.includes('Deltakere!R4'));
    expect(lines[at + 1].trim()).toBe('Forklaring: «Deltakeren ville ikke svare.»');
  });

  test('the roll-up gives each rule one line with its scope ("2 av 3 …")', () => {
    expect(output).toContain('Per regel:');
    expect(lines.some((l) => /^ {4}advarsel +2 av 3 deltakere i arbeid ved programslutt eller oppfølging mangler «Relevant jobb» +job-relevance-missing$/.test(l))).toBe(true);
    expect(lines.some((l) => /^ {4}feil +Organisasjonsnummeret er ugyldig +orgnr-invalid$/.test(l))).toBe(true);
  });

  test('summary line counts problems, errors, warnings and explained ones, in both languages', () => {
    expect(lines).toContain('  ✖ 3 problemer (1 feil, 2 advarsler, 1 forklart)');
    const english = formatText([file('report.xlsx', mixedReport('en'))]);
    expect(english).toContain('  ✖ 3 problems (1 error, 2 warnings, 1 explained)');
    expect(english).toMatch(/Programinfo!B2 +error +/);
    expect(english).toContain('By rule:');
  });

  test('summaryLine: no errors, warnings only, singulars', () => {
    expect(summaryLine({ error: 0, warning: 0, info: 0, explained: 0 }, 'nb')).toBe('✔ ingen feil');
    expect(summaryLine({ error: 0, warning: 0, info: 0, explained: 0 }, 'en')).toBe('✔ no errors');
    expect(summaryLine({ error: 0, warning: 1, info: 2, explained: 0 }, 'nb')).toBe('✔ ingen feil, 1 advarsel, 2 merknader');
    expect(summaryLine({ error: 1, warning: 0, info: 0, explained: 0 }, 'en')).toBe('✖ 1 problem (1 error, 0 warnings)');
    expect(summaryLine({ error: 3, warning: 9, info: 0, explained: 0 }, 'nb')).toBe('✖ 12 problemer (3 feil, 9 advarsler)');
  });

  test('a clean file is listed with "✔ ingen feil" and no findings or roll-up', () => {
    const clean = formatText([file('ren.xlsx', cleanReport())]);
    expect(clean).toBe('ren.xlsx  Mentorløftet (Eksempel Mentor AS, 2025)\n  ✔ ingen feil\n');
  });

  test('several files: one block each and a total line', () => {
    const both = formatText([file('a.xlsx', mixedReport()), file('b.xlsx', cleanReport())]);
    expect(both.indexOf('a.xlsx')).toBeLessThan(both.indexOf('b.xlsx'));
    expect(both.trimEnd().split('\n').pop()).toBe('2 filer: ✖ 3 problemer (1 feil, 2 advarsler, 1 forklart)');
  });

  test('no colour codes unless asked for; colour marks severities when asked', () => {
    expect(output).not.toContain(ESC);
    const coloured = formatText([file('rapport.xlsx', mixedReport())], { color: true });
    expect(coloured).toContain(`${ESC}31mfeil`);
    expect(coloured).toContain(`${ESC}33madvarsel`);
    // Same text once the codes are removed (padding is computed before colouring).
    expect(coloured.replace(/\p{Cc}\[\d+m/gu, '')).toBe(output);
  });

  test('workbook text cannot inject terminal control codes or break a line', () => {
    expect(terminalSafe('a\u001b[2Jb\nc\td')).toBe('a\ufffd[2Jb c d');
    const hostile = formatText([file('x.xlsx', hostileReport())]);
    expect(hostile).toContain('Forklaring: «Forklart <script>alert("x")</script>»');
  });
});
