/**
 * Entry point of index.html, the browser page. It never asks for office.js: the page is not in
 * Excel, and loading Microsoft's script would tell a third party that someone opened it. ExcelJS
 * and the reader still arrive lazily, when a file is opened.
 */
import { BrowserPage } from './browser/BrowserPage';
import { browserEnvironment } from './environment';
import { startPage } from './start';

void startPage(
  async () => browserEnvironment(),
  async (env) => <BrowserPage lang={env.lang} />,
);
