/**
 * The parts of the browser page loaded only when needed. Opening a file loads the reader alone
 * (fflate and the reader's own XML scanner, the same code the command line reads with). ExcelJS, about 250 KB gzipped,
 * is loaded only when a download is asked for: one chunk name puts the annotator, the template
 * writer and ExcelJS together. The Excel add-in needs none of these.
 */
export const loadReader = () => import(/* webpackChunkName: "reader" */ '../../hosts/xlsx/read');
export const loadAnnotator = () => import(/* webpackChunkName: "xlsx" */ '../../hosts/xlsx/annotate');
export const loadTemplateWriter = () => import(/* webpackChunkName: "xlsx" */ '../../hosts/xlsx/template-writer');
export const loadHtmlReport = () => import(/* webpackChunkName: "html-report" */ '../../report/html');
/** The fixed copy patches the file's XML with JSZip: no ExcelJS in this chunk. */
export const loadFixedCopy = () => import(/* webpackChunkName: "fixed-copy" */ '../../hosts/xlsx/fixed-copy');
