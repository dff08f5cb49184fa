/**
 * Entry point of taskpane.html, the page Excel opens from manifest.xml. Decides the mode (Excel,
 * or the browser page when office.js is absent or answers "no host"), then loads only that
 * mode's code: the Excel adapter in Excel, the file reader and ExcelJS otherwise. A browser
 * should open index.html instead (page.tsx), which never loads office.js.
 */
import type { ReactElement } from 'react';
import { Pane } from './components/Pane';
import { detectEnvironment, Environment } from './environment';
import { startPage } from './start';

async function loadContent(env: Environment): Promise<ReactElement> {
  if (env.mode === 'excel') {
    const { createExcelHost } = await import(/* webpackChunkName: "excel" */ '../hosts/excel');
    return <Pane host={createExcelHost()} lang={env.lang} />;
  }
  const { BrowserPage } = await import(/* webpackChunkName: "browser" */ './browser/BrowserPage');
  return <BrowserPage lang={env.lang} />;
}

void startPage(detectEnvironment, loadContent);
