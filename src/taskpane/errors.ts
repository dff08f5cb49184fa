/**
 * Host failures in plain words. A read failure says why the file could not be read; anything
 * else says the action failed and gives the host's one-line reason, never a stack trace.
 */
import type { Lang } from '../engine';
import { isHostBlocked } from '../hosts/host-errors';
import { WorkbookReadError } from '../hosts/xlsx/errors';
import { fill, PANE_TEXT } from './i18n';

/** Office.js errors carry `code` and `message`; plain errors a message; others nothing useful. */
function reasonOf(error: unknown): string | null {
  if (typeof error === 'string') return error.trim() || null;
  if (error !== null && typeof error === 'object') {
    const message = (error as { message?: unknown }).message;
    if (typeof message === 'string' && message.trim() !== '') return message.trim().split('\n')[0] ?? null;
  }
  return null;
}

export function isReadError(error: unknown): error is WorkbookReadError {
  return error instanceof WorkbookReadError;
}

export function describeError(error: unknown, lang: Lang): string {
  if (isReadError(error)) return error.describe(lang);
  if (isHostBlocked(error)) return error.describe(lang);
  const t = PANE_TEXT[lang];
  return fill(t.hostError, { detail: reasonOf(error) ?? t.unknownValue });
}
