/**
 * styles.xml, read for one question only: which cell styles (`s`) show a number as a date.
 * A style's number format is built in (ids 14–22 and 45–47 are dates and times) or a custom
 * code; a code is a date when, outside quoted text, escapes and [brackets], it has a date or
 * time letter (d, m, y, h, s, and b/e/g of other calendars), in either case.
 */
import { XlsxPackage } from './package';
import type { XmlHandlers } from './xml';
import { readXmlPart } from './xml-scan';

const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

export function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '') // quoted text
    .replace(/\\./g, '') // escaped characters
    .replace(/[_*]./g, '') // padding and repeat characters
    .replace(/\[[^\]]*]/g, '') // colours, conditions, locales, elapsed-time brackets
    .replace(/General/gi, '')
    .replace(/E[+-]/gi, ''); // scientific notation
  return /[dmyhsbeg]/i.test(bare);
}

/** Style index → whether it formats numbers as dates. */
export function readDateStyles(pkg: XlsxPackage, part: string | undefined): boolean[] {
  const dateStyles: boolean[] = [];
  if (part === undefined) return dateStyles;
  const customDates = new Map<number, boolean>();
  let inCellXfs = false;
  const handlers: XmlHandlers = {
    open(name, attributes) {
      if (name === 'numFmt') {
        customDates.set(Number(attributes.numFmtId), isDateFormatCode(attributes.formatCode ?? ''));
      } else if (name === 'cellXfs') {
        inCellXfs = true;
      } else if (name === 'xf' && inCellXfs) {
        const id = Number(attributes.numFmtId ?? 0);
        dateStyles.push(customDates.get(id) ?? BUILT_IN_DATES.has(id));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  };
  readXmlPart(pkg, part, handlers);
  return dateStyles;
}
