// Numbering patterns: how a collectivité numbers each kind of act (profile key `numerotation`), or the pattern a
// series of the folder follows. A pattern is the number with its variable parts as tokens: `{AAAA}` the year,
// `{AA}` its last two digits, `{NNN}` the rank padded with zeros to as many digits as there are N
// (« DCM-{AAAA}-{NNN} » gives DCM-2025-001, DCM-2025-002…). Pure.
import type { ActKind } from '../model';

/** The kinds of act a pattern is given for (the keys of `numerotation`). */
export type NumberingFamily = 'deliberation' | 'arrete' | 'decision';
export type Numbering = Readonly<Partial<Record<NumberingFamily, string>>>;
export const NUMBERING_FAMILIES: readonly NumberingFamily[] = ['deliberation', 'arrete', 'decision'];

export function familyOf(kind: ActKind): NumberingFamily | null {
  if (kind.startsWith('deliberation')) return 'deliberation';
  if (kind.startsWith('arrete')) return 'arrete';
  if (kind.startsWith('decision')) return 'decision';
  return null;
}

export interface NumberPattern {
  /** The pattern as written (« DCM-{AAAA}-{NNN} »). */
  readonly text: string;
  /** Digits of the rank, at least. */
  readonly rankWidth: number;
  readonly hasYear: boolean;
  /** Year and rank of a number that follows the pattern (compared without spaces, in upper case), else null. */
  match(number: string): { readonly year: string | null; readonly rank: number } | null;
  format(year: string, rank: number): string;
}

const TOKEN = /\{(AAAA|AA|N+)\}/g;
const MAX_PATTERN = 40;

/** A pattern read from its text; null unless it holds exactly one rank `{N…}`, at most one year, no other brace. */
export function compilePattern(text: string): NumberPattern | null {
  if (typeof text !== 'string' || text.length === 0 || text.length > MAX_PATTERN) return null;
  const parts: ({ literal: string } | { token: string })[] = [];
  let last = 0;
  let ranks = 0;
  let years = 0;
  let rankWidth = 0;
  for (const m of text.matchAll(TOKEN)) {
    if (m.index! > last) parts.push({ literal: text.slice(last, m.index) });
    parts.push({ token: m[1] });
    if (m[1].startsWith('N')) {
      ranks++;
      rankWidth = m[1].length;
    } else years++;
    last = m.index! + m[0].length;
  }
  if (last < text.length) parts.push({ literal: text.slice(last) });
  if (ranks !== 1 || years > 1 || rankWidth > 6) return null;
  if (parts.some((p) => 'literal' in p && /[{}\s]/.test(p.literal))) return null;
  const source = parts.map((p) => ('literal' in p ? p.literal.toUpperCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    : p.token.startsWith('N') ? '(?<rank>\\d+)' : `(?<year>\\d{${p.token.length}})`)).join('');
  const regex = new RegExp(`^${source}$`);
  const hasYear = years === 1;
  return {
    text, rankWidth, hasYear,
    match(number) {
      const m = regex.exec(number.replace(/\s+/g, '').replace(/[.,;:]+$/, '').toUpperCase());
      if (!m?.groups) return null;
      const y = m.groups.year ?? null;
      return { year: y === null ? null : y.length === 2 ? `20${y}` : y, rank: Number(m.groups.rank) };
    },
    format(year, rank) {
      return parts.map((p) => ('literal' in p ? p.literal
        : p.token === 'AAAA' ? year : p.token === 'AA' ? year.slice(-2) : String(rank).padStart(p.token.length, '0'))).join('');
    },
  };
}

/** The pattern a number follows: « DDM-2025-075 » → « DDM-{AAAA}-{NNN} »; null when it ends with no digits. */
export function inferPattern(number: string): string | null {
  const n = number.replace(/\s+/g, '').replace(/[.,;:]+$/, '');
  if (/[{}]/.test(n)) return null;
  const m = /(\d+)(\D*)$/.exec(n);
  if (!m || m[1].length > 6) return null;
  const head = n.slice(0, m.index);
  const year = /(?<!\d)(?:19|20)\d{2}(?!\d)/.exec(head);
  const headPattern = year ? `${head.slice(0, year.index)}{AAAA}${head.slice(year.index + 4)}` : head;
  return `${headPattern}{${'N'.repeat(m[1].length)}}${m[2]}`;
}
