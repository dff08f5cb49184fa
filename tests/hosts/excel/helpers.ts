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

const SENTENCES = [
  'Deltakeren har hatt jevnlige møter med mentor og fått hjelp med CV og søknader.',
  'Mentorparet møttes oftere enn planlagt i perioden før jobbintervjuet.',
  'Avbrudd i to måneder på grunn av sykdom i familien; tok opp igjen møtene i august.',
  'Fikk tilbud om fast stilling i kommunen etter praksisplassen, 80 prosent.',
  'Deltok på alle fellessamlingene og var med på nettverkskvelden i november.',
];

/** A comment of a realistic kind: some sentences of a programme's own notes, 200–1,500 characters. */
export function commentFor(row: number): string {
  const length = 200 + ((row * 373) % 1_300);
  let text = '';
  for (let i = row; text.length < length; i++) text += (text === '' ? '' : ' ') + SENTENCES[i % SENTENCES.length];
  return text.slice(0, length);
}

/** A report with n participants, each with its own long comment: the size a large programme reaches. */
export function reportWithComments(participants: number): WorkbookSnapshot {
  return workbook()
    .withParticipants(...Array.from({ length: participants }, (_, i) => ({ comment: commentFor(i) })))
    .build();
}
