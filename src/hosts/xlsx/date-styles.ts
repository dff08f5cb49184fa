/**
 * Date styles for the fixed copy. A date written as text sits in a cell whose style shows text;
 * the real date needs a style with a date format. Each such style gets one copy with the
 * built-in short date (number format 14, which Excel shows as dd.mm.åååå in Norwegian), appended
 * to cellXfs so every existing style index keeps its meaning.
 */
import { attribute } from './package-parts';

/** Built-in date and date-time number formats (ECMA-376 18.8.30). */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 22, 27, 30, 36, 50, 57]);
const XF = /<((?:[\w.-]+:)?)xf\b([^>]*?)(\/>|>([\s\S]*?)<\/\1xf>)/g;

export class DateStyles {
  private readonly xfs: string[];
  private readonly customDates: Set<number>;
  private readonly created = new Map<number, number>();
  private source: string;

  constructor(stylesXml: string) {
    this.source = stylesXml;
    const cellXfs = /<(?:[\w.-]+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?cellXfs>/.exec(stylesXml);
    this.xfs = cellXfs === null ? [] : [...cellXfs[1].matchAll(XF)].map((m) => m[0]);
    this.customDates = new Set(
      [...stylesXml.matchAll(/<(?:[\w.-]+:)?numFmt\b[^>]*>/g)]
        .filter(([tag]) => /[dmy]/i.test((attribute(tag, 'formatCode') ?? '').replace(/"[^"]*"|\[[^\]]*\]/g, '')))
        .map(([tag]) => Number(attribute(tag, 'numFmtId'))),
    );
  }

  get changed(): boolean {
    return this.created.size > 0;
  }

  get xml(): string {
    return this.source;
  }

  /** A style index showing dates, based on the cell's style; undefined when styles are unreadable. */
  dateStyleFor(style: number): number | undefined {
    const xf = this.xfs[style];
    if (xf === undefined) return undefined;
    const format = Number(attribute(xf, 'numFmtId') ?? 0);
    if (BUILT_IN_DATES.has(format) || this.customDates.has(format)) return style;
    const known = this.created.get(style);
    if (known !== undefined) return known;
    const copy = xf
      .replace(/\snumFmtId\s*=\s*"[^"]*"/, '')
      .replace(/\sapplyNumberFormat\s*=\s*"[^"]*"/, '')
      .replace(/^<((?:[\w.-]+:)?)xf\b/, '<$1xf numFmtId="14" applyNumberFormat="1"');
    const index = this.xfs.length;
    this.xfs.push(copy);
    this.created.set(style, index);
    this.source = this.source.replace(
      /(<((?:[\w.-]+:)?)cellXfs\b)([^>]*)>([\s\S]*?)(<\/\2cellXfs>)/,
      (_whole, open: string, _prefix: string, attrs: string, inner: string, close: string) =>
        `${open}${attrs.replace(/\scount\s*=\s*"\d+"/, ` count="${this.xfs.length}"`)}>${inner}${copy}${close}`,
    );
    return index;
  }
}
