/**
 * `npm run bench` (bench/live-check.js): «Kontroller mens jeg skriver» on the strict fake Excel.
 * One edit in a workbook of n participants, through the real Excel host: the change event, the
 * full re-read and the engine. The pane's debounce (600 ms) comes on top and is not timed here.
 */
import { performance } from 'perf_hooks';
import { validate } from '../src/engine';
import { createExcelHost } from '../src/hosts/excel';
import { FakeExcel, formatRect } from '../tests/fakes/excel-fake';
import { workbook } from '../tests/helpers/builder';

export interface LiveCheckFigures {
  readonly rows: number;
  /** Syncs from the edit to the updated findings. */
  readonly syncs: number;
  /** Median ms from the edit to the updated findings (event, read, engine). */
  readonly editToFindingsMs: number;
  /** Median ms of the engine alone on the same workbook: the peer. */
  readonly engineMs: number;
  /** Findings before and after the edit (the edit fixes one). */
  readonly before: number;
  readonly after: number;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function measureLiveCheck(rows: number, runs = 5): Promise<LiveCheckFigures> {
  const snapshot = workbook()
    .withParticipants(...Array.from({ length: rows }, (_, i) => (i === rows - 1 ? { gender: 'Ukjent' } : {})))
    .build();
  const fake = FakeExcel.withSheets(snapshot.sheets);
  const grid = fake.values('Deltakere');
  const r = grid.findIndex((row) => row.includes('Ukjent'));
  const address = formatRect({ top: r, left: grid[r].indexOf('Ukjent'), bottom: r, right: grid[r].indexOf('Ukjent') });
  const host = createExcelHost(fake.run);
  const before = validate(await host.readSnapshot()).findings.length;

  const times: number[] = [];
  let syncs = 0;
  let after = 0;
  for (let i = 0; i < runs; i++) {
    const value = i % 2 === 0 ? 'Kvinne' : 'Ukjent';
    let resolve: () => void = () => undefined;
    const done = new Promise<void>((r2) => (resolve = r2));
    let startSyncs = 0;
    const stop = host.onWorkbookChanged(() => {
      void host.readSnapshot().then((read) => {
        after = validate(read).findings.length;
        resolve();
      });
    });
    await new Promise((r2) => setTimeout(r2, 0)); // the registration's sync
    startSyncs = fake.syncCount;
    const start = performance.now();
    fake.edit('Deltakere', address, { value });
    await done;
    times.push(performance.now() - start);
    if (i === 0) syncs = fake.syncCount - startSyncs;
    stop();
    await new Promise((r2) => setTimeout(r2, 0));
  }
  fake.edit('Deltakere', address, { value: 'Kvinne' });
  const fixed = await host.readSnapshot();
  const engine: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    after = validate(fixed).findings.length;
    engine.push(performance.now() - start);
  }
  return { rows, syncs, editToFindingsMs: median(times), engineMs: median(engine), before, after };
}
