/** A small form under a warning: why it is so. Empty text removes the explanation. */
import { useEffect, useId, useRef, useState } from 'react';
import { Button, Field, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import type { Lang } from '../../engine';
import { PANE_TEXT } from '../i18n';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
});

export interface ExplainFormProps {
  readonly lang: Lang;
  readonly initial: string;
  readonly busy: boolean;
  readonly onSave: (text: string) => void;
  readonly onCancel: () => void;
  /** For a whole rule's warnings at once; the single-warning wording by default. */
  readonly label?: string;
  readonly hint?: string;
}

export function ExplainForm({ lang, initial, busy, onSave, onCancel, label, hint }: ExplainFormProps) {
  const t = PANE_TEXT[lang];
  const styles = useStyles();
  const [text, setText] = useState(initial);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  useEffect(() => textarea.current?.focus(), []);
  return (
    <form
      className={styles.form}
      aria-labelledby={`${id}-label`}
      onSubmit={(event) => {
        event.preventDefault();
        onSave(text.trim());
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <Field label={{ children: label ?? t.explanationLabel, id: `${id}-label` }} hint={hint ?? t.explanationHint}>
        {/* Excel holds at most 32,767 characters in a cell. */}
        <Textarea ref={textarea} value={text} resize="vertical" maxLength={32_767} onChange={(_, data) => setText(data.value)} />
      </Field>
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" disabledFocusable={busy}>
          {t.save}
        </Button>
        <Button type="button" onClick={onCancel}>
          {t.cancel}
        </Button>
      </div>
    </form>
  );
}
