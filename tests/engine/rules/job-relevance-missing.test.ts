import rule from '../../../src/engine/rules/job-relevance-missing';
import { ruleTester } from '../../helpers/rule-tester';
import { workbook } from '../../helpers/builder';

// Deltakere: D1 in row 2. P = Status ved programslutt, R = Relevant jobb,
// U = Status 6 mnd etter, V = Relevant jobb 6 mnd etter.
const notEmployedAtFollowUp = { statusFollowUp: 'Arbeidssøker', relevantJobFollowUp: null } as const;

ruleTester(rule, {
  valid: [
    { name: 'employed with a relevant job, at the end and at follow-up', snapshot: workbook().build() },
    {
      name: '«Delvis» and «Nei» are answers',
      snapshot: workbook().withParticipants({ relevantJob: 'Delvis', relevantJobFollowUp: 'Nei' }).build(),
    },
    {
      name: 'unpaid practice is not employment: no relevance needed',
      snapshot: workbook()
        .withParticipants({ statusAtEnd: 'Praksis eller tiltak uten lønn', relevantJob: null, ...notEmployedAtFollowUp })
        .build(),
    },
    {
      name: 'education, job seeking, outside the labour force, unknown: not employed',
      snapshot: workbook()
        .withParticipants(
          { statusAtEnd: 'Utdanning', relevantJob: null, ...notEmployedAtFollowUp },
          { statusAtEnd: 'Arbeidssøker', relevantJob: null, ...notEmployedAtFollowUp },
          { statusAtEnd: 'Utenfor arbeidsstyrken', relevantJob: null, ...notEmployedAtFollowUp },
          { statusAtEnd: 'Ukjent', relevantJob: null, statusFollowUp: 'Ikke fulgt opp', relevantJobFollowUp: null },
        )
        .build(),
    },
    {
      name: 'follow-up not yet done: no relevance at follow-up needed',
      snapshot: workbook().withParticipants({ statusFollowUp: null, relevantJobFollowUp: null }).build(),
    },
    {
      name: 'an ongoing participant is not yet employed at the end (as in the key figure employedAtEnd)',
      snapshot: workbook().withParticipants({ completed: 'Pågår', endDate: null, relevantJob: null, statusFollowUp: null, relevantJobFollowUp: null }).build(),
    },
    {
      name: 'an invalid relevance code is value-code’s',
      snapshot: workbook().withParticipants({ relevantJob: 'Litt' }).build(),
    },
    {
      name: 'no Relevant jobb columns: column-missing reports them',
      snapshot: workbook().withoutColumn('Deltakere', 'relevantJob').withoutColumn('Deltakere', 'relevantJobFollowUp').build(),
    },
  ],
  invalid: [
    {
      name: 'employed at the end, Relevant jobb empty',
      snapshot: workbook().withParticipants({ relevantJob: null }).build(),
      findings: [
        {
          sheet: 'Deltakere',
          cell: 'R2',
          message: 'Deltakeren er i arbeid (Fast ansatt), men «Relevant jobb» er tom',
          en: 'The participant is employed (Fast ansatt), but «Relevant jobb» is empty',
        },
      ],
      summary: '1/1',
    },
    {
      name: '«Ukjent» counts as missing',
      snapshot: workbook().withParticipants({ relevantJob: 'ukjent' }).build(),
      findings: [{ sheet: 'Deltakere', cell: 'R2', message: '«Relevant jobb» er «Ukjent»', en: 'is «Ukjent»' }],
      summary: '1/1',
    },
    {
      name: 'each of the four paid statuses is employed',
      snapshot: workbook()
        .withParticipants(
          { statusAtEnd: 'Fast ansatt', relevantJob: null, ...notEmployedAtFollowUp },
          { statusAtEnd: 'Midlertidig ansatt', relevantJob: null, ...notEmployedAtFollowUp },
          { statusAtEnd: 'Selvstendig næringsdrivende', relevantJob: null, ...notEmployedAtFollowUp },
          { statusAtEnd: 'Traineestilling med lønn', relevantJob: null, ...notEmployedAtFollowUp },
          { statusAtEnd: 'Praksis eller tiltak uten lønn', relevantJob: null, ...notEmployedAtFollowUp },
        )
        .build(),
      findings: [
        { sheet: 'Deltakere', cell: 'R2', message: '(Fast ansatt)' },
        { sheet: 'Deltakere', cell: 'R3', message: '(Midlertidig ansatt)' },
        { sheet: 'Deltakere', cell: 'R4', message: '(Selvstendig næringsdrivende)' },
        { sheet: 'Deltakere', cell: 'R5', message: '(Traineestilling med lønn)' },
      ],
      summary: '4/4',
    },
    {
      name: 'employed at follow-up, Relevant jobb 6 mnd etter empty (column V)',
      snapshot: workbook()
        .withParticipants({ statusAtEnd: 'Arbeidssøker', relevantJob: null, statusFollowUp: 'Midlertidig ansatt', relevantJobFollowUp: null })
        .build(),
      findings: [
        {
          sheet: 'Deltakere',
          cell: 'V2',
          message: 'Deltakeren er i arbeid (Midlertidig ansatt), men «Relevant jobb 6 mnd etter» er tom',
          en: '«Relevant jobb 6 mnd etter» is empty',
        },
      ],
      summary: '1/1',
    },
    {
      name: '3 of 6 employed participants lack it; a row missing both R and V counts once',
      snapshot: workbook()
        .withParticipants(
          { relevantJob: null, relevantJobFollowUp: 'Ukjent' },
          {},
          { relevantJob: 'Ukjent' },
          {},
          { relevantJob: { error: '#VALUE!' } },
          {},
          { statusAtEnd: 'Arbeidssøker', relevantJob: null, ...notEmployedAtFollowUp },
        )
        .build(),
      findings: [
        { sheet: 'Deltakere', cell: 'R2', message: 'er tom' },
        { sheet: 'Deltakere', cell: 'V2', message: 'er «Ukjent»' },
        { sheet: 'Deltakere', cell: 'R4', message: 'er «Ukjent»' },
      ],
      summary: '2/6',
    },
  ],
});
