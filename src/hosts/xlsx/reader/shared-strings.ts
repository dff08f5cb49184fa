/**
 * sharedStrings.xml: the workbook's strings, each `<si>` either one `<t>` or rich text runs
 * (`<r><t>`), read as the text a person sees: the runs joined, phonetic guides (`<rPh>`) left
 * out, OOXML escapes (`_x000D_`) decoded.
 */
import { XlsxPackage } from './package';
import { unescapeXstring, XmlHandlers } from './xml';
import { readXmlPart } from './xml-scan';

/** Collects the text of `<t>` elements outside `<rPh>`, for `<si>` and a cell's `<is>`. */
export class StringItemText {
  private pieces: string[] = [];
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
    if (this.inText) this.pieces.push(text);
  }

  /** Whether text here is part of the string (so xml-scan.ts decodes only that). */
  wantsText(): boolean {
    return this.inText;
  }

  /** The text so far, and a fresh start. */
  take(): string {
    const text = this.pieces.length === 1 ? this.pieces[0] : this.pieces.join('');
    this.pieces = [];
    this.inText = false;
    this.inPhonetic = 0;
    return unescapeXstring(text);
  }
}

export function readSharedStrings(pkg: XlsxPackage, part: string | undefined): string[] {
  const strings: string[] = [];
  if (part === undefined) return strings;
  const item = new StringItemText();
  let inItem = false;
  const handlers: XmlHandlers = {
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
    text(text) {
      if (inItem) item.text(text);
    },
  };
  readXmlPart(pkg, part, handlers);
  return strings;
}
