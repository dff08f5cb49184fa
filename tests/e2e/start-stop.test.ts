/**
 * npm start and npm stop as a developer uses them: start leaves a server running and says how to
 * load the add-in, a second start finds it, stop ends exactly that process. Runs against a
 * folder of its own (no webpack build) and with --http, so it never tries to install
 * certificates (that needs sudo; the fallback message is shown by `npm start` on this machine).
 */
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rs-start-'));
const paneDir = path.join(tmp, 'pane');
const stateDir = path.join(tmp, 'state');
const stateFile = path.join(stateDir, 'pane-server.json');
const started: number[] = [];

function run(script: string, args: string[] = [], env: Record<string, string> = {}): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(ROOT, 'server', script), ...args],
      { env: { ...process.env, RAPPORTSJEKK_PANE_DIR: paneDir, RAPPORTSJEKK_STATE_DIR: stateDir, ...env }, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, out: `${stdout}${stderr}` }),
    );
  });
}

function get(url: string): Promise<number> {
  return new Promise((resolve, reject) => http.get(url, (res) => (res.resume(), resolve(res.statusCode ?? 0))).on('error', reject));
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

beforeAll(() => {
  fs.mkdirSync(paneDir, { recursive: true });
  fs.writeFileSync(path.join(paneDir, 'taskpane.html'), '<!DOCTYPE html><title>pane</title>');
  fs.writeFileSync(path.join(paneDir, 'index.html'), '<!DOCTYPE html><title>page</title>');
});

afterAll(() => {
  // Only the servers this test started, by their pid.
  for (const pid of started) if (alive(pid)) process.kill(pid, 'SIGTERM');
  fs.rmSync(tmp, { recursive: true, force: true });
});

test('start serves the pane in the background and says how to load it; stop ends it', async () => {
  const start = await run('start.js', ['--http'], { PORT: '0' });
  expect(start.code).toBe(0);
  const state = JSON.parse(fs.readFileSync(stateFile, 'utf8')) as { pid: number; url: string; port: number; protocol: string };
  started.push(state.pid);
  expect(state.protocol).toBe('http');
  // The address printed is the browser page; the task pane is beside it.
  expect(state.url).toBe(`http://localhost:${state.port}/index.html`);
  expect(start.out).toContain('is up to date');
  expect(start.out).toContain(`Browser page:      ${state.url}`);
  expect(start.out).toContain(`Task pane:         http://localhost:${state.port}/taskpane.html`);
  expect(start.out).toContain('Upload My Add-in');
  expect(start.out).toContain('npm run sideload');
  expect(start.out).toContain('Note: plain HTTP, as asked (--http).');
  expect(start.out).toContain('Excel only loads add-ins over HTTPS');
  expect(start.out).toContain('Stop with: npm stop');

  // The server outlives the start command.
  expect(alive(state.pid)).toBe(true);
  expect(await get(`http://127.0.0.1:${state.port}/taskpane.html`)).toBe(200);
  expect(await get(`http://127.0.0.1:${state.port}/index.html`)).toBe(200);

  const again = await run('start.js', ['--http'], { PORT: '0' });
  expect(again.code).toBe(0);
  expect(again.out).toContain(`already running; browser page: ${state.url} (pid ${state.pid})`);

  const stop = await run('stop.js');
  expect(stop.code).toBe(0);
  expect(stop.out).toContain(`Stopped the pane server at ${state.url} (pid ${state.pid})`);
  expect(alive(state.pid)).toBe(false);
  expect(fs.existsSync(stateFile)).toBe(false);
  await expect(get(`http://127.0.0.1:${state.port}/taskpane.html`)).rejects.toThrow();

  expect((await run('stop.js')).out).toContain('No pane server is running.');
});

test('a port in use is reported in plain words, and nothing is left running', async () => {
  const blocker = http.createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const port = (blocker.address() as { port: number }).port;
  try {
    const start = await run('start.js', ['--http'], { PORT: String(port) });
    expect(start.code).toBe(1);
    expect(start.out).toContain(`port ${port} is already in use (set PORT to use another)`);
    expect(fs.existsSync(stateFile)).toBe(false);
  } finally {
    await new Promise((resolve) => blocker.close(resolve));
  }
});

test('a stale pid file (its server gone) is cleared by stop and ignored by start', async () => {
  fs.mkdirSync(stateDir, { recursive: true });
  fs.writeFileSync(stateFile, JSON.stringify({ pid: 2 ** 22 + 12345, port: 1, protocol: 'http', url: 'http://localhost:1/taskpane.html' }));
  const stop = await run('stop.js');
  expect(stop.out).toContain('No pane server is running.');
  expect(fs.existsSync(stateFile)).toBe(false);
});
