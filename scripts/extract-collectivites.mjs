// Extracts the register of communes and EPCI à fiscalité propre from the dev dependency
// @etalab/decoupage-administratif into data/collectivites.json (one entry per line):
// communes [INSEE code, SIREN, name, département, population totale, year source] and EPCI
// [SIREN, name, type, population totale, member INSEE codes]. Refresh: `npm update
// @etalab/decoupage-administratif && npm run data`.
import { createRequire } from 'node:module';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './extract-lib.mjs';

const require = createRequire(import.meta.url);
const file = path.join(ROOT, 'data', 'collectivites.json');

try {
  const pkg = require('@etalab/decoupage-administratif/package.json');
  const communes = require('@etalab/decoupage-administratif/data/communes.json');
  const epcis = require('@etalab/decoupage-administratif/data/epci.json');
  // Population totale (CGCT, art. R. 2151-2) of each member commune, from the DGCL list of EPCI.
  const totale = new Map();
  for (const e of epcis) for (const m of e.membres) if (Number.isInteger(m.populationTotale)) totale.set(m.code, m.populationTotale);
  const rows = [];
  let municipale = 0;
  for (const c of communes) {
    if (c.type !== 'commune-actuelle' || !c.siren) continue;
    const t = totale.get(c.code);
    // Communes outside any EPCI (some islands): only the package's population municipale is known.
    if (t === undefined && Number.isInteger(c.population)) municipale++;
    rows.push([c.code, c.siren, c.nom, c.departement, t ?? c.population ?? null, t !== undefined ? 'T' : c.population != null ? 'M' : null]);
  }
  rows.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const epciRows = epcis
    .map((e) => [e.code, e.nom, e.type, e.populationTotale ?? null, e.membres.map((m) => m.code)])
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const before = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
  const meta = {
    source:
      `@etalab/decoupage-administratif ${pkg.version} (npm ; données Licence Ouverte, code MIT) : data/communes.json (Code officiel géographique de l’INSEE, SIREN des communes) ` +
      'et data/epci.json (liste et composition des EPCI à fiscalité propre de la DGCL, epcicom2026), extraits par scripts/extract-collectivites.mjs.',
    licence: 'Licence Ouverte / Open Licence (INSEE, DGCL, Etalab) ; paquet sous licence MIT.',
    millesime: 'COG 2026 ; EPCI au 1er janvier 2026',
    population:
      'Population totale (CGCT, art. R. 2151-2) donnée par la liste des EPCI de la DGCL pour 2026 (colonne « population totale » des communes membres, populations légales en vigueur au 1er janvier 2026) ; ' +
      'pour les communes hors EPCI, population municipale du paquet (marquée « M »).',
    colonnes_communes: ['insee', 'siren', 'nom', 'departement', 'population', 'T = population totale, M = population municipale'],
    colonnes_epci: ['siren', 'nom', 'type', 'population totale', 'communes membres (INSEE)'],
    version_paquet: pkg.version,
  };
  const lines = (xs) => xs.map((x) => JSON.stringify(x)).join(',\n');
  writeFileSync(file, `${JSON.stringify(meta).slice(0, -1)},\n"communes":[\n${lines(rows)}\n],\n"epci":[\n${lines(epciRows)}\n]}\n`);
  const key = (r) => JSON.stringify(r);
  const diff = (old, now) => {
    const a = new Set((old ?? []).map(key));
    const b = new Set(now.map(key));
    return { added: now.filter((r) => !a.has(key(r))).length, removed: (old ?? []).filter((r) => !b.has(key(r))).length };
  };
  const dc = diff(before?.communes, rows);
  const de = diff(before?.epci, epciRows);
  console.log(
    `Collectivités (data/collectivites.json) : ${rows.length} communes (${municipale} sans population totale), ${epciRows.length} EPCI ; ` +
      (dc.added || dc.removed || de.added || de.removed
        ? `${dc.added} commune(s) ajoutée(s) ou modifiée(s), ${dc.removed} retirée(s) ou remplacée(s) ; ${de.added} EPCI ajouté(s) ou modifié(s), ${de.removed} retiré(s) ou remplacé(s).`
        : 'inchangé.'),
  );
} catch (error) {
  console.error(`extract-collectivites : ${error.message}`);
  process.exit(1);
}
