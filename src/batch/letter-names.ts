/**
 * Where each report's feedback letter goes: `brev/<file>.html`, the file's path inside the
 * input folders flattened with `_`, so a letter never lands in a sub-folder. Names that would
 * collide get `-2`, `-3`.
 */
export const LETTERS_DIR = 'brev';

export function letterNames(files: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  const used = new Set<string>();
  for (const file of files) {
    const stem = file.replace(/\.[^./]*$/, '').replace(/[/\\]+/g, '_').replace(/[^\p{L}\p{N}._ -]+/gu, '-') || 'rapport';
    let name = `${stem}.html`;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${stem}-${n}.html`;
    used.add(name.toLowerCase());
    names.set(file, `${LETTERS_DIR}/${name}`);
  }
  return names;
}
