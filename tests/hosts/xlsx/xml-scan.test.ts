/**
 * The worksheet scanner (src/hosts/xlsx/reader/xml-scan.ts) against saxes (xml.ts, which still
 * reads the other parts): the same elements, attributes and text, or both refuse, on the
 * constructs XML allows and a worksheet may hold, on malformed XML, and on random documents
 * put together from those pieces. The one intended difference: a DOCTYPE is refused.
 */
import fc from 'fast-check';
import { xmlStream } from '../../support/saxes-stream';
import { scanXml } from '../../../src/hosts/xlsx/reader/xml-scan';

const ATTRIBUTES = ['r', 't', 's', 'a', 'x:r', 'xml:space', 'ref'];

type Outcome = string[] | 'refused';

/** Events as lines; adjacent texts joined (the two split text differently around comments). */
function push(events: string[], line: string): void {
  const last = events[events.length - 1];
  if (line.startsWith('text ') && last !== undefined && last.startsWith('text ')) events[events.length - 1] = last + line.slice(5);
  else events.push(line);
}

function bySaxes(xml: string): Outcome {
  const events: string[] = [];
  let depth = 0; // saxes also reports the white space around the root; the scanner checks it
  try {
    const stream = xmlStream({
      open: (name, attributes) => {
        depth++;
        push(events, `open ${name} ${JSON.stringify(ATTRIBUTES.map((a) => attributes[a] ?? null))}`);
      },
      close: (name) => {
        depth--;
        push(events, `close ${name}`);
      },
      text: (text) => {
        if (depth > 0) push(events, `text ${text}`);
      },
    });
    stream.write(xml);
    stream.end();
  } catch {
    return 'refused';
  }
  return events.filter((e) => e !== 'text ');
}

function byScanner(xml: string): Outcome {
  const events: string[] = [];
  try {
    scanXml(new TextEncoder().encode(xml), {
      open: (name, tag) => push(events, `open ${name} ${JSON.stringify(ATTRIBUTES.map((a) => tag.get(a) ?? null))}`),
      close: (name) => push(events, `close ${name}`),
      wantsText: () => true,
      text: (text) => push(events, `text ${text}`),
    });
  } catch {
    return 'refused';
  }
  return events.filter((e) => e !== 'text ');
}

