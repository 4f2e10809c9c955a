// CTES: what the tiers de télétransmission (S²LOW, Pastell, FAST) refuse, checked before sending.
// The platform comes from the profile (`teletransmission`); without it only the ACTES schema's limits apply.
import type { Finding, Severity } from './rule';
import type { Act, Range } from '../model';
import type { Teletransmission } from '../profile';
import { isDeliberation, isArrete } from './util';
import { ctesNatureCode } from '../lexicon';
import { type DocumentedRule, mentionOf } from './support';
import { activeNomenclature } from '../classification';
import { frenchDate } from '../text';

/** What each platform accepts as an act's number (libriciel/s2low ActesTransaction, libriciel/pastell actes-generique). */
export const NUMBER_RULES: Record<Teletransmission, { readonly test: (n: string) => boolean; readonly label: string; readonly expected: string }> = {
  s2low: { test: (n) => /^(?:[A-Z0-9][A-Z0-9_]{0,13})?[A-Z0-9]$/.test(n), label: 'S²LOW', expected: 'majuscules sans accent, chiffres et « _ » (ni au début ni à la fin), 15 caractères au plus' },
  pastell: { test: (n) => /^[0-9A-Z_]{1,15}$/.test(n), label: 'Pastell', expected: 'majuscules sans accent, chiffres et « _ », 15 caractères au plus' },
  fast: { test: (n) => n.length >= 1 && n.length <= 15, label: 'FAST', expected: '15 caractères au plus (schéma ACTES)' },
  schema: { test: (n) => n.length >= 1 && n.length <= 15, label: 'le schéma ACTES', expected: '15 caractères au plus' },
};

