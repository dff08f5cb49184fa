/**
 * The Report as every reporter reads it: counts by severity, one roll-up line per rule,
 * explained warnings, and messages in both languages with every placeholder filled.
 */
import { Lang, RULE_IDS, RULES, UI, validate, WorkbookSnapshot } from '../../src/engine';
import { nb } from '../../src/engine/i18n/nb';
import { en } from '../../src/engine/i18n/en';
import { NOW, workbook } from '../helpers/builder';

const d = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const check = (snapshot: WorkbookSnapshot, lang: Lang = 'nb') => validate(snapshot, { now: NOW, lang });
const PLACEHOLDER = /\{\w+(:\w+)?\}/;

const notEmployed = { statusAtEnd: 'Arbeidssøker', relevantJob: null, employmentShare: null, attributedToProgramme: null } as const;

/** One error (mentor-unknown), one warning (target-group-mismatch), one info (job-relevance-unexpected). */
const oneOfEach = () =>
  workbook()
    .withMentors({ menteeCount: 3 })
    .withParticipants({}, { immigrantCategory: 'Ingen innvandrerbakgrunn' }, { ...notEmployed, relevantJob: 'Ja' }, { mentorId: 'M9' });

describe('counts and pass/fail', () => {
  it('a clean report passes with nothing to count', () => {
    const report = check(workbook().build());
    expect(report.passed).toBe(true);
    expect(report.counts).toEqual({ error: 0, warning: 0, info: 0, explained: 0 });
    expect(report.rules).toEqual([]);
    expect(report.template).toEqual({ id: 'imdi-mentor-trainee', version: '2026.1', declaredVersion: '2026.1' });
    expect(report.programme).toEqual({
      orgName: 'Eksempel Mentor AS',
      orgNumber: '974760673',
      programName: 'Mentorløftet',
      programType: 'Mentorprogram',
      reportingYear: 2025,
    });
  });

  it('counts findings by severity; one error fails the submission', () => {
    const report = check(oneOfEach().build());
    expect(report.findings.map((f) => [f.rule, f.severity, f.sheet, f.cell, f.row])).toEqual([
      ['job-relevance-unexpected', 'info', 'Deltakere', 'R4', 4],
      ['mentor-unknown', 'error', 'Deltakere', 'M5', 5],
      ['target-group-mismatch', 'warning', 'Deltakere', 'D3', 3],
    ]);
    expect(report.counts).toEqual({ error: 1, warning: 1, info: 1, explained: 0 });
    expect(report.passed).toBe(false);
  });

  it('warnings and info alone pass', () => {
    const report = check(oneOfEach().withParticipants({}, { immigrantCategory: 'Ingen innvandrerbakgrunn' }, { ...notEmployed, relevantJob: 'Ja' }).withMentors({ menteeCount: 3 }).build());
    expect(report.counts).toEqual({ error: 0, warning: 1, info: 1, explained: 0 });
    expect(report.passed).toBe(true);
  });
});

