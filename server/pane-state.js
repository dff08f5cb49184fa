'use strict';
/** Where npm start / npm stop keep the running pane server's pid, port and log. */
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
// The overrides let tests run npm start against a folder of their own.
const PANE_DIR = process.env.RAPPORTSJEKK_PANE_DIR || path.join(ROOT, 'dist', 'pane');
// node_modules/.cache is where tools keep local state; it is never committed.
const STATE_DIR = process.env.RAPPORTSJEKK_STATE_DIR || path.join(ROOT, 'node_modules', '.cache', 'rapportsjekk');
const STATE_FILE = path.join(STATE_DIR, 'pane-server.json');
const LOG_FILE = path.join(STATE_DIR, 'pane-server.log');

function ensureStateDir() {
  fs.mkdirSync(STATE_DIR, { recursive: true });
}

/** The recorded server, or null when there is none or its process is gone. */
function runningServer() {
  let state;
  try {
    state = JSON.parse(fs.readFileSync(STATE_FILE, 'utf8'));
  } catch {
    return null;
  }
  if (!Number.isInteger(state.pid) || !isAlive(state.pid) || !isOurServer(state.pid)) return null;
  return state;
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** Guards against a reused pid: on Linux the command line must name server/serve.js. */
function isOurServer(pid) {
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline.includes(path.join('server', 'serve.js'));
  } catch {
    return process.platform !== 'linux';
  }
}

module.exports = { ROOT, PANE_DIR, STATE_DIR, STATE_FILE, LOG_FILE, ensureStateDir, runningServer, isAlive, isOurServer };
