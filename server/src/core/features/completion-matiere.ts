// Completion of the matière (@ctes classification) where the act states it: after « Classification : »,
// « Matière : » (« Matière @ctes : », « Thème Préfecture : »), the codes of the nomenclature in force — the
// préfecture's when the profile names its classification file, else the national one — with their labels:
// « 7.1 – Décisions budgétaires ». Only codes of two levels or more: the platforms require the first two.
import type { CompletionItem, CompletionItemKind, InsertTextFormat } from 'vscode-languageserver-types';
import type { Position } from '../model';
import type { Analysis } from '../service';
import { matierePath, type ActiveNomenclature } from '../classification';
import { frenchDate } from '../text';

const ENUM_MEMBER: CompletionItemKind = 20;
const PLAIN_TEXT: InsertTextFormat = 1;

/** The line before the caret, folded: a label of the classification, a colon, then the code being typed. */
const LINE = /^[ \t*_-]*(?:classification|matiere|theme)(?:\s+(?:@?ctes|prefecture|actes))?[ \t\u00a0\u202f]*:[ \t\u00a0\u202f]*\**[ \t\u00a0\u202f]*([\d.]*)$/;

/** « 7.10 » sorts after « 7.9 »: each level padded. */
const sortKey = (code: string) => code.split('.').map((p) => p.padStart(3, '0')).join('.');

export function matiereCompletions(analysis: Analysis, position: Position, nomenclature: ActiveNomenclature): CompletionItem[] {
  const { index, folded } = analysis;
  if (position.line < 0 || position.line >= index.lineCount || nomenclature.matieres.length === 0) return [];
  const lineStart = index.lineStarts[position.line];
  const cursor = index.offsetAt(position);
  if (cursor - lineStart > 200) return [];
  const m = LINE.exec(folded.slice(lineStart, cursor));
  if (!m) return [];
  const typed = m[1];
  const start = index.positionAt(cursor - typed.length);
  const where = nomenclature.prefecture
    ? `Classification de la préfecture (${nomenclature.file}${nomenclature.date ? `, du ${frenchDate(nomenclature.date)}` : ''}).`
    : 'Nomenclature nationale des matières (les niveaux suivants viennent du fichier de classification de la préfecture).';
  const items: CompletionItem[] = [];
  for (const x of nomenclature.matieres) {
    if (!x.code.includes('.') || !x.code.startsWith(typed)) continue;
    const text = `${x.code} – ${x.libelle}`;
    const parents = matierePath(nomenclature.matieres, x.code.split('.').slice(0, -1).join('.'));
    items.push({
      label: text,
      kind: ENUM_MEMBER,
      detail: parents ?? undefined,
      documentation: where,
      sortText: sortKey(x.code),
      insertTextFormat: PLAIN_TEXT,
      textEdit: { range: { start, end: position }, newText: text },
    });
  }
  return items;
}
