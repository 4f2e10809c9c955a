// What every export format needs from an act, read once from the model: number (and a file name made from it),
// date, nature and matière codes for @ctes, the blocks of the text in order. Pure: no file system.
import type { Act, ActKind } from '../core/model';
import type { Profile } from '../core/profile';
import { TextIndex } from '../core/text';
import { declaredMatiere } from '../core/rules/ctes';

/** @ctes nature codes (actes:CodeNatureActe): 1 DE, 2 AR, 3 AI, 4 CC, 5 BF, 6 AU. */
export const NATURES: Record<number, { abrege: string; libelle: string }> = {
  1: { abrege: 'DE', libelle: 'Délibérations' },
  2: { abrege: 'AR', libelle: 'Actes réglementaires' },
  3: { abrege: 'AI', libelle: 'Actes individuels' },
  4: { abrege: 'CC', libelle: 'Contrats et conventions' },
  5: { abrege: 'BF', libelle: 'Documents budgétaires et financiers' },
  6: { abrege: 'AU', libelle: 'Autres' },
};

export interface ExportSignatory {
  readonly name: string | null;
  readonly quality: string | null;
}

export interface ExportAct {
  readonly kind: ActKind;
  readonly number: string | null;
  /** The number made safe for a file name: « BM2025/06/24/12 » → « BM2025-06-24-12 ». */
  readonly fileName: string;
  readonly date: string | null;
  readonly natureCode: number;
  /** Matière codes, level by level: « 7.1 » → ['7', '1']; empty when the act gives none. */
  readonly matiere: readonly string[];
  readonly title: string | null;
  readonly object: string | null;
  readonly collectivite: string | null;
  readonly header: readonly string[];
  readonly authority: string | null;
  readonly seance: string | null;
  readonly visas: readonly string[];
  readonly considerants: readonly string[];
  readonly verb: string | null;
  /** The dispositif: one entry per article (heading and body), or the paragraphs after the verb. */
  readonly dispositif: readonly { readonly heading: string | null; readonly body: string }[];
  readonly vote: string | null;
  readonly place: string | null;
  readonly signatories: readonly ExportSignatory[];
  readonly recours: string | null;
  /** Annexes announced by the act (the platform's stamp « Annexe(s) : … »). */
  readonly annexes: readonly string[];
}

