/**
 * Node's native zlib as the reader's inflater (the CLI and batch mode): inflating the parts of a
 * 5,000-participant workbook natively takes a fraction of fflate's time in JavaScript. The
 * browser page never loads this file; it keeps fflate. `maxOutputLength` makes zlib stop at
 * the cap while it inflates, so a bomb costs at most the cap before it is handed back to fflate
 * (package.ts), which names it.
 */
import { inflateRawSync } from 'zlib';
import type { Inflaters } from './reader/read-workbook';
import type { WholeInflater } from './reader/package';

export const nodeInflate: WholeInflater = (data, maxBytes) => {
  try {
    return inflateRawSync(data, { maxOutputLength: maxBytes });
  } catch {
    return null; // too large or damaged: fflate reads it again and says which
  }
};

/**
 * zlib for every part it can take; fflate, required on first need, for the others. Loading
 * fflate builds its tables (~5 MB and ~20 ms per process), which a CLI run reading a sound file
 * never needs.
 */
export const NODE_INFLATERS: Inflaters = {
  whole: nodeInflate,
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  stream: () => (require('fflate') as typeof import('fflate')).Inflate,
};
