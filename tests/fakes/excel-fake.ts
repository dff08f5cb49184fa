/// <reference types="office-js" />
/**
 * An in-memory stand-in for the parts of the Excel JavaScript API that src/hosts/excel uses.
 * It keeps the behaviour that decides whether an add-in works in real Excel:
 * - proxies queue reads and writes; nothing happens until `context.sync()`;
 * - reading a property that was not loaded (and synced) throws `PropertyNotLoaded`;
 * - a failing action stops the batch at that action (earlier ones stay applied), as in Excel;
 * - every sync is counted, and its request (the JSON of the queued actions) and response (the
 *   JSON of the loaded properties) are measured: Excel on the web rejects either over 5 MB with
 *   `RequestPayloadSizeLimitExceeded` / `ResponsePayloadSizeLimitExceeded`, and so does this;
 * - limits Excel enforces and the adapter must respect: `getRanges` addresses of at most 255
 *   characters, input-prompt titles ≤ 32 and messages ≤ 255 characters, sheet names ≤ 31
 *   characters without []:*?/\, a workbook keeps at least one visible sheet.
 * - as strict as Excel where the adapter could go wrong: text written with a leading `=`, `+` or
 *   `-` becomes a formula; a cell holds at most 32,767 characters; a read of more than 5 million
 *   cells comes back without values; bad addresses and out-of-sheet indexes fail at `sync()`,
 *   not at the call; conditional-format and validation formulas are parsed (a `;` separator or a
 *   localized function name fails, as the API takes only en-US formulas); protected sheets and
 *   a protected workbook structure refuse writes (AccessDenied); while a cell is being edited
 *   every batch that writes fails with InvalidOperationInCellEditMode; the workbook has a date
 *   system (1900 or 1904) that DATE() follows; formulas keep their cached result.
 * What it leaves out: formulas written by the adapter are stored, never calculated; typed text
 * is turned into numbers and error values but never into dates (locale-dependent in Excel).
 * Payloads are measured as the JSON of what travels, which is how Office serialises a batch.
 */

export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
/** Excel's limits that the adapter must stay under. */
export const MAX_CELL_CHARS = 32_767;
export const MAX_READ_CELLS = 5_000_000;
const ERROR_LITERALS = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!'];

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

// ---------------------------------------------------------------- addresses

