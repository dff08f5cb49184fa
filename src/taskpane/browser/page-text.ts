/** Words of the browser page's own controls (the pane's words are in ../i18n.ts). */
import type { Lang } from '../../engine';
import type { CopyLoss } from '../../hosts/xlsx/copy-losses';

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
  /** Why, when ExcelJS cannot load a workbook our reader read (parts written by other programs). */
  readonly copyUnsupported: string;
  /** After a marked copy that lacks some of the original's content: what, and that the original stands. */
  readonly copyLacks: string;
  readonly lossNames: Readonly<Record<CopyLoss, string>>;
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
    copyUnsupported:
      'arbeidsboken har innhold som ikke kan skrives inn i en kopi (ofte diagrammer, tabeller eller merknader lagret av et annet program enn Excel). Lagre filen på nytt i Excel og prøv igjen, eller last ned rapporten (HTML)',
    copyLacks: 'Kopien mangler {what} fra originalen; originalfilen er uendret.',
    lossNames: { charts: 'diagrammer', 'pivot-tables': 'pivottabeller', slicers: 'slicere', macros: 'makroer', images: 'bilder', tables: 'tabeller' },
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
    copyUnsupported:
      'the workbook has content that cannot be written into a copy (often charts, tables or notes saved by a program other than Excel). Save the file again in Excel and try again, or download the report (HTML)',
    copyLacks: "The copy lacks the original's {what}; the original file is unchanged.",
    lossNames: { charts: 'charts', 'pivot-tables': 'pivot tables', slicers: 'slicers', macros: 'macros', images: 'images', tables: 'tables' },
  },
};
