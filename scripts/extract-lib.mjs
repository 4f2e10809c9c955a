// Shared helpers of the data extraction scripts (npm run data): LEGI trees of
// @socialgouv/legi-data, the compact code-file format of data/codes/, and the
// change report printed after each refresh.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** VIGUEUR, or ABROGE_DIFF: in force now, repealed at a later date. */
const IN_FORCE = new Set(['VIGUEUR', 'ABROGE_DIFF']);

/** Plain text with one line per paragraph; `texte` in the package loses the line breaks. */
export function htmlToText(html) {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|tr|li|center|h\d)>/gi, '\n')
    .replace(/<\/t[dh]>/gi, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

const squash = (s) => s.replace(/\s+/g, '');

/**
 * Articles of a code of @socialgouv/legi-data in force on the code's last change date
 * (`dateModif`): [{num, path, texte, legiarti}], in code order.
 */
export function readLegiCode(require, legitext) {
  const pkg = require('@socialgouv/legi-data/package.json');
  const tree = JSON.parse(readFileSync(require.resolve(`@socialgouv/legi-data/data/${legitext}.json`), 'utf8'));
  const textDate = tree.data.dateModif;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(textDate)) throw new Error(`arbre inattendu pour ${legitext} (dateModif ${textDate})`);
  const stateTime = Date.parse(`${textDate}T00:00:00Z`);
  const articleInForce = (data) => IN_FORCE.has(data.etat) && data.dateDebut <= stateTime && stateTime < data.dateFin;
  const articles = [];
  let skipped = 0;
  (function walk(node, titles) {
    if (node.type === 'article') {
      const d = node.data;
      if (!articleInForce(d)) {
        skipped++;
        return;
      }
      const texte = d.texteHtml ? htmlToText(d.texteHtml) : d.texte.trim();
      // The paragraph breaks come from the HTML; the words must be those of `texte`.
      if (squash(texte) !== squash(d.texte)) throw new Error(`article ${d.num} : le texte HTML diffère du texte brut`);
      articles.push({ num: d.num, path: titles, texte, legiarti: d.id });
      return;
    }
    if (node.type === 'section' && !IN_FORCE.has(node.data.etat)) return;
    const next = node.type === 'section' ? [...titles, node.data.title] : titles;
    for (const child of node.children ?? []) walk(child, next);
  })(tree, []);
  return { version: pkg.version, title: tree.data.title, textDate, articles, skipped };
}

/** Section paths → a table of [title, parent index or -1], and each article's section index. */
export function sectionTable(articles) {
  const sections = [];
  const index = new Map();
  const sectionOf = (p) => {
    if (!p.length) return -1;
    const key = p.join('\u0000');
    let at = index.get(key);
    if (at === undefined) {
      const parent = sectionOf(p.slice(0, -1));
      at = sections.length;
      sections.push([p[p.length - 1].replace(/\s+/g, ' ').trim(), parent]);
      index.set(key, at);
    }
    return at;
  };
  return { sections, rows: articles.map((a) => sectionOf(a.path)) };
}

/**
 * Writes a code file of data/codes/: metadata, the section table, then one article per line
 * ([num, section, text, legiarti or null]) so that a refresh shows as a readable diff.
 */
export function writeCodeFile(file, meta, articles) {
  const { sections, rows } = sectionTable(articles);
  const head = JSON.stringify({ ...meta, count: articles.length, sections }).slice(0, -1);
  const lines = articles.map((a, i) => JSON.stringify([a.num, rows[i], a.texte, a.legiarti ?? null]));
  writeFileSync(file, `${head},\n"articles":[\n${lines.join(',\n')}\n]}\n`);
}

/** Articles of an existing code file (compact or CRPA-like), as num → text; empty when absent. */
export function readArticlesOf(file) {
  if (!existsSync(file)) return { date: null, texts: new Map() };
  const data = JSON.parse(readFileSync(file, 'utf8'));
  const texts = new Map();
  for (const a of data.articles ?? []) {
    if (Array.isArray(a)) texts.set(a[0], a[2]);
    else texts.set(a.num, a.texte);
  }
  return { date: data.date_du_texte ?? null, texts };
}

/** One French line saying what a refresh changed in a code. */
export function reportCodeChange(label, before, after) {
  const added = [...after.texts.keys()].filter((n) => !before.texts.has(n));
  const removed = [...before.texts.keys()].filter((n) => !after.texts.has(n));
  const changed = [...after.texts.keys()].filter((n) => before.texts.has(n) && before.texts.get(n) !== after.texts.get(n));
  const list = (nums) => (nums.length ? ` (${nums.slice(0, 5).join(', ')}${nums.length > 5 ? '…' : ''})` : '');
  const date = before.date === after.date ? `état du ${after.date}` : `état du ${before.date ?? '—'} → ${after.date}`;
  if (!added.length && !removed.length && !changed.length && before.date === after.date) return `${label} : inchangé (${date}, ${after.texts.size} articles).`;
  return `${label} : ${date} ; ${added.length} ajouté(s)${list(added)}, ${removed.length} retiré(s)${list(removed)}, ${changed.length} modifié(s)${list(changed)} ; ${after.texts.size} articles.`;
}
