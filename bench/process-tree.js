// Memory and CPU of this process together with its child processes (the batch's workers are
// child processes: process.resourceUsage() counts only this one). Linux only (/proc); elsewhere
// the figures are this process's own.
const { existsSync, readdirSync, readFileSync } = require('node:fs');

const PROC = existsSync('/proc/self/stat');
const PAGE_KB = 4;
const TICKS_PER_S = 100; // USER_HZ on Linux

/** Fields of /proc/<pid>/stat after the command name (which may hold spaces). */
function statFields(pid) {
  const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return text.slice(text.lastIndexOf(')') + 2).split(' ');
}

/** Resident KB of this process and its direct children, now. */
function treeRssKb() {
  let kb = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const fields = statFields(entry);
      // fields[1] is the parent's pid, fields[21] the resident pages.
      if (entry === String(process.pid) || Number(fields[1]) === process.pid) kb += Number(fields[21]) * PAGE_KB;
    } catch {
      // Gone while we looked.
    }
  }
  return kb;
}

/** Samples the tree's resident memory every `ms` until stop(); stop() gives the peak in KB. */
function samplePeakRss(ms = 50) {
  if (!PROC) return { stop: () => process.resourceUsage().maxRSS };
  let peak = treeRssKb();
  const timer = setInterval(() => (peak = Math.max(peak, treeRssKb())), ms);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, treeRssKb(), process.resourceUsage().maxRSS);
    },
  };
}

/** CPU milliseconds of this process and of its children that have ended (and been waited for). */
function cpuWithChildrenMs() {
  const own = process.cpuUsage();
  if (!PROC) return (own.user + own.system) / 1000;
  const fields = statFields('self');
  // cutime and cstime: fields 16 and 17 of stat, 13 and 14 after the name.
  const children = ((Number(fields[13]) + Number(fields[14])) / TICKS_PER_S) * 1000;
  return (own.user + own.system) / 1000 + children;
}

module.exports = { samplePeakRss, cpuWithChildrenMs };
