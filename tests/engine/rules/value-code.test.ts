import rule from '../../../src/engine/rules/value-code';
import { ruleTester } from '../../helpers/rule-tester';
import { workbook } from '../../helpers/builder';

// Deltakere: B Kjønn, D Innvandrerkategori, L Fullført, P Status ved programslutt,
// R Relevant jobb, U Status 6 mnd etter. Programinfo: B4 Programtype. Mål: C Indikator.
// Mentorer: B Sektor, D Opplæring gjennomført. Aktiviteter: B Aktivitet.
ruleTester(rule, {
  valid: [
    { name: 'a clean report', snapshot: workbook().build() },
    {
      name: 'codes in another case, with extra and surrounding spaces',
      snapshot: workbook()
        .withInfo({ programType: '  mentor-  og   TRAINEEPROGRAM ' })
        .withParticipants({ gender: 'KVINNE', statusAtEnd: '  fast   ansatt', completed: 'ja', educationLevel: 'høyere utdanning,   lang' })
        .withMentors({ sector: 'privat ', trained: 'JA' })
        .build(),
    },
    {
      name: 'an en dash or a hyphen in an indicator is the same code',
      snapshot: workbook().withGoals({ indicator: 'Deltakernes egenvurdering (snitt 1-5)', target: 4 }).build(),
    },
    { name: '«Ikke fulgt opp» is a follow-up code', snapshot: workbook().withParticipants({ statusFollowUp: 'Ikke fulgt opp', relevantJobFollowUp: null }).build() },
    { name: 'empty code cells are value-required’s', snapshot: workbook().withParticipants({ countryGroup: null, gender: '  ' }).build() },
    { name: 'an error value is formula-error’s', snapshot: workbook().withParticipants({ gender: { error: '#N/A' } }).build() },
  ],
  invalid: [
    {
      name: 'Kjønn not in the list: the message lists the valid codes',
      snapshot: workbook().withParticipants({ gender: 'Dame' }).build(),
      findings: [
        {
          sheet: 'Deltakere',
          cell: 'B2',
          message: '«Dame» er ikke en gyldig verdi for «Kjønn». Gyldige verdier: Kvinne, Mann, Annet/vil ikke oppgi.',
          en: '«Dame» is not a valid value for «Kjønn». Valid values: Kvinne, Mann, Annet/vil ikke oppgi.',
        },
      ],
    },
    {
      name: 'near misses are not codes (a full stop, another word order, a follow-up code at the end)',
      snapshot: workbook()
        .withParticipants({ completed: 'Ja.' }, { immigrantCategory: 'Innvandrer (1. generasjon)' }, { statusAtEnd: 'Ikke fulgt opp' })
        .build(),
      findings: [
        { sheet: 'Deltakere', cell: 'L2', message: '«Ja.» er ikke en gyldig verdi for «Fullført»' },
        { sheet: 'Deltakere', cell: 'D3', message: '«Innvandrerkategori»' },
        { sheet: 'Deltakere', cell: 'P4', message: '«Ikke fulgt opp» er ikke en gyldig verdi for «Status ved programslutt»' },
      ],
      summary: '3/-',
    },
    {
      name: 'numbers and TRUE in code columns',
      snapshot: workbook().withParticipants({ relevantJob: 1, statusFollowUp: true }).build(),
      findings: [
        { sheet: 'Deltakere', cell: 'R2', message: '«1» er ikke en gyldig verdi for «Relevant jobb»' },
        { sheet: 'Deltakere', cell: 'U2', message: '«true»' },
      ],
    },
    {
      name: 'Programtype at its value cell',
      snapshot: workbook().withInfo({ programType: 'Mentor' }).build(),
      findings: [{ sheet: 'Programinfo', cell: 'B4', message: 'Gyldige verdier: Mentorprogram, Traineeprogram, Mentor- og traineeprogram' }],
    },
    {
      name: 'goal indicator, mentor sector and training, activity type',
      snapshot: workbook()
        .withGoals({ indicator: 'Andel i jobb' })
        .withMentors({ sector: 'Kommunal', trained: 'Delvis' })
        .withActivities({ activity: 'Kurs' })
        .build(),
      findings: [
        { sheet: 'Mål', cell: 'C2', message: '«Andel i jobb» er ikke en gyldig verdi for «Indikator»' },
        { sheet: 'Mentorer', cell: 'B2', message: '«Kommunal»' },
        { sheet: 'Mentorer', cell: 'D2', message: 'Gyldige verdier: Ja, Nei.' },
        { sheet: 'Aktiviteter', cell: 'B2', message: '«Kurs»' },
      ],
    },
  ],
});
