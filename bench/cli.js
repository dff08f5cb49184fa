// CLI speed: `rapportsjekk validate` on a 5,000-participant file against ExcelJS parsing the
// same file alone (both as fresh Node processes, so both pay the same start-up).
const fs = require('fs');
const os = require('os');
const path = require('path');
const { buildReportWorkbook } = require('../dist/hosts/xlsx/template-writer');
const { syntheticContent } = require('../dist/dev/tools/synthetic');
const { medianChild } = require('./child');
const { ratio } = require('./measure');

async function main() {
  const participants = Number(process.env.BENCH_CLI_PARTICIPANTS || 5000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapportsjekk-bench-'));
  const file = path.join(dir, `rapport-${participants}.xlsx`);
  await buildReportWorkbook(syntheticContent(participants, 11)).xlsx.writeFile(file);
  const size = fs.statSync(file).size;
  const runs = Number(process.env.BENCH_RUNS || 3);
  const baseline = await medianChild(path.join(__dirname, 'exceljs-parse.js'), [file], runs);
  const cli = await medianChild(path.join(__dirname, '..', 'bin', 'rapportsjekk.js'), ['validate', file, '--format', 'json'], runs);
  if (cli.code !== 0 && cli.code !== 1) throw new Error(`CLI exited ${cli.code}: ${cli.stderr}`);
  console.log(`cli: ${participants} participants, ${(size / 1024).toFixed(0)} KB xlsx (median of ${runs} runs each)`);
  console.log(`  ExcelJS parse alone : ${(baseline.ms / 1000).toFixed(2)} s, peak RSS ${baseline.peakRssMb.toFixed(0)} MB`);
  console.log(`  rapportsjekk validate: ${(cli.ms / 1000).toFixed(2)} s, peak RSS ${cli.peakRssMb.toFixed(0)} MB`);
  console.log(`  → ${ratio(cli.ms, baseline.ms)} ExcelJS alone (goal ≤ 1.3×)`);
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
