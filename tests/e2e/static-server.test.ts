/** The small static server that npm start and the end-to-end test use. */
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import type { AddressInfo } from 'net';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createStaticServer, listen } = require('../../server/static-server.js') as typeof import('../../server/static-server.js');

let root: string;
let server: http.Server;
let port: number;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'rs-static-'));
  fs.writeFileSync(path.join(root, 'taskpane.html'), '<!DOCTYPE html><title>t</title>');
  fs.writeFileSync(path.join(root, 'index.html'), '<!DOCTYPE html><title>browser page</title>');
  fs.mkdirSync(path.join(root, 'examples'));
  fs.writeFileSync(path.join(root, 'examples', 'a b.xlsx'), Buffer.from([0x50, 0x4b, 3, 4]));
  fs.writeFileSync(path.join(os.tmpdir(), 'rs-outside-secret.txt'), 'secret');
  server = createStaticServer(root);
  port = await listen(server, 0);
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  fs.rmSync(root, { recursive: true, force: true });
});

function get(rawPath: string, method = 'GET'): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: rawPath, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('listens on the loopback interface only', () => {
  expect((server.address() as AddressInfo).address).toBe('127.0.0.1');
});

test('serves files with their type, and / as the browser page', async () => {
  const root = await get('/');
  expect(root.status).toBe(200);
  expect(root.headers['content-type']).toBe('text/html; charset=utf-8');
  expect(root.body).toContain('<title>browser page</title>');
  const example = await get('/examples/a%20b.xlsx');
  expect(example.status).toBe(200);
  expect(example.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  expect(example.headers['content-length']).toBe('4');
  expect(example.headers['x-content-type-options']).toBe('nosniff');
  const head = await get('/taskpane.html', 'HEAD');
  expect(head.status).toBe(200);
  expect(head.body).toBe('');
});

test('nothing outside the root, no other methods, and a missing file is 404', async () => {
  // An encoded slash survives URL parsing and is refused; plain dot segments are resolved
  // away by the URL parser and end inside the root, where there is no such file.
  expect((await get('/..%2frs-outside-secret.txt')).status).toBe(400);
  for (const attempt of ['/../rs-outside-secret.txt', '/%2e%2e/rs-outside-secret.txt', '/examples/..%2f..%2frs-outside-secret.txt']) {
    const response = await get(attempt);
    expect([400, 404]).toContain(response.status);
    expect(response.body).not.toContain('secret');
  }
  expect((await get('/%E0%A4%A')).status).toBe(400);
  expect((await get('/nope.js')).status).toBe(404);
  expect((await get('/examples')).status).toBe(404);
  const post = await get('/taskpane.html', 'POST');
  expect(post.status).toBe(405);
  expect(post.headers.allow).toBe('GET, HEAD');
  // Still serving after all that.
  expect((await get('/taskpane.html')).status).toBe(200);
});
