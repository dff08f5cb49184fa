#!/usr/bin/env node
'use strict';
/**
 * npm stop: stops the pane server that npm start left running, found by its pid file. Only
 * that process is signalled, and only after checking that the pid is still our server.
 */
const fs = require('fs');
const { STATE_FILE, isAlive, runningServer } = require('./pane-state');

const WAIT_MS = 5000;

async function main() {
  const server = runningServer();
  if (server === null) {
    if (fs.existsSync(STATE_FILE)) fs.unlinkSync(STATE_FILE); // left by a server that died
    console.log('No pane server is running.');
    return;
  }
  process.kill(server.pid, 'SIGTERM');
  const deadline = Date.now() + WAIT_MS;
  while (isAlive(server.pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  if (isAlive(server.pid)) {
    console.error(`The pane server (pid ${server.pid}) did not stop within ${WAIT_MS / 1000} s.`);
    process.exitCode = 1;
    return;
  }
  if (fs.existsSync(STATE_FILE)) fs.unlinkSync(STATE_FILE);
  console.log(`Stopped the pane server at ${server.url} (pid ${server.pid}).`);
  console.log('If the add-in is sideloaded in Excel desktop: npx office-addin-debugging stop manifest.xml');
}

main().catch((error) => {
  console.error(`npm stop failed: ${error.message}`);
  process.exitCode = 1;
});