const sheet = (inner: string): string => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet xmlns="main" xmlns:x="main">${inner}</worksheet>`;

describe('reads what saxes reads', () => {
  test.each([
    ['cells and values', '<sheetData><row r="1"><c r="A1" s="3" t="s"><v>12</v></c><c r="B1"><v>4.5</v></c></row></sheetData>'],
    ['entities and character references', '<c r="A&#49;" t="str"><v>a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#10;&#x41;&#x1F600;</v></c>'],
    ['references in attributes, white space normalised', '<c r="&#65;1" a="x&#9;y\tz\r\nw" t=\'s\'/>'],
    ['CDATA, taken as written', '<v><![CDATA[a &amp; <b> ]] ]>]]></v>'],
    ['tab, CR and LF in a comment, a processing instruction and CDATA', '<!--a\tb\r\nc--><?pi a\tb\nc?><v><![CDATA[a\tb\r\nc]]></v>'],
    ['comments and processing instructions inside a sheet', '<sheetData><!-- a comment - with dashes --><?pi some data?><row r="2"><c r="A2"><v>1<!--x-->2</v></c></row></sheetData>'],
    ['prefixed elements (Strict and prefixed packages)', '<x:sheetData><x:row r="3"><x:c r="C3" x:r="ignored"><x:v>7</x:v></x:c></x:row></x:sheetData>'],
    ['xml:space and white space kept', '<is><t xml:space="preserve">  two  spaces  </t></is>'],
    ['CR LF and lone CR in text become LF', '<v>a\r\nb\rc</v>'],
    ['mc:AlternateContent: Choice skipped, Fallback read', '<mc:AlternateContent xmlns:mc="mc"><mc:Choice Requires="x14"><c r="A1"><v>1</v></c></mc:Choice><mc:Fallback><c r="A1"><v>2</v></mc:Fallback></mc:AlternateContent>'.replace('</mc:Fallback>', '</c></mc:Fallback>')],
    ['extLst skipped with all it holds', '<extLst><ext uri="x"><x14:c xmlns:x14="y">1</x14:c></ext></extLst><c r="B1"/>'],
    ['non-ASCII names, values and text', '<ø:c r="Å1" t="s" ø:x="æ"><v>blåbær 😀</v></ø:c>'],
    ['white space around = and before >', '<c  r = "A1"\n t\t=\'n\' ><v >1</v ></c >'],
    ['long text and many attributes', `<c r="A1" a="${'x'.repeat(5000)}" s="1" t="inlineStr"><is><t>${'ÆØÅ'.repeat(3000)}</t></is></c>`],
  ])('%s', (_, inner) => {
    const xml = sheet(inner);
    const expected = bySaxes(xml);
    expect(expected).not.toBe('refused');
    expect(byScanner(xml)).toEqual(expected);
  });

  test('a byte order mark', () => {
    const xml = `\ufeff${sheet('<c r="A1"/>')}`;
    expect(byScanner(xml)).toEqual(bySaxes(xml));
  });
});

describe('refuses what saxes refuses', () => {
  test.each([
    ['a mismatched closing tag', '<row><c></row></c>'],
    ['an unclosed element', '<row><c>'.replace('<row><c>', '<row><c></row>')],
    ['an unknown entity', '<v>&nbsp;</v>'],
    ['an unterminated entity', '<v>a &amp b</v>'],
    ['a character reference to a forbidden character', '<v>&#0;</v>'],
    ['a control character', '<v>a\u0001b</v>'],
    ['"]]>" in text', '<v>a]]>b</v>'],
    ['"--" in a comment', '<!-- a -- b -->'],
    ['an unquoted attribute', '<c r=A1/>'],
    ['a duplicate attribute', '<c r="A1" r="A2"/>'],
    ['"<" in an attribute value', '<c r="<"/>'],
    ['an attribute without a value', '<c r/>'],
    ['no space between attributes', '<c r="A1"t="s"/>'],
    ['a name starting with a digit', '<1c/>'],
    ['an unterminated comment', '<!-- never ends'],
    ['an unterminated CDATA section', '<v><![CDATA[ never ends'],
    ['a second XML declaration', '<?xml version="1.0"?>'],
    ['a control character in a comment', '<!-- a\u0001b -->'],
    ['a control character in a processing instruction', '<?pi a\u0002?>'],
    ['U+FFFF in CDATA', '<v><![CDATA[a\uffffb]]></v>'],
    ['U+FFFE in a comment', '<!-- a\ufffe -->'],
  ])('%s', (_, inner) => {
    const xml = sheet(inner);
    expect(bySaxes(xml)).toBe('refused');
    expect(byScanner(xml)).toBe('refused');
  });

  test.each([
    ['text before the root', 'x<a/>'],
    ['text after the root', '<a/>x'],
    ['a second root', '<a/><b/>'],
    ['no root', '<?xml version="1.0"?>'],
    ['an empty part', ''],
    ['truncated in a tag', '<a><b r="1"'],
    ['truncated in text', '<a>text'],
  ])('%s', (_, xml) => {
    expect(bySaxes(xml)).toBe('refused');
    expect(byScanner(xml)).toBe('refused');
  });

  test('a DOCTYPE is refused (saxes reads it; packages may not have one)', () => {
    const xml = '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>';
    expect(byScanner(xml)).toBe('refused');
    expect(byScanner('<!DOCTYPE a><a/>')).toBe('refused');
  });
});

test('random documents from worksheet pieces: the same events, or both refuse', () => {
  const piece = fc.constantFrom(
    '<row r="1">', '</row>', '<c r="A1" t="s">', '<c r="B2" s="3"/>', '</c>', '<v>', '</v>', '<x:c r="C3">', '</x:c>', '<is><t>', '</t></is>',
    '12', ' ', '\r\n', 'a&amp;b', '&#10;', '&#x1F600;', '&bad;', '&', '<', '>', ']]>', '<![CDATA[x<y]]>', '<!-- c -->', '<?pi x?>',
    '<mc:Choice>', '</mc:Choice>', '<extLst>', '</extLst>', '<c r="A1" r="A2"/>', '<c r=\'A1\' a="&lt;"/>', 'æøå', '\u0001', '<c r="A1"t="s"/>',
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
      const xml = sheet(pieces.join(''));
      expect(byScanner(xml)).toEqual(bySaxes(xml));
    }),
    { numRuns: 3000, seed: 12 },
  );
});

test('every attribute as an object (the small parts): what saxes gives, __proto__ and non-ASCII names included', () => {
  const xml = sheet('<c r="A1" __proto__="p" xml:space="preserve" ø:x="æ&amp;" t=\'s\' constructor="c"/><c/><d a="1"/>');
  const ours: Record<string, string>[] = [];
  scanXml(new TextEncoder().encode(xml), {
    open: (_, tag) => ours.push({ ...tag.all() }),
    close: () => undefined,
    wantsText: () => false,
    text: () => undefined,
  });
  const theirs: Record<string, string>[] = [];
  const stream = xmlStream({ open: (_, attributes) => theirs.push({ ...attributes }) });
  stream.write(xml);
  stream.end();
  expect(ours).toEqual(theirs);
  expect(Object.keys(ours[1])).toEqual(['r', '__proto__', 'xml:space', 'ø:x', 't', 'constructor']);
  expect(Object.getPrototypeOf(ours[1])).toBe(Object.prototype);
  expect(ours[1].__proto__).toBe('p');
});

test('random nestings of names that share a cache slot, closed rightly and wrongly, with one-byte attributes repeated', () => {
  // `z` and `Uq` share a slot of the recent-name cache (first byte + 37 × length, mod 256);
  // `x:a` and `a` a local name.
  const piece = fc.constantFrom(
    '<z>', '</z>', '<Uq>', '</Uq>', '<a>', '</a>', '<abcdefghi>', '</abcdefghi>', '<x:a>', '</x:a>', '<ab r="1">', '</ab>', '</ab >', '</ab', '<abcdefghij/>',
    '<v>', '</v>', '</v\t>', '1', 'ø', '<ø>', '</ø>', '<c r="A1" t="s">', '</c>', '</c >', '</cc>', '<cc>', '<a/>',
    // One-byte attribute names are found, and refused when repeated, by their byte.
    '<c r="A1" s="1" x:r="2" r="3"/>', '<c ab="1" a="2" ab="3"/>', '<c s="1" t="n" ø="3"/>', '<a r="1"><c t="s"/></a>',
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
      const xml = sheet(pieces.join(''));
      expect(byScanner(xml)).toEqual(bySaxes(xml));
    }),
    { numRuns: 3000, seed: 7 },
  );
});

test('past the name cache\'s limit (4,096 names for the process) names are still read right', () => {
  const many = Array.from({ length: 5000 }, (_, i) => `<n${i} a${i}="${i}"/>`).join('');
  const xml = sheet(`${many}<c r="A1"><v>1</v></c><n4999/><n0 a0="x"/>`);
  const ours = byScanner(xml);
  expect(ours).toEqual(bySaxes(xml));
  expect(ours.slice(-5, -1)).toEqual(['open n4999 [null,null,null,null,null,null,null]', 'close n4999', 'open n0 [null,null,null,null,null,null,null]', 'close n0']);
  // Read twice: the second time every name comes from the cache (or is decoded again past it).
  expect(byScanner(xml)).toEqual(ours);
});
