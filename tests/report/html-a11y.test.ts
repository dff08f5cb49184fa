/** @jest-environment jsdom */
import { axe, toHaveNoViolations } from 'jest-axe';
import { formatHtml } from '../../src/report/html';
import { cleanReport, file, mixedReport, noLeaversReport } from './fixtures';

expect.extend(toHaveNoViolations);

test.each(['nb', 'en'] as const)('the HTML report has no axe violations (%s, several files)', async (lang) => {
  const html = formatHtml([file('a.xlsx', mixedReport(lang)), file('b.xlsx', cleanReport(lang)), file('c.xlsx', noLeaversReport(lang))], {
    lang,
    failures: [{ file: 'd.xlsx', reason: 'x' }],
  });
  document.open();
  document.write(html);
  document.close();
  expect(document.documentElement.lang).toBe(lang);
  expect(document.title).toBe('Rapportsjekk');
  expect(document.querySelectorAll('section[id^="file-"]')).toHaveLength(3);
  expect(await axe(document.documentElement)).toHaveNoViolations();
});
