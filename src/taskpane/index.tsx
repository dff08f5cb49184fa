/**
 * Entry point of taskpane.html. Decides the mode (Excel or browser page), then loads only that
 * mode's code: the Excel adapter in Excel, the file reader and ExcelJS on the browser page.
 */
import type { ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { Pane } from './components/Pane';
import { browserEnvironment, detectEnvironment, Environment } from './environment';
import { PANE_TEXT } from './i18n';

async function loadContent(env: Environment): Promise<ReactElement> {
  if (env.mode === 'excel') {
    const { createExcelHost } = await import(/* webpackChunkName: "excel" */ '../hosts/excel');
    return <Pane host={createExcelHost()} lang={env.lang} />;
  }
  const { BrowserPage } = await import(/* webpackChunkName: "browser" */ './browser/BrowserPage');
  return <BrowserPage lang={env.lang} />;
}

async function main(): Promise<void> {
  const container = document.getElementById('root');
  if (container === null) return;
  const root = createRoot(container);
  let env = browserEnvironment();
  try {
    env = await detectEnvironment();
    document.documentElement.lang = env.lang;
    document.title = PANE_TEXT[env.lang].appTitle;
    root.render(
      <App lang={env.lang} theme={env.theme}>
        {await loadContent(env)}
      </App>,
    );
  } catch (error) {
    // A chunk that fails to load (server stopped, offline before the first visit) ends here.
    console.error('Rapportsjekk: could not start', error);
    root.render(
      <App lang={env.lang} theme={env.theme}>
        <p role="alert">{PANE_TEXT[env.lang].crashBody}</p>
      </App>,
    );
  }
}

void main();
