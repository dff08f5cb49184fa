/**
 * Relationships: how one part names the parts it uses. The reader follows them instead of
 * assuming Excel's part names, since openpyxl, pandas, LibreOffice and Strict Open XML name
 * and place parts differently (`xl/comments/comment1.xml`, `/xl/worksheets/sheet1.xml`).
 */
import { XlsxPackage } from './package';
import { attribute, XmlHandlers } from './xml';
import { readXmlPart } from './xml-scan';

export interface Relationship {
  /** The type's last path segment: `worksheet`, `sharedStrings`, `styles`, `officeDocument`… */
  readonly type: string;
  /** The target part's path inside the package, resolved. */
  readonly target: string;
  readonly external: boolean;
}

/** `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; `` (the package) → `_rels/.rels`. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export function resolveTarget(sourcePart: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // not percent-encoded after all
  }
  const parts = decoded.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const segment of decoded.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

/** Relationship id → relationship, of `sourcePart` ('' for the package itself). */
export function readRelationships(pkg: XlsxPackage, sourcePart: string): Map<string, Relationship> {
  const out = new Map<string, Relationship>();
  const handlers: XmlHandlers = {
    open(name, attributes) {
      if (name !== 'Relationship') return;
      const id = attribute(attributes, 'Id');
      const target = attribute(attributes, 'Target');
      const type = attribute(attributes, 'Type') ?? '';
      if (id === undefined || target === undefined) return;
      const external = attribute(attributes, 'TargetMode') === 'External';
      out.set(id, { type: type.slice(type.lastIndexOf('/') + 1), target: external ? target : resolveTarget(sourcePart, target), external });
    },
  };
  readXmlPart(pkg, relsPathOf(sourcePart), handlers);
  return out;
}

export function firstOfType(relationships: Map<string, Relationship>, type: string): string | undefined {
  for (const r of relationships.values()) if (r.type === type && !r.external) return r.target;
  return undefined;
}
