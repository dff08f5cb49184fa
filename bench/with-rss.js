// Runs a Node script in this process and, on exit, reports its peak resident memory on fd 3
// (so the script's own stdout and stderr stay untouched).
const fs = require('fs');
const path = require('path');
const [script, ...args] = process.argv.slice(2);
process.on('exit', () => {
  try {
    fs.writeSync(3, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS }));
  } catch {
    /* no fd 3: run by hand */
  }
});
process.argv = [process.argv[0], path.resolve(script), ...args];
require(path.resolve(script));
