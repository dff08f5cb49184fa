/**
 * The pane's actions over a Host. The same component runs in Excel and on the browser page; it
 * never sees Excel.* or ExcelJS, only the Host and the engine. Every host call is caught and
 * shown as a message in plain words, so a failing host never takes the pane down.
 */
import { ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Switch,
  tokens,
} from '@fluentui/react-components';
import { ADDIN_SHEETS, proposeFixesFor, readWorkbook, UI, validate } from '../../engine';
import type { CellFix, Finding, Lang, Report, Severity, WorkbookSnapshot } from '../../engine';
import type { Host, UndoEntry } from '../../hosts/host';
import { isHostBlocked } from '../../hosts/host-errors';
import { cellDetails } from '../cell-details';
import { describeError } from '../errors';
import { FINDINGS_TEXT } from '../findings-text';
import { fill, PANE_TEXT } from '../i18n';
import { ActionRow } from './ActionRow';
import { Findings } from './Findings';
import { FixPanel } from './FixPanel';
import { FIX_TEXT } from '../fix-text';
import { KeyFigures } from './KeyFigures';
import { Summary } from './Summary';
import { LIVE_TEXT, useLiveCheck } from '../live-check';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, margin: `${tokens.spacingVerticalS} 0` },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  status: { minHeight: '24px', margin: `${tokens.spacingVerticalXS} 0` },
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
    padding: 0,
  },
});

export interface Notice {
  readonly intent: 'success' | 'info' | 'warning' | 'error';
  readonly text: string;
}

type Action = 'check' | 'mark' | 'clear' | 'figures' | 'template' | 'select' | 'explain' | 'fix' | 'undo';

export interface PaneProps {
  readonly host: Host;
  readonly lang: Lang;
  /** Check as soon as the pane shows (the browser page does, right after a file is opened). */
  readonly autoCheck?: boolean;
  /** Every new report (the browser page builds its downloads from it). */
  readonly onReport?: (report: Report) => void;
  /** Shown under the actions once there is a report (the browser page's downloads). */
  readonly children?: (report: Report) => ReactNode;
  /**
   * For a host that cannot write into the workbook (the browser page): makes and downloads a
   * copy with the fixes, and answers its file name.
   */
  readonly fixedCopy?: (fixes: readonly CellFix[]) => Promise<string>;
}

