// Debug helper: print the parsed model of a file as JSON (node --import tsx scripts/dump.ts FILE).
import { readFileSync } from 'node:fs';
import { parse } from '../server/src/core/parse';
const act = parse(readFileSync(process.argv[2], 'utf8'));
const short = (s: { text?: string } & Record<string, unknown>) => ({ ...s, text: undefined, range: undefined, start: undefined, end: undefined });
console.log(JSON.stringify({
  ...act,
  visas: act.visas.map((v) => `${v.range.start.line}: ${v.body.slice(0, 80)} [${v.ending}]`),
  considerants: act.considerants.map((v) => `${v.range.start.line}: ${v.body.slice(0, 60)}`),
  articles: act.articles.map((a) => `${a.range.start.line}-${a.range.end.line} ${a.number} (${a.numberText}) h=${a.heading} | ${a.body.slice(0, 50)}`),
  references: act.references.map((r) => `${r.type} ${r.label} code=${r.code} art=${r.article} al=${r.alinea} item=${r.item} ${r.nature ?? ''} ${r.number ?? ''} ${r.date ?? ''} ${r.usualName ?? ''}`),
  recours: act.recours && short(act.recours as never),
  executoire: act.executoire && short(act.executoire as never),
  transmission: act.transmission && short(act.transmission as never),
  expose: act.expose?.text.slice(0, 80),
  signatories: act.signatories.map((s) => short(s as never)),
}, null, 1));
