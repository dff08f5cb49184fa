/// <reference types="office-js" />
/**
 * Where the page runs: inside Excel (Office.js answered with the Excel host) or in a plain
 * browser. office.js comes from Microsoft's CDN; offline, blocked or outside Office it is absent
 * or answers "no host", and the page is the browser page. Every use of `Office` is guarded.
 */
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { Theme } from '@fluentui/react-components';
import type { Lang } from '../engine';
import { paneLang } from './i18n';

export interface Environment {
  readonly mode: 'excel' | 'browser';
  readonly lang: Lang;
  readonly theme: Theme;
}

/** Office.onReady should answer at once; a page that waits longer is not in Office. */
const OFFICE_READY_TIMEOUT_MS = 5000;

type ReadyInfo = { host: Office.HostType | null; platform: Office.PlatformType | null } | null;

function officeAvailable(): boolean {
  return typeof Office !== 'undefined' && typeof Office.onReady === 'function';
}

async function officeReady(): Promise<ReadyInfo> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<ReadyInfo>((resolve) => {
    timer = setTimeout(() => resolve(null), OFFICE_READY_TIMEOUT_MS);
  });
  try {
    return await Promise.race([Office.onReady() as Promise<ReadyInfo>, timeout]);
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

/** Relative luminance of a #rrggbb colour, 0 (black) … 1 (white). */
export function luminance(hex: string): number | null {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) return null;
  const [r, g, b] = match.slice(1).map((part) => {
    const c = parseInt(part, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Office's theme (Colorful, Dark Gray, Black, White) → Fluent's light or dark theme. */
export function themeFromOffice(theme: Pick<Office.OfficeTheme, 'bodyBackgroundColor'> & { isDarkTheme?: boolean } | undefined): Theme {
  if (theme === undefined) return webLightTheme;
  if (typeof theme.isDarkTheme === 'boolean') return theme.isDarkTheme ? webDarkTheme : webLightTheme;
  const light = luminance(theme.bodyBackgroundColor ?? '');
  return light !== null && light < 0.4 ? webDarkTheme : webLightTheme;
}

function browserTheme(): Theme {
  const dark = typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches;
  return dark ? webDarkTheme : webLightTheme;
}

export function browserEnvironment(): Environment {
  return { mode: 'browser', lang: paneLang(typeof navigator === 'undefined' ? null : navigator.language), theme: browserTheme() };
}

export async function detectEnvironment(): Promise<Environment> {
  if (!officeAvailable()) return browserEnvironment();
  const info = await officeReady();
  if (info === null || info.host !== Office.HostType.Excel) return browserEnvironment();
  let theme: Office.OfficeTheme | undefined;
  try {
    theme = Office.context.officeTheme;
  } catch {
    theme = undefined; // Not every platform offers the theme.
  }
  let displayLanguage: string | null = null;
  try {
    displayLanguage = Office.context.displayLanguage;
  } catch {
    displayLanguage = null;
  }
  return { mode: 'excel', lang: paneLang(displayLanguage), theme: themeFromOffice(theme) };
}
