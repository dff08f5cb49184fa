/**
 * The heavy parts of the browser page, loaded only when someone opens a file. ExcelJS is about
 * 250 KB gzipped; the Excel add-in never needs it, so it must stay out of the first bundle.
 * The one chunk name puts the reader, the annotator, the template writer and ExcelJS together.
 */
export const loadReader = () => import(/* webpackChunkName: "xlsx" */ '../../hosts/xlsx/read');
export const loadAnnotator = () => import(/* webpackChunkName: "xlsx" */ '../../hosts/xlsx/annotate');
export const loadTemplateWriter = () => import(/* webpackChunkName: "xlsx" */ '../../hosts/xlsx/template-writer');
export const loadExplanationSheet = () => import(/* webpackChunkName: "xlsx" */ './explanation-sheet');
export const loadHtmlReport = () => import(/* webpackChunkName: "html-report" */ '../../report/html');
/** The fixed copy patches the file's XML with JSZip: no ExcelJS in this chunk. */
export const loadFixedCopy = () => import(/* webpackChunkName: "fixed-copy" */ '../../hosts/xlsx/fixed-copy');
