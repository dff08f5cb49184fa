#!/usr/bin/env node
'use strict';
/**
 * npm start: builds the pages when the build is missing or older than its sources, starts the
 * pane server in the background (server/serve.js), prints the browser page's address and says how
 * to load the add-in.
 *
 *   npm start                      build if needed, serve on https://localhost:3000 (or http)
 *   npm start -- --foreground      serve in this terminal instead (Ctrl+C stops)
 *   npm start -- --http            plain HTTP even where certificates could be installed
 *   PORT=3100 npm start            another port (the manifest names 3000; change it there too)
 */
const fs = require('fs');
const path = require('path');
const { fork } = require('child_process');
const { ROOT, PANE_DIR, LOG_FILE, ensureStateDir, runningServer } = require('./pane-state');
const { buildIsCurrent, buildPane } = require('./pane-build');

const FOREGROUND = process.argv.includes('--foreground');
const FORCE_HTTP = process.argv.includes('--http');
const PORT = process.env.PORT || '3000';
/** Creating certificates for the first time can take a while; longer than this is a hang. */
const START_TIMEOUT_MS = 120_000;

async function build() {
  console.log('Building the task pane (webpack) …');
  const seconds = await buildPane();
  console.log(`Built ${path.relative(ROOT, PANE_DIR)} in ${seconds.toFixed(1)} s.`);
}

function printHowToLoad({ url, protocol, port, certificateProblem }, pid) {
  const lines = [
    '',
    `Rapportsjekk task pane is running${pid ? ` (pid ${pid})` : ''}.`,
    '',
    `  Browser page:      ${url}`,
    `  Task pane:         ${new URL('taskpane.html', url)}   (Excel opens it through manifest.xml)`,
    '  Excel on the web:  Insert → Add-ins → Upload My Add-in (Office Add-ins → Upload My Add-in),',
    `                     then choose ${path.join(ROOT, 'manifest.xml')}`,
    '  Excel desktop:     npm run sideload   (Windows or macOS)',
    '',
  ];
  if (protocol === 'http' && FORCE_HTTP) {
    lines.push('Note: plain HTTP, as asked (--http). The browser page works as it is; Excel only loads add-ins over HTTPS.', '');
  } else if (protocol === 'http') {
    lines.push(
      `Note: plain HTTP, because the Office development certificates are not installed (${certificateProblem}).`,
      '  The browser page works as it is. Excel only loads add-ins over HTTPS: on a machine where you can',
      '  use sudo (Linux) or admin rights (Windows, macOS), run `npx office-addin-dev-certs install`,',
      '  then `npm stop` and `npm start` again.',
      '',
    );
  }
  if (String(port) !== '3000') {
    lines.push(`Note: manifest.xml points at https://localhost:3000; change its URLs to port ${port} before loading it in Excel.`, '');
  }
  lines.push(FOREGROUND ? 'Stop with Ctrl+C.' : `Stop with: npm stop    (log: ${path.relative(ROOT, LOG_FILE)})`);
  console.log(lines.join('\n'));
}

function startServer() {
  const args = ['--port', PORT, ...(FORCE_HTTP ? ['--http'] : [])];
  const serve = path.join(__dirname, 'serve.js');
  if (FOREGROUND) {
    const child = fork(serve, args, { stdio: ['inherit', 'inherit', 'inherit', 'ipc'] });
    child.on('message', (message) => {
      if (message.ok) printHowToLoad(message, child.pid);
      else console.error(`Could not start the pane server: ${message.error}`);
    });
    // Ctrl+C reaches the child too (same process group); wait for it to finish.
    process.on('SIGINT', () => {});
    child.on('exit', (code) => process.exit(code ?? 0));
    return;
  }
  ensureStateDir();
  const log = fs.openSync(LOG_FILE, 'a');
  const child = fork(serve, args, { detached: true, stdio: ['ignore', log, log, 'ipc'] });
  const timer = setTimeout(() => {
    console.error(`The pane server did not start within ${START_TIMEOUT_MS / 1000} s; see ${LOG_FILE}.`);
    child.kill();
    process.exit(1);
  }, START_TIMEOUT_MS);
  child.on('exit', (code) => {
    clearTimeout(timer);
    console.error(`The pane server stopped right away (exit ${code}); see ${LOG_FILE}.`);
    process.exit(1);
  });
  child.on('message', (message) => {
    clearTimeout(timer);
    child.removeAllListeners('exit');
    if (!message.ok) {
      console.error(`Could not start the pane server: ${message.error}`);
      process.exitCode = 1;
      return;
    }
    printHowToLoad(message, child.pid);
    // Let go of the server: it keeps running after this command ends.
    child.disconnect();
    child.unref();
    fs.closeSync(log);
  });
}

async function main() {
  const running = runningServer();
  if (running) {
    console.log(`The pane server is already running; browser page: ${running.url} (pid ${running.pid}). Stop it with: npm stop`);
    return;
  }
  if (buildIsCurrent()) console.log(`The build in ${path.relative(ROOT, PANE_DIR)} is up to date.`);
  else await build();
  startServer();
}

main().catch((error) => {
  console.error(`npm start failed: ${error.message}`);
  process.exitCode = 1;
});
