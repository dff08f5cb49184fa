/** Bilingual tables written side by side become the per-language objects the code reads. */
import { sideBySide } from '../../src/engine';

interface Words {
  readonly title: string;
  readonly headers: readonly string[];
  readonly missing: string | null;
  count(n: number): string;
  readonly status: { readonly ok: string; readonly bad: string };
  readonly titles: Readonly<Record<string, string>>;
}

const WORDS = sideBySide<Words>({
  title: ['Tittel', 'Title'],
  headers: [
    ['Ark', 'Celle'],
    ['Sheet', 'Cell'],
  ],
  missing: [null, 'none'],
  count: [(n) => `${n} funn`, (n) => `${n} findings`],
  status: { ok: ['Bra', 'Good'], bad: ['Dårlig', 'Bad'] },
  // A nested object may also be given whole per language, when its keys differ.
  titles: [{ 'Usage:': 'Bruk:' }, {}],
});

test('each language gets its own side of every pair, nested tables included', () => {
  expect(WORDS.nb).toEqual({ title: 'Tittel', headers: ['Ark', 'Celle'], missing: null, count: expect.any(Function), status: { ok: 'Bra', bad: 'Dårlig' }, titles: { 'Usage:': 'Bruk:' } });
  expect(WORDS.en).toEqual({ title: 'Title', headers: ['Sheet', 'Cell'], missing: 'none', count: expect.any(Function), status: { ok: 'Good', bad: 'Bad' }, titles: {} });
  expect([WORDS.nb.count(2), WORDS.en.count(2)]).toEqual(['2 funn', '2 findings']);
});

test('keys keep their order (tables that are iterated read the same in both languages)', () => {
  expect(Object.keys(WORDS.nb)).toEqual(['title', 'headers', 'missing', 'count', 'status', 'titles']);
  expect(Object.keys(WORDS.en.status)).toEqual(['ok', 'bad']);
});
