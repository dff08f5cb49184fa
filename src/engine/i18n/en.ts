import { RuleCatalogue, UiText } from './catalogue';

/** English. Sheet, column and code names stay Norwegian: they are the template's names. */
export const en: RuleCatalogue = {
  'sheet-missing': {
    description: 'A required sheet (Programinfo, Mål, Deltakere, Mentorer) is missing.',
    fix: 'Add the sheet with exactly this name. The easiest way is to copy it from the empty template.',
    messages: { default: 'The sheet «{sheet}» is missing.' },
    summary: 'Required sheets missing: {count}',
  },
  'column-missing': {
    description: 'A required (or conditionally required) column is missing.',
    fix: 'Put the column back with the heading from the template. The order of the columns does not matter.',
    messages: { default: 'The column «{column}» is missing from the sheet {sheet}.' },
    summary: 'Required columns missing: {count}',
  },
  'column-unknown': {
    description: 'A column header that is not in the template.',
    fix: 'Check that the heading is spelled as in the template. If the column only holds your own notes, it can stay.',
    messages: {
      default: 'The column «{header}» is not in the template and is not read.',
      duplicate: 'The column «{header}» appears twice; only the first is read.',
    },
    summary: 'Columns not in the template: {count}',
  },
  'template-version-missing': {
    description: 'The template version is missing from Veiledning!B2.',
    fix: 'Write the template version (for example 2026.1) in cell B2 of the Veiledning sheet, or use the latest template.',
    messages: {
      default: 'The template version is missing from Veiledning!B2; the report was checked against version {version}.',
      noSheet: 'The Veiledning sheet is missing, so the template version is unknown; the report was checked against version {version}.',
    },
    summary: 'The template version is unknown',
  },
  'value-required': {
    description: 'A required cell is empty.',
    fix: 'Fill in the cell. If you do not know the answer, choose «Ukjent» where the list offers it.',
    messages: {
      default: '«{column}» is required, but the cell is empty.',
      label: 'The row «{column}» is missing from the Programinfo sheet.',
    },
    summary: 'Rows with empty required cells: {count}',
  },
  'value-type': {
    description: 'Not a number, whole number or date where one is expected.',
    fix: 'Write only a number (for example 12 or 1 234,5) or a date (31.12.2025) in the cell, without words or units.',
    messages: {
      default: '«{value}» in «{column}» is not a valid number.',
      integer: '«{value}» in «{column}» is not a whole number.',
      number: '«{value}» in «{column}» is not a number.',
      date: '«{value}» in «{column}» is not a date (write e.g. 31.12.2025).',
    },
    summary: 'Rows with values of the wrong type: {count}',
  },
  'value-code': {
    description: "A value that is not one of the column's codes.",
    fix: "Choose a value from the cell's dropdown list.",
    messages: { default: '«{value}» is not a valid value for «{column}». Valid values: {codes}.' },
    summary: 'Rows with invalid codes: {count}',
  },
  'value-range': {
    description: 'A value outside the allowed range.',
    fix: 'Correct the value so it lies within the allowed range. The help text in the template shows what is allowed.',
    messages: {
      default: '{value} in «{column}» is outside the allowed range {min}–{max}.',
      atLeast: '{value} in «{column}» is less than {min}.',
      above: '{value} in «{column}» must be greater than {min}.',
      atMost: '{value} in «{column}» is greater than {max}.',
      age: "Years in Norway {value} exceeds the participant's age ({max} years).",
    },
    summary: 'Rows with values outside the allowed range: {count}',
  },
  'formula-error': {
    description: 'The cell holds an Excel error value (#REF!, #DIV/0!, #N/A …).',
    fix: 'Fix the formula that gives the error, or type the value in directly.',
    messages: { default: '«{column}» holds the error value {error}.' },
    summary: 'Rows with error values: {count}',
  },
  'orgnr-invalid': {
    description: 'The organisation number is not nine digits or fails the MOD11 check digit.',
    fix: 'Write the organisation number as it appears in the Central Coordinating Register (Enhetsregisteret): nine digits. Spaces are fine.',
    messages: {
      default: 'The organisation number «{value}» has a wrong check digit.',
      digits: 'The organisation number «{value}» is not nine digits.',
    },
    summary: 'The organisation number is invalid',
  },
  'email-invalid': {
    description: 'E-post is not an e-mail address.',
    fix: 'Write a complete e-mail address, for example name@example.no.',
    messages: { default: '«{value}» is not an e-mail address.' },
    summary: 'The e-mail address is invalid',
  },
  'id-duplicate': {
    description: 'A DeltakerID, MentorID or MålID appears more than once.',
    fix: 'Give each row its own ID. If the rows are the same person or goal, merge them into one row.',
    messages: { default: '«{id}» in «{column}» already appears in {first}.' },
    summary: 'Repeated IDs: {count}',
  },
  'personal-id-in-sheet': {
    description: 'A cell holds a national identity number (fødselsnummer or D-number).',
    fix: "Delete the number and use the programme's own DeltakerID. The report must not contain national identity numbers.",
    messages: { default: 'The cell appears to hold a national identity number ({masked}). Remove it.' },
    summary: 'Rows holding a national identity number: {count}',
  },
  'participants-missing': {
    description: 'The Deltakere sheet has no data rows.',
    fix: 'Enter one row per participant below the header row of the Deltakere sheet.',
    messages: { default: 'The Deltakere sheet has no participants.' },
    summary: 'No participants are recorded',
  },
  'goals-missing': {
    description: 'The Mål sheet has no data rows.',
    fix: "Enter the programme's goals in the Mål sheet, one per row, with indicator, target and time point.",
    messages: { default: 'The Mål sheet has no goals.' },
    summary: 'No goals are recorded',
  },
  'date-order': {
    description: 'An end date is before the start date.',
    fix: 'The end date cannot be before the start date. Correct whichever of the two is wrong.',
    messages: { default: '«{laterColumn}» {later} is before «{earlierColumn}» {earlier}.' },
    summary: 'End dates before the start date: {count}',
  },
  'date-outside-period': {
    description: 'A participant started after the programme ended or more than a year before it started.',
    fix: "Check the participant's start date and the programme period in Programinfo, and correct the one that is wrong.",
    messages: {
      default: 'Start date {start} is after the programme end {programEnd}.',
      beforeStart: 'Start date {start} is more than a year before the programme start {programStart}.',
    },
    summary: '{count} of {scope} participants started outside the programme period',
  },
  'end-date-missing': {
    description: 'The participant has left (Fullført Ja/Nei) but Sluttdato is empty.',
    fix: 'Enter the date the participant left in Sluttdato.',
    messages: { default: 'Fullført is «{completed}», but Sluttdato is empty.' },
    summary: '{count} of {scope} leavers lack Sluttdato',
  },
  'status-at-end-missing': {
    description: 'The participant has left (Fullført Ja/Nei) but Status ved programslutt is empty.',
    fix: "Choose the participant's status when they left. If you do not know, choose «Ukjent».",
    messages: { default: 'Fullført is «{completed}», but Status ved programslutt is empty.' },
    summary: '{count} of {scope} leavers lack «Status ved programslutt»',
  },
  'job-relevance-missing': {
    description: 'The participant is employed, but Relevant jobb is empty or «Ukjent».',
    fix: 'Ask the participant whether the job fits their education, experience and job aim, and choose Ja, Delvis or Nei.',
    messages: {
      default: 'The participant is employed ({status}), but «{column}» is empty.',
      unknown: 'The participant is employed ({status}), but «{column}» is «Ukjent».',
    },
    summary: '{count} of {scope} participants employed at the end or at follow-up lack «Relevant jobb»',
  },
  'job-relevance-unexpected': {
    description: 'Relevant jobb is filled in for a participant who is not employed.',
    fix: 'Check the status at the end of the programme. If the participant is not employed (unpaid work practice or measures do not count as work), leave Relevant jobb empty.',
    messages: {
      default: '«{column}» is filled in, but the participant is not employed ({status}).',
      noStatus: '«{column}» is filled in, but «{statusColumn}» is empty.',
    },
    summary: 'Participants with «Relevant jobb» who are not employed: {count}',
  },
  'employment-share-missing': {
    description: 'The participant is employed at the end, but Stillingsprosent is empty.',
    fix: 'Enter the job percentage as a number from 1 to 100.',
    messages: { default: 'The participant is employed ({status}), but Stillingsprosent is empty.' },
    summary: '{count} of {scope} participants employed at the end lack Stillingsprosent',
  },
  'attribution-missing': {
    description: 'The participant is employed at the end, but «Jobb som følge av programmet» is empty.',
    fix: 'Choose whether the job came as a result of the programme: Ja, Nei or Usikker.',
    messages: { default: 'The participant is employed ({status}), but «Jobb som følge av programmet» is empty.' },
    summary: '{count} of {scope} participants employed at the end lack «Jobb som følge av programmet»',
  },
  'followup-missing': {
    description: 'The follow-up date has passed, but Status 6 mnd etter is empty.',
    fix: 'Follow the participant up and choose their status six months later. If you could not reach them, choose «Ikke fulgt opp».',
    messages: { default: 'Follow-up was due {dueDate} (Sluttdato {endDate} + {months} months), but «Status 6 mnd etter» is empty.' },
    summary: '{count} of {scope} participants due for follow-up lack a status',
  },
  'mentor-unknown': {
    description: 'MentorID is not found in the Mentorer sheet.',
    fix: 'Correct the MentorID so it matches the Mentorer sheet, or add the mentor there.',
    messages: { default: 'MentorID «{mentorId}» is not in the Mentorer sheet.' },
    summary: 'Participants with a MentorID that does not exist: {count}',
  },
  'mentor-missing': {
    description: 'A mentor programme, but the participant has no MentorID.',
    fix: "Enter the ID of the participant's mentor, as it appears in the Mentorer sheet.",
    messages: { default: 'The programme type is «{programType}», but MentorID is empty.' },
    summary: '{count} of {scope} participants lack a MentorID',
  },
  'meetings-missing': {
    description: 'MentorID is set, but Antall mentormøter is empty.',
    fix: 'Enter how many times the pair has met. If they have not met, enter 0.',
    messages: { default: 'The participant has mentor «{mentorId}», but Antall mentormøter is empty.' },
    summary: '{count} of {scope} mentor pairs lack the number of meetings',
  },
  'mentor-mentee-count-mismatch': {
    description: "A mentor's Antall mentees differs from the number of participants naming that mentor.",
    fix: "Correct the mentor's Antall mentees, or the MentorID of the participants.",
    messages: { default: 'Mentor «{mentorId}» has Antall mentees {stated}, but the number of participants naming this mentor is {actual}.' },
    summary: '{count} of {scope} mentors have a wrong mentee count',
  },
  'target-group-mismatch': {
    description: 'The participant has no immigrant background.',
    fix: 'Check the category. If it is right, write a short explanation of why the participant takes part.',
    messages: { default: 'Innvandrerkategori is «Ingen innvandrerbakgrunn»; the scheme is for people with immigrant background.' },
    summary: '{count} of {scope} participants are outside the target group',
  },
  'meeting-expectation-missing': {
    description: 'A mentor programme without an expected number of meetings per pair.',
    fix: 'Enter in Programinfo how many meetings you expect each mentor pair to have.',
    messages: { default: 'The programme type is «{programType}», but «Forventet antall mentormøter per par» is empty.' },
    summary: 'The expected number of mentor meetings is missing',
  },
  'goal-unclear': {
    description: 'A goal lacks an indicator, a numeric target or a time point (or is «Annet» with no number in its text).',
    fix: 'Choose an indicator, write the target as a number and state when the goal is measured.',
    messages: { default: 'The goal «{goalId}» is unclear: it lacks {missing}.' },
    summary: '{count} of {scope} goals are unclear',
  },
  'goal-target-implausible': {
    description: 'A share target outside 0–100 %, or a negative count.',
    fix: 'Write shares as 60 % or 0.6, counts as whole numbers from 0 and averages between 1 and 5.',
    messages: {
      default: 'The target {value} for a share is outside 0–100 %.',
      negative: 'The target {value} cannot be negative.',
      mean: 'The target {value} for a mean on the 1–5 scale is outside 1–5.',
    },
    summary: 'Implausible targets: {count}',
  },
  'goal-achieved-missing': {
    description: 'An «Annet» goal without Oppnådd.',
    fix: 'Enter the result you achieved for the goal in Oppnådd.',
    messages: { default: 'The goal «{goalId}» has indicator «Annet», but Oppnådd is empty.' },
    summary: '«Annet» goals without Oppnådd: {count}',
  },
  'goal-reported-mismatch': {
    description: 'Oppnådd differs from the value computed from the participant data.',
    fix: 'Check both the participant data and the figure in Oppnådd. IMDi uses the value computed from the Deltakere sheet.',
    messages: {
      default: 'Oppnådd is {reported}, but the computed value is {computed}.',
      share: 'Oppnådd is {reported:percent}, but the computed value is {computed:percent} ({numerator} of {denominator}).',
    },
    summary: 'Goals whose Oppnådd differs from the computed value: {count}',
  },
};

export const enUi: UiText = {
  severity: { error: 'error', warning: 'warning', info: 'info' },
  severityPlural: { error: 'errors', warning: 'warnings', info: 'info' },
  goalStatus: { reached: 'reached', 'not-reached': 'not reached', 'not-assessable': 'cannot be assessed' },
  terms: { indicator: 'an indicator', target: 'a numeric target', timepoint: 'a time point', number: 'a number in the goal text' },
  and: 'and',
};
