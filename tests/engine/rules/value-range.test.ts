import rule from '../../../src/engine/rules/value-range';
import { ruleTester } from '../../helpers/rule-tester';
import { workbook } from '../../helpers/builder';

// "Now" is 01.03.2026 (current year 2026); the clean report's Rapporteringsår is 2025.
// Deltakere: C Fødselsår, F Botid, N Antall mentormøter, O Fellessamlinger, Q Stillingsprosent,
// T Egenvurdering. Programinfo: B5 Rapporteringsår, B6 Tilskudd, B11 Forventet antall
// mentormøter, B12 Oppfølging. Mentorer: E Antall mentees. Aktiviteter: C Antall deltakere.
ruleTester(rule, {
  valid: [
    { name: 'a clean report', snapshot: workbook().build() },
    {
      name: 'every bound itself (Fødselsår 1940 and 2025 − 15, Botid 0 and = age, 1/100 %, 1/5, 0/200 meetings)',
      snapshot: workbook()
        .withParticipants(
          { birthYear: 1940, yearsInNorway: 0, employmentShare: 1, selfAssessment: 1, meetings: 0, gatheringsAttended: 0 },
          { birthYear: 2010, yearsInNorway: 15, employmentShare: 100, selfAssessment: 5, meetings: 200 },
        )
        .build(),
    },
    {
      name: 'Programinfo bounds (Rapporteringsår 2015 and the current year, Tilskudd just above 0, 1 meeting, 1 and 24 months)',
      snapshot: workbook().withInfo({ reportingYear: 2015, grantAmount: 0.01, minMeetings: 1, followUpMonths: 24 }).withParticipants({ birthYear: 1988, yearsInNorway: 27 }).build(),
    },
    { name: 'Rapporteringsår = current year', snapshot: workbook().withInfo({ reportingYear: 2026, followUpMonths: 1 }).build() },
    { name: 'Stillingsprosent written as percent text', snapshot: workbook().withParticipants({ employmentShare: '80 %' }).build() },
    { name: 'Botid as a fraction of a year up to the age', snapshot: workbook().withParticipants({ birthYear: 1990, yearsInNorway: '34,5' }).build() },
    {
      name: 'without a Fødselsår Botid has no upper bound',
      snapshot: workbook().withParticipants({ birthYear: null, yearsInNorway: 60 }, { birthYear: 'ukjent', yearsInNorway: 60 }).build(),
    },
    {
      name: 'without a Rapporteringsår the upper bound of Fødselsår is the current year − 15',
      snapshot: workbook().withInfo({ reportingYear: null }).withParticipants({ birthYear: 2011, yearsInNorway: 3 }).build(),
    },
    {
      name: 'goal values are goal-target-implausible’s (a share of 250 %, a negative count)',
      snapshot: workbook().withGoals({ target: 2.5 }, { indicator: 'Antall deltakere', target: -3, achieved: -1 }).build(),
    },
    {
      name: 'values of the wrong type are value-type’s',
      snapshot: workbook().withParticipants({ birthYear: '1988,5', employmentShare: 'full' }).build(),
    },
    { name: 'large counts have no upper bound (Fellessamlinger, Antall mentees)', snapshot: workbook().withParticipants({ gatheringsAttended: 400 }).build() },
  ],
  invalid: [
    {
      name: 'Fødselsår after the reporting year − 15',
      snapshot: workbook().withParticipants({ birthYear: 2011, yearsInNorway: 2 }).build(),
      findings: [
        {
          sheet: 'Deltakere',
          cell: 'C2',
          message: '2011 i «Fødselsår» er utenfor tillatt område 1940–2010',
          en: '2011 in «Fødselsår» is outside the allowed range 1940–2010',
        },
      ],
    },
    {
      name: 'Fødselsår before 1940',
      snapshot: workbook().withParticipants({ birthYear: 1939 }).build(),
      findings: [{ sheet: 'Deltakere', cell: 'C2', message: '1939 i «Fødselsår» er utenfor tillatt område 1940–2010' }],
    },
    {
      name: 'the upper bound moves with the reporting year (2020 → 2005)',
      snapshot: workbook()
        .withInfo({ reportingYear: 2020, programStart: '01.01.2020', programEnd: '31.12.2020' })
        .withParticipants({ birthYear: 2005, yearsInNorway: 1 }, { birthYear: 2006, yearsInNorway: 1 })
        .build(),
      findings: [{ sheet: 'Deltakere', cell: 'C3', message: 'tillatt område 1940–2005' }],
    },
    {
      name: 'Botid longer than the age (reporting year − Fødselsår)',
      snapshot: workbook().withParticipants({ birthYear: 1988, yearsInNorway: 38 }).build(),
      findings: [
        {
          sheet: 'Deltakere',
          cell: 'F2',
          message: 'Botid 38 år er lengre enn deltakerens alder (37 år)',
          en: "Years in Norway 38 exceeds the participant's age (37 years)",
        },
      ],
    },
    {
      name: 'a Fødselsår out of range is reported once; Botid is not measured against a nonsense age',
      snapshot: workbook().withParticipants({ birthYear: 2024, yearsInNorway: 5 }, { birthYear: 1850, yearsInNorway: 80 }).build(),
      findings: [
        { sheet: 'Deltakere', cell: 'C2', message: '2024 i «Fødselsår»' },
        { sheet: 'Deltakere', cell: 'C3', message: '1850 i «Fødselsår»' },
      ],
    },
    {
      name: 'negative Botid',
      snapshot: workbook().withParticipants({ yearsInNorway: -1 }).build(),
      findings: [{ sheet: 'Deltakere', cell: 'F2', message: '-1 i «Botid (år)» er utenfor tillatt område 0–37' }],
    },
    {
      name: 'Stillingsprosent as a fraction, Egenvurdering 6, 201 meetings, −1 gatherings',
      snapshot: workbook().withParticipants({ employmentShare: '0,8', selfAssessment: 6, meetings: 201, gatheringsAttended: -1 }).build(),
      findings: [
        { sheet: 'Deltakere', cell: 'N2', message: '201 i «Antall mentormøter» er utenfor tillatt område 0–200' },
        { sheet: 'Deltakere', cell: 'O2', message: '-1 i «Fellessamlinger» er mindre enn 0', en: '-1 in «Fellessamlinger» is less than 0' },
        { sheet: 'Deltakere', cell: 'Q2', message: '0,8 i «Stillingsprosent» er utenfor tillatt område 1–100', en: '0.8 in «Stillingsprosent»' },
        { sheet: 'Deltakere', cell: 'T2', message: '6 i «Egenvurdering (1–5)» er utenfor tillatt område 1–5' },
      ],
      summary: '1/-',
    },
    {
      name: 'Rapporteringsår before 2015 or after the current year',
      snapshot: workbook().withInfo({ reportingYear: 2027 }).build(),
      findings: [{ sheet: 'Programinfo', cell: 'B5', message: '2027 i «Rapporteringsår» er utenfor tillatt område 2015–2026' }],
    },
    {
      name: 'Rapporteringsår 2014',
      snapshot: workbook().withInfo({ reportingYear: 2014 }).withParticipants({ birthYear: 1988, yearsInNorway: 6 }).build(),
      findings: [{ sheet: 'Programinfo', cell: 'B5', message: '2014 i «Rapporteringsår»' }],
    },
    {
      name: 'Tilskudd 0, no expected meetings, 25 months of follow-up',
      snapshot: workbook().withInfo({ grantAmount: 0, minMeetings: 0, followUpMonths: 25 }).build(),
      findings: [
        { sheet: 'Programinfo', cell: 'B6', message: '0 i «Tilskudd fra IMDi (kr)» må være større enn 0', en: 'must be greater than 0' },
        { sheet: 'Programinfo', cell: 'B11', message: '0 i «Forventet antall mentormøter per par» er mindre enn 1' },
        { sheet: 'Programinfo', cell: 'B12', message: '25 i «Oppfølging etter programslutt (måneder)» er utenfor tillatt område 1–24' },
      ],
    },
    {
      name: 'negative counts in Mentorer and Aktiviteter',
      snapshot: workbook().withMentors({ menteeCount: -1 }).withActivities({ attendees: -2 }).build(),
      findings: [
        { sheet: 'Mentorer', cell: 'E2', message: '-1 i «Antall mentees» er mindre enn 0' },
        { sheet: 'Aktiviteter', cell: 'C2', message: '-2 i «Antall deltakere»' },
      ],
    },
  ],
});
