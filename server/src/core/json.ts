// The JSON shape of `actes check --format json` (GUIDE §2). Fields may be added, never renamed.
import type { Act, ActDocument, Range } from './model';
import type { ActesDiagnostic } from './rules/rule';
import { clean } from './text';

export function actToJson(act: Act) {
  const r = (x: { range: Range }) => x.range;
  return {
    kind: act.kind,
    police: act.police,
    authorBody: act.authorBody,
    extract: act.extract,
    number: act.number?.value ?? null,
    object: act.object ? clean(act.object.text) : null,
    date: act.date,
    collectivite: act.header.collectivite?.name ?? null,
    departement: act.header.departement?.name ?? null,
    visas: act.visas.map((v) => ({ text: clean(v.text), range: r(v) })),
    considerants: act.considerants.map((c) => ({ text: clean(c.text), range: r(c) })),
    dispositive: act.dispositive
      ? { verb: act.dispositive.verb, range: act.dispositive.range, items: act.dispositive.items.map((i) => i.verb) }
      : null,
    articles: act.articles.map((a) => ({ number: a.number ?? a.numberText, numberText: a.numberText, heading: a.heading, range: r(a) })),
    placeDate: act.placeDate ? { place: act.placeDate.place, date: act.placeDate.date, range: r(act.placeDate) } : null,
    signatories: act.signatories.map((s) => ({ name: s.name, quality: s.quality, role: s.role, delegated: s.delegated, range: r(s) })),
    recours: act.recours ? { delay: act.recours.delay, tribunal: act.recours.tribunal, range: r(act.recours) } : null,
    executoire: act.executoire ? { range: r(act.executoire), dates: act.executoire.dates } : null,
    seance: act.seance
      ? {
          date: act.seance.date, convocationDate: act.seance.convocationDate, membersInOffice: act.seance.membersInOffice,
          present: act.seance.present, represented: act.seance.represented, voters: act.seance.voters,
          president: act.seance.president, secretary: act.seance.secretary, range: act.seance.range,
        }
      : null,
    vote: act.vote
      ? { unanimous: act.vote.unanimous, for: act.vote.for, against: act.vote.against, abstentions: act.vote.abstentions, ...(act.vote.voters !== null ? { voters: act.vote.voters } : {}), range: act.vote.range }
      : null,
    // An election or a designation by the assembly (added when the act holds one): how it was voted, and the figures
    // of the round before each proclamation, as written (null where not).
    ...(act.election ? {
      election: {
        kind: act.election.kind, secret: act.election.secret, publicBallot: act.election.publicBallot, range: r(act.election),
        rounds: act.election.ballots.map((b) => ({
          round: b.round, voters: b.voters, blank: b.blank, invalid: b.invalid, cast: b.cast, majority: b.majority, best: b.best, range: r(b),
        })),
      },
    } : {}),
    transmission: act.transmission
      ? {
          identifier: act.transmission.identifier, actDate: act.transmission.actDate, nature: act.transmission.nature,
          matiere: act.transmission.matiere, transmissionDate: act.transmission.transmissionDate, receptionDate: act.transmission.receptionDate,
          range: r(act.transmission),
        }
      : null,
    // The days the act says it was published or displayed (« Publié le … », « Affiché du … »), in text order.
    // (And those the certification gives: « certifie le caractère exécutoire de la présente délibération … affichée le … ».)
    publishedOn: [...new Set([
      ...act.mentions.filter((m) => m.kind === 'published-on' && m.value !== null).map((m) => [m.start, m.value!] as const),
      ...(act.executoire?.publicityDates ?? []).filter((d) => d.published).map((d) => [d.start, d.iso] as const),
    ].sort((a, b) => a[0] - b[0]).map(([, iso]) => iso))],
    complete: act.complete,
    seen: act.seen,
    references: act.references.map((x) => ({
      type: x.type === 'code' ? 'other' : x.type, label: clean(x.label), code: x.code, article: x.article,
      nature: x.nature === 'loi-organique' ? 'loi' : x.nature, number: x.number, date: x.date, range: r(x),
    })),
  };
}

/** What `actes check --format json` adds for the document: its shape, and `acts` when it holds several. */
export function documentToJson(doc: ActDocument) {
  return { shape: doc.shape, ...(doc.acts.length > 1 ? { acts: doc.acts.map(actToJson) } : {}) };
}

export function diagnosticToJson(d: ActesDiagnostic) {
  return {
    code: d.code, severity: d.severity, message: d.message, range: d.range,
    ...(d.codeDescription ? { href: d.codeDescription.href } : {}),
  };
}
