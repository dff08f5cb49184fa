/**
 * The page outside Office: open a report (button, drag-and-drop or the bundled example), check
 * it here, and download the marked workbook or the HTML report. The file is read in the browser
 * by the same reader as the command line's; nothing is uploaded. «Kontroller på nytt» reads the
 * saved file from disk again where the browser allows it (reread.ts).
 */
import { DragEvent, useRef, useState } from 'react';
import {
  Button,
  makeStyles,
  mergeClasses,
  shorthands,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import type { CellFix, Explanation, Lang, Report } from '../../engine';
import { ActionRow } from '../components/ActionRow';
import { Pane } from '../components/Pane';
import { isReadError } from '../errors';
import { FINDINGS_TEXT } from '../findings-text';
import { fill, PANE_TEXT } from '../i18n';
import { BrowserHost } from './browser-host';
import { derivedName, HTML_TYPE, saveFile, XLSX_TYPE } from './download';
import { loadAnnotator, loadFixedCopy, loadHtmlReport, loadReader, loadTemplateWriter } from './lazy';
import { PAGE_TEXT } from './page-text';
import { canRereadFromDisk, isCsvName, pickSavedFile, SavedFileHandle } from './reread';

/** Served next to taskpane.html (webpack copies it from examples/). */
export const EXAMPLE_URL = 'examples/rapport-med-feil.xlsx';
export const EXAMPLE_NAME = 'rapport-med-feil.xlsx';

const useStyles = makeStyles({
  drop: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  dragging: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorBrandBackground2 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
  privacy: { margin: 0 },
  fileLine: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  fileName: { minWidth: 0, overflowWrap: 'anywhere', fontWeight: tokens.fontWeightSemibold },
  downloads: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** Where the opened file came from, which decides how «Kontroller på nytt» reads it again. */
type Source =
  | { readonly kind: 'disk'; readonly handle: SavedFileHandle } // re-read with getFile()
  | { readonly kind: 'picked' } // a File from the input or a drop: pick it again
  | { readonly kind: 'example' }; // fetched again from the server

interface Opened {
  /** Changes with every read, so the pane starts afresh. */
  readonly id: number;
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly host: BrowserHost;
  readonly source: Source;
}

/** The empty template, from the first screen and from the downloads. */
const templateName = (lang: Lang): string => (lang === 'nb' ? 'indikatormal.xlsx' : 'indicator-template.xlsx');

async function templateDownload(lang: Lang): Promise<{ content: BlobPart; type: string }> {
  const { writeTemplate } = await loadTemplateWriter();
  return { content: (await writeTemplate(lang)) as BlobPart, type: XLSX_TYPE };
}

function readReason(error: unknown, lang: Lang, name = ''): string {
  if (isReadError(error)) {
    const reason = error.describe(lang);
    // The reader judges by content («not xlsx»); a CSV by name gets what to do next.
    return isCsvName(name) ? `${reason}. ${PAGE_TEXT[lang].csvNextStep.replace(/\.$/, '')}` : reason;
  }
  const message = error instanceof Error ? error.message.split('\n')[0] : '';
  return message || PANE_TEXT[lang].unknownValue;
}

export function BrowserPage({ lang }: { readonly lang: Lang }) {
  const t = PANE_TEXT[lang];
  const p = PAGE_TEXT[lang];
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [reading, setReading] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [hint, setHint] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const counter = useRef(0);

  /**
   * Reads a file and shows its findings. A failed read clears the previous result, so no
   * findings of another (or an older) file stand under the error. Explanations written in the
   * page for the same file are carried over to the new read.
   */
  async function open(name: string, source: Source, bytes: () => Promise<ArrayBuffer>, carried: readonly Explanation[] = []): Promise<void> {
    setReading(name);
    setFailure(null);
    setHint(null);
    try {
      const data = new Uint8Array(await bytes());
      const { readXlsxBuffer } = await loadReader();
      const snapshot = await readXlsxBuffer(data);
      counter.current += 1;
      setOpened({ id: counter.current, name, bytes: data, host: new BrowserHost(snapshot, carried), source });
    } catch (error) {
      setOpened(null);
      setFailure(fill(t.readFailed, { file: name, reason: readReason(error, lang, name) }));
    } finally {
      setReading(null);
    }
  }

  function openFile(file: File | undefined): void {
    if (file) void open(file.name, { kind: 'picked' }, () => file.arrayBuffer(), sameFileExplanations(file.name));
  }

  function openFromDisk(handle: SavedFileHandle, carried: readonly Explanation[] = []): void {
    void open(handle.name, { kind: 'disk', handle }, async () => (await handle.getFile()).arrayBuffer(), carried);
  }

  /** «Åpne fil»: the browser's own picker with a handle where there is one, else the file input. */
  async function chooseFile(): Promise<void> {
    if (!canRereadFromDisk()) {
      input.current?.click();
      return;
    }
    try {
      const handle = await pickSavedFile(p.pickerDescription);
      if (handle) openFromDisk(handle);
    } catch {
      input.current?.click(); // a picker that refuses (policy, iframe): the input still works
    }
  }

  function openExample(carried: readonly Explanation[] = []): void {
    void open(
      EXAMPLE_NAME,
      { kind: 'example' },
      async () => {
        const response = await fetch(EXAMPLE_URL);
        if (!response.ok) throw new Error(t.exampleFailed);
        return response.arrayBuffer();
      },
      carried,
    );
  }

  /** The page's explanations, when the file picked again is the one on screen. */
  function sameFileExplanations(name: string): readonly Explanation[] {
    return opened !== null && opened.name === name ? opened.host.storedExplanations : [];
  }

  /** «Kontroller på nytt»: the file as it is saved now. */
  function recheckFromDisk(current: Opened): void {
    const carried = current.host.storedExplanations;
    if (current.source.kind === 'disk') openFromDisk(current.source.handle, carried);
    else if (current.source.kind === 'example') openExample(carried);
    else {
      setHint(p.pickAgain);
      input.current?.click();
    }
  }

  async function downloadTemplate(): Promise<void> {
    try {
      const { content, type } = await templateDownload(lang);
      saveFile(content, type, templateName(lang));
    } catch (error) {
      setFailure(readReason(error, lang));
    }
  }

  function onDrop(event: DragEvent<HTMLDivElement>): void {
    event.preventDefault();
    setDragging(false);
    openFile(event.dataTransfer.files[0]);
  }

  const fileInput = (
    <input
      ref={input}
      type="file"
      accept=".xlsx,.xlsm,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      hidden
      data-testid="file-input"
      onChange={(event) => {
        openFile(event.target.files?.[0]);
        // Choosing the same file again must read it again.
        event.target.value = '';
      }}
    />
  );
  const dropHandlers = {
    onDragOver: (event: DragEvent<HTMLDivElement>) => {
      event.preventDefault();
      setDragging(true);
    },
    onDragLeave: () => setDragging(false),
    onDrop,
    'data-testid': 'drop-zone',
  };

  return (
    <>
      {opened === null ? (
        <div className={mergeClasses(styles.drop, dragging && styles.dragging)} {...dropHandlers}>
          <p className={styles.hint}>{p.whatIsChecked}</p>
          <div className={styles.buttons}>
            <Button appearance="primary" disabledFocusable={reading !== null} onClick={() => void chooseFile()}>
              {t.openFile}
            </Button>
            <Button disabledFocusable={reading !== null} onClick={() => void downloadTemplate()}>
              {t.downloadTemplate}
            </Button>
            <Button disabledFocusable={reading !== null} onClick={() => openExample()}>
              {t.tryExample}
            </Button>
          </div>
          <p className={styles.hint}>
            {t.dropHere} {t.dropHint}
          </p>
          <p className={styles.privacy}>{t.privacy}</p>
          {fileInput}
        </div>
      ) : (
        // After a check the file area shrinks to one line, so the findings start near the top.
        <div className={mergeClasses(styles.fileLine, dragging && styles.dragging)} {...dropHandlers}>
          <span className={styles.fileName}>{fill(t.openedFile, { file: opened.name })}</span>
          <Button size="small" disabledFocusable={reading !== null} onClick={() => recheckFromDisk(opened)}>
            {p.recheck}
          </Button>
          <Button size="small" disabledFocusable={reading !== null} onClick={() => void chooseFile()}>
            {FINDINGS_TEXT[lang].openAnother}
          </Button>
          {fileInput}
        </div>
      )}
      {reading !== null && <Spinner size="tiny" label={fill(t.reading, { file: reading })} labelPosition="after" />}
      {hint !== null && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{hint}</MessageBarBody>
        </MessageBar>
      )}
      {failure !== null && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{t.errorTitle}</MessageBarTitle>
            {failure}
          </MessageBarBody>
        </MessageBar>
      )}
      {opened !== null && (
        <div key={opened.id}>
          <Pane host={opened.host} lang={lang} autoCheck fixedCopy={(fixes) => downloadFixedCopy(opened, fixes, lang)}>
            {(report) => <Downloads opened={opened} report={report} lang={lang} />}
          </Pane>
        </div>
      )}
    </>
  );
}

/** `rapport.xlsx` → `rapport-rettet.xlsx`: the file with exactly the chosen fixes, nothing else changed. */
async function downloadFixedCopy(opened: Opened, fixes: readonly CellFix[], lang: Lang): Promise<string> {
  const { writeFixedCopy } = await loadFixedCopy();
  const { bytes } = await writeFixedCopy(opened.bytes, fixes);
  const fileName = derivedName(opened.name, lang === 'nb' ? 'rettet' : 'fixed', 'xlsx');
  saveFile(bytes as BlobPart, XLSX_TYPE, fileName);
  return fileName;
}

function Downloads({ opened, report, lang }: { readonly opened: Opened; readonly report: Report; readonly lang: Lang }) {
  const t = PANE_TEXT[lang];
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ intent: 'success' | 'warning' | 'error'; text: string } | null>(null);

  /** `note`: what the person should know about the file they got (what a copy lacks). */
  async function run(fileName: string, make: () => Promise<{ content: BlobPart; type: string; note?: string }>): Promise<void> {
    setBusy(true);
    setMessage(null);
    try {
      const { content, type, note } = await make();
      saveFile(content, type, fileName);
      const ready = fill(t.downloadReady, { file: fileName });
      setMessage(note === undefined ? { intent: 'success', text: ready } : { intent: 'warning', text: `${ready} ${note}` });
    } catch (error) {
      // The file was read and checked; only writing it again failed. Say so, not «cannot be checked».
      const p = PAGE_TEXT[lang];
      const reason = isReadError(error) && error.reason === 'too-large' ? p.copyTooLarge : readReason(error, lang);
      setMessage({ intent: 'error', text: fill(p.copyRefused, { reason }) });
    } finally {
      setBusy(false);
    }
  }

  const annotated = () =>
    run(derivedName(opened.name, lang === 'nb' ? 'kontrollert' : 'checked', 'xlsx'), async () => {
      const { annotateWorkbook, copyLosses } = await loadAnnotator();
      const p = PAGE_TEXT[lang];
      // One load and one write: the explanations go in with the findings.
      const annotated = await annotateWorkbook(opened.bytes, report, lang, { explanations: opened.host.storedExplanations }).catch((error: unknown) => {
        // Our reader read this file; ExcelJS, which writes the copy, could not load it.
        throw isReadError(error) && error.reason === 'damaged' ? new Error(p.copyUnsupported) : error;
      });
      const losses = copyLosses(opened.bytes, annotated);
      const what = losses.map(({ kind, missing }) => `${p.lossNames[kind]} (${missing})`).join(', ');
      return { content: annotated as BlobPart, type: XLSX_TYPE, note: losses.length === 0 ? undefined : fill(p.copyLacks, { what }) };
    });

  const html = () =>
    run(derivedName(opened.name, lang === 'nb' ? 'rapport' : 'report', 'html'), async () => {
      const { formatHtml } = await loadHtmlReport();
      return { content: formatHtml([{ file: opened.name, report }]), type: HTML_TYPE };
    });

  return (
    <section aria-labelledby="rs-downloads-heading">
      <h2 id="rs-downloads-heading">{t.downloadsHeading}</h2>
      <p className={styles.hint}>{t.browserMarksNote}</p>
      {opened.host.storedExplanations.length > 0 && <p className={styles.hint}>{PAGE_TEXT[lang].explanationsTravel}</p>}
      <ActionRow
        className={styles.downloads}
        disabled={busy}
        actions={[
          { label: t.downloadAnnotated, run: annotated },
          { label: t.downloadHtml, run: html },
          { label: t.downloadTemplate, run: () => run(templateName(lang), () => templateDownload(lang)) },
        ]}
      />
      {message && (
        <MessageBar intent={message.intent} layout="multiline">
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
