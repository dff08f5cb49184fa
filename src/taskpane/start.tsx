/**
 * Starting a page: find the environment, render its content inside the App frame, and show a
 * plain message instead of a blank page when that fails. Both entry points use it: the task
 * pane (index.tsx, taskpane.html) and the browser page (page.tsx, index.html).
 */
import type { ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { browserEnvironment, Environment } from './environment';
import { PANE_TEXT } from './i18n';

export async function startPage(detect: () => Promise<Environment>, content: (env: Environment) => Promise<ReactElement>): Promise<void> {
  const container = document.getElementById('root');
  if (container === null) return;
  const root = createRoot(container);
  let env = browserEnvironment();
  try {
    env = await detect();
    document.documentElement.lang = env.lang;
    document.title = PANE_TEXT[env.lang].appTitle;
    root.render(
      <App lang={env.lang} theme={env.theme}>
        {await content(env)}
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
