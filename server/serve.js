#!/usr/bin/env node
'use strict';
/**
 * The task-pane server process that `npm start` leaves running in the background (or runs in
 * the foreground with --foreground). Serves dist/pane on 127.0.0.1: HTTPS with the Office
 * development certificates when they are installed, plain HTTP otherwise. Writes its pid file
 * once it listens and removes it when it stops, so `npm stop` finds it.
 */
const fs = require('fs');
const path = require('path');
const { createStaticServer, listen } = require('./static-server');
const { PANE_DIR, STATE_FILE, ensureStateDir } = require('./pane-state');

function argValue(name) {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

const port = Number(argValue('--port') ?? process.env.PORT ?? 3000);
const forceHttp = process.argv.includes('--http');

function log(line) {
  process.stdout.write(`${new Date().toISOString()} ${line}\n`);
}

function tell(message) {
  if (process.send) process.send(message);
}

/**
 * HTTPS options from office-addin-dev-certs. It installs the certificates first when they are
 * missing, which needs sudo (Linux), admin rights (Windows) or the keychain (macOS); where that
 * fails it throws, and the caller falls back to HTTP.
 */
async function tlsOptions() {
  if (forceHttp) return { tls: null, reason: 'HTTP was asked for (--http)' };
  try {
    const devCerts = require('office-addin-dev-certs');
    return { tls: await devCerts.getHttpsServerOptions(), reason: null };
  } catch (error) {
    const reason = String((error && error.message) || error).split('\n').find((line) => line.trim() !== '') || 'unknown reason';
    return { tls: null, reason };
  }
}

function removeStateFile() {
  try {
    const state = JSON.parse(fs.readFileSync(STATE_FILE, 'utf8'));
    if (state.pid === process.pid) fs.unlinkSync(STATE_FILE);
  } catch {
    // Already gone, or another server's file: leave it.
  }
}

async function main() {
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    tell({ ok: false, error: `PORT must be a whole number from 0 to 65535, not "${argValue('--port') ?? process.env.PORT}"` });
    process.exitCode = 1;
    return;
  }
  const missing = ['index.html', 'taskpane.html'].filter((page) => !fs.existsSync(path.join(PANE_DIR, page)));
  if (missing.length > 0) {
    tell({ ok: false, error: `${PANE_DIR} has no ${missing.join(' or ')}; run npm run build:pane first` });
    process.exitCode = 1;
    return;
  }
  const { tls, reason } = await tlsOptions();
  const server = createStaticServer(PANE_DIR, { tls, log });
  let actualPort;
  try {
    actualPort = await listen(server, port, '127.0.0.1');
  } catch (error) {
    const text = error.code === 'EADDRINUSE' ? `port ${port} is already in use (set PORT to use another)` : error.message;
    tell({ ok: false, error: text });
    process.exitCode = 1;
    return;
  }
  const protocol = tls ? 'https' : 'http';
  // The browser page; Excel finds taskpane.html beside it through manifest.xml.
  const url = `${protocol}://localhost:${actualPort}/index.html`;
  ensureStateDir();
  fs.writeFileSync(STATE_FILE, JSON.stringify({ pid: process.pid, port: actualPort, protocol, url, started: new Date().toISOString() }, null, 2));
  log(`serving ${PANE_DIR} at ${url}${reason ? ` (plain HTTP: ${reason})` : ''}`);
  tell({ ok: true, url, protocol, port: actualPort, certificateProblem: tls ? null : reason });

  const stop = (signal) => {
    log(`stopping (${signal})`);
    removeStateFile();
    server.close(() => process.exit(0));
    // Open keep-alive connections must not hold the stop up.
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGHUP', () => stop('SIGHUP'));
  process.on('exit', removeStateFile);
  // The parent (npm start) goes away once we listen; that is not a reason to stop.
  process.on('disconnect', () => log('detached from npm start'));
}

// A bug in one request must not end the server that Excel is pointed at.
process.on('uncaughtException', (error) => log(`unexpected error: ${(error && error.stack) || error}`));

main().catch((error) => {
  tell({ ok: false, error: (error && error.message) || String(error) });
  process.exitCode = 1;
});
