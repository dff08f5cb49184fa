/**
 * workbook.xml: the sheets in tab order (name, visibility, which part holds the cells) and the
 * date system. Its own relationships say where the shared strings and styles are.
 */
import { WorkbookReadError } from '../errors';
import { XlsxPackage } from './package';
import { firstOfType, readRelationships } from './relationships';
import { attribute, XmlHandlers } from './xml';
import { readXmlPart } from './xml-scan';

export interface SheetEntry {
  readonly name: string;
  /** visible, hidden or veryHidden. */
  readonly state: string;
  /** The worksheet part; undefined for a chart sheet or a dangling relationship. */
  readonly part: string | undefined;
}

export interface WorkbookPart {
  readonly sheets: readonly SheetEntry[];
  /** Serial 0 is 1904-01-01 instead of 1899-12-30 (older Mac Excel). */
  readonly date1904: boolean;
  readonly sharedStringsPart: string | undefined;
  readonly stylesPart: string | undefined;
}

const DEFAULT_WORKBOOK = 'xl/workbook.xml';

/** xsd:boolean: true, 1 (and Strict's on). */
export const xsdTrue = (value: string | undefined): boolean => value !== undefined && ['1', 'true', 'on'].includes(value.trim().toLowerCase());

export function readWorkbookPart(pkg: XlsxPackage): WorkbookPart {
  // The package's relationships name the workbook part; Excel's default when they are missing.
  const root = readRelationships(pkg, '');
  const workbookPath = firstOfType(root, 'officeDocument') ?? DEFAULT_WORKBOOK;
  const related = readRelationships(pkg, workbookPath);
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  const handlers: XmlHandlers = {
    open(name, attributes) {
      if (name === 'workbookPr') date1904 = xsdTrue(attributes.date1904);
      else if (name === 'sheet') {
        const rel = related.get(attribute(attributes, 'id') ?? '');
        sheets.push({
          name: attributes.name ?? '',
          state: attributes.state ?? 'visible',
          part: rel !== undefined && rel.type === 'worksheet' && !rel.external ? rel.target : undefined,
        });
      }
    },
  };
  if (!readXmlPart(pkg, workbookPath, handlers)) throw new WorkbookReadError('not-xlsx', `no workbook part (${workbookPath})`);
  return { sheets, date1904, sharedStringsPart: firstOfType(related, 'sharedStrings'), stylesPart: firstOfType(related, 'styles') };
}
