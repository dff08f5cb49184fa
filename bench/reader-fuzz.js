// The reader's differential test at full size: 10,000 random workbooks written by ExcelJS, read
// by our reader and by the ExcelJS reader (tests/support/exceljs-reader.ts), which must agree
// except where ExcelJS is wrong (tests/hosts/xlsx/exceljs-wrong.test.ts). The tests run 200.
//   READER_FUZZ_RUNS=2000 READER_FUZZ_SEED=3 node bench/reader-fuzz.js
const { spawnSync } = require('child_process');
const path = require('path');

const runs = process.env.READER_FUZZ_RUNS || '10000';
const started = Date.now();
const result = spawnSync(
  process.execPath,
  [require.resolve('jest/bin/jest'), 'tests/hosts/xlsx/reader-differential.test.ts', '-t', 'random workbooks', '--silent'],
  { cwd: path.join(__dirname, '..'), env: { ...process.env, READER_FUZZ_RUNS: runs }, encoding: 'utf8' },
);
const seconds = ((Date.now() - started) / 1000).toFixed(0);
const passed = result.status === 0;
console.log(`reader-fuzz: ${runs} random workbooks, our reader vs ExcelJS: ${passed ? 'no difference but the known ExcelJS errors' : 'DIFFERENCES'} (${seconds} s)`);
if (!passed) console.log(`${result.stdout}\n${result.stderr}`.split('\n').filter((l) => !/^\s+at /.test(l)).slice(0, 60).join('\n'));
process.exit(passed ? 0 : 1);