export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function columnName(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** `A1`, `A1:C3`, `$A$1`, `1:5000` (whole rows), `A:C` (whole columns); a sheet prefix is ignored. */
export function parseRect(address: string): Rect {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const parts = bare.replace(/\$/g, '').trim().split(':');
  const bad = (): never => {
    throw new FakeOfficeError('InvalidArgument', `The argument is invalid or missing: address "${address}"`);
  };
  if (parts.length < 1 || parts.length > 2) bad();
  const ends = parts.map((p) => {
    let m = /^([A-Za-z]{1,3})([0-9]+)$/.exec(p);
    if (m) return { row: Number(m[2]) - 1, col: columnIndex(m[1]), kind: 'cell' as const };
    m = /^([0-9]+)$/.exec(p);
    if (m) return { row: Number(m[1]) - 1, col: -1, kind: 'row' as const };
    m = /^([A-Za-z]{1,3})$/.exec(p);
    if (m) return { row: -1, col: columnIndex(m[1]), kind: 'column' as const };
    return bad();
  });
  const [a, b] = [ends[0], ends[ends.length - 1]];
  if (a.kind !== b.kind || (parts.length === 1 && a.kind !== 'cell')) bad();
  const rect =
    a.kind === 'row'
      ? { top: Math.min(a.row, b.row), bottom: Math.max(a.row, b.row), left: 0, right: MAX_COLUMNS - 1 }
      : a.kind === 'column'
        ? { top: 0, bottom: MAX_ROWS - 1, left: Math.min(a.col, b.col), right: Math.max(a.col, b.col) }
        : { top: Math.min(a.row, b.row), bottom: Math.max(a.row, b.row), left: Math.min(a.col, b.col), right: Math.max(a.col, b.col) };
  if (rect.top < 0 || rect.left < 0 || rect.bottom >= MAX_ROWS || rect.right >= MAX_COLUMNS) bad();
  return rect;
}

export function formatRect(rect: Rect): string {
  const start = `${columnName(rect.left)}${rect.top + 1}`;
  const end = `${columnName(rect.right)}${rect.bottom + 1}`;
  return start === end ? start : `${start}:${end}`;
}

function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

const intersects = (a: Rect, b: Rect): boolean => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
const rows = (r: Rect): number => r.bottom - r.top + 1;
const columns = (r: Rect): number => r.right - r.left + 1;

// ---------------------------------------------------------------- workbook state

export interface FakeFont {
  bold: boolean;
  italic: boolean;
  color: string;
  name: string;
  size: number;
}

export interface FakeBorder {
  style: string;
  color: string;
  weight: string;
}

type Edge = 'top' | 'bottom' | 'left' | 'right';

export interface FakeValidation {
  rule: Record<string, unknown> | null;
  prompt: { showPrompt: boolean; title: string; message: string } | null;
  errorAlert: Record<string, unknown> | null;
}

export interface FakeCell {
  /** '' = empty. For an error cell, the error literal. */
  value: string | number | boolean;
  error: boolean;
  formula: string | null;
  numberFormat: string;
  fill: string | null;
  font: FakeFont;
  borders: Partial<Record<Edge, FakeBorder>>;
  validation: FakeValidation | null;
}

export interface FakeConditionalFormat {
  id: number;
  type: string;
  areas: Rect[];
  formula: string | null;
  fill: string | null;
  fontColor: string | null;
}

export interface FakeChart {
  id: number;
  name: string;
  type: string;
  source: string;
  seriesBy: string;
  title: string;
  position: { start: string; end: string | null } | null;
}

export interface FakeSheet {
  id: number;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  cells: Map<number, Map<number, FakeCell>>;
  /** Index 0 has the highest priority. */
  conditionalFormats: FakeConditionalFormat[];
  charts: FakeChart[];
  frozenRows: number;
  frozenColumns: number;
  /** The header row of the sheet's AutoFilter, or null. */
  autoFilter: Rect | null;
  columnWidths: Map<number, number>;
  /** Review → Protect Sheet: cells, formats and conditional formats refuse every write. */
  protected: boolean;
}

const defaultFont = (): FakeFont => ({ bold: false, italic: false, color: '#000000', name: 'Calibri', size: 11 });
const emptyCell = (): FakeCell => ({
  value: '',
  error: false,
  formula: null,
  numberFormat: 'General',
  fill: null,
  font: defaultFont(),
  borders: {},
  validation: null,
});

function hasFormat(cell: FakeCell): boolean {
  return (
    cell.numberFormat !== 'General' ||
    cell.fill !== null ||
    JSON.stringify(cell.font) !== JSON.stringify(defaultFont()) ||
    Object.keys(cell.borders).length > 0 ||
    cell.validation !== null
  );
}

const hasValue = (cell: FakeCell): boolean => cell.value !== '' || cell.formula !== null;

type Scalar = string | number | boolean;

export class FakeWorkbookState {
  sheets: FakeSheet[] = [];
  activeSheetId: number | null = null;
  selection: { sheetId: number; address: string } | null = null;
  /** Review → Protect Workbook: sheets cannot be added, deleted, renamed, hidden or shown. */
  structureProtected = false;
  /** A person is typing in a cell: batches that write fail until they press Enter or Esc. */
  cellEditMode = false;
  /** File → Options → Advanced → Use 1904 date system. */
  date1904 = false;
  private nextId = 1;

  checkStructure(): void {
    if (this.structureProtected) {
      throw new FakeOfficeError('AccessDenied', "The workbook's structure is protected: sheets cannot be added, deleted, renamed, hidden or shown.");
    }
  }

  newId(): number {
    return this.nextId++;
  }

  addSheet(name: string): FakeSheet {
    checkSheetName(name);
    this.checkStructure();
    if (this.findSheet(name)) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named "${name}" already exists.`);
    const sheet: FakeSheet = {
      id: this.newId(),
      name,
      visibility: 'Visible',
      cells: new Map(),
      conditionalFormats: [],
      charts: [],
      frozenRows: 0,
      frozenColumns: 0,
      autoFilter: null,
      columnWidths: new Map(),
      protected: false,
    };
    this.sheets.push(sheet);
    if (this.activeSheetId === null) this.activeSheetId = sheet.id;
    return sheet;
  }

  /** Excel finds sheets by name case-insensitively. */
  findSheet(name: string): FakeSheet | undefined {
    const wanted = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === wanted);
  }

  sheetById(id: number): FakeSheet {
    const sheet = this.sheets.find((s) => s.id === id);
    if (!sheet) throw new FakeOfficeError('ItemNotFound', 'The requested resource does not exist (the sheet was deleted).');
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const sheet = this.findSheet(name);
    if (!sheet) throw new FakeOfficeError('ItemNotFound', `The requested resource does not exist: sheet "${name}".`);
    return sheet;
  }

  cell(sheet: FakeSheet, row: number, column: number): FakeCell | undefined {
    return sheet.cells.get(row)?.get(column);
  }

  cellForWrite(sheet: FakeSheet, row: number, column: number): FakeCell {
    let line = sheet.cells.get(row);
    if (!line) sheet.cells.set(row, (line = new Map()));
    let cell = line.get(column);
    if (!cell) line.set(column, (cell = emptyCell()));
    return cell;
  }

  forEachCell(sheet: FakeSheet, rect: Rect, write: (cell: FakeCell, row: number, column: number) => void): void {
    for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) write(this.cellForWrite(sheet, r, c), r, c);
  }

  /** Used cells inside `within` (the whole sheet by default); null when there are none. */
  usedRect(sheet: FakeSheet, valuesOnly: boolean, within?: Rect): Rect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -Infinity;
    let right = -Infinity;
    const visit = (r: number, line: Map<number, FakeCell>): void => {
      for (const [c, cell] of line) {
        if (within && (c < within.left || c > within.right)) continue;
        if (!hasValue(cell) && (valuesOnly || !hasFormat(cell))) continue;
        top = Math.min(top, r);
        bottom = Math.max(bottom, r);
        left = Math.min(left, c);
        right = Math.max(right, c);
      }
    };
    if (within && rows(within) < sheet.cells.size) {
      for (let r = within.top; r <= within.bottom; r++) {
        const line = sheet.cells.get(r);
        if (line) visit(r, line);
      }
    } else {
      for (const [r, line] of sheet.cells) if (!within || (r >= within.top && r <= within.bottom)) visit(r, line);
    }
    return top === Infinity ? null : { top, left, bottom, right };
  }

  visibleCount(): number {
    return this.sheets.filter((s) => s.visibility === 'Visible').length;
  }
}

function checkSheetName(name: string): void {
  if (name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name)) {
    throw new FakeOfficeError('InvalidArgument', `The argument is invalid or missing: sheet name "${name}"`);
  }
}

/** A typed value as Excel stores it: numbers and error literals from text, unless the cell is Text (@). */
function storeValue(cell: FakeCell, input: Scalar): void {
  if (typeof input === 'string' && input.length > MAX_CELL_CHARS) {
    throw new FakeOfficeError('InvalidArgument', `The argument is invalid or missing: a cell holds at most ${MAX_CELL_CHARS} characters.`);
  }
  cell.formula = null;
  cell.error = false;
  if (typeof input !== 'string' || cell.numberFormat === '@') {
    cell.value = input;
    return;
  }
  if (input.startsWith('=') && input.length > 1) {
    cell.formula = input;
    cell.value = ''; // not calculated by the fake
    return;
  }
  // Excel reads text that starts with + or - (and is not a number) as a formula: "-ukjent"
  // becomes =-ukjent, which shows #NAME?.
  if (/^[+-]/.test(input) && input.length > 1 && !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(input.trim())) {
    cell.formula = `=${input}`;
    cell.value = '#NAME?';
    cell.error = true;
    return;
  }
  if (ERROR_LITERALS.includes(input.toUpperCase())) {
    cell.value = input.toUpperCase();
    cell.error = true;
    return;
  }
  const trimmed = input.trim();
  if (trimmed !== '' && /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(trimmed)) {
    cell.value = Number(trimmed);
    return;
  }
  if (/^(true|false)$/i.test(trimmed)) {
    cell.value = trimmed.toLowerCase() === 'true';
    return;
  }
  cell.value = input;
}

function valueType(cell: FakeCell | undefined): string {
  if (!cell || cell.value === '') return 'Empty';
  if (cell.error) return 'Error';
  if (typeof cell.value === 'number') return 'Double';
  if (typeof cell.value === 'boolean') return 'Boolean';
  return 'String';
}

// ---------------------------------------------------------------- the request context

interface QueuedAction {
  readonly json: unknown;
  /** Changes the workbook (refused while a cell is being edited). */
  readonly write: boolean;
  /** Returns the data sent back in the response, if any. */
  readonly run: () => unknown;
}

export interface SyncRecord {
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly actions: number;
}

const bytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  private queue: QueuedAction[] = [];
  private commits: (() => void)[] = [];

  constructor(readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
  }

  get state(): FakeWorkbookState {
    return this.excel.state;
  }

  enqueue(json: unknown, run: () => unknown, write = true): void {
    this.queue.push({ json, run, write });
  }

  /** Loaded values reach the proxies only when the whole sync succeeded. */
  onSuccess(commit: () => void): void {
    this.commits.push(commit);
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Office.js keeps no tracked objects here; accepted for compatibility. */
  trackedObjects = { add: (): void => undefined, remove: (): void => undefined };

  async sync(): Promise<void> {
    const actions = this.queue;
    this.queue = [];
    this.commits = [];
    const requestBytes = bytes(actions.map((a) => a.json));
    if (requestBytes > this.excel.payloadLimitBytes) {
      this.excel.record({ requestBytes, responseBytes: 0, actions: actions.length });
      throw new FakeOfficeError(
        'RequestPayloadSizeLimitExceeded',
        'The request payload size has exceeded the limit. See the Resource limits and performance optimization for Office Add-ins article for more information.',
      );
    }
    if (this.state.cellEditMode && actions.some((a) => a.write)) {
      this.excel.record({ requestBytes, responseBytes: 0, actions: actions.length });
      throw new FakeOfficeError(
        'InvalidOperationInCellEditMode',
        'The operation is not available while Excel is in Edit cell mode. Exit Edit mode by using the Enter or Tab keys, or by selecting another cell, and then try again.',
      );
    }
    const response: unknown[] = [];
    try {
      for (const action of actions) {
        const result = action.run();
        if (result !== undefined) response.push(result);
      }
    } finally {
      const responseBytes = bytes(response);
      this.excel.record({ requestBytes, responseBytes, actions: actions.length });
      if (responseBytes > this.excel.payloadLimitBytes) {
        // eslint-disable-next-line no-unsafe-finally
        throw new FakeOfficeError(
          this.excel.responseLimitCode,
          'The response payload size has exceeded the limit. See the Resource limits and performance optimization for Office Add-ins article for more information.',
        );
      }
    }
    for (const commit of this.commits) commit();
    this.commits = [];
    await Promise.resolve();
  }
}

/** Loaded values arrive only when the response is accepted: see FakeRequestContext.sync. */
type Loader = () => Record<string, unknown>;

abstract class ClientObject {
  private loadedValues = new Map<string, unknown>();

  constructor(
    protected readonly ctx: FakeRequestContext,
    readonly path: string,
  ) {}

  get context(): FakeRequestContext {
    return this.ctx;
  }

  protected prop<T>(name: string): T {
    if (!this.loadedValues.has(name)) {
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loadedValues.get(name) as T;
  }

  protected setLoaded(values: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(values)) this.loadedValues.set(k, v);
  }

  /** The sheet whose protection guards this object's writes (none for most objects). */
  protected guardedSheet(): FakeSheet | null {
    return null;
  }

  protected checkWritable(): void {
    if (this.guardedSheet()?.protected) {
      throw new FakeOfficeError('AccessDenied', 'The cell or chart you are trying to change is on a protected sheet.');
    }
  }

  protected set(name: string, value: unknown, apply: () => void): void {
    this.ctx.enqueue({ path: this.path, set: name, value }, () => {
      this.checkWritable();
      apply();
      return undefined;
    });
  }

  /** `guarded: false` for calls a protected sheet allows (select, activate). */
  protected call(method: string, args: unknown[], apply: () => void, guarded = true): void {
    this.ctx.enqueue({ path: this.path, call: method, args }, () => {
      if (guarded) this.checkWritable();
      apply();
      return undefined;
    });
  }

  protected queueLoad(names: string[], loader: Loader): void {
    this.ctx.enqueue({ path: this.path, load: names }, () => {
      const values = loader();
      this.ctx.onSuccess(() => this.setLoaded(values));
      return values;
    }, false);
  }

  abstract load(names?: string | string[]): this;
}

function propNames(names: string | string[] | undefined, all: string[]): string[] {
  if (names === undefined) return all;
  const list = (Array.isArray(names) ? names : names.split(',')).map((n) => n.trim()).filter(Boolean);
  return list;
}

function pick(names: string[], available: Record<string, () => unknown>, kind: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of names) {
    const get = available[name];
    if (!get) throw new FakeOfficeError('InvalidArgument', `The fake ${kind} cannot load "${name}".`);
    out[name] = get();
  }
  return out;
}

// ---------------------------------------------------------------- workbook and worksheets

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly protection: FakeProtection;
  readonly functions: { date: (year: number, month: number, day: number) => FakeFunctionResult };
  constructor(ctx: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.protection = new FakeProtection(ctx, 'workbook.protection', () => ctx.state.structureProtected);
    this.functions = {
      date: (year, month, day) =>
        new FakeFunctionResult(ctx, `functions.date(${year},${month},${day})`, () => {
          const serial = (Date.UTC(year, month - 1, day) - EPOCH) / 86_400_000;
          return ctx.state.date1904 ? serial - DAYS_1900_TO_1904 : serial;
        }),
    };
  }
}

/** `workbook.protection` and `worksheet.protection`: only `protected` is modelled. */
export class FakeProtection extends ClientObject {
  constructor(
    ctx: FakeRequestContext,
    path: string,
    private readonly isProtected: () => boolean,
  ) {
    super(ctx, path);
  }
  get protected(): boolean {
    return this.prop('protected');
  }
  /** Loaded through its sheet (`worksheets.load('items/protection/protected')`). */
  acceptProtected(value: boolean): void {
    this.setLoaded({ protected: value });
  }
  load(names?: string | string[]): this {
    const wanted = propNames(names, ['protected']);
    this.queueLoad(wanted, () => pick(wanted, { protected: () => this.isProtected() }, 'Protection'));
    return this;
  }
}

/** A worksheet function's result (`workbook.functions.*`): `value` after load and sync. */
export class FakeFunctionResult extends ClientObject {
  constructor(
    ctx: FakeRequestContext,
    path: string,
    private readonly compute: () => number,
  ) {
    super(ctx, path);
  }
  get value(): number {
    return this.prop('value');
  }
  load(names?: string | string[]): this {
    const wanted = propNames(names, ['value', 'error']);
    this.queueLoad(wanted, () => pick(wanted, { value: () => this.compute(), error: () => null }, 'FunctionResult'));
    return this;
  }
}

/** What `worksheets.onChanged` hands a handler (the members the add-in reads). */
export interface FakeChangedEvent {
  readonly type: 'WorksheetChanged';
  readonly worksheetId: string;
  readonly address: string;
  readonly changeType: 'RangeEdited';
  readonly source: 'Local';
}

export type FakeChangedHandler = (event: FakeChangedEvent) => Promise<unknown>;

/**
 * `worksheets.onChanged` (ExcelApi 1.9). As in Office.js, `add` and `remove` are queued and
 * take effect at the next sync, and the result's `context` is the one to sync the removal in.
 */
class FakeChangedEventSource {
  constructor(private readonly ctx: FakeRequestContext) {}

  add(handler: FakeChangedHandler): { context: FakeRequestContext; remove: () => void } {
    const ctx = this.ctx;
    ctx.enqueue({ path: 'worksheets.onChanged', call: 'add' }, () => void ctx.excel.changeHandlers.add(handler), false);
    return {
      context: ctx,
      remove: () => ctx.enqueue({ path: 'worksheets.onChanged', call: 'remove' }, () => void ctx.excel.changeHandlers.delete(handler), false),
    };
  }
}

export class FakeWorksheetCollection extends ClientObject {
  private loadedItems: FakeWorksheet[] | null = null;
  readonly onChanged: FakeChangedEventSource;

  constructor(ctx: FakeRequestContext) {
    super(ctx, 'worksheets');
    this.onChanged = new FakeChangedEventSource(ctx);
  }

  get items(): FakeWorksheet[] {
    if (this.loadedItems === null) return this.prop<FakeWorksheet[]>('items');
    return this.loadedItems;
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, `worksheets.getItem(${JSON.stringify(name)})`, () => this.ctx.state.sheet(name), false);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, `worksheets.getItemOrNullObject(${JSON.stringify(name)})`, () => this.ctx.state.findSheet(name) ?? null, true);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, 'worksheets.getActiveWorksheet()', () => this.ctx.state.sheetById(this.ctx.state.activeSheetId ?? -1), false);
  }

  add(name?: string): FakeWorksheet {
    let id: number | null = null;
    const sheet = new FakeWorksheet(this.ctx, `worksheets.add(${JSON.stringify(name ?? null)})`, () => {
      if (id === null) throw new FakeOfficeError('InvalidObjectPath', 'The sheet was used before it was added.');
      return this.ctx.state.sheetById(id);
    }, false);
    this.ctx.enqueue({ path: 'worksheets', call: 'add', args: [name ?? null] }, () => {
      const state = this.ctx.state;
      let chosen = name;
      for (let n = state.sheets.length + 1; chosen === undefined; n++) if (!state.findSheet(`Sheet${n}`)) chosen = `Sheet${n}`;
      id = state.addSheet(chosen).id;
      return undefined;
    });
    return sheet;
  }

  load(names?: string | string[]): this {
    const wanted = propNames(names, ['items/name']).map((n) => n.replace(/^items\//, ''));
    this.queueLoad(['items/' + wanted.join(',items/')], () => {
      const items = this.ctx.state.sheets.map((s) => {
        const proxy = new FakeWorksheet(this.ctx, `worksheets.getItem(${JSON.stringify(s.name)})`, () => this.ctx.state.sheetById(s.id), false);
        proxy.acceptLoaded(wanted, s);
        return proxy;
      });
      this.ctx.onSuccess(() => (this.loadedItems = items));
      return { items: items.map((i) => i.toJSON()) };
    });
    return this;
  }
}

export class FakeWorksheet extends ClientObject {
  readonly freezePanes: { freezeRows: (count?: number) => void; freezeAt: (range: FakeRange) => void; unfreeze: () => void };
  readonly autoFilter: { apply: (range: FakeRange) => void };
  readonly charts: FakeChartCollection;
  readonly protection: FakeProtection;
  private boundId: number | null = null;
  private jsonValues: Record<string, unknown> = {};

  constructor(
    ctx: FakeRequestContext,
    path: string,
    private readonly locate: () => FakeSheet | null,
    private readonly orNull: boolean,
  ) {
    super(ctx, path);
    this.freezePanes = {
      freezeRows: (count = 1) =>
        this.call('freezePanes.freezeRows', [count], () => Object.assign(this.sheet(), { frozenRows: count, frozenColumns: 0 })),
      // Freezes the rows above and the columns left of the range's bottom-right corner, inclusive.
      freezeAt: (range: FakeRange) =>
        this.call('freezePanes.freezeAt', [range.path], () => {
          const rect = range.rect();
          Object.assign(this.sheet(), { frozenRows: rect.bottom + 1, frozenColumns: rect.right + 1 });
        }),
      unfreeze: () => this.call('freezePanes.unfreeze', [], () => Object.assign(this.sheet(), { frozenRows: 0, frozenColumns: 0 })),
    };
    this.autoFilter = {
      // Only what the template uses: a filter on a header row, no criteria.
      apply: (range: FakeRange) => this.call('autoFilter.apply', [range.path], () => (this.sheet().autoFilter = range.rect())),
    };
    this.charts = new FakeChartCollection(ctx, `${path}.charts`, () => this.sheet());
    this.protection = new FakeProtection(ctx, `${path}.protection`, () => this.sheet().protected);
  }

  /** The sheet state; bound on first use so that renaming in the same batch keeps the object. */
  sheet(): FakeSheet {
    if (this.boundId !== null) return this.ctx.state.sheetById(this.boundId);
    const found = this.locate();
    if (found === null) throw new FakeOfficeError('InvalidObjectPath', `${this.path} is a null object.`);
    this.boundId = found.id;
    return found;
  }

  private sheetOrNull(): FakeSheet | null {
    return this.boundId !== null ? this.ctx.state.sheetById(this.boundId) : this.locate();
  }

  acceptLoaded(names: string[], sheet: FakeSheet): void {
    this.boundId = sheet.id;
    this.jsonValues = this.read(names, sheet);
    this.ctx.onSuccess(() => this.setLoaded(this.jsonValues));
  }

  toJSON(): Record<string, unknown> {
    return this.jsonValues;
  }

  /** `protection/protected` loaded through the sheet reaches its protection object. */
  protected override setLoaded(values: Record<string, unknown>): void {
    super.setLoaded(values);
    if ('protection/protected' in values) this.protection.acceptProtected(values['protection/protected'] as boolean);
  }

  private read(names: string[], sheet: FakeSheet): Record<string, unknown> {
    const state = this.ctx.state;
    return pick(names, {
      name: () => sheet.name,
      id: () => `{${sheet.id}}`,
      visibility: () => sheet.visibility,
      position: () => state.sheets.indexOf(sheet),
      isNullObject: () => false,
      'protection/protected': () => sheet.protected,
    }, 'Worksheet');
  }

  get name(): string {
    return this.prop('name');
  }
  set name(value: string) {
    this.set('name', value, () => {
      const sheet = this.sheet();
      this.ctx.state.checkStructure();
      checkSheetName(value);
      const clash = this.ctx.state.findSheet(value);
      if (clash && clash !== sheet) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named "${value}" already exists.`);
      sheet.name = value;
    });
  }
  get visibility(): string {
    return this.prop('visibility');
  }
  set visibility(value: FakeSheet['visibility']) {
    this.set('visibility', value, () => {
      const sheet = this.sheet();
      if (value !== sheet.visibility) this.ctx.state.checkStructure();
      if (value !== 'Visible' && sheet.visibility === 'Visible' && this.ctx.state.visibleCount() === 1) {
        throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      }
      sheet.visibility = value;
      if (value !== 'Visible' && this.ctx.state.activeSheetId === sheet.id) {
        this.ctx.state.activeSheetId = this.ctx.state.sheets.find((s) => s.visibility === 'Visible')?.id ?? null;
      }
    });
  }
  get position(): number {
    return this.prop('position');
  }
  get isNullObject(): boolean {
    return this.prop('isNullObject');
  }

  load(names?: string | string[]): this {
    const wanted = propNames(names, ['name', 'id', 'visibility', 'position']);
    this.queueLoad(wanted, () => {
      const sheet = this.sheetOrNull();
      if (sheet === null) {
        if (!this.orNull) throw new FakeOfficeError('ItemNotFound', `${this.path}: the requested resource does not exist.`);
        return { isNullObject: true };
      }
      this.boundId = sheet.id;
      return { ...this.read(wanted, sheet), ...(this.orNull ? { isNullObject: false } : {}) };
    });
    return this;
  }

  activate(): void {
    this.call('activate', [], () => {
      const sheet = this.sheet();
      if (sheet.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', 'A hidden sheet cannot be activated.');
      this.ctx.state.activeSheetId = sheet.id;
    }, false);
  }

  delete(): void {
    this.call('delete', [], () => {
      const state = this.ctx.state;
      const sheet = this.sheet();
      state.checkStructure();
      if (sheet.visibility === 'Visible' && state.visibleCount() === 1) {
        throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      }
      state.sheets = state.sheets.filter((s) => s !== sheet);
      if (state.activeSheetId === sheet.id) state.activeSheetId = state.sheets.find((s) => s.visibility === 'Visible')?.id ?? null;
      if (state.selection?.sheetId === sheet.id) state.selection = null;
    });
  }

  /** As in Excel, a bad address fails when the batch runs (at sync), not at this call. */
  getRange(address?: string): FakeRange {
    const locate = (): Rect => (address === undefined ? { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 } : parseRect(address));
    return new FakeRange(this.ctx, `${this.path}.getRange(${JSON.stringify(address ?? '')})`, this, locate, false);
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    const locate = (): Rect => {
      const whole = [startRow, startColumn, rowCount, columnCount].every(Number.isInteger);
      if (!whole || startRow < 0 || startColumn < 0 || rowCount < 1 || columnCount < 1 || startRow + rowCount > MAX_ROWS || startColumn + columnCount > MAX_COLUMNS) {
        throw new FakeOfficeError('InvalidArgument', `The argument is invalid or missing: getRangeByIndexes(${startRow}, ${startColumn}, ${rowCount}, ${columnCount}) is outside the sheet.`);
      }
      return { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 };
    };
    return new FakeRange(this.ctx, `${this.path}.getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`, this, locate, false);
  }

  getCell(row: number, column: number): FakeRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  getRanges(address: string): FakeRangeAreas {
    let areas: Rect[] | null = null;
    const locate = (): Rect[] => {
      if (address.length > 255) {
        throw new FakeOfficeError('InvalidArgument', 'The argument is invalid or missing: getRanges accepts at most 255 characters.');
      }
      return (areas ??= address.split(/[,;]/).map((a) => parseRect(a.trim())));
    };
    return new FakeRangeAreas(this.ctx, `${this.path}.getRanges(${JSON.stringify(address)})`, this, locate);
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.ctx, `${this.path}.getUsedRange(${valuesOnly})`, this, () => this.ctx.state.usedRect(this.sheet(), valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 }, false);
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.ctx, `${this.path}.getUsedRangeOrNullObject(${valuesOnly})`, this, () => this.ctx.state.usedRect(this.sheet(), valuesOnly), true);
  }
}

