import rule from '../../../src/engine/rules/participants-missing';
import { ruleTester } from '../../helpers/rule-tester';
import { workbook } from '../../helpers/builder';

ruleTester(rule, {
  valid: [
    { name: 'one participant', snapshot: workbook().build() },
    { name: 'a row with only a DeltakerID is a data row', snapshot: workbook().withRawParticipants({ participantId: 'D1' }).build() },
    { name: 'a row with only an error value is a data row', snapshot: workbook().withRawParticipants({ gender: { error: '#N/A' } }).build() },
    { name: 'a data row below title rows and empty rows', snapshot: workbook().withTitleRows('Deltakere', ['Deltakere 2025'], [], []).build() },
    { name: 'no Deltakere sheet is sheet-missing’s', snapshot: workbook().withoutSheet('Deltakere').build() },
  ],
  invalid: [
    {
      name: 'only the header row',
      snapshot: workbook().withRawParticipants().build(),
      findings: [{ sheet: 'Deltakere', cell: null, message: 'Arket Deltakere har ingen deltakere', en: 'The Deltakere sheet has no participants' }],
      summary: '1/-',
    },
    {
      name: 'rows that are empty or hold only spaces',
      snapshot: workbook().withRawParticipants({}, { participantId: '  ', comment: '' }).build(),
      findings: [{ sheet: 'Deltakere', cell: null, message: 'ingen deltakere' }],
    },
    {
      name: 'values only in a column the template does not have',
      snapshot: workbook().withRawParticipants({}, {}).withExtraColumn('Deltakere', 'Navn', 'Kari', 'Ola').build(),
      findings: [{ sheet: 'Deltakere', cell: null }],
    },
    {
      name: 'an empty sheet (no header row either); named as written',
      snapshot: workbook().withSheetRenamed('Deltakere', 'DELTAKERE').withSheet('DELTAKERE', []).build(),
      findings: [{ sheet: 'DELTAKERE', cell: null, message: 'ingen deltakere' }],
    },
  ],
});
