'use strict';
/**
 * A small static file server for dist/pane (npm start and the end-to-end test). GET and HEAD
 * only, files under the root only, bound to the loopback interface. A bad request gets an
 * error status; nothing a browser sends can stop the server.
 */
const fs = require('fs');
const http = require('http');
const https = require('https');
const path = require('path');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** `/` is the browser page; Excel asks for /taskpane.html by name (manifest.xml). */
const INDEX = 'index.html';

function send(res, status, text) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
  res.end(`${text}\n`);
}

/** The file for a URL path, or null when it is outside the root or not a file. */
function resolveFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' ? INDEX : decoded.replace(/^\/+/, '');
  const file = path.resolve(root, relative);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  return file;
}

function handler(root, log) {
  return (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.setHeader('Allow', 'GET, HEAD');
        send(res, 405, 'Method not allowed');
        return;
      }
      const url = new URL(req.url || '/', 'http://localhost');
      const file = resolveFile(root, url.pathname);
      if (file === null) {
        send(res, 400, 'Bad request');
        return;
      }
      fs.stat(file, (error, stat) => {
        if (error || !stat.isFile()) {
          send(res, 404, 'Not found');
          return;
        }
        res.writeHead(200, {
          'Content-Type': TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream',
          'Content-Length': stat.size,
          // Development server: always the latest build.
          'Cache-Control': 'no-cache',
          'X-Content-Type-Options': 'nosniff',
          'Referrer-Policy': 'no-referrer',
        });
        if (req.method === 'HEAD') {
          res.end();
          return;
        }
        const stream = fs.createReadStream(file);
        stream.on('error', () => res.destroy());
        stream.pipe(res);
      });
    } catch (error) {
      if (log) log(`request failed: ${error && error.message}`);
      if (!res.headersSent) send(res, 500, 'Server error');
      else res.destroy();
    }
  };
}

/**
 * An http or https server for `root` (not listening yet). `tls` is the options object of
 * https.createServer (key, cert, ca), or null for plain http.
 */
function createStaticServer(root, { tls = null, log = null } = {}) {
  const absolute = path.resolve(root);
  const onRequest = handler(absolute, log);
  const server = tls ? https.createServer(tls, onRequest) : http.createServer(onRequest);
  // A client that hangs up mid-TLS or mid-request must not take the server down.
  server.on('clientError', (_error, socket) => socket.destroy());
  return server;
}

/** Listens on the loopback interface; port 0 picks a free one. Resolves with the port. */
function listen(server, port, host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const onError = (error) => reject(error);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve(server.address().port);
    });
  });
}

module.exports = { createStaticServer, listen, resolveFile, TYPES };
