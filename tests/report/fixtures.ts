/** Reports for the reporter tests, built with the engine from the test builder's snapshots. */
import { Report, validate } from '../../src/engine';
import type { FileReport } from '../../src/report';
import { NOW, workbook } from '../helpers/builder';

const LEFT_WITHOUT_JOB = { statusAtEnd: 'Arbeidssøker', employmentShare: null, relevantJob: null, attributedToProgramme: null, statusFollowUp: 'Arbeidssøker', relevantJobFollowUp: null };
const ONGOING = { completed: 'Pågår', endDate: null, statusAtEnd: null, employmentShare: null, relevantJob: null, attributedToProgramme: null, statusFollowUp: null, relevantJobFollowUp: null };

/**
 * One error (Programinfo!B2), two warnings in Deltakere (R3; R4 explained), in two languages:
 * 4 participants, 3 leavers of whom 3 employed.
 */
export function mixedReport(lang: 'nb' | 'en' = 'nb'): Report {
  const snapshot = workbook()
    .withInfo({ orgNumber: '123' })
    .withParticipants({}, { relevantJob: null }, { relevantJob: null }, ONGOING)
    .withMentors({ menteeCount: 4 })
    .withExplanations(['job-relevance-missing', 'Deltakere', 'R4', 'Deltakeren ville ikke svare.'])
    .build();
  return validate(snapshot, { lang, now: NOW });
}

/** Passes with no findings. */
export function cleanReport(lang: 'nb' | 'en' = 'nb'): Report {
  return validate(workbook().build(), { lang, now: NOW });
}

/** Nobody has left yet: every rate over leavers has denominator 0 and cannot be computed. */
export function noLeaversReport(lang: 'nb' | 'en' = 'nb'): Report {
  return validate(workbook().withParticipants(ONGOING, ONGOING).withMentors({ menteeCount: 2 }).build(), { lang, now: NOW });
}

/** Half of the leavers in work: employment rate 50 % (1 av 2). */
export function halfEmployedReport(lang: 'nb' | 'en' = 'nb'): Report {
  return validate(workbook().withParticipants({}, LEFT_WITHOUT_JOB).withMentors({ menteeCount: 2 }).build(), { lang, now: NOW });
}

/** User text that would run as a script if a reporter forgot to escape it. */
export const SCRIPT = '<script>alert("x")</script>';

export function hostileReport(lang: 'nb' | 'en' = 'nb'): Report {
  const snapshot = workbook()
    .withInfo({ programName: `Mentor ${SCRIPT}`, orgName: `Org & <b>Co</b>` })
    .withGoals({ goalText: `Minst 50 % ${SCRIPT}` })
    .withParticipants({ participantId: `<img src=x onerror=alert(1)>`, relevantJob: null })
    .withExplanations(['job-relevance-missing', 'Deltakere', 'R2', `Forklart ${SCRIPT}`])
    .build();
  return validate(snapshot, { lang, now: NOW });
}

export const file = (name: string, report: Report): FileReport => ({ file: name, report });
