// CLI speed: `rapportsjekk validate` on a 5,000-participant file against its peers reading the
// same file, all as fresh processes (so all pay their start-up), measured in alternation:
//   - openpyxl's read-only parse (a caseworker's Python script; the goal: the CLI is faster),
//   - ExcelJS's parse alone (the reader the CLI used before),
//   - fflate inflating every part plus one scan for `<c ` (the floor for JavaScript).
const fs = require('fs');
const os = require('os');
const path = require('path');
const { buildReportWorkbook } = require('../dist/dev/tools/report-workbook');
const { syntheticContent } = require('../dist/dev/tools/synthetic');
const { alternating, hasOpenpyxl } = require('./child');

async function main() {
  const participants = Number(process.env.BENCH_CLI_PARTICIPANTS || 5000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapportsjekk-bench-'));
  const file = path.join(dir, `rapport-${participants}.xlsx`);
  await buildReportWorkbook(syntheticContent(participants, 11)).xlsx.writeFile(file);
  const size = fs.statSync(file).size;
  const runs = Number(process.env.BENCH_RUNS || 7);
  const openpyxl = hasOpenpyxl();
  const commands = [
    [path.join(__dirname, '..', 'bin', 'rapportsjekk.js'), ['validate', file, '--format', 'json']],
    [path.join(__dirname, 'exceljs-parse.js'), [file]],
    [path.join(__dirname, 'inflate-floor.js'), [file]],
    ...(openpyxl ? [[path.join(__dirname, 'openpyxl-parse.py'), [file]]] : []),
  ];
  const [cli, exceljs, floor, python] = await alternating(commands, runs);
  if (cli.code !== 0 && cli.code !== 1) throw new Error(`CLI exited ${cli.code}: ${cli.stderr}`);
  for (const peer of [exceljs, floor, python]) if (peer !== undefined && peer.code !== 0) throw new Error(`a peer exited ${peer.code}: ${peer.stderr}`);
  const line = (name, r) => `  ${name.padEnd(34)} ${(r.ms / 1000).toFixed(2)} s  (${(r.ms / cli.ms).toFixed(2)} of the CLI), peak RSS ${r.peakRssMb.toFixed(0)} MB`;
  console.log(`cli: ${participants} participants, ${(size / 1024).toFixed(0)} KB xlsx (whole processes, median of ${runs} alternating runs each)`);
  console.log(`  rapportsjekk validate --format json ${(cli.ms / 1000).toFixed(2)} s, peak RSS ${cli.peakRssMb.toFixed(0)} MB (goal ≤ 90 MB)`);
  if (python !== undefined) console.log(line('openpyxl read-only parse (Python)', python));
  else console.log('  openpyxl: skipped (python3 -c "import openpyxl" fails; apt-get install python3-openpyxl)');
  console.log(line('ExcelJS parse alone', exceljs));
  console.log(line('fflate inflate + scan (the floor)', floor));
  if (python !== undefined) console.log(`  → CLI / openpyxl = ${(cli.ms / python.ms).toFixed(2)} (goal ≤ 1.0)`);
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
