/**
 * The preview of one-click fixes: every fix with its cell and what it does, each with a box to
 * tick, applied together. Proposals read from a goal text start unticked (the user accepts
 * them); everything else only rewrites what the engine already reads the same way.
 */
import { useState } from 'react';
import { Button, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import type { CellFix, Lang } from '../../engine';
import { fill } from '../i18n';
import { FIX_TEXT } from '../fix-text';

const useStyles = makeStyles({
  panel: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    margin: `${tokens.spacingVerticalS} 0`,
  },
  heading: { fontSize: tokens.fontSizeBase400, margin: `0 0 ${tokens.spacingVerticalXS}` },
  intro: { margin: `0 0 ${tokens.spacingVerticalS}`, color: tokens.colorNeutralForeground2 },
  list: { listStyle: 'none', margin: 0, padding: 0, maxHeight: '320px', overflowY: 'auto' },
  item: { overflowWrap: 'anywhere' },
  where: { fontWeight: tokens.fontWeightSemibold },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
});

export interface FixPanelProps {
  readonly fixes: readonly CellFix[];
  readonly lang: Lang;
  readonly busy: boolean;
  /** True when the host writes into the open workbook; otherwise a fixed copy is downloaded. */
  readonly inPlace: boolean;
  readonly onApply: (fixes: readonly CellFix[]) => void;
  readonly onClose: () => void;
}

const keyOf = (fix: CellFix): string => `${fix.sheet}!${fix.cell}`;

export function FixPanel({ fixes, lang, busy, inPlace, onApply, onClose }: FixPanelProps) {
  const t = FIX_TEXT[lang];
  const styles = useStyles();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(fixes.filter((f) => f.kind !== 'goal-part').map(keyOf)));
  const selected = fixes.filter((f) => chosen.has(keyOf(f)));
  const toggle = (key: string, on: boolean): void =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });

  return (
    <section className={styles.panel} aria-labelledby="rs-fixes-heading">
      <h2 id="rs-fixes-heading" className={styles.heading}>
        {fill(t.heading, { count: fixes.length })}
      </h2>
      <p className={styles.intro}>{t.intro}</p>
      <ul className={styles.list}>
        {fixes.map((fix) => {
          const key = keyOf(fix);
          return (
            <li key={key} className={styles.item}>
              <Checkbox
                checked={chosen.has(key)}
                onChange={(_, data) => toggle(key, data.checked === true)}
                label={
                  <span>
                    <span className={styles.where}>{key}</span>
                    {fix.review && ` (${t.suggestion})`}: {fix.description[lang]}
                  </span>
                }
              />
            </li>
          );
        })}
      </ul>
      <div className={styles.buttons}>
        <Button appearance="primary" disabledFocusable={busy || selected.length === 0} onClick={() => onApply(selected)}>
          {fill(inPlace ? t.apply : t.applyCopy, { count: selected.length })}
        </Button>
        <Button disabledFocusable={busy} onClick={onClose}>
          {t.cancel}
        </Button>
      </div>
    </section>
  );
}
