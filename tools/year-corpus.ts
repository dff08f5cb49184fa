/**
 * A caseworker's year: `count` submissions (60 by default in the tests) for reporting year
 * 2025 as they really arrive. Mostly clean reports of three programme types, some with errors
 * or warnings, small programmes, an organisation that sent three versions (the last one
 * corrected), one that sent the same file twice, one that runs two programmes, two programmes
 * whose 2024 report is in the folder too, and three files that cannot be read. Every file's
 * modification time is set, so "the newest version" is the same on every run.
 */
import { promises as fs } from 'node:fs';
import { dirname } from 'node:path';
import { PROGRAMME_TYPES } from '../src/engine';
import { buildReportWorkbook } from './report-workbook';
import { cleanContent, Content, CorpusEntry, flawed, missingJobRelevance, orgNumber, Planned, Programme, Random, unclearGoals, Variant, writeWorkbook } from './make-corpus';

const ORGS = ['Bydel Nord', 'Jobbnett', 'Karrierebrua', 'Mentorhuset', 'Fagfolk i arbeid', 'Vestland integrering', 'Nettverk Øst', 'Kompetanseløftet', 'Sammen i jobb', 'Nordlys mentor', 'Trøndelag trainee', 'Agder arbeid', 'Broen', 'Inkludering Innlandet', 'Ny i Norge-senteret'];
const PLACES = ['', ' Bergen', ' Drammen', ' Tromsø', ' Kristiansand', ' Bodø', ' Hamar', ' Molde'];
const PROGRAMMES = ['Mentorløftet', 'Karrierestart', 'Fagmentor', 'Jobbvenn', 'Traineeløpet', 'Broen til jobb', 'Kompetanse i bruk', 'Nye kolleger', 'Første jobb', 'Veien videre'];

const day = (n: number): Date => new Date(Date.UTC(2026, 0, 5) + n * 3_600_000);
const slug = (text: string): string => text.toLowerCase().replace(/[^a-z0-9æøå]+/g, '-').replace(/^-|-$/g, '');

export function planYear(count: number, random: Random): Planned[] {
  const planned: Planned[] = [];
  const numbers = new Set<string>();
  let n = 0;
  const programme = (participants: number, year = 2025): Programme & { type: string } => {
    const i = n++;
    const org = `${ORGS[i % ORGS.length]}${PLACES[Math.floor(i / ORGS.length) % PLACES.length]}${i >= ORGS.length * PLACES.length ? ` ${i}` : ''}`;
    let number = orgNumber(random);
    while (numbers.has(number)) number = orgNumber(random);
    numbers.add(number);
    return { orgName: org, orgNumber: number, programName: `${PROGRAMMES[i % PROGRAMMES.length]} ${org.split(' ')[0]}`, year, participants, type: PROGRAMME_TYPES[i % 3] };
  };
  const size = (): number => 10 + Math.floor(random() * 25);
  const make = (p: Programme & { type: string }, change: (c: Content, r: Random) => Content = (c) => c): Content => {
    const base = cleanContent(p, random);
    return change({ ...base, info: { ...base.info, programType: p.type } }, random);
  };
  const addContent = (file: string, variant: Variant, p: Programme, content: Content, counted = true): void => {
    planned.push({
      entry: { file, variant, orgNumber: p.orgNumber, year: p.year, participants: p.participants, broken: false, counted },
      write: (path) => writeWorkbook(path, content),
      modified: day(planned.length),
    });
  };
  const add = (file: string, variant: Variant, p: Programme & { type: string }, change?: (c: Content, r: Random) => Content, counted = true): void =>
    addContent(file, variant, p, make(p, change), counted);

  // The special cases first (14 files), then the ordinary reports fill the year up to `count`.
  const versioned = programme(size());
  add(`2025/${slug(versioned.orgName)}-v1.xlsx`, 'version', versioned, flawed, false);
  add(`2025/${slug(versioned.orgName)}-v2.xlsx`, 'version', versioned, flawed, false);
  add(`2025/${slug(versioned.orgName)}-endelig.xlsx`, 'version', versioned);
  const copied = programme(size());
  // The same file sent twice: the same content under two names.
  const copy = make(copied);
  addContent(`2025/${slug(copied.orgName)}.xlsx`, 'copy', copied, copy, false);
  addContent(`2025/${slug(copied.orgName)} (1).xlsx`, 'copy', copied, copy);
  const two = programme(size());
  add(`2025/${slug(two.orgName)}-mentor.xlsx`, 'second-programme', { ...two, type: 'Mentorprogram' });
  add(`2025/${slug(two.orgName)}-trainee.xlsx`, 'second-programme', { ...two, programName: `Traineeløpet ${two.orgName}`, type: 'Traineeprogram' });
  for (let i = 0; i < 2; i++) {
    const p = programme(size());
    add(`2024/${slug(p.orgName)}-2024.xlsx`, 'previous-year', { ...p, year: 2024 });
    add(`2025/${slug(p.orgName)}.xlsx`, 'good', p);
  }
  for (let i = 0; i < 2; i++) {
    const p = programme(3 + i);
    add(`2025/lite-${slug(p.orgName)}.xlsx`, 'small', p);
  }
  const broken = (file: string, variant: Variant, bytes: () => Promise<Buffer>): void => {
    const entry: CorpusEntry = { file, variant, orgNumber: null, year: null, participants: 0, broken: true };
    planned.push({ entry, write: async (path) => { await fs.mkdir(dirname(path), { recursive: true }); await fs.writeFile(path, await bytes()); }, modified: day(planned.length) });
  };
  broken('2025/ulesbar-tom.xlsx', 'broken-empty', async () => Buffer.alloc(0));
  broken('2025/ulesbar-tekst.xlsx', 'broken-not-zip', async () => Buffer.from('Dette er ikke et regneark.\n', 'utf8'));
  const truncated = cleanContent(programme(20), random);
  broken('2025/ulesbar-avkuttet.xlsx', 'broken-truncated', async () => {
    const full = Buffer.from((await buildReportWorkbook(truncated).xlsx.writeBuffer()) as ArrayBuffer);
    return full.subarray(0, Math.floor(full.length / 2));
  });

  const rest = Math.max(0, count - planned.length);
  for (let i = 0; i < rest; i++) {
    const p = programme(size());
    const file = `2025/${slug(p.orgName)}.xlsx`;
    // About one in seven with errors, one in ten with warnings only.
    const r = i % 20;
    if (r === 3 || r === 9 || r === 16) add(file, 'flawed', p, flawed);
    else if (r === 5 || r === 13) add(file, 'unclear-goals', p, unclearGoals);
    else if (r === 11) add(file, 'missing-job-relevance', p, missingJobRelevance);
    else add(file, 'good', p);
  }
  return planned;
}