/** A file name made from the act's number: letters, digits, « - » and « _ » only. */
export function safeFileName(number: string | null, fallback: string): string {
  const base = (number ?? '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
  return (base || fallback).slice(0, 80);
}

/** @ctes nature from the kind of act: délibérations DE; arrêtés réglementaires (police) AR; others AI. */
export function natureOf(act: Act): number {
  if (act.kind.startsWith('deliberation')) return 1;
  if (act.kind.startsWith('arrete') && act.police) return 2;
  if (act.kind === 'unknown') return 6;
  return 3;
}

/** Matière as read in the act (platform stamp « Thème Préfecture », a line « Classification : 7.1 ») or given. */
export function matiereOf(act: Act, text: string, override?: string | null): string[] {
  const raw = override ?? declaredMatiere(act, text)?.code ?? null;
  if (!raw) return [];
  const m = /^\s*(\d+(?:\.\d+)*)\s*$/.exec(raw);
  return m ? m[1].split('.').map((x) => String(Number(x))) : [];
}

const para = (s: string) => s.replace(/\s*\n\s*/g, ' ').replace(/\s+/g, ' ').trim();

function paragraphs(s: string): string[] {
  return s.split(/\n\s*\n/).map(para).filter((p) => p.length > 0);
}

/** Read the blocks of an act for the exports. Never throws on a model the parser produced. */
export function exportAct(act: Act, text: string, profile: Profile, fallbackName = 'acte'): ExportAct {
  const index = new TextIndex(text);
  const off = (p: { line: number; character: number }) => index.offsetAt(p);
  let dispositif: { heading: string | null; body: string }[] = [];
  if (act.articles.length > 0) {
    dispositif = act.articles.map((a) => ({
      heading: `Article ${a.number === '1er' ? '1er' : a.number ?? a.numberText}${a.heading ? ` – ${a.heading}` : ''}`,
      body: paragraphs(a.body).join('\n'),
    }));
  } else if (act.dispositive) {
    const start = off(act.dispositive.range.end);
    const ends = [act.vote?.range.start, act.placeDate?.range.start, act.signatories[0]?.range.start, act.recours?.range.start,
      act.executoire?.range.start, act.transmission?.range.start].filter((p): p is NonNullable<typeof p> => !!p).map(off).filter((o) => o > start);
    const end = ends.length ? Math.min(...ends) : text.length;
    dispositif = paragraphs(text.slice(start, end)).map((body) => ({ heading: null, body }));
  }
  const header = [act.header.republique?.text, act.header.collectivite?.text, act.header.departement?.text]
    .filter((x): x is string => !!x).map(para);
  const annexes = /Annexe\(?s?\)?\s*:\s*\**([^*\n]+)/i.exec(act.transmission?.text ?? '')?.[1]?.trim();
  return {
    kind: act.kind,
    number: act.number?.value ?? null,
    fileName: safeFileName(act.number?.value ?? null, fallbackName),
    date: act.date,
    natureCode: natureOf(act),
    matiere: matiereOf(act, text),
    title: act.title ? para(act.title.text.replace(/\*/g, '')) : null,
    object: act.object ? para(act.object.text.replace(/\*/g, '')) : (act.transmission?.object ?? null),
    collectivite: profile.name ?? act.header.collectivite?.name ?? null,
    header,
    authority: act.authority ? para(act.authority.text) : null,
    seance: seanceLine(act),
    visas: act.visas.map((v) => para(v.text.replace(/^[-•]\s*/, '').replace(/\*\*/g, ''))),
    considerants: act.considerants.map((c) => para(c.text)),
    verb: act.dispositive?.verb ?? null,
    dispositif,
    vote: act.vote ? para(act.vote.text) : null,
    place: act.placeDate?.place ?? null,
    signatories: act.signatories.filter((s) => s.role === 'author').map((s) => ({ name: s.name, quality: s.quality }))
      .concat(act.signatories.some((s) => s.role === 'author') || !profile.signatory ? [] : [{ name: profile.signatory.name, quality: profile.signatory.quality }]),
    // A recours written as an article is already in the dispositif.
    recours: act.recours && !act.articles.some((a) => a.start <= off(act.recours!.range.start) && off(act.recours!.range.start) < a.end) ? para(act.recours.text) : null,
    annexes: annexes ? annexes.split(/\s*[,;]\s*/).filter(Boolean) : [],
  };
}

/** The séance as one line: date, convocation, members in office, president, secretary. */
function seanceLine(act: Act): string | null {
  const s = act.seance;
  if (!s) return null;
  const parts = [
    s.date ? `Séance du ${dateFr(s.date)}` : 'Séance',
    s.convocationDate ? `date de la convocation : ${dateFr(s.convocationDate)}` : null,
    s.membersInOffice != null ? `membres en exercice : ${s.membersInOffice}` : null,
    s.present != null ? `présents : ${s.present}` : null,
    s.represented != null ? `représentés : ${s.represented}` : null,
    s.voters != null ? `votants : ${s.voters}` : null,
    s.president ? `président de séance : ${s.president}` : null,
    s.secretary ? `secrétaire${/ et /.test(s.secretary) ? 's' : ''} de séance : ${s.secretary}` : null,
  ].filter(Boolean);
  return parts.join(' ; ') + '.';
}

/** « 2025-04-17 » → « 17 avril 2025 ». */
export function dateFr(iso: string | null): string | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const months = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
  const d = Number(m[3]);
  return `${d === 1 ? '1er' : d} ${months[Number(m[2]) - 1]} ${m[1]}`;
}