// ---------------------------------------------------------------- ranges

type Grid = unknown[][];

function checkDimensions(kind: string, value: unknown, rect: Rect): Grid {
  if (!Array.isArray(value) || value.length !== rows(rect) || value.some((row) => !Array.isArray(row) || row.length !== columns(rect))) {
    throw new FakeOfficeError(
      'InvalidArgument',
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${kind}).`,
    );
  }
  return value as Grid;
}

export class FakeRange extends ClientObject {
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;
  readonly conditionalFormats: FakeConditionalFormatCollection;
  private rectCache: Rect | null | undefined = undefined;

  constructor(
    ctx: FakeRequestContext,
    path: string,
    readonly worksheet: FakeWorksheet,
    private readonly locate: () => Rect | null,
    private readonly orNull: boolean,
  ) {
    super(ctx, path);
    this.format = new FakeRangeFormat(ctx, `${path}.format`, this);
    this.dataValidation = new FakeDataValidation(ctx, `${path}.dataValidation`, this);
    this.conditionalFormats = new FakeConditionalFormatCollection(ctx, `${path}.conditionalFormats`, worksheet, () => [this.rect()]);
  }

  /** The cells this proxy stands for, fixed on first use (as Excel resolves a range once). */
  rectOrNull(): Rect | null {
    if (this.rectCache === undefined) this.rectCache = this.locate();
    return this.rectCache;
  }

  rect(): Rect {
    const rect = this.rectOrNull();
    if (rect === null) throw new FakeOfficeError('InvalidObjectPath', `${this.path} is a null object.`);
    return rect;
  }

  private get state(): FakeWorkbookState {
    return this.ctx.state;
  }

  protected override guardedSheet(): FakeSheet | null {
    return this.worksheet.sheet();
  }

  private grid<T>(read: (cell: FakeCell | undefined) => T): T[][] {
    const rect = this.rect();
    const sheet = this.worksheet.sheet();
    const out: T[][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const line = sheet.cells.get(r);
      const row: T[] = new Array(columns(rect));
      for (let c = rect.left; c <= rect.right; c++) row[c - rect.left] = read(line?.get(c));
      out.push(row);
    }
    return out;
  }

  load(names?: string | string[]): this {
    const wanted = propNames(names, ['address', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'values', 'numberFormat']);
    this.queueLoad(wanted, () => {
      if (this.rectOrNull() === null) {
        if (!this.orNull) throw new FakeOfficeError('ItemNotFound', `${this.path}: the requested resource does not exist.`);
        return { isNullObject: true };
      }
      const rect = this.rect();
      // Excel gives up on very large reads: the cell data comes back without values.
      const tooMany = rows(rect) * columns(rect) > this.ctx.excel.readCellLimit;
      const cells = <T>(read: () => T): (() => T | null) => () => (tooMany ? null : read());
      const loaded = pick(wanted, {
        address: () => `${quoteSheet(this.worksheet.sheet().name)}!${formatRect(rect)}`,
        rowIndex: () => rect.top,
        columnIndex: () => rect.left,
        rowCount: () => rows(rect),
        columnCount: () => columns(rect),
        cellCount: () => rows(rect) * columns(rect),
        values: cells(() => this.grid((cell) => (cell ? cell.value : ''))),
        valueTypes: cells(() => this.grid(valueType)),
        formulas: cells(() => this.grid((cell) => (cell ? (cell.formula ?? cell.value) : ''))),
        numberFormat: cells(() => this.grid((cell) => (cell ? cell.numberFormat : 'General'))),
        text: cells(() => this.grid((cell) => (cell ? String(cell.value) : ''))),
        isNullObject: () => false,
      }, 'Range');
      return this.orNull ? { ...loaded, isNullObject: false } : loaded;
    });
    return this;
  }

  get isNullObject(): boolean {
    return this.prop('isNullObject');
  }
  get address(): string {
    return this.prop('address');
  }
  get rowIndex(): number {
    return this.prop('rowIndex');
  }
  get columnIndex(): number {
    return this.prop('columnIndex');
  }
  get rowCount(): number {
    return this.prop('rowCount');
  }
  get columnCount(): number {
    return this.prop('columnCount');
  }
  get valueTypes(): string[][] {
    return this.prop('valueTypes');
  }

  get values(): Scalar[][] {
    return this.prop('values');
  }
  set values(input: Scalar[][]) {
    this.set('values', input, () => {
      const rect = this.rect();
      const grid = checkDimensions('values', input, rect);
      this.ctx.excel.changed(this.worksheet.sheet(), rect);
      this.state.forEachCell(this.worksheet.sheet(), rect, (cell, r, c) => {
        const v = grid[r - rect.top][c - rect.left];
        if (v === null || v === undefined) return; // null leaves the cell as it is
        storeValue(cell, v as Scalar);
      });
    });
  }

  get formulas(): Scalar[][] {
    return this.prop('formulas');
  }
  set formulas(input: Scalar[][]) {
    this.set('formulas', input, () => {
      const rect = this.rect();
      const grid = checkDimensions('formulas', input, rect);
      this.ctx.excel.changed(this.worksheet.sheet(), rect);
      this.state.forEachCell(this.worksheet.sheet(), rect, (cell, r, c) => {
        const v = grid[r - rect.top][c - rect.left];
        if (v === null || v === undefined) return;
        storeValue(cell, v as Scalar);
      });
    });
  }

  get numberFormat(): string[][] {
    return this.prop('numberFormat');
  }
  set numberFormat(input: string[][]) {
    this.set('numberFormat', input, () => {
      const rect = this.rect();
      const grid = checkDimensions('numberFormat', input, rect);
      this.state.forEachCell(this.worksheet.sheet(), rect, (cell, r, c) => {
        const v = grid[r - rect.top][c - rect.left];
        if (typeof v === 'string') cell.numberFormat = v;
      });
    });
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.ctx, `${this.path}.getCell(${row},${column})`, this.worksheet, () => {
      const rect = this.rect();
      return { top: rect.top + row, left: rect.left + column, bottom: rect.top + row, right: rect.left + column };
    }, false);
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.ctx, `${this.path}.getUsedRangeOrNullObject(${valuesOnly})`, this.worksheet, () => {
      return this.state.usedRect(this.worksheet.sheet(), valuesOnly, this.rect());
    }, true);
  }

  select(): void {
    this.call('select', [], () => {
      const sheet = this.worksheet.sheet();
      if (sheet.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', 'A range on a hidden sheet cannot be selected.');
      this.state.activeSheetId = sheet.id;
      this.state.selection = { sheetId: sheet.id, address: formatRect(this.rect()) };
    }, false);
  }

  clear(applyTo: 'All' | 'Contents' | 'Formats' = 'All'): void {
    this.call('clear', [applyTo], () => {
      const sheet = this.worksheet.sheet();
      const rect = this.rect();
      for (let r = rect.top; r <= rect.bottom; r++) {
        const line = sheet.cells.get(r);
        if (!line) continue;
        for (const [c, cell] of line) {
          if (c < rect.left || c > rect.right) continue;
          if (applyTo !== 'Formats') Object.assign(cell, { value: '', error: false, formula: null });
          if (applyTo !== 'Contents') Object.assign(cell, { numberFormat: 'General', fill: null, font: defaultFont(), borders: {} });
        }
      }
    });
  }
}

export class FakeRangeAreas extends ClientObject {
  readonly conditionalFormats: FakeConditionalFormatCollection;

  constructor(
    ctx: FakeRequestContext,
    path: string,
    private readonly worksheet: FakeWorksheet,
    private readonly areas: () => Rect[],
  ) {
    super(ctx, path);
    this.conditionalFormats = new FakeConditionalFormatCollection(ctx, `${path}.conditionalFormats`, worksheet, areas);
  }

  get address(): string {
    return this.prop('address');
  }
  get areaCount(): number {
    return this.prop('areaCount');
  }

  load(names?: string | string[]): this {
    const wanted = propNames(names, ['address', 'areaCount']);
    this.queueLoad(wanted, () => {
      const sheetName = quoteSheet(this.worksheet.sheet().name);
      return pick(wanted, {
        address: () => this.areas().map((a) => `${sheetName}!${formatRect(a)}`).join(','),
        areaCount: () => this.areas().length,
      }, 'RangeAreas');
    });
    return this;
  }
}

// ---------------------------------------------------------------- formats

class FakeRangeFormat extends ClientObject {
  readonly fill: { color: string | null; clear: () => void };
  readonly font: FakeFont;
  readonly borders: { getItem: (index: string) => FakeBorder };

  protected override guardedSheet(): FakeSheet | null {
    return this.range.worksheet.sheet();
  }

  constructor(ctx: FakeRequestContext, path: string, private readonly range: FakeRange) {
    super(ctx, path);
    const each = (write: (cell: FakeCell, r: number, c: number, rect: Rect) => void) => () => {
      const rect = range.rect();
      ctx.state.forEachCell(range.worksheet.sheet(), rect, (cell, r, c) => write(cell, r, c, rect));
    };
    const setter = <T>(name: string, write: (cell: FakeCell, value: T) => void) => ({
      set: (value: T) => this.set(name, value, each((cell) => write(cell, value))),
      get: () => this.prop<T>(name),
    });
    const fill = {} as { color: string | null; clear: () => void };
    Object.defineProperty(fill, 'color', setter<string>('fill.color', (cell, v) => (cell.fill = normalizeColor(v))));
    fill.clear = () => this.call('fill.clear', [], each((cell) => (cell.fill = null)));
    this.fill = fill;
    const font = {} as FakeFont;
    for (const key of ['bold', 'italic', 'color', 'name', 'size'] as const) {
      Object.defineProperty(font, key, setter<never>(`font.${key}`, (cell, v) => ((cell.font as unknown as Record<string, unknown>)[key] = key === 'color' ? normalizeColor(v) : v)));
    }
    this.font = font;
    this.borders = {
      getItem: (index: string) => {
        const border = {} as FakeBorder;
        for (const key of ['style', 'color', 'weight'] as const) {
          // Borders are drawn per edge of the range, so the write needs the cell's position.
          Object.defineProperty(border, key, {
            set: (value: string) =>
              this.set(`borders.${index}.${key}`, value, each((cell, r, c, rect) => {
                for (const edge of edgesFor(index, r, c, rect)) {
                  const current = cell.borders[edge] ?? { style: 'Continuous', color: '#000000', weight: 'Thin' };
                  cell.borders[edge] = { ...current, [key]: key === 'color' ? normalizeColor(value) : value };
                }
              })),
          });
        }
        return border;
      },
    };
  }

  set columnWidth(points: number) {
    this.set('columnWidth', points, () => {
      const rect = this.range.rect();
      const sheet = this.range.worksheet.sheet();
      for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.set(c, points);
    });
  }

  autofitColumns(): void {
    this.call('autofitColumns', [], () => undefined);
  }

  load(): this {
    throw new FakeOfficeError('NotImplemented', 'The fake does not load range formats; read them from FakeExcel.describe().');
  }
}

function edgesFor(index: string, r: number, c: number, rect: Rect): Edge[] {
  switch (index) {
    case 'EdgeTop':
      return r === rect.top ? ['top'] : [];
    case 'EdgeBottom':
      return r === rect.bottom ? ['bottom'] : [];
    case 'EdgeLeft':
      return c === rect.left ? ['left'] : [];
    case 'EdgeRight':
      return c === rect.right ? ['right'] : [];
    case 'InsideHorizontal':
      return [...(r > rect.top ? (['top'] as Edge[]) : []), ...(r < rect.bottom ? (['bottom'] as Edge[]) : [])];
    case 'InsideVertical':
      return [...(c > rect.left ? (['left'] as Edge[]) : []), ...(c < rect.right ? (['right'] as Edge[]) : [])];
    default:
      throw new FakeOfficeError('InvalidArgument', `Unknown border index ${index}`);
  }
}

function normalizeColor(color: string): string {
  const named: Record<string, string> = { red: '#FF0000', white: '#FFFFFF', black: '#000000', yellow: '#FFFF00' };
  const c = named[color.toLowerCase()] ?? color;
  if (!/^#[0-9a-f]{6}$/i.test(c)) throw new FakeOfficeError('InvalidArgument', `The argument is invalid or missing: color "${color}"`);
  return c.toUpperCase();
}

class FakeDataValidation extends ClientObject {
  constructor(ctx: FakeRequestContext, path: string, private readonly range: FakeRange) {
    super(ctx, path);
  }

  protected override guardedSheet(): FakeSheet | null {
    return this.range.worksheet.sheet();
  }

  private write(update: (v: FakeValidation) => void): () => void {
    return () => {
      this.ctx.state.forEachCell(this.range.worksheet.sheet(), this.range.rect(), (cell) => {
        const v = cell.validation ?? { rule: null, prompt: null, errorAlert: null };
        update(v);
        cell.validation = v;
      });
    };
  }

  set rule(rule: Record<string, unknown>) {
    this.set('rule', rule, this.write((v) => (v.rule = checkRule(rule))));
  }
  get rule(): Record<string, unknown> {
    return this.prop('rule');
  }
  set prompt(prompt: FakeValidation['prompt']) {
    this.set('prompt', prompt, () => {
      if (prompt && (prompt.title.length > 32 || prompt.message.length > 255)) {
        throw new FakeOfficeError('InvalidArgument', 'The argument is invalid or missing: an input prompt has at most 32 characters of title and 255 of message.');
      }
      this.write((v) => (v.prompt = prompt ? { ...prompt } : null))();
    });
  }
  set errorAlert(alert: Record<string, unknown>) {
    this.set('errorAlert', alert, this.write((v) => (v.errorAlert = { ...alert })));
  }
  clear(): void {
    this.call('clear', [], () => this.ctx.state.forEachCell(this.range.worksheet.sheet(), this.range.rect(), (cell) => (cell.validation = null)));
  }

  load(names?: string | string[]): this {
    const wanted = propNames(names, ['rule', 'prompt']);
    this.queueLoad(wanted, () => {
      const first = this.ctx.state.cell(this.range.worksheet.sheet(), this.range.rect().top, this.range.rect().left);
      return pick(wanted, { rule: () => first?.validation?.rule ?? null, prompt: () => first?.validation?.prompt ?? null }, 'DataValidation');
    });
    return this;
  }
}

function checkRule(rule: Record<string, unknown>): Record<string, unknown> {
  const list = rule.list as { source?: unknown } | undefined;
  if (list && typeof list.source === 'string' && !list.source.startsWith('=') && list.source.length > 255) {
    throw new FakeOfficeError('InvalidArgument', 'The argument is invalid or missing: a list of values has at most 255 characters.');
  }
  if (list && typeof list.source === 'string' && list.source.startsWith('=')) checkFormula(list.source);
  const custom = rule.custom as { formula?: unknown } | undefined;
  if (custom && typeof custom.formula === 'string') checkFormula(custom.formula);
  return JSON.parse(JSON.stringify(rule)) as Record<string, unknown>;
}

/** en-US worksheet functions a rule formula may call (the API takes formulas in en-US only). */
const KNOWN_FUNCTIONS = new Set(
  ('ABS AND AVERAGE COUNT COUNTA COUNTBLANK COUNTIF COUNTIFS DATE DAY EXACT FALSE IF IFERROR INDEX INDIRECT INT ISBLANK ISERR ' +
    'ISERROR ISNA ISNUMBER ISTEXT LEFT LEN LOWER MATCH MAX MID MIN MONTH NOT OR RIGHT ROUND SEARCH SUM SUMPRODUCT TEXT TODAY ' +
    'TRIM TRUE UPPER VALUE YEAR').split(' '),
);

/**
 * A conditional-format or validation formula as Excel parses it through the API: en-US only, so
 * a `;` argument separator or a localized function name (ERTEKST, HVIS) is refused.
 */
export function checkFormula(formula: string): void {
  const bad = (why: string): never => {
    throw new FakeOfficeError('InvalidArgument', `The argument is invalid or missing: formula ${formula} (${why}).`);
  };
  if (!formula.startsWith('=')) bad('must start with =');
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
  if ((formula.match(/"/g) ?? []).length % 2 !== 0) bad('unbalanced quotes');
  if (code.includes(';')) bad('; is not an argument separator in en-US');
  let depth = 0;
  for (const ch of code) {
    depth += ch === '(' ? 1 : ch === ')' ? -1 : 0;
    if (depth < 0) bad('unbalanced parentheses');
  }
  if (depth !== 0) bad('unbalanced parentheses');
  for (const match of code.matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\s*\(/g)) {
    if (!KNOWN_FUNCTIONS.has(match[1].toUpperCase())) bad(`unknown function ${match[1]}`);
  }
}

// ---------------------------------------------------------------- conditional formats

export class FakeConditionalFormatCollection extends ClientObject {
  private loadedItems: FakeConditionalFormatProxy[] | null = null;

  constructor(
    ctx: FakeRequestContext,
    path: string,
    private readonly worksheet: FakeWorksheet,
    private readonly areas: () => Rect[],
  ) {
    super(ctx, path);
  }

  get items(): FakeConditionalFormatProxy[] {
    if (this.loadedItems === null) return this.prop('items');
    return this.loadedItems;
  }

  /** New formats get the highest priority, as in Excel. */
  add(type: string): FakeConditionalFormatProxy {
    let id: number | null = null;
    const proxy = new FakeConditionalFormatProxy(this.ctx, `${this.path}.add(${JSON.stringify(type)})`, this.worksheet, () => {
      if (id === null) throw new FakeOfficeError('InvalidObjectPath', 'The conditional format was used before it was added.');
      return id;
    });
    this.ctx.enqueue({ path: this.path, call: 'add', args: [type] }, () => {
      const sheet = this.worksheet.sheet();
      if (sheet.protected) throw new FakeOfficeError('AccessDenied', 'Conditional formats cannot be added on a protected sheet.');
      id = this.ctx.state.newId();
      sheet.conditionalFormats.unshift({ id, type, areas: this.areas().map((a) => ({ ...a })), formula: null, fill: null, fontColor: null });
      return undefined;
    });
    return proxy;
  }

  load(names?: string | string[]): this {
    const wanted = propNames(names, ['items/type']).map((n) => n.replace(/^items\//, ''));
    this.queueLoad(wanted.map((n) => `items/${n}`), () => {
      const sheet = this.worksheet.sheet();
      const areas = this.areas();
      const found = sheet.conditionalFormats.filter((cf) => cf.areas.some((a) => areas.some((b) => intersects(a, b))));
      const items = found.map((cf) => {
        const proxy = new FakeConditionalFormatProxy(this.ctx, `${this.path}.getItem(${cf.id})`, this.worksheet, () => cf.id);
        proxy.accept(pick(wanted, { type: () => cf.type, id: () => String(cf.id), priority: () => sheet.conditionalFormats.indexOf(cf) }, 'ConditionalFormat'));
        return proxy;
      });
      this.ctx.onSuccess(() => (this.loadedItems = items));
      return { items: items.map((i) => i.loadedJSON) };
    });
    return this;
  }
}

export class FakeConditionalFormatProxy extends ClientObject {
  loadedJSON: Record<string, unknown> = {};
  readonly custom: {
    rule: { formula: string; load: (names?: string | string[]) => unknown };
    format: { fill: { color: string }; font: { color: string } };
  };

  constructor(
    ctx: FakeRequestContext,
    path: string,
    private readonly worksheet: FakeWorksheet,
    private readonly idOf: () => number,
  ) {
    super(ctx, path);
    const rule = { load: (names?: string | string[]) => this.loadFormula(names) } as FakeConditionalFormatProxy['custom']['rule'];
    Object.defineProperty(rule, 'formula', {
      set: (formula: string) =>
        this.set('custom.rule.formula', formula, () => {
          checkFormula(formula);
          this.customFormat().formula = formula;
        }),
      get: () => this.prop<string>('custom.rule.formula'),
    });
    const fill = {} as { color: string };
    Object.defineProperty(fill, 'color', {
      set: (color: string) => this.set('custom.format.fill.color', color, () => (this.customFormat().fill = normalizeColor(color))),
    });
    const font = {} as { color: string };
    Object.defineProperty(font, 'color', {
      set: (color: string) => this.set('custom.format.font.color', color, () => (this.customFormat().fontColor = normalizeColor(color))),
    });
    this.custom = { rule, format: { fill, font } };
  }

  accept(values: Record<string, unknown>): void {
    this.loadedJSON = values;
    this.ctx.onSuccess(() => this.setLoaded(values));
  }

  protected override guardedSheet(): FakeSheet | null {
    return this.worksheet.sheet();
  }

  private state(): FakeConditionalFormat {
    const id = this.idOf();
    const cf = this.worksheet.sheet().conditionalFormats.find((c) => c.id === id);
    if (!cf) throw new FakeOfficeError('ItemNotFound', 'The conditional format does not exist.');
    return cf;
  }

  /** `custom` exists only on custom formats; Excel rejects it on any other type. */
  private customFormat(): FakeConditionalFormat {
    const cf = this.state();
    if (cf.type !== 'Custom') throw new FakeOfficeError('InvalidArgument', `custom is not available on a ${cf.type} conditional format.`);
    return cf;
  }

  private loadFormula(names?: string | string[]): unknown {
    const wanted = propNames(names, ['formula']);
    this.queueLoad(wanted.map((n) => `custom.rule.${n}`), () => {
      const cf = this.customFormat();
      return pick(wanted, { formula: () => cf.formula ?? '' }, 'ConditionalRangeFormatRule');
    });
    return this.custom.rule;
  }

  protected override setLoaded(values: Record<string, unknown>): void {
    const mapped: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(values)) mapped[k === 'formula' ? 'custom.rule.formula' : k] = v;
    super.setLoaded(mapped);
  }

  get type(): string {
    return this.prop('type');
  }
  get priority(): number {
    return this.prop('priority');
  }

  delete(): void {
    this.call('delete', [], () => {
      const sheet = this.worksheet.sheet();
      const cf = this.state();
      sheet.conditionalFormats = sheet.conditionalFormats.filter((c) => c !== cf);
    });
  }

  load(names?: string | string[]): this {
    const wanted = propNames(names, ['type', 'priority']);
    this.queueLoad(wanted, () => {
      const cf = this.state();
      return pick(wanted, { type: () => cf.type, id: () => String(cf.id), priority: () => this.worksheet.sheet().conditionalFormats.indexOf(cf) }, 'ConditionalFormat');
    });
    return this;
  }
}

// ---------------------------------------------------------------- charts

export class FakeChartCollection extends ClientObject {
  private loadedItems: FakeChartProxy[] | null = null;

  constructor(
    ctx: FakeRequestContext,
    path: string,
    private readonly sheet: () => FakeSheet,
  ) {
    super(ctx, path);
  }

  get items(): FakeChartProxy[] {
    if (this.loadedItems === null) return this.prop('items');
    return this.loadedItems;
  }

  add(type: string, sourceData: FakeRange, seriesBy = 'Auto'): FakeChartProxy {
    let id: number | null = null;
    const proxy = new FakeChartProxy(this.ctx, `${this.path}.add(${JSON.stringify(type)})`, this.sheet, () => {
      if (id === null) throw new FakeOfficeError('InvalidObjectPath', 'The chart was used before it was added.');
      return id;
    });
    this.ctx.enqueue({ path: this.path, call: 'add', args: [type, sourceData.path, seriesBy] }, () => {
      const sheet = this.sheet();
      if (sheet.protected) throw new FakeOfficeError('AccessDenied', 'Charts cannot be added on a protected sheet.');
      const source = `${quoteSheet(sourceData.worksheet.sheet().name)}!${formatRect(sourceData.rect())}`;
      id = this.ctx.state.newId();
      sheet.charts.push({ id, name: `Chart ${sheet.charts.length + 1}`, type, source, seriesBy, title: '', position: null });
      return undefined;
    });
    return proxy;
  }

  load(names?: string | string[]): this {
    const wanted = propNames(names, ['items/name']).map((n) => n.replace(/^items\//, ''));
    this.queueLoad(wanted.map((n) => `items/${n}`), () => {
      const sheet = this.sheet();
      const items = sheet.charts.map((chart) => {
        const proxy = new FakeChartProxy(this.ctx, `${this.path}.getItem(${JSON.stringify(chart.name)})`, this.sheet, () => chart.id);
        proxy.accept(pick(wanted, { name: () => chart.name, chartType: () => chart.type }, 'Chart'));
        return proxy;
      });
      this.ctx.onSuccess(() => (this.loadedItems = items));
      return { items: items.map((c) => c.loadedJSON) };
    });
    return this;
  }
}

export class FakeChartProxy extends ClientObject {
  loadedJSON: Record<string, unknown> = {};
  readonly title: { text: string };

  constructor(
    ctx: FakeRequestContext,
    path: string,
    private readonly sheet: () => FakeSheet,
    private readonly idOf: () => number,
  ) {
    super(ctx, path);
    const title = {} as { text: string };
    Object.defineProperty(title, 'text', { set: (text: string) => this.set('title.text', text, () => (this.state().title = text)) });
    this.title = title;
  }

  accept(values: Record<string, unknown>): void {
    this.loadedJSON = values;
    this.ctx.onSuccess(() => this.setLoaded(values));
  }

  protected override guardedSheet(): FakeSheet | null {
    return this.sheet();
  }

  private state(): FakeChart {
    const chart = this.sheet().charts.find((c) => c.id === this.idOf());
    if (!chart) throw new FakeOfficeError('ItemNotFound', 'The chart does not exist.');
    return chart;
  }

  get name(): string {
    return this.prop('name');
  }
  set name(name: string) {
    this.set('name', name, () => (this.state().name = name));
  }

  setPosition(startCell: string, endCell?: string): void {
    this.call('setPosition', [startCell, endCell ?? null], () => {
      parseRect(startCell);
      if (endCell) parseRect(endCell);
      this.state().position = { start: startCell, end: endCell ?? null };
    });
  }

  delete(): void {
    this.call('delete', [], () => {
      const sheet = this.sheet();
      const chart = this.state();
      sheet.charts = sheet.charts.filter((c) => c !== chart);
    });
  }

  load(names?: string | string[]): this {
    const wanted = propNames(names, ['name', 'chartType']);
    this.queueLoad(wanted, () => {
      const chart = this.state();
      return pick(wanted, { name: () => chart.name, chartType: () => chart.type }, 'Chart');
    });
    return this;
  }
}

// ---------------------------------------------------------------- the fake Excel

/** A cell to seed: a value, a date, an error, or a formula with its cached result. */
export type SeedValue = string | number | boolean | Date | { error: string } | { formula: string; result: Scalar } | null;

const EPOCH = Date.UTC(1899, 11, 30);
const DAYS_1900_TO_1904 = 1_462;

/** Dates as Excel keeps them: a serial day number in a date-formatted cell. */
function dateSerial(date: Date, date1904: boolean): number {
  const days = Math.round((Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) - EPOCH) / 86_400_000);
  if (date1904) return days - DAYS_1900_TO_1904;
  return days < 61 ? days - 1 : days;
}

export interface WorkbookOptions {
  /** The workbook uses the 1904 date system (Excel for Mac's old default). */
  readonly date1904?: boolean;
}

export class FakeExcel {
  readonly state = new FakeWorkbookState();
  readonly syncs: SyncRecord[] = [];
  /** Excel on the web's 5 MB; tests lower it to provoke a refusal. */
  payloadLimitBytes = PAYLOAD_LIMIT_BYTES;
  /** What a too-large response is refused with; older builds say GeneralException. */
  responseLimitCode = 'ResponsePayloadSizeLimitExceeded';
  /** Cells per read beyond which values come back null. */
  readCellLimit = MAX_READ_CELLS;

  /** A workbook with these sheets (in order); dates become serials formatted dd.mm.yyyy. */
  static withSheets(sheets: Readonly<Record<string, ReadonlyArray<ReadonlyArray<SeedValue> | undefined>>>, options: WorkbookOptions = {}): FakeExcel {
    const excel = new FakeExcel();
    excel.state.date1904 = options.date1904 ?? false;
    for (const [name, grid] of Object.entries(sheets)) {
      const sheet = excel.state.addSheet(name);
      grid.forEach((row, r) => row?.forEach((value, c) => excel.seed(sheet, r, c, value)));
    }
    if (excel.state.sheets.length === 0) excel.state.addSheet('Ark1');
    return excel;
  }

  private seed(sheet: FakeSheet, r: number, c: number, value: SeedValue): void {
    if (value === null || value === '') return;
    const cell = this.state.cellForWrite(sheet, r, c);
    if (value instanceof Date) {
      cell.value = dateSerial(value, this.state.date1904);
      cell.numberFormat = 'dd\\.mm\\.yyyy';
    } else if (typeof value === 'object' && 'formula' in value) {
      cell.formula = value.formula;
      cell.value = value.result;
    } else if (typeof value === 'object') {
      cell.value = value.error;
      cell.error = true;
    } else {
      cell.value = value;
    }
  }

  /** Changes one cell's state directly, as a person would in Excel (no sync, not counted). */
  edit(sheetName: string, address: string, patch: Partial<FakeCell>): void {
    const rect = parseRect(address);
    const sheet = this.state.sheet(sheetName);
    this.state.forEachCell(sheet, rect, (cell) => Object.assign(cell, JSON.parse(JSON.stringify(patch)) as Partial<FakeCell>));
    if ('value' in patch || 'formula' in patch) this.changed(sheet, rect);
  }

  /** Handlers registered with `worksheets.onChanged` and not yet removed. */
  readonly changeHandlers = new Set<FakeChangedHandler>();

  /**
   * A value or formula changed: every registered handler hears of it. Excel delivers events
   * after the change, never inside the batch or the keystroke that made it, so the fake does too.
   */
  changed(sheet: FakeSheet, rect: Rect): void {
    if (this.changeHandlers.size === 0) return;
    const event: FakeChangedEvent = { type: 'WorksheetChanged', worksheetId: String(sheet.id), address: formatRect(rect), changeType: 'RangeEdited', source: 'Local' };
    for (const handler of [...this.changeHandlers]) setTimeout(() => void handler(event), 0);
  }

  addConditionalFormat(sheetName: string, address: string, formula: string, fill: string): void {
    this.state.sheet(sheetName).conditionalFormats.push({ id: this.state.newId(), type: 'Custom', areas: [parseRect(address)], formula, fill, fontColor: null });
  }

  protectSheet(name: string, on = true): void {
    this.state.sheet(name).protected = on;
  }

  protectStructure(on = true): void {
    this.state.structureProtected = on;
  }

  /** A person starts (or stops) typing in a cell. */
  editCell(on = true): void {
    this.state.cellEditMode = on;
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  record(sync: SyncRecord): void {
    this.syncs.push(sync);
  }

  /** Excel.run: a fresh context per batch; commands still queued at the end are synced. */
  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeRequestContext(this);
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.pending > 0) await context.sync();
    return result;
  };

  sheetNames(): string[] {
    return this.state.sheets.map((s) => s.name);
  }

  /**
   * Everything the workbook holds for these sheets, as plain data: cell values, formulas,
   * number formats, fills, fonts, borders, validation; conditional formats, charts, frozen
   * rows, column widths, visibility and order. Two equal descriptions mean nothing changed.
   */
  describe(sheetNames: readonly string[] = this.sheetNames()): unknown {
    return sheetNames.map((name) => {
      const sheet = this.state.sheet(name);
      const cells: Record<string, FakeCell> = {};
      const rowKeys = [...sheet.cells.keys()].sort((a, b) => a - b);
      for (const r of rowKeys) {
        const line = sheet.cells.get(r) as Map<number, FakeCell>;
        for (const c of [...line.keys()].sort((a, b) => a - b)) {
          const cell = line.get(c) as FakeCell;
          if (hasValue(cell) || hasFormat(cell)) cells[formatRect({ top: r, left: c, bottom: r, right: c })] = cell;
        }
      }
      return JSON.parse(
        JSON.stringify({
          name: sheet.name,
          position: this.state.sheets.indexOf(sheet),
          visibility: sheet.visibility,
          frozenRows: sheet.frozenRows,
          frozenColumns: sheet.frozenColumns,
          autoFilter: sheet.autoFilter && formatRect(sheet.autoFilter),
          columnWidths: [...sheet.columnWidths.entries()],
          // Internal ids are left out: a re-created format or chart with the same content is the same.
          conditionalFormats: sheet.conditionalFormats.map(({ id, ...cf }) => (void id, cf)),
          charts: sheet.charts.map(({ id, ...chart }) => (void id, chart)),
          cells,
        }),
      ) as unknown;
    });
  }

  /** A cell's stored state (tests read it directly). */
  cell(sheetName: string, address: string): FakeCell {
    const rect = parseRect(address);
    return this.state.cell(this.state.sheet(sheetName), rect.top, rect.left) ?? emptyCell();
  }

  /** The used cells of a sheet as a grid of values (errors as their literal). */
  values(sheetName: string): Scalar[][] {
    const sheet = this.state.sheet(sheetName);
    const rect = this.state.usedRect(sheet, true);
    if (rect === null) return [];
    const out: Scalar[][] = [];
    for (let r = 0; r <= rect.bottom; r++) {
      const row: Scalar[] = [];
      for (let c = 0; c <= rect.right; c++) row.push(this.state.cell(sheet, r, c)?.value ?? '');
      out.push(row);
    }
    return out;
  }
}
