/**
 * saxes with the reader's conventions (local names, `mc:Choice` and `extLst` skipped, CDATA as
 * text): the reader read every part this way before xml-scan.ts, and tests/hosts/xlsx/
 * xml-scan.test.ts holds the scanner to it, construct by construct and on random documents.
 */
import { SaxesParser, SaxesTagPlain } from 'saxes';
import { localName, SKIPPED_ELEMENTS, XmlHandlers } from '../../src/hosts/xlsx/reader/xml';

export interface XmlStream {
  write(chunk: string): void;
  end(): void;
}
export function xmlStream(handlers: XmlHandlers): XmlStream {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  let skipping = 0;
  const { open, close, text } = handlers;
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const name = localName(tag.name);
    if (skipping > 0 || SKIPPED_ELEMENTS.has(name)) {
      if (!tag.isSelfClosing) skipping++;
      return;
    }
    open(name, tag.attributes);
    if (tag.isSelfClosing && close !== undefined) close(name);
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    if (skipping > 0) {
      if (!tag.isSelfClosing) skipping--;
      return;
    }
    if (!tag.isSelfClosing && close !== undefined) close(localName(tag.name));
  });
  if (text !== undefined) {
    const onText = (t: string): void => {
      if (skipping === 0) text(t);
    };
    parser.on('text', onText);
    // CDATA is text (`<t><![CDATA[a<b]]></t>` reads a<b, as in Excel); ExcelJS dropped it.
    parser.on('cdata', onText);
  }
  return {
    write: (chunk) => void parser.write(chunk),
    end: () => void parser.close(),
  };
}
