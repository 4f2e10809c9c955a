// The collectivité's profile: what the act alone cannot tell (population, SIREN…).
// Built from settings and the workspace file `actes.json`; validated outside the core.
import type { Severity } from './rules/rule';
import type { Numbering } from './register/numbering';
import type { Nomenclature } from './classification';

export type CollectiviteKind = 'commune' | 'epci' | 'metropole' | 'syndicat' | 'autre';

export interface Profile {
  readonly name: string | null;
  readonly kind: CollectiviteKind | null;
  /** Département code as INSEE writes it: "73", "2A", "971". */
  readonly departement: string | null;
  readonly siren: string | null;
  readonly population: number | null;
  /** Seat of the competent tribunal administratif, when it must override the département's. */
  readonly tribunal: string | null;
  readonly signatory: { readonly name: string; readonly quality: string } | null;
  /** ISO date the current mandate began (delegations older than this lapse: DEL-002). */
  readonly mandateStart: string | null;
  /** ISO date the electoral campaign opens (loan delegations end then: DEL-004). */
  readonly campaignStart: string | null;
  /** Severity per rule id; "off" disables the rule. */
  readonly rules: Readonly<Record<string, Severity | 'off'>>;
  /**
   * « essentiel » (default): errors, warnings and the remarks worth a person's attention; typographic and
   * citation-style remarks grouped as one hint per rule. « complet »: every remark at its own severity.
   */
  readonly level: Level;
  /** The tiers de télétransmission the acts go through (CTES rules, `actes export ctes`); null: none named. */
  readonly teletransmission?: Teletransmission | null;
  /** SIRET of the collectivité (14 digits), for the open-data file (SCDL COLL_SIRET). */
  readonly siret?: string | null;
  /**
   * The collectivité's numbering pattern per kind of act (`{ "deliberation": "DCM-{AAAA}-{NNN}" }`): the next-number
   * completion and REG-005 use it; null: the patterns are inferred from the folder.
   */
  readonly numerotation?: Numbering | null;
  /** The préfecture's classification file (`actes:RetourClassification`) as the profile names it; the shells read it. */
  readonly classification?: string | null;
  /** The nomenclature read from that file (CTES-003, completion of matières); null: the national one. */
  readonly nomenclature?: Nomenclature | null;
}

export type Teletransmission = 's2low' | 'pastell' | 'fast' | 'schema';

export type Level = 'essentiel' | 'complet';

export const DEFAULT_PROFILE: Profile = Object.freeze({
  name: null,
  kind: null,
  departement: null,
  siren: null,
  population: null,
  tribunal: null,
  signatory: null,
  mandateStart: null,
  campaignStart: null,
  rules: Object.freeze({}),
  level: 'essentiel',
  teletransmission: null,
  siret: null,
  numerotation: null,
  classification: null,
  nomenclature: null,
});
