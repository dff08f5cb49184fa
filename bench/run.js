// `npm run bench`: every benchmark, each reported as a ratio against a baseline measured in the
// same run. Figures go into docs/performance.md by hand, with the machine they came from.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const only = process.argv.slice(2);
const benches = [
  ['engine', 'engine.js'],
  ['cli', 'cli.js'],
  ['batch', 'batch.js'],
  ['caseworker', 'caseworker.js'],
  ['fuzz', 'fuzz.js'],
  ['reader-fuzz', 'reader-fuzz.js'],
  ['bundle', 'bundle.js'],
  ['live-check', 'live-check.js'],
];

console.log(`rapportsjekk bench — ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n`);
let failed = false;
for (const [name, file] of benches) {
  if (only.length > 0 && !only.includes(name)) continue;
  const script = path.join(__dirname, file);
  if (!fs.existsSync(script)) {
    console.log(`${name}: (no bench script)\n`);
    continue;
  }
  const result = spawnSync(process.execPath, ['--expose-gc', script], { stdio: 'inherit' });
  if (result.status !== 0) failed = true;
  console.log('');
}
process.exit(failed ? 1 : 0);