describe('roll-up per rule', () => {
  // Six employed leavers; three lack a relevance (R2 empty, R4 «Ukjent», R6 empty and V6 empty).
  const sixEmployed = () =>
    workbook()
      .withMentors({ menteeCount: 7 })
      .withParticipants(
        { relevantJob: null },
        {},
        { relevantJob: 'Ukjent' },
        {},
        { relevantJob: null, relevantJobFollowUp: null },
        {},
        { ...notEmployed, statusFollowUp: 'Arbeidssøker', relevantJobFollowUp: null },
      );

  it('«3 av 6 deltakere i arbeid ved programslutt eller oppfølging mangler «Relevant jobb»»: rows concerned / rows in scope', () => {
    const report = check(sixEmployed().build());
    expect(report.findings.filter((f) => f.rule === 'job-relevance-missing').map((f) => f.cell)).toEqual(['R2', 'R4', 'R6', 'V6']);
    expect(report.rules).toEqual([
      {
        rule: 'job-relevance-missing',
        severity: 'warning',
        findings: 4,
        concerned: 3,
        scope: 6,
        share: 0.5,
        message: '3 av 6 deltakere i arbeid ved programslutt eller oppfølging mangler «Relevant jobb»',
      },
    ]);
    expect(check(sixEmployed().build(), 'en').rules[0].message).toBe('3 of 6 participants employed at the end or at follow-up lack «Relevant jobb»');
  });

  it('one line per rule with findings, in the contract’s order; rules without a scope have none', () => {
    const report = check(oneOfEach().build());
    expect(report.rules.map((r) => [r.rule, r.concerned, r.scope, r.share, r.message])).toEqual([
      ['job-relevance-unexpected', 1, null, null, 'Deltakere med «Relevant jobb» uten å være i arbeid: 1'],
      ['mentor-unknown', 1, null, null, 'Deltakere med en MentorID som ikke finnes: 1'],
      ['target-group-mismatch', 1, 4, 0.25, '1 av 4 deltakere er utenfor målgruppen'],
    ]);
  });

  it('a finding without a row (Programinfo) counts once', () => {
    const report = check(workbook().withInfo({ minMeetings: undefined }).build());
    expect(report.rules.map((r) => [r.rule, r.findings, r.concerned, r.scope, r.message])).toEqual([
      ['meeting-expectation-missing', 1, 1, null, 'Forventet antall mentormøter mangler'],
    ]);
  });

  it('goal-unclear: goals concerned / goals', () => {
    const report = check(workbook().withGoals({}, { indicator: null }, { timepoint: null }).build(), 'en');
    expect(report.rules.find((r) => r.rule === 'goal-unclear')).toMatchObject({ concerned: 2, scope: 3, message: '2 of 3 goals are unclear' });
  });
});

describe('explained warnings', () => {
  const withOutsider = () => workbook().withMentors({ menteeCount: 2 }).withParticipants({}, { immigrantCategory: 'Ingen innvandrerbakgrunn' });

  it('a stored explanation (rule, sheet, cell) marks the warning as explained; sheet and cell match loosely', () => {
    const report = check(withOutsider().withExplanations(['target-group-mismatch', 'deltakere', 'd3', 'Deltar som del av et samarbeid med NAV.']).build());
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ rule: 'target-group-mismatch', cell: 'D3', explanation: 'Deltar som del av et samarbeid med NAV.' });
    expect(report.counts).toEqual({ error: 0, warning: 1, info: 0, explained: 1 });
  });

  it('the hidden sheet itself gives no findings', () => {
    const report = check(workbook().withExplanations(['target-group-mismatch', 'Deltakere', 'D3', 'Gammel forklaring']).build());
    expect(report.findings).toEqual([]);
    expect(report.counts.explained).toBe(0);
  });

  it('an explanation for another cell or another rule does not apply', () => {
    const report = check(
      withOutsider()
        .withExplanations(['target-group-mismatch', 'Deltakere', 'D2', 'Feil rad'], ['mentor-missing', 'Deltakere', 'D3', 'Feil regel'])
        .build(),
    );
    expect(report.findings[0].explanation).toBeUndefined();
    expect(report.counts.explained).toBe(0);
  });

  it('errors cannot be explained away', () => {
    const report = check(workbook().withParticipants({ mentorId: 'M9' }).withMentors({ menteeCount: 0 }).withExplanations(['mentor-unknown', 'Deltakere', 'M2', 'Ny mentor']).build());
    expect(report.findings.map((f) => [f.rule, f.explanation])).toEqual([['mentor-unknown', undefined]]);
    expect(report.counts).toMatchObject({ error: 1, explained: 0 });
    expect(report.passed).toBe(false);
  });

  it('a warning without a cell is explained by a row with an empty Celle', () => {
    const report = check(
      workbook()
        .withInfo({ minMeetings: undefined })
        .withExplanations(['meeting-expectation-missing', 'Programinfo', null, 'Parene møtes etter behov.'])
        .build(),
    );
    expect(report.findings[0]).toMatchObject({ cell: null, explanation: 'Parene møtes etter behov.' });
    expect(report.counts.explained).toBe(1);
  });
});

