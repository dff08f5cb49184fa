/**
 * Marks a workbook as our own output, so a rerun does not take it for a submission. Its own
 * module so that recognising a portfolio does not load ExcelJS, which writes it.
 */
export const PORTFOLIO_KEYWORD = 'rapportsjekk-portfolio';
