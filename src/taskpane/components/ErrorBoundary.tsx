/**
 * The last line of defence: a render error shows a message in plain words instead of a blank
 * pane. Host errors never get here; the pane catches them per action and shows a message bar.
 */
import { Component, ReactNode } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Lang } from '../../engine';
import { PANE_TEXT } from '../i18n';

interface Props {
  readonly lang: Lang;
  readonly children: ReactNode;
}

interface State {
  readonly failed: boolean;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    // Kept for whoever opens the developer tools; the person sees the message below.
    console.error('Rapportsjekk: the pane failed to render', error);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    const t = PANE_TEXT[this.props.lang];
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{t.crashTitle}</MessageBarTitle>
          {t.crashBody}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => window.location.reload()}>{t.reload}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
