/**
 * The portfolio's texts made in a child process while the parent writes portfolio.xlsx: the
 * child's answer is used when it comes, and the texts are made in the parent when it does not.
 */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { buildPortfolio } from '../../src/batch/portfolio';
import type { Portfolio } from '../../src/batch/portfolio';
import { checkFiles } from '../../src/batch/pool';
import { discoverInputs } from '../../src/batch/discover';
import { letterNames } from '../../src/batch/letter-names';
import { portfolioTexts } from '../../src/batch/portfolio-texts';
import { renderElsewhere } from '../../src/batch/render-elsewhere';
import { ensureDistBuilt } from '../helpers/dist';
import { BATCH_NOW, makeCorpus, tempDir } from './helpers';

let portfolio: Portfolio;
let names: ReadonlyMap<string, string>;
beforeAll(async () => {
  ensureDistBuilt('dist/batch/render-worker.js');
  const corpus = await makeCorpus(11);
  const inputs = await discoverInputs([corpus.dir]);
  const outcomes = await checkFiles(inputs.map((i) => i.path), { jobs: 1, lang: 'nb', now: BATCH_NOW, inProcess: true });
  portfolio = buildPortfolio(inputs, outcomes, { lang: 'nb', suppressSmall: false, generatedAt: BATCH_NOW, modified: new Map() });
  names = letterNames(portfolio.submissions.map((s) => s.file));
}, 180_000);

test('the render worker makes exactly the texts this process would', async () => {
  const mine = portfolioTexts(portfolio, names);
  const theirs = await renderElsewhere(portfolio, names).texts;
  expect(theirs.html).toBe(mine.html);
  expect(theirs.json).toBe(mine.json);
  expect([...theirs.letters]).toEqual([...mine.letters]);
  expect(mine.letters.size).toBeGreaterThanOrEqual(20);
}, 60_000);

test("the child's answer is what is used", async () => {
  const script = join(tempDir('render-scripted'), 'answering.js');
  await fs.writeFile(script, `process.on('message', (r) => process.send({ texts: { html: 'from the child: ' + r.portfolio.submissions.length, json: '{}', letters: new Map([['a', r.names.size]]) } }));`);
  const texts = await renderElsewhere(portfolio, names, script).texts;
  expect(texts.html).toBe(`from the child: ${portfolio.submissions.length}`);
  expect([...texts.letters]).toEqual([['a', names.size]]);
});

test.each([
  ['dies', `process.on('message', () => process.exit(3));`],
  ['throws', `process.on('message', () => { throw new Error('boom'); });`],
  ['cannot load', `syntax error here (`],
])('a render child that %s: the texts are made here, the same as ever', async (_, body) => {
  const script = join(tempDir('render-failing'), 'failing.js');
  await fs.writeFile(script, body);
  const texts = await renderElsewhere(portfolio, names, script).texts;
  const mine = portfolioTexts(portfolio, names);
  expect(texts.html).toBe(mine.html);
  expect(texts.json).toBe(mine.json);
  expect([...texts.letters]).toEqual([...mine.letters]);
}, 60_000);