export function Pane({ host, lang, autoCheck = false, onReport, children, fixedCopy }: PaneProps) {
  const t = PANE_TEXT[lang];
  const ft = FIX_TEXT[lang];
  const styles = useStyles();
  const [report, setReport] = useState<Report | null>(null);
  const [busy, setBusy] = useState<Action | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // A host that cannot write the key-figures sheet shows them here from the first check.
  const [showFigures, setShowFigures] = useState(host.writeKeyFigures === undefined);
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  // The snapshot the report came from: the selected finding shows its cell and row from it.
  const [snapshot, setSnapshot] = useState<WorkbookSnapshot | null>(null);
  const read = useMemo(() => (snapshot === null ? null : readWorkbook(snapshot)), [snapshot]);
  const [severity, setSeverity] = useState<Severity | null>(null);
  const [fixes, setFixes] = useState<readonly CellFix[]>([]);
  const [showFixes, setShowFixes] = useState(false);
  // What the last «Rett automatisk» replaced in Excel: Ctrl+Z cannot undo an add-in's writes.
  const [undo, setUndo] = useState<readonly UndoEntry[]>([]);
  const [live, setLive] = useState(false);
  // Marks made and not cleared: a live re-check marks again, so they follow the findings.
  const marksOn = useRef(false);
  const canFix = host.applyFixes !== undefined || fixedCopy !== undefined;
  const figuresHeading = useRef<HTMLHeadingElement>(null);
  // A request counter, not a flag: the effect below moves focus once per request without
  // setting state itself, and a second request with the figures already shown still counts.
  const [figuresFocusRequest, setFiguresFocusRequest] = useState(0);
  const figuresFocusDone = useRef(0);

  // Notices sit in a live region of their own; `announcement` only carries check results.
  const say = useCallback((next: Notice | null) => setNotice(next), []);

  /** Runs one host action; a failure becomes a message, never an exception. */
  const run = useCallback(
    async <T,>(action: Action, work: () => Promise<T>): Promise<T | undefined> => {
      setBusy(action);
      try {
        return await work();
      } catch (error) {
        // Protected sheets skipped while the rest was done: a warning that says what to do.
        const partial = isHostBlocked(error) && error.partial;
        say({ intent: partial ? 'warning' : 'error', text: describeError(error, lang) });
        return undefined;
      } finally {
        setBusy(null);
      }
    },
    [lang, say],
  );

  const recheck = useCallback(async (): Promise<Report> => {
    const snapshot = await host.readSnapshot();
    const next = validate(snapshot, { lang });
    setReport(next);
    setSnapshot(snapshot);
    if (canFix) setFixes(proposeFixesFor(snapshot));
    onReport?.(next);
    const counts = (['error', 'warning', 'info'] as const).map((s) => `${next.counts[s]} ${UI[lang].severityPlural[s]}`);
    setAnnouncement(`${next.passed ? t.passed : t.failed} ${counts.join(', ')}.`);
    return next;
  }, [canFix, host, lang, onReport, t]);

  const check = useCallback(async () => {
    say(null);
    setSelectedKey(null);
    setSeverity(null);
    await run('check', recheck);
  }, [recheck, run, say]);

  const autoChecked = useRef(false);
  useEffect(() => {
    if (autoCheck && !autoChecked.current) {
      autoChecked.current = true;
      void check();
    }
  }, [autoCheck, check]);

  useEffect(() => {
    if (figuresFocusRequest > figuresFocusDone.current && showFigures && report) {
      figuresHeading.current?.focus();
      figuresFocusDone.current = figuresFocusRequest;
    }
  }, [figuresFocusRequest, showFigures, report]);

  /**
   * The report a write is based on. A host that writes into the workbook (Excel) shows a live
   * workbook that may have changed since the last check (edited, sorted, rows inserted), so
   * every write checks again first: marks and key figures never come from a stale report. The
   * browser page's file cannot change under it.
   */
  const fresh = async (): Promise<Report> => (host.writeKeyFigures !== undefined || report === null ? recheck() : report);

  // The handlers below run only from controls that exist when the host has the ability.
  const mark = () =>
    run('mark', async () => {
      say(null);
      const current = await fresh();
      await host.markFindings?.(current.findings);
      marksOn.current = true;
      say({ intent: 'success', text: t.marked });
    });

  const clearMarks = () =>
    run('clear', async () => {
      say(null);
      await host.clearMarks?.();
      marksOn.current = false;
      say({ intent: 'success', text: t.marksCleared });
    });

  const keyFigures = () =>
    run('figures', async () => {
      say(null);
      const current = await fresh();
      if (host.writeKeyFigures) {
        await host.writeKeyFigures(current);
        say({ intent: 'success', text: fill(t.keyFiguresWritten, { sheet: ADDIN_SHEETS.keyFigures }) });
      }
      setShowFigures(true);
      setFiguresFocusRequest((n) => n + 1);
    });

  const insertTemplate = () =>
    run('template', async () => {
      say(null);
      const result = await host.insertTemplate?.(lang);
      if (result === undefined) return;
      const parts = [result.added.length > 0 ? fill(t.templateAdded, { sheets: result.added.join(', ') }) : t.templateNothingAdded];
      if (result.existing.length > 0) parts.push(fill(t.templateExisting, { sheets: result.existing.join(', ') }));
      say({ intent: 'success', text: parts.join(' ') });
    });

  const select = (finding: Finding, key: string) =>
    run('select', async () => {
      if (finding.sheet === null) return;
      // Without a grid to move in, the finding shows its cell's value and row where it is listed.
      if (host.selectCell) await host.selectCell(finding.sheet, finding.cell);
      setSelectedKey(key);
    });

  /** One text for every chosen warning (a whole rule at once), then one check. */
  const explain = async (findings: readonly Finding[], text: string): Promise<boolean> => {
    const saved = await run('explain', async () => {
      if (host.saveExplanations === undefined) return false;
      const placed = findings.filter((finding) => finding.sheet !== null);
      await host.saveExplanations(placed.map((finding) => ({ rule: finding.rule, sheet: finding.sheet ?? '', cell: finding.cell ?? '', text })));
      await recheck();
      const several = findings.length > 1;
      const done = text === '' ? (several ? FINDINGS_TEXT[lang].explanationsRemoved : t.explanationRemoved) : several ? fill(FINDINGS_TEXT[lang].explanationsSaved, { count: findings.length }) : t.explanationSaved;
      say({ intent: 'success', text: done });
      return true;
    });
    return saved === true;
  };

  const applyFixes = (chosen: readonly CellFix[]) =>
    run('fix', async () => {
      say(null);
      if (host.applyFixes) {
        const result = await host.applyFixes(chosen);
        setUndo(result.undo);
        setShowFixes(false);
        await recheck();
        const parts = [fill(ft.applied, { count: result.undo.length })];
        if (result.skipped.length > 0) parts.push(fill(ft.skipped, { count: result.skipped.length }));
        say({ intent: result.skipped.length > 0 ? 'warning' : 'success', text: parts.join(' ') });
      } else if (fixedCopy) {
        const file = await fixedCopy(chosen);
        say({ intent: 'success', text: fill(ft.copyReady, { file, count: chosen.length }) });
      }
    });

  const undoFixes = () =>
    run('undo', async () => {
      say(null);
      const result = await host.undoFixes?.(undo);
      if (result === undefined) return;
      setUndo([]);
      await recheck();
      const parts = [fill(ft.undone, { count: result.restored.length })];
      if (result.kept.length > 0) parts.push(fill(ft.undoKept, { count: result.kept.length }));
      say({ intent: 'success', text: parts.join(' ') });
    });

  // A live re-check keeps what the person looks at (selection, open panels) and stays quiet
  // unless it fails: the list itself and the announcement say what changed.
  useLiveCheck(host, live, async () => {
    await run('check', async () => {
      const next = await recheck();
      if (marksOn.current) await host.markFindings?.(next.findings);
    });
  });

  const disabled = busy !== null;
  return (
    <>
      <ActionRow
        label={t.actions}
        className={styles.actions}
        disabled={disabled}
        actions={[
          { label: t.check, run: check, primary: true },
          host.markFindings && { label: t.mark, run: mark },
          host.clearMarks && { label: t.clearMarks, run: clearMarks },
          { label: t.keyFigures, run: keyFigures },
          report && canFix && fixes.length > 0 && { label: ft.fixAutomatically, run: () => setShowFixes((shown) => !shown), expanded: showFixes },
          undo.length > 0 && host.undoFixes && { label: ft.undo, run: undoFixes },
          host.insertTemplate && { label: t.insertTemplate, run: insertTemplate },
        ]}
      />
      {host.onWorkbookChanged && (
        <Switch
          checked={live}
          label={LIVE_TEXT[lang].toggle}
          aria-describedby={live ? "live-check-hint" : undefined}
          onChange={(_, data) => setLive(data.checked)}
        />
      )}
      {live && (
        <div id="live-check-hint" className={styles.hint}>
          {LIVE_TEXT[lang].hint}
        </div>
      )}
      <div className={styles.status}>{busy === 'check' && <Spinner size="tiny" label={t.checking} labelPosition="after" />}</div>
      <div role="status" aria-live="polite" className={styles.visuallyHidden}>
        {announcement}
      </div>
      <div aria-live="polite">
        {notice && (
          <MessageBar intent={notice.intent} layout="multiline">
            <MessageBarBody>
              {notice.intent === 'error' && <MessageBarTitle>{t.errorTitle}</MessageBarTitle>}
              {notice.text}
            </MessageBarBody>
            <MessageBarActions>
              <Button size="small" onClick={() => setNotice(null)}>
                {t.dismiss}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
      </div>
      {report && showFixes && fixes.length > 0 && (
        <FixPanel
          key={report.findings.length}
          fixes={fixes}
          lang={lang}
          busy={disabled}
          inPlace={host.applyFixes !== undefined}
          onApply={(chosen) => void applyFixes(chosen)}
          onClose={() => setShowFixes(false)}
        />
      )}
      {report && (
        <>
          <Summary report={report} lang={lang} severity={severity} onSeverity={setSeverity} />
          {children?.(report)}
          <Findings
            report={report}
            lang={lang}
            severity={severity}
            selectedKey={selectedKey}
            busy={disabled}
            onSelect={(finding, key) => void select(finding, key)}
            details={(finding) => (read === null ? null : cellDetails(read, finding, lang))}
            onExplain={host.saveExplanations && explain}
          />
          {showFigures && <KeyFigures ref={figuresHeading} report={report} lang={lang} />}
        </>
      )}
    </>
  );
}
