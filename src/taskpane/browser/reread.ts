/**
 * Reading the saved file again. In Chromium the File System Access API hands the page a handle
 * to the file the person picked; `getFile()` on it later gives the file as it is on disk now,
 * so «Kontroller på nytt» sees what they saved in Excel. Elsewhere (Firefox, Safari, a file
 * dropped on the page) a picked File is a snapshot of the moment it was picked, and the person
 * must pick it again.
 */

/** The members of FileSystemFileHandle the page uses (TypeScript's DOM library lacks the picker). */
export interface SavedFileHandle {
  readonly name: string;
  getFile(): Promise<File>;
}

interface PickerOptions {
  readonly types?: readonly { readonly description: string; readonly accept: Readonly<Record<string, readonly string[]>> }[];
  readonly multiple?: boolean;
}

interface PickerWindow {
  showOpenFilePicker?: (options?: PickerOptions) => Promise<SavedFileHandle[]>;
}

const picker = (): PickerWindow['showOpenFilePicker'] => (globalThis as PickerWindow).showOpenFilePicker;

/** The browser can hand out a handle that re-reads the file from disk. */
export function canRereadFromDisk(): boolean {
  return typeof picker() === 'function';
}

/**
 * Asks for a workbook with the browser's own picker; null when the person cancels. The CSV
 * type is offered so that a CSV gets its next step instead of being invisible in the picker.
 */
export async function pickSavedFile(description: string): Promise<SavedFileHandle | null> {
  const show = picker();
  if (show === undefined) return null;
  try {
    const [handle] = await show({
      multiple: false,
      types: [
        {
          description,
          accept: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'],
            'application/vnd.ms-excel.sheet.macroEnabled.12': ['.xlsm'],
            'text/csv': ['.csv'],
          },
        },
      ],
    });
    return handle ?? null;
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return null; // cancelled
    throw error;
  }
}

/** A CSV by its name: the reader only says «not xlsx»; the page adds what to do about it. */
export const isCsvName = (name: string): boolean => /\.csv$/i.test(name);
