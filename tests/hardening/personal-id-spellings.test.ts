/**
 * The masking choke point (src/engine/personal-id.ts), property-tested: random synthetic
 * national IDs (month + 80: never a real person), written in random spellings (separators of
 * any kind, look-alike spaces, a zero-width space, full-width digits, the leading zero of days
 * 01–09 dropped), planted in every field a report repeats, and in the file and sheet names.
 * No output (text, JSON, HTML, the key-figures layout both hosts write, the portfolio's three
 * files, the pane's locations) may contain one in full, in any spelling.
 */
import fc from 'fast-check';
import * as ExcelJS from 'exceljs';
import { findPersonalIdSpans, maskPersonalIds, validate } from '../../src/engine';
import type { CellValue } from '../../src/engine';
import { formatHtml, formatJson, formatText } from '../../src/report';
import { keyFiguresLayout } from '../../src/report/key-figures-layout';
import { buildPortfolio } from '../../src/batch/portfolio';
import { portfolioFiles } from '../../src/batch/run-batch';
import { findingLocation } from '../../src/taskpane/figures';
import { syntheticPersonalId } from '../../tools/fuzz-snapshots';
import { NOW, workbook } from '../helpers/builder';
import { leaks, Spelled, spelledArbitrary } from './personal-ids';

describe('maskPersonalIds', () => {
  test('finds and masks every spelling, in any surrounding text', () => {
    fc.assert(
      fc.property(spelledArbitrary, fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 }), (spelled, before, after) => {
        // Letters around it, never digits (a longer run of digits is another number).
        const text = `${before.replace(/\d/g, 'x')} ${spelled.text} ${after.replace(/\d/g, 'x')}`;
        expect(leaks(text, spelled.id)).toBe(true);
        expect(findPersonalIdSpans(text).map((s) => s.digits)).toContain(spelled.id);
        const masked = maskPersonalIds(text);
        expect(leaks(masked, spelled.id)).toBe(false);
        expect(masked).toContain('*****');
      }),
      { numRuns: 1000 },
    );
  });

  test('the masked form keeps the birth date as written and text around it', () => {
    const id = syntheticPersonalId(3, 2, 1985, 100, false) as string;
    expect(maskPersonalIds(`fnr ${id.slice(0, 6)}-${id.slice(6)}.`)).toBe(`fnr ${id.slice(0, 6)}-*****.`);
    expect(maskPersonalIds(`Fødselsår ${id.slice(1)} er utenfor`)).toBe(`Fødselsår ${id.slice(1, 6)}***** er utenfor`);
    expect(maskPersonalIds(`${id.slice(0, 2)}.${id.slice(2, 4)}.${id.slice(4, 6)} ${id.slice(6)}`)).toBe(`${id.slice(0, 2)}.${id.slice(2, 4)}.${id.slice(4, 6)} *****`);
  });

  test('ordinary numbers stay: years, org numbers, phone numbers, amounts, lists', () => {
    for (const text of ['2025', '974760673', 'tlf 22 33 44 55', '500 000 kr', '1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11', '12345678901234', 'A1:XFD1048576']) {
      expect(maskPersonalIds(text)).toBe(text);
    }
  });
});

describe('every output of a report and a portfolio', () => {
  test('no planted ID, in any spelling and any field, is printed in full', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(spelledArbitrary, { minLength: 16, maxLength: 16 }), async (planted) => {
        const [org, prog, orgNo, pid, comment, code, goalId, goalText, indicator, timepoint, explanation, version, sheetName, fileName, note, year] = planted;
        const asNumber = (s: Spelled): CellValue => Number(s.id);
        const snapshot = workbook()
          .withVersion(version.text)
          .withInfo({ orgName: `Org ${org.text}`, programName: prog.text, orgNumber: orgNo.text, reportingYear: asNumber(year) })
          .withParticipants({ participantId: pid.text, comment: comment.text, relevantJob: null }, { gender: code.text, birthYear: asNumber(pid) })
          .withGoals({ goalId: goalId.text, goalText: goalText.text, indicator: indicator.text, timepoint: timepoint.text, target: asNumber(goalId) })
          .withExplanations(['job-relevance-missing', 'Deltakere', 'R2', explanation.text])
          .withSheet(`Notat ${sheetName.text}`.slice(0, 31), [[note.text], [asNumber(note)]])
          .withSheet('__proto__', [[asNumber(year)]])
          .build();
        const report = validate(snapshot, { lang: 'nb', now: NOW });
        const file = `rapport ${fileName.text}.xlsx`;
        const results = [{ file, report }];
        const portfolio = buildPortfolio(
          [{ path: `/x/${file}`, name: file, explicit: true }, { path: '/x/b.xlsx', name: `b ${fileName.text}.xlsx`, explicit: true }],
          [{ kind: 'report', report }, { kind: 'unreadable', reason: 'damaged', message: `filen ${file} er skadet` }],
          { lang: 'nb', suppressSmall: false, generatedAt: NOW },
        );
        const files = await portfolioFiles(portfolio);
        const book = new ExcelJS.Workbook();
        await book.xlsx.load(files.xlsx as unknown as ArrayBuffer);
        const cells: string[] = [];
        book.eachSheet((sheet) => {
          cells.push(sheet.name);
          sheet.eachRow((row) => row.eachCell((cell) => cells.push(JSON.stringify(cell.value))));
        });
        const outputs = {
          text: formatText(results),
          json: formatJson(results),
          html: formatHtml(results, { lang: 'nb', failures: [{ file: `c ${fileName.text}.xlsx`, reason: 'x' }] }),
          keyFigures: JSON.stringify(keyFiguresLayout(report).values),
          pane: report.findings.map((f) => findingLocation(f, 'nb')).join('\n'),
          portfolioHtml: files.html,
          portfolioJson: files.json,
          portfolioXlsx: cells.join('\n'),
        };
        // Not vacuous: the planted numbers are found (the sheet ones as findings).
        expect(report.findings.filter((f) => f.rule === 'personal-id-in-sheet').length).toBeGreaterThanOrEqual(10);
        expect(report.findings.some((f) => f.rule === 'personal-id-in-sheet' && f.sheet === '__proto__')).toBe(true);
        for (const [where, output] of Object.entries(outputs)) {
          const leaked = planted.filter((p) => leaks(output, p.id)).map((p) => p.text);
          expect({ where, leaked }).toEqual({ where, leaked: [] });
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
