/** Words of the browser page's own controls (the pane's words are in ../i18n.ts). */
import type { Lang } from '../../engine';

export interface PageText {
  readonly whatIsChecked: string;
  readonly recheck: string;
  readonly pickAgain: string;
  readonly csvNextStep: string;
  readonly explanationsTravel: string;
  readonly pickerDescription: string;
  /** A download that could not be made from a file that was checked: the result still stands. */
  readonly copyRefused: string;
  /** Why, when the workbook is too large to write (a merge or range down to millions of rows). */
  readonly copyTooLarge: string;
}

export const PAGE_TEXT: Readonly<Record<Lang, PageText>> = {
  nb: {
    whatIsChecked:
      'Rapportsjekk ser om årsrapporten følger IMDis indikatormal: at ark og kolonner finnes, at koder, datoer, tall og organisasjonsnummer er gyldige, at målene kan beregnes og stemmer med deltakerlisten, og at ingen fødselsnumre står i filen.',
    recheck: 'Kontroller på nytt',
    pickAgain: 'Nettleseren din kan ikke lese filen fra disken på nytt. Velg filen på nytt etter at du har lagret den.',
    csvNextStep: 'Åpne CSV-filen i Excel og lagre den som Excel-arbeidsbok (.xlsx) (Fil → Lagre som), og åpne .xlsx-filen her.',
    explanationsTravel: 'Forklaringene dine følger med i den nedlastede arbeidsboken – send den til IMDi.',
    pickerDescription: 'Excel-arbeidsbok',
    copyRefused: 'Nedlastingen kunne ikke lages: {reason}. Resultatet over gjelder fortsatt.',
    copyTooLarge: 'arbeidsboken er for stor til å skrive på nytt (for eksempel sammenslåtte celler eller områder over millioner av rader)',
  },
  en: {
    whatIsChecked:
      "Rapportsjekk checks that the annual report follows IMDi's indicator template: that sheets and columns are there, that codes, dates, numbers and organisation numbers are valid, that the goals can be computed and agree with the participant list, and that no national ID numbers are in the file.",
    recheck: 'Check again',
    pickAgain: 'Your browser cannot read the file from disk again. Choose the file again after saving it.',
    csvNextStep: 'Open the CSV file in Excel and save it as an Excel Workbook (.xlsx) (File → Save As), then open the .xlsx file here.',
    explanationsTravel: 'Your explanations are in the downloaded workbook – send it to IMDi.',
    pickerDescription: 'Excel workbook',
    copyRefused: 'The download could not be made: {reason}. The result above still stands.',
    copyTooLarge: 'the workbook is too large to write again (for example merged cells or ranges over millions of rows)',
  },
};
