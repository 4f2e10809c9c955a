// Publication on the collectivité's site: the whole act as an accessible HTML page (lang="fr", landmarks, headings),
// with its author's name and quality and the date it was put online (CGCT, art. L. 2131-1 and R. 2131-1). Pure.
import type { ExportAct } from './document';
import { dateFr } from './document';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The title of the act as a heading: « Décision du maire n° DDM-2025-075 ». */
const KIND_TITLES: Partial<Record<ExportAct['kind'], string>> = {
  'arrete-maire': 'Arrêté du maire', 'arrete-president': 'Arrêté du président', 'decision-maire': 'Décision du maire',
  'decision-president': 'Décision du président', 'deliberation-cm': 'Délibération du conseil municipal',
  'deliberation-epci-conseil': 'Délibération du conseil', 'deliberation-epci-bureau': 'Délibération du bureau',
};

/**
 * Words of an act's title that capitals often carry without their accents (« DECISION DU MAIRE »): lowered for the
 * heading, they take them back (a word written with its accents keeps them).
 */
const TITLE_ACCENTS: Readonly<Record<string, string>> = {
  decision: 'décision', deliberation: 'délibération', president: 'président', presidente: 'présidente',
  metropole: 'métropole', communaute: 'communauté', reglementaire: 'réglementaire', regie: 'régie', securite: 'sécurité',
  general: 'général', departement: 'département', departemental: 'départemental', region: 'région', delegation: 'délégation',
  prefet: 'préfet', prefecture: 'préfecture', reglementation: 'réglementation',
};
/** « ARRETE » opens a title as the act's kind (« Arrêté »); further on it may be the verb (« arrête »): left as written. */
const FIRST_WORD_ACCENTS: Readonly<Record<string, string>> = { arrete: 'arrêté' };

export function actHeading(a: ExportAct): string {
  const title = a.title?.replace(/\s*N°.*$/i, '').trim() || KIND_TITLES[a.kind] || 'Acte';
  const lowered = title.toLowerCase().replace(/\p{L}+/gu, (w, at: number) => TITLE_ACCENTS[w] ?? (at === 0 ? FIRST_WORD_ACCENTS[w] : undefined) ?? w);
  const t = lowered.charAt(0).toUpperCase() + lowered.slice(1);
  return a.number ? `${t} n° ${a.number}` : t;
}

/** « Fait à Chambéry, le 17 avril 2025 »; a délibération with no place is dated by its séance. */
export function placeDateLine(a: ExportAct): string {
  const date = dateFr(a.date) ?? '…';
  if (!a.place && a.kind.startsWith('deliberation')) return `Délibéré en séance le ${date}`;
  return `Fait à ${a.place ?? '…'}, le ${date}`;
}

export interface PublicationOptions {
  /** ISO date the act is put online; null leaves the field to fill. */
  readonly onlineDate?: string | null;
}

/** The stylesheet of the published page (also the base of the preview's). */
export const ACT_STYLE = 'body{font-family:"DejaVu Serif",Georgia,serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#111}'
  + 'header p{margin:0}.republique{font-weight:bold;letter-spacing:.05em}h1{font-size:1.4rem;text-align:center;margin-top:2rem}'
  + '.objet{text-align:center;font-weight:bold}.verbe{text-align:center;font-weight:bold;margin:1.5rem 0}h3{font-size:1rem;margin-bottom:.25rem}'
  + '.signature{margin-left:50%;margin-top:2rem}.publication{border-top:1px solid #999;margin-top:2rem;padding-top:1rem;font-size:.9rem}';

export interface BodyOptions extends PublicationOptions {
  /** Show « #signature# » where the parapheur signs, as the PDF does. */
  readonly parapheur?: boolean;
}

/** The act's markup (header, main, footer), without the page around it. */
export function actBody(a: ExportAct, opts: BodyOptions = {}): string[] {
  const p = (s: string, cls?: string) => `<p${cls ? ` class="${cls}"` : ''}>${esc(s)}</p>`;
  const heading = actHeading(a);
  const parts: string[] = [];
  parts.push('<header>', ...a.header.map((h, i) => p(h, i === 0 && /r[ée]publique/i.test(h) ? 'republique' : undefined)), '</header>');
  parts.push('<main>', '<article>', `<h1>${esc(heading)}</h1>`);
  if (a.object) parts.push(p(a.object, 'objet'));
  if (a.seance) parts.push(p(a.seance, 'seance'));
  if (a.authority) parts.push(p(a.authority, 'autorite'));
  if (a.visas.length) parts.push('<section aria-labelledby="visas">', '<h2 id="visas" class="bloc">Visas</h2>', ...a.visas.map((v) => p(v)), '</section>');
  if (a.considerants.length) parts.push('<section aria-labelledby="considerants">', '<h2 id="considerants" class="bloc">Considérants</h2>', ...a.considerants.map((v) => p(v)), '</section>');
  parts.push('<section aria-labelledby="dispositif">', `<h2 id="dispositif" class="verbe">${esc(a.verb ? a.verb.charAt(0) + a.verb.slice(1).toLowerCase() : 'Dispositif')}</h2>`);
  for (const d of a.dispositif) {
    if (d.heading) parts.push(`<h3>${esc(d.heading)}</h3>`);
    parts.push(...d.body.split('\n').map((l) => p(l)));
  }
  if (a.vote) parts.push(p(a.vote, 'vote'));
  parts.push('</section>');
  parts.push(p(placeDateLine(a), 'fait'));
  parts.push('<section class="signature" aria-label="Signature">');
  for (const s of a.signatories.length ? a.signatories : [{ name: null, quality: null }]) {
    parts.push(p(s.quality ?? 'Qualité du signataire : …'), p(s.name ?? 'Prénom NOM : …', 'nom'));
  }
  if (opts.parapheur) parts.push(p('#signature#', 'parapheur'));
  parts.push('</section>', '</article>', '</main>');
  parts.push('<footer class="publication">');
  if (a.recours) parts.push(p(a.recours));
  parts.push(p(`Mis en ligne le ${opts.onlineDate ? dateFr(opts.onlineDate) ?? opts.onlineDate : '…'}`));
  parts.push('</footer>');
  return parts;
}

export function actHtml(a: ExportAct, opts: PublicationOptions = {}): string {
  const heading = actHeading(a);
  return ['<!DOCTYPE html>', '<html lang="fr">', '<head>', '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(heading)}${a.object ? ` – ${esc(a.object)}` : ''}</title>`,
    `<style>${ACT_STYLE}</style>`,
    '</head>', '<body>', ...actBody(a, opts), '</body>', '</html>', ''].join('\n');
}

export { esc as escapeHtml };
