// Fixtures: the seeds and the annotated corpus, copied into test/fixtures/ (see its ORIGIN.md).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Act } from '../../server/src/core/model';

export const FIXTURES = path.resolve(__dirname, '..', 'fixtures');
export const SEEDS_DIR = path.join(FIXTURES, 'seeds');
export const CORPUS_DIR = path.join(FIXTURES, 'corpus');

export const seedFiles = () => readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(SEEDS_DIR, f));
export const readSeed = (n: 0 | 1) => readFileSync(seedFiles()[n], 'utf8');
export const corpusFiles = () => readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(CORPUS_DIR, f));

export interface Annotated {
  id: string;
  file: string;
  kind: string;
  annotation: Record<string, any>;
}

export function annotatedActs(): Annotated[] {
  const index = JSON.parse(readFileSync(path.join(CORPUS_DIR, 'index.json'), 'utf8'));
  return index.acts.filter((a: any) => a.annotated && a.annotation);
}

export interface FieldResult {
  id: string;
  field: string;
  expected: unknown;
  actual: unknown;
  agree: boolean;
}

/** Compare the model with one act's hand annotation, field by field (only fields the annotator filled in). */
export function compareWithAnnotation(act: Act, a: Annotated): FieldResult[] {
  const out: FieldResult[] = [];
  const ann = a.annotation;
  const add = (field: string, expected: unknown, actual: unknown) => {
    if (expected === null || expected === undefined) return;
    out.push({ id: a.id, field, expected, actual, agree: expected === actual });
  };
  // The index's kinds are coarser than the model's: compare the family.
  const family = (k: string) => (k.startsWith('deliberation-epci') ? 'deliberation-epci' : k.startsWith('arrete') ? 'arrete' : k.startsWith('decision') ? 'decision' : k);
  if (a.kind !== 'other') add('kind', family(a.kind), family(act.kind));
  add('visas_count', ann.visas_count, act.visas.length);
  add('considerants_count', ann.considerants_count, act.considerants.length);
  add('articles_count', ann.articles_count, act.articles.length);
  add('place_and_date.present', ann.place_and_date_line?.present, act.placeDate !== null);
  // The annotation names whoever signs (sometimes only the secrétaire de séance).
  const authors = act.signatories;
  add('signatory.name_present', ann.signatory?.name_present, authors.some((s) => s.name !== null));
  add('signatory.quality_present', ann.signatory?.quality_present, authors.some((s) => s.quality !== null));
  add('recours.present', ann.recours_mention?.present, act.recours !== null);
  add('executoire.present', ann.executoire_certification?.present, act.executoire !== null);
  const d = ann.deliberation;
  if (d) {
    add('seance.date', d.seance_date, act.seance?.date ?? null);
    add('seance.convocation_date', d.convocation_date, act.seance?.convocationDate ?? null);
    add('seance.members_in_office', d.members_en_exercice, act.seance?.membersInOffice ?? null);
    add('seance.present', d.presents, act.seance?.present ?? null);
    add('seance.represented', d.representes, act.seance?.represented ?? null);
    add('seance.voters', d.votants, act.seance?.voters ?? null);
    const key = (x: unknown) => (typeof x === 'string' ? x.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase() : x);
    add('seance.secretary', key(d.secretaire_de_seance), key(act.seance?.secretary ?? null));
  }
  return out;
}
