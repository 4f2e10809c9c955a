#!/usr/bin/env node
// Copies the test fixtures (the two seed acts and the annotated corpus) from the team's shared folder into
// test/fixtures/, so that the repository is self-contained: no test, benchmark or product code reads the shared
// folder. Run it when the shared material changes:
//   node scripts/sync-fixtures.mjs [--from <shared folder>]   (default: $ACTES_SHARED, else ../shared)
// It prints what it added, changed and removed, and exits 2 with a French message when the source is missing.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const fromFlag = args.indexOf('--from');
const from = path.resolve(fromFlag >= 0 ? args[fromFlag + 1] ?? '' : process.env.ACTES_SHARED ?? path.join(ROOT, '..', 'shared'));

const SETS = [
  { name: 'seeds', keep: (f) => f.endsWith('.txt') || f === 'README.md' },
  { name: 'corpus', keep: (f) => f.endsWith('.txt') || f === 'index.json' || f === 'README.md' },
];

let changes = 0;
for (const set of SETS) {
  const src = path.join(from, set.name);
  if (!existsSync(src)) {
    console.error(`sync-fixtures : dossier source introuvable : ${src} (indiquez-le avec --from).`);
    process.exit(2);
  }
  const dest = path.join(ROOT, 'test', 'fixtures', set.name);
  mkdirSync(dest, { recursive: true });
  const wanted = new Set(readdirSync(src).filter(set.keep));
  for (const f of [...wanted].sort()) {
    const bytes = readFileSync(path.join(src, f));
    const target = path.join(dest, f);
    const before = existsSync(target) ? readFileSync(target) : null;
    if (before && before.equals(bytes)) continue;
    writeFileSync(target, bytes);
    console.log(`${before ? 'modifié' : 'ajouté'} : test/fixtures/${set.name}/${f}`);
    changes++;
  }
  for (const f of readdirSync(dest)) {
    if (f === 'ORIGIN.md' || wanted.has(f)) continue;
    rmSync(path.join(dest, f));
    console.log(`supprimé : test/fixtures/${set.name}/${f}`);
    changes++;
  }
}
console.log(changes === 0 ? 'Les fixtures sont à jour.' : `${changes} fichier(s) mis à jour.`);
