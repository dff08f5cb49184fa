// Times a child Node process and reads its peak memory (via with-rss.js).
const { spawn } = require('child_process');
const path = require('path');

function runChild(script, args) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, [path.join(__dirname, 'with-rss.js'), script, ...args], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let stats = '';
    let stderr = '';
    child.stdio[3].on('data', (d) => (stats += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      const { maxRssKb } = stats ? JSON.parse(stats) : { maxRssKb: NaN };
      resolve({ ms, code, maxRssMb: maxRssKb / 1024, stderr });
    });
  });
}

async function medianChild(script, args, runs) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await runChild(script, args));
  results.sort((a, b) => a.ms - b.ms);
  return { ...results[Math.floor(runs / 2)], peakRssMb: Math.max(...results.map((r) => r.maxRssMb)) };
}

module.exports = { runChild, medianChild };
