// Preloaded into a child process (node --require): on exit, writes the process's peak resident
// memory to fd 3, so the parent can measure the real command line without /usr/bin/time.
const fs = require('fs');

process.on('exit', () => {
  try {
    fs.writeSync(3, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS }));
  } catch {
    // No fd 3: run by hand.
  }
});