/** A number the platforms take, close to the one written: « DDM-2025-075 » → « DDM_2025_075 ». */
export function platformNumber(n: string): string {
  const plain = n.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase();
  const joined = plain.replace(/[^A-Z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  if (joined.length <= 15) return joined;
  // « PC 001 033 25 00004 » (a permit's national number): without its separators it fits.
  const compact = plain.replace(/[^A-Z0-9]+/g, '');
  if (compact.length <= 15) return compact;
  // Cut short, two acts would share a number (REG-001): no suggestion.
  return '';
}

/** @ctes nature code (actes:CodeNatureActe) the kind of act calls for, or null when several fit. */
export function expectedNatures(act: Act): readonly number[] | null {
  if (isDeliberation(act.kind)) return [1];
  if (isArrete(act.kind)) return act.police ? [2, 3] : [2, 3];
  return null;
}

/** Nature code read from the words of the platform's stamp (« Délibération », « Actes individuels »…): the lexicon's. */
export const natureFromLabel = ctesNatureCode;

/**
 * The classification the act declares: the platform's stamp (« Thème Préfecture : 7 - … 1 - … »), else a line
 * « Classification : 7.1 », « Matière : 7.1.2 » (or « Matière @ctes », « Thème ») anywhere in the text.
 */
export function declaredMatiere(act: Act, _text?: string): { code: string; start: number; end: number } | null {
  if (act.transmission?.matiere) return { code: act.transmission.matiere, start: act.transmission.start, end: act.transmission.end };
  const m = mentionOf(act, 'classification');
  return m?.value ? { code: m.value, start: m.start, end: m.end } : null;
}

const NATURE_LABELS = ['', 'délibérations (DE)', 'actes réglementaires (AR)', 'actes individuels (AI)', 'contrats et conventions (CC)', 'documents budgétaires (BF)', 'autres (AU)'];

const numberRange = (act: Act): Range | null => act.number?.range ?? act.title?.range ?? null;

export const CTES_001: DocumentedRule = {
  id: 'CTES-001',
  title: 'Le numéro de l’acte passe la plateforme de télétransmission choisie (S²LOW, Pastell : majuscules, chiffres et « _ », 15 caractères au plus).',
  kinds: 'all',
  severity: 'warning',
  source: { label: 'Schéma ACTES v1.1 (NumeroInterne) ; libriciel/s2low ActesTransaction ; libriciel/pastell actes-generique', url: null },
  status: 'secondary',
  doc: { details: 'Le profil choisit la plateforme (`"teletransmission": "s2low"`, `"pastell"`, `"fast"` ou `"schema"`). Sans plateforme, seule la limite du schéma (15 caractères) est vérifiée, en information : l’acte n’est peut-être pas télétransmis, et le numéro saisi à l’envoi peut différer de celui du registre. Quand le profil nomme la plateforme, un numéro qu’elle refuserait est un avertissement dans l’éditeur (l’acte s’écrit, il ne part pas encore) et une erreur pour `actes check`, qu’on lance avant l’envoi (`actes export ctes` le rappelle en avertissement). Le numéro doit aussi être unique dans la collectivité (REG-001).' },
  check({ act, profile, draft }) {
    if (!act.number) return [];
    const platform = profile.teletransmission ?? 'schema';
    const rule = NUMBER_RULES[platform];
    const n = act.number.value;
    if (rule.test(n)) return [];
    // Before sending (`actes check`) a number the platform refuses is an error; while the act is written, a warning.
    // With no platform in the profile, the act may not be sent at all (most individual acts are not transmitted), and
    // the number keyed in at the sending may differ from the register's: an information.
    const severity: Severity = !profile.teletransmission ? 'information' : !draft ? 'error' : 'warning';
    const suggestion = platformNumber(n);
    const example = suggestion && suggestion !== n ? ` ; par exemple « ${suggestion} »` : '';
    if (!profile.teletransmission) {
      return [{
        range: act.number.range,
        severity,
        message: `Si l’acte est télétransmis, le schéma ACTES n’accepte pas le numéro « ${n} » : ${rule.expected}${example}. Le numéro saisi à l’envoi peut différer de celui du registre ; indiquez la plateforme dans le profil (« teletransmission ») pour que ce contrôle devienne un avertissement.`,
      }];
    }
    return [{
      range: act.number.range,
      severity,
      message: `${rule.label.charAt(0).toUpperCase()}${rule.label.slice(1)} refuse le numéro « ${n} » : ${rule.expected}${example}.`,
    }];
  },
};

export const CTES_002: DocumentedRule = {
  id: 'CTES-002',
  title: 'L’objet tient en 499 caractères (limite des plateformes de télétransmission).',
  kinds: 'all',
  severity: 'warning',
  source: { label: 'Schéma ACTES v1.1 (Objet, 500 caractères) ; S²LOW et Pastell : 499', url: null },
  status: 'secondary',
  check({ act }) {
    const o = act.object;
    if (!o) return [];
    const len = o.text.replace(/\s+/g, ' ').trim().length;
    if (len <= 499) return [];
    return [{ range: o.range, message: `L’objet compte ${len} caractères : les plateformes de télétransmission en acceptent 499 ; raccourcissez-le.` }];
  },
};

export const CTES_003: DocumentedRule = {
  id: 'CTES-003',
  title: 'La classification (matière) est donnée sur deux niveaux au moins et existe dans la nomenclature.',
  kinds: 'all',
  severity: 'warning',
  source: { label: 'S²LOW : « Les deux premiers niveaux de classification sont obligatoires » ; nomenclature nationale des matières', url: null },
  status: 'secondary',
  doc: { details: 'Vérifiée quand le profil nomme une plateforme (`teletransmission`). La matière se lit dans le bloc de transmission (« Thème Préfecture : 7.1 ») ou sur une ligne « Classification : 7.1 » ou « Matière : 7.1 ». La nomenclature est la nationale (deux niveaux), ou celle de la préfecture quand le profil nomme son fichier de classification (`"classification": "classification.xml"`, un XML actes:RetourClassification) : le code est alors vérifié à tous ses niveaux.' },
  check({ act, profile, catalogue, text, index }) {
    if (!profile.teletransmission) return [];
    const declared = declaredMatiere(act, text);
    const range = declared ? index.range(declared.start, declared.end) : act.transmission?.range ?? numberRange(act);
    if (!range) return [];
    const m = declared?.code ?? null;
    if (!m) {
      return [{ range, message: 'Aucune classification (matière) dans l’acte : les deux premiers niveaux sont obligatoires pour la télétransmission ; ajoutez une ligne « Classification : 7.1 » (décisions budgétaires).' }];
    }
    if (!/^\d+\.\d+/.test(m)) {
      return [{ range, message: `La classification « ${m} » n’a qu’un niveau : les deux premiers niveaux (« 7.1 ») sont obligatoires pour la télétransmission.` }];
    }
    const nomenclature = activeNomenclature(catalogue, profile);
    if (nomenclature.matieres.length === 0) return [];
    const parts = m.split('.').map((x) => String(Number(x)));
    if (nomenclature.prefecture) {
      // Every level the act gives must exist in the préfecture's file.
      for (let i = 2; i <= parts.length; i++) {
        const code = parts.slice(0, i).join('.');
        if (nomenclature.matieres.some((x) => x.code === code)) continue;
        const of = `la classification de la préfecture (${nomenclature.file}${nomenclature.date ? `, du ${frenchDate(nomenclature.date)}` : ''})`;
        return [{ range, message: i === parts.length && i > 2
          ? `La classification « ${m} » n’existe pas dans ${of} : « ${parts.slice(0, i - 1).join('.')} » n’y a pas de sous-matière « ${parts[i - 1]} ».`
          : `La classification « ${m} » n’existe pas dans ${of}.` }];
      }
      return [];
    }
    const two = parts.slice(0, 2).join('.');
    if (!nomenclature.matieres.some((x) => x.code === two)) {
      return [{ range, message: `La classification « ${m} » n’existe pas dans la nomenclature nationale des matières (de 1.1 à 9.4).` }];
    }
    return [];
  },
};

export const CTES_004: DocumentedRule = {
  id: 'CTES-004',
  title: 'La nature @ctes déclarée correspond à l’acte (une délibération en DE, un arrêté en AR ou AI).',
  kinds: 'all',
  severity: 'information',
  display: 'essentiel',
  source: { label: 'Schéma ACTES v1.1 (CodeNatureActe)', url: null },
  status: 'secondary',
  doc: { details: 'Vérifiée quand le profil nomme une plateforme, d’après la nature écrite dans le bloc de transmission.' },
  check({ act, profile }) {
    if (!profile.teletransmission || !act.transmission?.nature) return [];
    const declared = act.transmission.natureCode;
    const expected = expectedNatures(act);
    if (!declared || !expected || expected.includes(declared)) return [];
    return [{
      range: act.transmission.range,
      message: `Nature déclarée « ${act.transmission.nature} » (${NATURE_LABELS[declared]}) pour ${isDeliberation(act.kind) ? 'une délibération' : 'un arrêté'} : on attend ${expected.map((c) => NATURE_LABELS[c]).join(' ou ')}.`,
    }];
  },
};

const ANNEX_FORMATS = /\.(?:pdf|xml|png|jpe?g)$/i;

export const CTES_005: DocumentedRule = {
  id: 'CTES-005',
  title: 'Les annexes annoncées sont jointes, dans un format que les plateformes acceptent (PDF, XML, PNG, JPEG).',
  kinds: 'all',
  severity: 'information',
  display: 'essentiel',
  source: { label: 'S²LOW et Pastell : acte en PDF ; annexes PDF, XML, PNG ou JPEG, 150 Mo au total', url: null },
  status: 'secondary',
  doc: { details: 'Vérifiée quand le profil nomme une plateforme : une annexe nommée avec une extension refusée (.docx, .odt…) est signalée ; un acte qui renvoie à une pièce « annexée » rappelle de la joindre.' },
  check({ act, profile }) {
    if (!profile.teletransmission) return [];
    const out: Finding[] = [];
    const declared = mentionOf(act, 'annexes-declared')?.value ?? '';
    for (const name of declared.split(/\s*[,;]\s*/).filter(Boolean)) {
      if (/\.[a-z0-9]{2,5}$/i.test(name) && !ANNEX_FORMATS.test(name)) {
        out.push({ range: act.transmission!.range, message: `L’annexe « ${name} » n’est pas dans un format accepté : PDF, XML, PNG ou JPEG.` });
      }
    }
    if (!declared) {
      const piece = mentionOf(act, 'annexed-piece');
      const a = piece && act.articles.find((x) => x.start === piece.start);
      if (a) out.push({ range: a.headingRange, message: 'L’acte renvoie à une pièce annexée : joignez-la à l’envoi (PDF, XML, PNG ou JPEG, 150 Mo au total).' });
    }
    return out;
  },
};

export const CTES_RULES = [CTES_001, CTES_002, CTES_003, CTES_004, CTES_005] as const;
