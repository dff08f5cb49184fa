/**
 * sharedStrings.xml: the workbook's strings, each `<si>` either one `<t>` or rich text runs
 * (`<r><t>`), read as the text a person sees: the runs joined, phonetic guides (`<rPh>`) left
 * out, OOXML escapes (`_x000D_`) decoded.
 */
import { XlsxPackage } from './package';
import { unescapeXstring } from './xml';
import { scanXml } from './xml-scan';

/** Collects the text of `<t>` elements outside `<rPh>`, for `<si>` and a cell's `<is>`. */
export class StringItemText {
  /** The text so far: pieces joined as they come (most items have one), no array per item. */
  private joined = '';
  private inText = false;
  private inPhonetic = 0;

  open(name: string): void {
    if (name === 't') this.inText = this.inPhonetic === 0;
    else if (name === 'rPh') this.inPhonetic++;
  }

  close(name: string): void {
    if (name === 't') this.inText = false;
    else if (name === 'rPh') this.inPhonetic--;
  }

  text(text: string): void {
    if (this.inText) this.joined += text;
  }

  /** Whether text here is part of the string (so xml-scan.ts decodes only that). */
  wantsText(): boolean {
    return this.inText;
  }

  /** The text so far, and a fresh start. */
  take(): string {
    const text = this.joined;
    this.joined = '';
    this.inText = false;
    this.inPhonetic = 0;
    return unescapeXstring(text);
  }
}

export function readSharedStrings(pkg: XlsxPackage, part: string | undefined): string[] {
  const strings: string[] = [];
  if (part === undefined) return strings;
  const bytes = pkg.partBytes(part);
  if (bytes === null) return strings;
  const item = new StringItemText();
  let inItem = false;
  // Straight to the scanner, not readXmlPart: no element here needs its attributes, and an
  // object of them per <si> and <t> was most of what reading the strings allocated.
  scanXml(bytes, {
    open(name) {
      if (name === 'si') inItem = true;
      else if (inItem) item.open(name);
    },
    close(name) {
      if (name === 'si') {
        strings.push(item.take());
        inItem = false;
      } else if (inItem) item.close(name);
    },
    wantsText: () => inItem && item.wantsText(),
    text(text) {
      if (inItem) item.text(text);
    },
  });
  return strings;
}
