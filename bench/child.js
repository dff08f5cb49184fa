// Times a child process and reads its peak memory: Node scripts through with-rss.js, Python
// scripts (peers) directly; both report their peak RSS on fd 3.
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

/** Debian's python3 (the one with python3-openpyxl), else whatever python3 is first on PATH. */
const PYTHON = fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

function runChild(script, args) {
  const command = script.endsWith('.py') ? [PYTHON, script, ...args] : [process.execPath, path.join(__dirname, 'with-rss.js'), script, ...args];
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(command[0], command.slice(1), {
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

function summary(results) {
  const sorted = [...results].sort((a, b) => a.ms - b.ms);
  return { ...sorted[Math.floor(sorted.length / 2)], peakRssMb: Math.max(...results.map((r) => r.maxRssMb)) };
}

async function medianChild(script, args, runs) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await runChild(script, args));
  return summary(results);
}

/**
 * Several commands measured in alternation (a, b, c, a, b, c, …), so a busy moment on a shared
 * machine falls on all of them alike; the median of each.
 */
async function alternating(commands, runs) {
  const results = commands.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (let c = 0; c < commands.length; c++) results[c].push(await runChild(commands[c][0], commands[c][1]));
  }
  return results.map(summary);
}

/** Whether Debian's openpyxl can be imported (the bench says so when it cannot). */
function hasOpenpyxl() {
  return spawnSync(PYTHON, ['-c', 'import openpyxl'], { stdio: 'ignore' }).status === 0;
}

module.exports = { runChild, medianChild, alternating, hasOpenpyxl };
