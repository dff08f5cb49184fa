// Page sizes, gzip: the JavaScript the task pane loads in Excel (taskpane entry + the Excel
// adapter chunk), the browser page's first load (index.html's entry), and the chunks loaded
// lazily when a file is opened (ExcelJS, the xlsx host, the HTML report).
// The yardstick is Microsoft's React task-pane template: about 164 KB gzip for a pane that
// does nothing, half of it polyfills for browsers Office no longer uses.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const webpack = require('webpack');

const TEMPLATE_KB = 164;
const GOAL_KB = 160;
const EXCEL_MODE_CHUNKS = new Set(['taskpane', 'excel']);
const BROWSER_PAGE_ENTRY = 'page';

function gzipKb(file) {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length / 1024;
}

const config = require('../webpack.config.js')({}, { mode: 'production' });
webpack(config, (error, stats) => {
  if (error || stats.hasErrors()) {
    console.error(error || stats.toString('errors-only'));
    process.exit(1);
  }
  const out = config.output.path;
  const json = stats.toJson({ chunks: true, assets: false, modules: false, chunkGroups: true });
  let excelMode = 0;
  let pageFirst = 0;
  let lazy = 0;
  const rows = [];
  for (const chunk of json.chunks) {
    const files = chunk.files.filter((f) => f.endsWith('.js'));
    const kb = files.reduce((sum, f) => sum + gzipKb(path.join(out, f)), 0);
    const name = (chunk.names[0] || String(chunk.id));
    const kind = chunk.names.some((n) => EXCEL_MODE_CHUNKS.has(n)) ? 'excel mode' : chunk.names.includes(BROWSER_PAGE_ENTRY) ? 'page first' : 'lazy      ';
    if (kind === 'excel mode') excelMode += kb;
    else if (kind === 'page first') pageFirst += kb;
    else lazy += kb;
    rows.push(`  ${kind}  ${name.padEnd(14)} ${kb.toFixed(1).padStart(7)} KB gzip`);
  }
  console.log('bundle: page JavaScript (production build, gzip -9)');
  rows.forEach((row) => console.log(row));
  const verdict = excelMode < GOAL_KB ? 'under' : 'OVER';
  console.log(`  Excel mode, initial: ${excelMode.toFixed(1)} KB gzip, ${verdict} the ${GOAL_KB} KB goal (Microsoft's React template: ~${TEMPLATE_KB} KB, its published figure, not built here)`);
  console.log(`  browser page, first: ${pageFirst.toFixed(1)} KB gzip (index.html's entry)`);
  console.log(`  browser page, lazy : ${lazy.toFixed(1)} KB gzip (loaded only outside Excel; ExcelJS only for a download)`);
  // What choosing a file loads before the results show: the reader's chunk group (fflate and the scanner,
  // the reader). tests/e2e/browser-page.test.ts counts the scripts the page really requests.
  const readerGroup = json.namedChunkGroups.reader;
  const readerFiles = readerGroup ? readerGroup.assets.map((a) => (typeof a === 'string' ? a : a.name)).filter((f) => f.endsWith('.js')) : [];
  const readerKb = readerFiles.reduce((sum, f) => sum + gzipKb(path.join(out, f)), 0);
  console.log(`  after choosing a file, until the results: ${readerKb.toFixed(1)} KB gzip (${readerFiles.join(', ')}); goal < 60 KB (ExcelJS was 276 KB)`);
});
