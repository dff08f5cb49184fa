/**
 * The batch progress bar over 500 files on a (fake) 70-column terminal: it counts to the end,
 * never writes a line wider than the terminal (a wrapped bar repeats itself down the screen),
 * and long file names are cut from the left so the end of the path stays readable.
 */
import { Writable } from 'node:stream';
import type { CheckOutcome } from '../../src/batch/check-file';
import { barProgress, fitName } from '../../src/batch/progress';

class FakeTerminal extends Writable {
  readonly isTTY = true;
  readonly columns = 70;
  readonly frames: string[] = [];
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.frames.push(chunk.toString());
    done();
  }
  cursorTo(): boolean {
    return true;
  }
  clearLine(): boolean {
    return true;
  }
  clearScreenDown(): boolean {
    return true;
  }
  moveCursor(): boolean {
    return true;
  }
}

const ok: CheckOutcome = { kind: 'unreadable', reason: 'empty', message: 'tom' };

test('500 files: the bar reaches 500/500 and no frame is wider than the terminal', async () => {
  const terminal = new FakeTerminal();
  const progress = barProgress(terminal as unknown as NodeJS.WritableStream);
  progress.start(500);
  for (let i = 1; i <= 500; i++) {
    progress.fileDone(`innleveringer/2025/region-${i}/et-svært-langt-filnavn-for-programmet-nummer-${i}.xlsx`, ok);
    // Let the bar redraw now and then, as it does on its timer.
    if (i % 50 === 0) await new Promise((resolve) => setTimeout(resolve, 120));
  }
  progress.stop();
  // eslint-disable-next-line no-control-regex
  const visible = terminal.frames.map((f) => f.replace(/\x1B(\[[0-9;?]*[A-Za-z]|[78])/g, '')).filter((f) => f.trim() !== '');
  expect(visible.length).toBeGreaterThan(5);
  expect(visible.some((f) => f.includes('500/500'))).toBe(true);
  for (const frame of visible) expect([frame, frame.length <= terminal.columns]).toEqual([frame, true]);
  expect(visible.join('')).toContain('nummer-500.xlsx');
});

test('a long name keeps its end; a short one is left alone', () => {
  expect(fitName('kort.xlsx', 80)).toBe('kort.xlsx');
  const cut = fitName('a/very/long/path/that/goes/on/and/on/to/the/file-name.xlsx', 70);
  expect(cut.startsWith('…')).toBe(true);
  expect(cut.endsWith('file-name.xlsx')).toBe(true);
  expect(cut.length).toBe(18);
});
