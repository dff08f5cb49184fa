/** The frame around either mode: theme, language, title, and the error boundary. */
import { ReactNode } from 'react';
import { FluentProvider, makeStyles, tokens } from '@fluentui/react-components';
import type { Theme } from '@fluentui/react-components';
import type { Lang } from '../../engine';
import { PANE_TEXT } from '../i18n';
import { ErrorBoundary } from './ErrorBoundary';

const useStyles = makeStyles({
  provider: { minHeight: '100vh', boxSizing: 'border-box' },
  main: {
    maxWidth: '60rem',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    '& h1': { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, margin: `0 0 ${tokens.spacingVerticalXS}` },
    '& h2': { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, margin: `${tokens.spacingVerticalL} 0 ${tokens.spacingVerticalS}` },
    '& h3': { margin: 0 },
    // Keyboard focus must always be visible, also on plain elements that take focus.
    '& :focus-visible': { outlineOffset: '2px' },
  },
  tagline: { margin: `0 0 ${tokens.spacingVerticalM}`, color: tokens.colorNeutralForeground2 },
});

export interface AppProps {
  readonly lang: Lang;
  readonly theme: Theme;
  readonly children: ReactNode;
}

export function App({ lang, theme, children }: AppProps) {
  const styles = useStyles();
  const t = PANE_TEXT[lang];
  return (
    <FluentProvider theme={theme} className={styles.provider} lang={lang}>
      <main className={styles.main}>
        <h1>{t.appTitle}</h1>
        <p className={styles.tagline}>{t.tagline}</p>
        <ErrorBoundary lang={lang}>{children}</ErrorBoundary>
      </main>
    </FluentProvider>
  );
}