describe('messages in both languages', () => {
  /** A report that sets off every rule from end-date-missing to goal-reported-mismatch, and more. */
  const everything = () =>
    workbook()
      .withVersion(null)
      .withInfo({ minMeetings: null, orgNumber: '123', contactEmail: 'kari@' })
      .withMentors({ menteeCount: 5 }, { menteeCount: 'fem' })
      .withParticipants(
        { endDate: null, statusFollowUp: null }, // end-date-missing
        { completed: 'Nei', statusAtEnd: null, relevantJob: null }, // status-at-end-missing
        { relevantJob: 'Ukjent', employmentShare: null, attributedToProgramme: null }, // job relevance, share, attribution
        { ...notEmployed, relevantJob: 'Delvis' }, // job-relevance-unexpected
        { statusFollowUp: null, relevantJobFollowUp: null }, // followup-missing
        { mentorId: 'M9', meetings: null }, // mentor-unknown, meetings-missing
        { mentorId: null, meetings: null, immigrantCategory: 'Ingen innvandrerbakgrunn' }, // mentor-missing, target-group-mismatch
        { participantId: 'D1', gender: 'X', birthYear: 'nitten', startDate: d('2026-02-01'), selfAssessment: { error: '#REF!' } },
        { comment: 'Fnr 15079012345 ble slettet' },
      )
      .withGoals(
        { timepoint: null, achieved: 0.2 }, // goal-unclear, goal-reported-mismatch
        { target: 150 }, // goal-target-implausible
        { indicator: 'Annet', goalText: 'Gode samlinger', achieved: null }, // goal-achieved-missing, goal-unclear
        { indicator: 'Antall deltakere', goalText: 'Minst 20', target: 20, achieved: 12 },
        { indicator: 'Deltakernes egenvurdering (snitt 1–5)', goalText: 'Snitt 4', target: 9, achieved: 1 },
      )
      .withExtraColumn('Deltakere', 'Navn');

  it.each(['nb', 'en'] as const)('every finding and roll-up message is filled in (%s)', (lang) => {
    const report = check(everything().build(), lang);
    const fired = new Set(report.findings.map((f) => f.rule));
    for (const id of RULE_IDS.slice(RULE_IDS.indexOf('end-date-missing'))) expect(fired).toContain(id);
    for (const text of [...report.findings.map((f) => f.message), ...report.rules.map((r) => r.message)]) {
      expect(text).not.toMatch(PLACEHOLDER);
      expect(text).not.toMatch(/undefined|NaN|\bnull\b|\[object/);
      expect(text.trim()).not.toBe('');
    }
  });

  it('the two languages say different things about the same cells', () => {
    const nbReport = check(everything().build(), 'nb');
    const enReport = check(everything().build(), 'en');
    expect(enReport.findings.map((f) => [f.rule, f.sheet, f.cell])).toEqual(nbReport.findings.map((f) => [f.rule, f.sheet, f.cell]));
    expect(enReport.lang).toBe('en');
    nbReport.findings.forEach((f, i) => expect(enReport.findings[i].message).not.toBe(f.message));
  });

  it('numbers follow the language: decimal comma in nb, point in en', () => {
    const snapshot = workbook().withMentors({ menteeCount: 3 }).withParticipants({}, { ...notEmployed }, { ...notEmployed }).withGoals({ achieved: '12,5 %' }).build();
    expect(check(snapshot).findings[0].message).toBe('Oppnådd er 12,5 %, men beregnet verdi er 33,3 % (1 av 3).');
    expect(check(snapshot, 'en').findings[0].message).toBe('Oppnådd is 12.5%, but the computed value is 33.3% (1 of 3).');
  });

  it('every rule has the same message ids and placeholders in nb and en', () => {
    const names = (template: string) => [...template.matchAll(/\{(\w+)(?::\w+)?\}/g)].map((m) => m[1]).sort();
    for (const rule of RULES) {
      const id = rule.meta.id;
      expect(Object.keys(en[id].messages).sort()).toEqual(Object.keys(nb[id].messages).sort());
      for (const [messageId, template] of Object.entries(nb[id].messages)) {
        expect([id, messageId, names(en[id].messages[messageId])]).toEqual([id, messageId, names(template)]);
      }
      expect(names(en[id].summary)).toEqual(names(nb[id].summary));
      for (const name of names(nb[id].summary)) expect(['count', 'scope']).toContain(name);
    }
  });

  it('goal-unclear lists the missing parts with the language’s words', () => {
    const snapshot = workbook().withGoals({ indicator: null, target: null }).build();
    expect(check(snapshot).findings[0].message).toContain(`${UI.nb.terms.indicator} og ${UI.nb.terms.target}`);
    expect(check(snapshot, 'en').findings[0].message).toContain(`${UI.en.terms.indicator} and ${UI.en.terms.target}`);
  });
});
