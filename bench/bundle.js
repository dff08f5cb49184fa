// Task pane size: the JavaScript Excel mode loads (entry + the Excel adapter chunk) and the
// chunks only the browser page loads lazily (ExcelJS, the xlsx host, the HTML report), gzip.
// The yardstick is Microsoft's React task-pane template: about 164 KB gzip for a pane that
// does nothing, half of it polyfills for browsers Office no longer uses.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const webpack = require('webpack');

const TEMPLATE_KB = 164;
const GOAL_KB = 160;
const EXCEL_MODE_CHUNKS = new Set(['excel']);

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
  let lazy = 0;
  const rows = [];
  for (const chunk of json.chunks) {
    const files = chunk.files.filter((f) => f.endsWith('.js'));
    const kb = files.reduce((sum, f) => sum + gzipKb(path.join(out, f)), 0);
    const name = (chunk.names[0] || String(chunk.id));
    const inExcelMode = chunk.initial || chunk.names.some((n) => EXCEL_MODE_CHUNKS.has(n));
    if (inExcelMode) excelMode += kb;
    else lazy += kb;
    rows.push(`  ${inExcelMode ? 'excel mode' : 'lazy      '}  ${name.padEnd(14)} ${kb.toFixed(1).padStart(7)} KB gzip`);
  }
  console.log('bundle: task pane JavaScript (production build, gzip -9)');
  rows.forEach((row) => console.log(row));
  const verdict = excelMode < GOAL_KB ? 'under' : 'OVER';
  console.log(`  Excel mode, initial: ${excelMode.toFixed(1)} KB gzip, ${verdict} the ${GOAL_KB} KB goal (Microsoft's React template: ~${TEMPLATE_KB} KB, its published figure, not built here)`);
  console.log(`  browser page, lazy : ${lazy.toFixed(1)} KB gzip (loaded only outside Excel; ExcelJS only for a download)`);
  // What choosing a file loads before the results show: the reader's chunk group (fflate, saxes,
  // the reader). tests/e2e/browser-page.test.ts counts the scripts the page really requests.
  const readerGroup = json.namedChunkGroups.reader;
  const readerFiles = readerGroup ? readerGroup.assets.map((a) => (typeof a === 'string' ? a : a.name)).filter((f) => f.endsWith('.js')) : [];
  const readerKb = readerFiles.reduce((sum, f) => sum + gzipKb(path.join(out, f)), 0);
  console.log(`  after choosing a file, until the results: ${readerKb.toFixed(1)} KB gzip (${readerFiles.join(', ')}); goal < 60 KB (ExcelJS was 276 KB)`);
});
