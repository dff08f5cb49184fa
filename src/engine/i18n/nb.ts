import { RuleCatalogue, UiText } from './catalogue';

/** Norsk bokmål. Placeholders: `{name}`; `{name:percent}` formats a fraction as percent. */
export const nb: RuleCatalogue = {
  'sheet-missing': {
    description: 'Et påkrevd ark (Programinfo, Mål, Deltakere, Mentorer) mangler.',
    fix: 'Legg til arket med nøyaktig dette navnet. Det enkleste er å hente arket fra den tomme malen.',
    messages: { default: 'Arket «{sheet}» mangler.' },
    summary: 'Påkrevde ark som mangler: {count}',
  },
  'column-missing': {
    description: 'En påkrevd (eller betinget påkrevd) kolonne mangler.',
    fix: 'Legg kolonnen tilbake med overskriften fra malen. Rekkefølgen på kolonnene spiller ingen rolle.',
    messages: { default: 'Kolonnen «{column}» mangler i arket {sheet}.' },
    summary: 'Påkrevde kolonner som mangler: {count}',
  },
  'column-unknown': {
    description: 'En kolonneoverskrift som ikke finnes i malen.',
    fix: 'Sjekk at overskriften er stavet som i malen. Er kolonnen bare egne notater, kan den stå.',
    messages: {
      default: 'Kolonnen «{header}» finnes ikke i malen og blir ikke lest.',
      duplicate: 'Kolonnen «{header}» står to ganger; bare den første blir lest.',
    },
    summary: 'Kolonner som ikke er i malen: {count}',
  },
  'template-version-missing': {
    description: 'Malversjonen mangler i Veiledning!B2.',
    fix: 'Skriv malversjonen (for eksempel 2026.1) i celle B2 i arket Veiledning, eller bruk den nyeste malen.',
    messages: {
      default: 'Malversjon mangler i Veiledning!B2; rapporten er kontrollert mot versjon {version}.',
      noSheet: 'Arket Veiledning mangler, så malversjonen er ukjent; rapporten er kontrollert mot versjon {version}.',
    },
    summary: 'Malversjonen er ukjent',
  },
  'value-required': {
    description: 'En påkrevd celle er tom.',
    fix: 'Fyll ut cellen. Vet dere ikke svaret, velg «Ukjent» der listen har det.',
    messages: {
      default: '«{column}» er påkrevd, men cellen er tom.',
      label: 'Raden «{column}» mangler i arket Programinfo.',
    },
    summary: 'Rader med tomme påkrevde celler: {count}',
  },
  'value-type': {
    description: 'Et tall, et heltall eller en dato der noe annet står.',
    fix: 'Skriv bare et tall (for eksempel 12 eller 1 234,5) eller en dato (31.12.2025) i cellen, uten ord eller enheter.',
    messages: {
      default: '«{value}» i «{column}» er ikke et gyldig tall.',
      integer: '«{value}» i «{column}» er ikke et helt tall.',
      number: '«{value}» i «{column}» er ikke et tall.',
      date: '«{value}» i «{column}» er ikke en dato (skriv f.eks. 31.12.2025).',
    },
    summary: 'Rader med verdier av feil type: {count}',
  },
  'value-code': {
    description: 'En verdi som ikke er en av kolonnens koder.',
    fix: 'Velg en verdi fra nedtrekkslisten i cellen.',
    messages: { default: '«{value}» er ikke en gyldig verdi for «{column}». Gyldige verdier: {codes}.' },
    summary: 'Rader med ugyldige koder: {count}',
  },
  'value-range': {
    description: 'En verdi utenfor det tillatte området.',
    fix: 'Rett verdien slik at den er innenfor det tillatte området. Hjelpeteksten i malen viser hva som er tillatt.',
    messages: {
      default: '{value} i «{column}» er utenfor tillatt område {min}–{max}.',
      atLeast: '{value} i «{column}» er mindre enn {min}.',
      above: '{value} i «{column}» må være større enn {min}.',
      atMost: '{value} i «{column}» er større enn {max}.',
      age: 'Botid {value} år er lengre enn deltakerens alder ({max} år).',
    },
    summary: 'Rader med verdier utenfor tillatt område: {count}',
  },
  'formula-error': {
    description: 'Cellen inneholder en Excel-feilverdi (#REF!, #DIV/0!, #N/A …).',
    fix: 'Rett formelen som gir feilen, eller skriv inn verdien direkte.',
    messages: { default: '«{column}» inneholder feilverdien {error}.' },
    summary: 'Rader med feilverdier: {count}',
  },
  'orgnr-invalid': {
    description: 'Organisasjonsnummeret har ikke ni siffer eller feil kontrollsiffer (MOD11).',
    fix: 'Skriv organisasjonsnummeret slik det står i Enhetsregisteret: ni siffer. Mellomrom er greit.',
    messages: {
      default: 'Organisasjonsnummeret «{value}» har feil kontrollsiffer.',
      digits: 'Organisasjonsnummeret «{value}» er ikke ni siffer.',
    },
    summary: 'Organisasjonsnummeret er ugyldig',
  },
  'email-invalid': {
    description: 'E-post er ikke en e-postadresse.',
    fix: 'Skriv en hel e-postadresse, for eksempel navn@eksempel.no.',
    messages: { default: '«{value}» er ikke en e-postadresse.' },
    summary: 'E-postadressen er ugyldig',
  },
  'id-duplicate': {
    description: 'En DeltakerID, MentorID eller MålID står mer enn én gang.',
    fix: 'Gi hver rad sin egen ID. Gjelder radene samme person eller mål, slå dem sammen til én rad.',
    messages: { default: '«{id}» i «{column}» står allerede i {first}.' },
    summary: 'Gjentatte ID-er: {count}',
  },
  'personal-id-in-sheet': {
    description: 'En celle inneholder et fødselsnummer eller D-nummer.',
    fix: 'Slett nummeret og bruk programmets egen DeltakerID. Rapporten skal ikke inneholde fødselsnumre eller D-numre.',
    messages: { default: 'Cellen ser ut til å inneholde et fødselsnummer eller D-nummer ({masked}). Fjern det.' },
    summary: 'Rader med fødselsnummer eller D-nummer: {count}',
  },
  'participants-missing': {
    description: 'Arket Deltakere har ingen datarader.',
    fix: 'Fyll inn én rad per deltaker under overskriftsraden i arket Deltakere.',
    messages: { default: 'Arket Deltakere har ingen deltakere.' },
    summary: 'Ingen deltakere er registrert',
  },
  'goals-missing': {
    description: 'Arket Mål har ingen datarader.',
    fix: 'Skriv inn programmets mål i arket Mål, ett per rad, med indikator, målverdi og måletidspunkt.',
    messages: { default: 'Arket Mål har ingen mål.' },
    summary: 'Ingen mål er registrert',
  },
  'date-order': {
    description: 'En sluttdato er før startdatoen.',
    fix: 'Sluttdatoen kan ikke være før startdatoen. Rett den av de to som er feil.',
    messages: { default: '«{laterColumn}» {later} er før «{earlierColumn}» {earlier}.' },
    summary: 'Sluttdatoer før startdatoen: {count}',
  },
  'date-outside-period': {
    description: 'En deltaker startet etter programslutt eller mer enn ett år før programstart.',
    fix: 'Sjekk deltakerens startdato og programperioden i Programinfo, og rett den som er feil.',
    messages: {
      default: 'Startdato {start} er etter programslutt {programEnd}.',
      beforeStart: 'Startdato {start} er mer enn ett år før programstart {programStart}.',
    },
    summary: '{count} av {scope} deltakere startet utenfor programperioden',
  },
  'end-date-missing': {
    description: 'Deltakeren har sluttet (Fullført Ja/Nei), men Sluttdato er tom.',
    fix: 'Skriv datoen deltakeren sluttet i Sluttdato.',
    messages: { default: 'Fullført er «{completed}», men Sluttdato er tom.' },
    summary: '{count} av {scope} som har sluttet, mangler Sluttdato',
  },
  'status-at-end-missing': {
    description: 'Deltakeren har sluttet (Fullført Ja/Nei), men Status ved programslutt er tom.',
    fix: 'Velg deltakerens status da hen sluttet. Vet dere ikke, velg «Ukjent».',
    messages: { default: 'Fullført er «{completed}», men Status ved programslutt er tom.' },
    summary: '{count} av {scope} som har sluttet, mangler «Status ved programslutt»',
  },
  'job-relevance-missing': {
    description: 'Deltakeren er i arbeid, men Relevant jobb er tom eller «Ukjent».',
    fix: 'Spør deltakeren om jobben passer med utdanning, erfaring og jobbmål, og velg Ja, Delvis eller Nei.',
    messages: {
      default: 'Deltakeren er i arbeid ({status}), men «{column}» er tom.',
      unknown: 'Deltakeren er i arbeid ({status}), men «{column}» er «Ukjent».',
    },
    summary: '{count} av {scope} deltakere i arbeid ved programslutt eller oppfølging mangler «Relevant jobb»',
  },
  'job-relevance-unexpected': {
    description: 'Relevant jobb er fylt ut for en deltaker som ikke er i arbeid.',
    fix: 'Sjekk statusen ved programslutt. Er deltakeren ikke i arbeid (praksis eller tiltak uten lønn regnes ikke som arbeid), la Relevant jobb stå tom.',
    messages: {
      default: '«{column}» er fylt ut, men deltakeren er ikke i arbeid ({status}).',
      noStatus: '«{column}» er fylt ut, men «{statusColumn}» er tom.',
    },
    summary: 'Deltakere med «Relevant jobb» uten å være i arbeid: {count}',
  },
  'employment-share-missing': {
    description: 'Deltakeren er i arbeid ved programslutt, men Stillingsprosent er tom.',
    fix: 'Skriv stillingsprosenten som et tall fra 1 til 100.',
    messages: { default: 'Deltakeren er i arbeid ({status}), men Stillingsprosent er tom.' },
    summary: '{count} av {scope} deltakere i arbeid ved programslutt mangler Stillingsprosent',
  },
  'attribution-missing': {
    description: 'Deltakeren er i arbeid ved programslutt, men «Jobb som følge av programmet» er tom.',
    fix: 'Velg om jobben kom som følge av programmet: Ja, Nei eller Usikker.',
    messages: { default: 'Deltakeren er i arbeid ({status}), men «Jobb som følge av programmet» er tom.' },
    summary: '{count} av {scope} deltakere i arbeid ved programslutt mangler «Jobb som følge av programmet»',
  },
  'followup-missing': {
    description: 'Oppfølgingstidspunktet er passert, men Status 6 mnd etter er tom.',
    fix: 'Følg opp deltakeren og velg status seks måneder etter. Fikk dere ikke kontakt, velg «Ikke fulgt opp».',
    messages: { default: 'Oppfølging forfalt {dueDate} (Sluttdato {endDate} + {months} mnd), men «Status 6 mnd etter» er tom.' },
    summary: '{count} av {scope} deltakere med forfalt oppfølging mangler status',
  },
  'mentor-unknown': {
    description: 'MentorID finnes ikke i arket Mentorer.',
    fix: 'Rett MentorID så den stemmer med arket Mentorer, eller legg mentoren til der.',
    messages: { default: 'MentorID «{mentorId}» finnes ikke i arket Mentorer.' },
    summary: 'Deltakere med en MentorID som ikke finnes: {count}',
  },
  'mentor-missing': {
    description: 'Et mentorprogram, men deltakeren har ingen MentorID.',
    fix: 'Skriv ID-en til deltakerens mentor, slik den står i arket Mentorer.',
    messages: { default: 'Programtypen er «{programType}», men MentorID er tom.' },
    summary: '{count} av {scope} deltakere mangler MentorID',
  },
  'meetings-missing': {
    description: 'MentorID er fylt ut, men Antall mentormøter er tom.',
    fix: 'Skriv hvor mange ganger paret har møttes. Har de ikke møttes, skriv 0.',
    messages: { default: 'Deltakeren har mentor «{mentorId}», men Antall mentormøter er tom.' },
    summary: '{count} av {scope} mentorpar mangler antall møter',
  },
  'mentor-mentee-count-mismatch': {
    description: 'Antall mentees for en mentor stemmer ikke med antall deltakere som har mentoren.',
    fix: 'Rett Antall mentees hos mentoren, eller rett MentorID hos deltakerne.',
    messages: { default: 'Mentor «{mentorId}» har Antall mentees {stated}, men antall deltakere med denne mentoren er {actual}.' },
    summary: '{count} av {scope} mentorer har feil antall mentees',
  },
  'target-group-mismatch': {
    description: 'Deltakeren har ingen innvandrerbakgrunn.',
    fix: 'Sjekk kategorien. Er den riktig, skriv en kort forklaring på hvorfor deltakeren er med i programmet.',
    messages: { default: 'Innvandrerkategori er «Ingen innvandrerbakgrunn»; ordningen er for personer med innvandrerbakgrunn.' },
    summary: '{count} av {scope} deltakere er utenfor målgruppen',
  },
  'meeting-expectation-missing': {
    description: 'Et mentorprogram uten forventet antall mentormøter per par.',
    fix: 'Skriv i Programinfo hvor mange møter dere forventer at hvert mentorpar har.',
    messages: { default: 'Programtypen er «{programType}», men «Forventet antall mentormøter per par» er tom.' },
    summary: 'Forventet antall mentormøter mangler',
  },
  'goal-unclear': {
    description: 'Et mål mangler indikator, tallfestet målverdi eller måletidspunkt (eller er «Annet» uten tall i målteksten).',
    fix: 'Velg indikator, skriv målverdien som tall og angi når målet skal måles.',
    messages: { default: 'Målet «{goalId}» er uklart: mangler {missing}.' },
    summary: '{count} av {scope} mål er uklare',
  },
  'goal-target-implausible': {
    description: 'En målverdi for en andel er utenfor 0–100 %, eller en antallsverdi er negativ.',
    fix: 'Skriv andeler som 60 % eller 0,6, antall som hele tall fra 0 og snitt mellom 1 og 5.',
    messages: {
      default: 'Målverdien {value} for en andel er utenfor 0–100 %.',
      negative: 'Målverdien {value} kan ikke være negativ.',
      mean: 'Målverdien {value} for et snitt på skalaen 1–5 er utenfor 1–5.',
    },
    summary: 'Urimelige målverdier: {count}',
  },
  'goal-achieved-missing': {
    description: 'Et «Annet»-mål uten Oppnådd.',
    fix: 'Skriv resultatet dere har oppnådd for målet i Oppnådd.',
    messages: { default: 'Målet «{goalId}» har indikator «Annet», men Oppnådd er tom.' },
    summary: '«Annet»-mål uten Oppnådd: {count}',
  },
  'goal-reported-mismatch': {
    description: 'Oppnådd avviker fra verdien beregnet fra deltakerdata.',
    fix: 'Sjekk både deltakerdataene og tallet i Oppnådd. IMDi bruker verdien som er beregnet fra arket Deltakere.',
    messages: {
      default: 'Oppnådd er {reported}, men beregnet verdi er {computed}.',
      share: 'Oppnådd er {reported:percent}, men beregnet verdi er {computed:percent} ({numerator} av {denominator}).',
    },
    summary: 'Mål der Oppnådd avviker fra beregnet verdi: {count}',
  },
};

export const nbUi: UiText = {
  severity: { error: 'feil', warning: 'advarsel', info: 'info' },
  severityPlural: { error: 'feil', warning: 'advarsler', info: 'info' },
  goalStatus: { reached: 'nådd', 'not-reached': 'ikke nådd', 'not-assessable': 'kan ikke vurderes' },
  terms: { indicator: 'indikator', target: 'tallfestet målverdi', timepoint: 'måletidspunkt', number: 'et tall i målteksten' },
  and: 'og',
};
