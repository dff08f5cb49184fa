/** Everything the command line says, in bokmål and English. */
import type { Lang } from '../engine';

export interface CliText {
  readonly programDescription: string;
  readonly helpOption: string;
  readonly helpCommand: string;
  readonly helpCommandUsage: string;
  readonly versionOption: string;
  readonly helpAfterError: string;
  readonly titles: Readonly<Record<string, string>>;
  readonly optionWords: { readonly choices: string; readonly default: string };
  readonly programUsage: string;
  readonly validateUsage: string;
  readonly commandUsage: string;
  readonly examples: string;
  // validate
  readonly validateDescription: string;
  readonly filesArgument: string;
  readonly formatOption: string;
  readonly langOption: string;
  readonly outOption: string;
  readonly validateHelpAfter: string;
  // template
  readonly templateDescription: string;
  readonly templateOutOption: string;
  readonly forceOption: string;
  templateWritten(file: string, version: string): string;
  templateExists(file: string): string;
  // rules
  readonly rulesDescription: string;
  readonly rulesFormatOption: string;
  // failures (after "rapportsjekk: <file>: ")
  unexpected(detail: string): string;
  readonly invalidNow: string;
  outIsInput(out: string): string;
  outIsWorkbook(out: string): string;
  cannotWrite(detail: string): string;
}

export const CLI_TEXT: Readonly<Record<Lang, CliText>> = {
  nb: {
    programDescription:
      'Kontrollerer årsrapporter fra mentor- og traineeprogrammer med tilskudd fra IMDi mot IMDis indikatormal. Alt skjer lokalt; ingen data forlater maskinen.',
    helpOption: 'vis hjelp',
    helpCommand: 'vis hjelp for en kommando',
    helpCommandUsage: 'help [kommando]',
    versionOption: 'vis versjonsnummeret',
    helpAfterError: '(skriv «rapportsjekk --help» for hjelp)',
    optionWords: { choices: 'mulige verdier', default: 'standard' },
    programUsage: '[valg] <kommando>',
    validateUsage: '[valg] <filer...>',
    commandUsage: '[valg]',
    titles: { 'Usage:': 'Bruk:', 'Options:': 'Valg:', 'Commands:': 'Kommandoer:', 'Arguments:': 'Argumenter:', 'Global Options:': 'Globale valg:' },
    examples: `
Eksempler:
  rapportsjekk validate rapport.xlsx                  kontroller én rapport
  rapportsjekk validate *.xlsx --format json          maskinlesbart resultat for flere filer
  rapportsjekk validate rapport.xlsx --format html --out rapport.html
  rapportsjekk template                               lag en tom mal (rapportmal.xlsx)
  rapportsjekk rules                                  list alle kontrollene

Regeldokumentasjon: docs/rules/README.md`,
    validateDescription: 'kontroller én eller flere rapporter (xlsx) mot malen',
    filesArgument: 'rapportfiler (.xlsx)',
    formatOption: 'utdataformat',
    langOption: 'språk for meldingene (nb = bokmål, en = engelsk)',
    outOption: 'skriv resultatet til en fil i stedet for til skjermen (overskriver aldri en rapport som kontrolleres)',
    validateHelpAfter: `
Avslutningskode:
  0  ingen feil (advarsler og merknader stopper ikke rapporten)
  1  minst én rapport har feil
  2  minst én fil kunne ikke leses, eller kommandoen var feil skrevet

Eksempler:
  rapportsjekk validate rapport.xlsx
  rapportsjekk validate a.xlsx b.xlsx --format json --out resultat.json
  rapportsjekk validate rapport.xlsx --format html --lang en --out report.html`,
    templateDescription: 'lag en tom rapportmal (xlsx) med alle ark, kolonner og nedtrekkslister',
    templateOutOption: 'filnavn for malen',
    forceOption: 'overskriv filen om den finnes',
    templateWritten: (file, version) => `Malen (versjon ${version}) er lagret i ${file}.`,
    templateExists: (file) => `${file} finnes allerede; velg et annet filnavn med --out, eller bruk --force for å overskrive`,
    rulesDescription: 'list alle kontrollene med ID, alvorlighet og beskrivelse',
    rulesFormatOption: 'utdataformat',
    unexpected: (detail) => `uventet feil under kontrollen (${detail})`,
    invalidNow: '--now må være en dato på formen ÅÅÅÅ-MM-DD',
    outIsInput: (out) => `${out} er en av filene som kontrolleres og blir ikke overskrevet; velg et annet filnavn med --out`,
    outIsWorkbook: (out) => `${out} er et regneark og blir ikke overskrevet med en rapport; velg et filnavn som slutter på .txt, .json eller .html`,
    cannotWrite: (detail) => `kunne ikke skrive filen (${detail})`,
  },
  en: {
    programDescription:
      'Checks the annual reports of IMDi-funded mentor and trainee programmes against the IMDi indicator template. Everything runs locally; no data leaves the machine.',
    helpOption: 'display help',
    helpCommand: 'display help for a command',
    helpCommandUsage: 'help [command]',
    versionOption: 'display the version number',
    helpAfterError: '(run "rapportsjekk --help" for help)',
    optionWords: { choices: 'choices', default: 'default' },
    programUsage: '[options] <command>',
    validateUsage: '[options] <files...>',
    commandUsage: '[options]',
    titles: {},
    examples: `
Examples:
  rapportsjekk validate report.xlsx                   check one report
  rapportsjekk validate *.xlsx --format json          machine-readable result for several files
  rapportsjekk validate report.xlsx --format html --out report.html
  rapportsjekk template                               write an empty template (rapportmal.xlsx)
  rapportsjekk rules                                  list every check

Rule documentation: docs/rules/README.md`,
    validateDescription: 'check one or more reports (xlsx) against the template',
    filesArgument: 'report files (.xlsx)',
    formatOption: 'output format',
    langOption: 'language of the messages (nb = Norwegian bokmål, en = English)',
    outOption: 'write the result to a file instead of the screen (never overwrites a report being checked)',
    validateHelpAfter: `
Exit status:
  0  no errors (warnings and notes do not stop a report)
  1  at least one report has errors
  2  at least one file could not be read, or the command was mistyped

Examples:
  rapportsjekk validate report.xlsx
  rapportsjekk validate a.xlsx b.xlsx --format json --out result.json
  rapportsjekk validate report.xlsx --format html --lang nb --out rapport.html`,
    templateDescription: 'write an empty report template (xlsx) with every sheet, column and drop-down list',
    templateOutOption: 'file name for the template',
    forceOption: 'overwrite the file if it exists',
    templateWritten: (file, version) => `The template (version ${version}) was saved to ${file}.`,
    templateExists: (file) => `${file} already exists; choose another name with --out, or use --force to overwrite it`,
    rulesDescription: 'list every check with its ID, severity and description',
    rulesFormatOption: 'output format',
    unexpected: (detail) => `unexpected error while checking (${detail})`,
    invalidNow: '--now must be a date written YYYY-MM-DD',
    outIsInput: (out) => `${out} is one of the files being checked and will not be overwritten; choose another name with --out`,
    outIsWorkbook: (out) => `${out} is a spreadsheet and will not be overwritten with a report; choose a name ending in .txt, .json or .html`,
    cannotWrite: (detail) => `could not write the file (${detail})`,
  },
};
