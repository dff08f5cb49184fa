// «Kontroller mens jeg skriver» on the strict fake Excel: syncs and time from one edit to the
// updated findings, for 500 and 5,000 participants, against the engine alone in the same run.
// Needs `npm run build:tools` (npm run bench does it).   node bench/live-check.js
const { measureLiveCheck } = require('../dist/dev/tools/live-check-bench');

(async () => {
  console.log('live re-check (fake Excel): edit → updated findings, median of 5; the pane adds a 600 ms debounce');
  for (const rows of [500, 5000]) {
    const f = await measureLiveCheck(rows);
    if (f.after >= f.before) throw new Error(`the edit did not remove a finding (${f.before} → ${f.after})`);
    const ratio = (f.editToFindingsMs / f.engineMs).toFixed(1);
    console.log(`  ${String(rows).padStart(5)} rows: ${f.syncs} syncs per edit, ${f.editToFindingsMs.toFixed(0)} ms edit → findings, engine alone ${f.engineMs.toFixed(0)} ms (×${ratio}); findings ${f.before} → ${f.after}`);
  }
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
