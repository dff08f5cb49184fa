/** Shared set-up for the Excel adapter tests: fake workbooks built from the snapshot builder. */
import type { WorkbookSnapshot } from '../../../src/engine';
import { FakeExcel } from '../../fakes/excel-fake';
import { workbook } from '../../helpers/builder';

export function fakeOf(snapshot: WorkbookSnapshot): FakeExcel {
  return FakeExcel.withSheets(snapshot.sheets);
}

/** A clean report with n participants (each with the clean defaults). */
export function reportWith(participants: number): WorkbookSnapshot {
  return workbook()
    .withParticipants(...Array.from({ length: participants }, () => ({})))
    .build();
}

/** Syncs a call makes. */
export async function syncsOf(fake: FakeExcel, action: () => Promise<unknown>): Promise<number> {
  const before = fake.syncCount;
  await action();
  return fake.syncCount - before;
}
