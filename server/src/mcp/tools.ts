// The agent tools: check an act, read an article, suggest visas, explain a rule, parse an act.
// One definition serves the MCP server (actes-mcp) and the VS Code language-model tools (through
// the language server's `actes/tool` request). Pure glue over the core: input validated with zod,
// French text for the model or the person, a structured result, and never an exception.
import { z } from 'zod';
import type { Catalogue } from '../core/catalogue';
import type { ActKind } from '../core/model';
import type { Profile } from '../core/profile';
import { analyze } from '../core/service';
import { actToJson, diagnosticToJson } from '../core/json';
import { parseProfile } from '../core/settings';
import { RULES, ruleHref } from '../core/rules';
import { KIND_LABEL } from '../core/rules/util';
import { SEVERITY_LABEL, STATUS_LABEL, explainRule, nearRuleIds } from '../core/rules/explain';
import { lookupArticle } from '../core/features/article-lookup';
import { bestDelegationItem, delegationItemsFor, suggestionRank, visaPlainText, visaSuggestionsFor } from '../core/features/visa-suggestions';
import { catalogueCode } from '../core/features/legal-context';
import { displayArticle } from '../core/references';
import { fold, frenchDate } from '../core/text';

export interface ToolEnv {
  readonly catalogue: Catalogue;
  /** The collectivité's profile a call completes (actes.json, settings); the defaults when none. */
  readonly profile: Profile;
  /** Problems met while reading that profile (French), reported with check_act. */
  readonly profileProblems?: readonly string[];
  /** Base URI of the rules page, for rules whose source is usage rather than a text. */
  readonly docsBase: string | null;
}

export interface ToolOutcome {
  /** French text for the model or the person. */
  readonly text: string;
  /** The same facts as data (MCP structuredContent); absent on errors. */
  readonly structured?: Record<string, unknown>;
  readonly isError?: boolean;
}

/** Texts longer than this are refused (the parser takes anything, but a tool call is not a bulk loader). */
export const MAX_TEXT = 5_000_000;

const KINDS = Object.keys(KIND_LABEL).filter((k) => k !== 'unknown') as ActKind[];

// ---------------------------------------------------------------------------------------------
// Input schemas

const actText = z.string().max(MAX_TEXT).describe('Texte intégral de l’acte (arrêté, décision ou délibération), tel qu’il est rédigé.');

export const INPUTS = {
  check_act: z.object({
    text: actText,
    profile: z
      .record(z.string(), z.unknown())
      .optional()
      .describe(
        'Profil de la collectivité, comme le fichier actes.json : { "nom", "type" (commune, epci, metropole, syndicat, autre), "departement" ("73"), '
          + '"siren", "population", "tribunal", "signataire": { "nom", "qualite" }, "debutMandat", "debutCampagne" (AAAA-MM-JJ), "regles": { "VIS-005": "off" } }.',
      ),
  }),
  get_article: z.object({
    code: z.string().min(1).describe('Le code, par son abréviation ou son titre : « CGCT », « code général des collectivités territoriales », « CRPA », « code de la route ».'),
    article: z.string().min(1).describe('Le numéro de l’article : « L. 2122-22 », « L2122-22 », « R. 2122-7-1 ».'),
  }),
  suggest_visas: z.object({
    kind: z
      .string()
      .min(1)
      .describe(`Nature de l’acte : ${KINDS.map((k) => `« ${k} » (${KIND_LABEL[k]})`).join(', ')} ; l’intitulé en français est accepté.`),
    subject: z.string().max(2000).optional().describe('Objet de l’acte en quelques mots (« marché de travaux de voirie », « stationnement rue de la Gare ») : précise les visas et la matière déléguée.'),
  }),
  explain_rule: z.object({
    id: z.string().min(1).describe('Identifiant de la règle, tel que le donnent les diagnostics : « SIG-001 », « VIS-006 ».'),
  }),
  parse_act: z.object({ text: actText }),
} as const;

export type ToolName = keyof typeof INPUTS;

// ---------------------------------------------------------------------------------------------
// Output schemas (MCP outputSchema; the client checks structuredContent against them)

const position = z.object({ line: z.number().int(), character: z.number().int() });
const range = z.object({ start: position, end: position });
const actModel = z
  .looseObject({ kind: z.string(), number: z.string().nullable(), object: z.string().nullable() })
  .describe('Le modèle de l’acte : le champ « act » de `actes check --format json`.');
const legalSource = z.object({ label: z.string(), url: z.string().nullable() });

export const OUTPUTS: Record<ToolName, z.ZodObject> = {
  check_act: z.object({
    version: z.literal(1),
    act: actModel,
    diagnostics: z.array(
      z.looseObject({
        code: z.string(), severity: z.enum(['error', 'warning', 'information', 'hint']), message: z.string(), range,
        title: z.string(), legalSource,
      }),
    ),
    counts: z.object({ error: z.number(), warning: z.number(), information: z.number(), hint: z.number() }),
    profileProblems: z.array(z.string()),
  }),
  get_article: z.object({
    code: z.object({ key: z.string(), name: z.string(), abbreviations: z.array(z.string()) }),
    article: z.string(),
    text: z.string(),
    headings: z.array(z.string()),
    stateDate: z.string().nullable(),
    official: z.boolean(),
    notice: z.string(),
    url: z.string(),
  }),
  suggest_visas: z.object({
    kind: z.string(),
    kindLabel: z.string(),
    visas: z.array(
      z.object({
        id: z.string(), label: z.string(), text: z.string(), why: z.string(), conditional: z.boolean(),
        articles: z.array(z.object({ code: z.string(), article: z.string(), url: z.string().nullable() })),
      }),
    ),
    delegationItems: z.array(z.object({ n: z.number(), label: z.string() })),
  }),
  explain_rule: z.object({
    id: z.string(), title: z.string(), appliesTo: z.array(z.string()), severity: z.string(), explanationOnly: z.boolean(),
    details: z.string().nullable(), source: legalSource, status: z.string(),
  }),
  parse_act: z.object({ version: z.literal(1), act: actModel }),
};

// ---------------------------------------------------------------------------------------------
// Descriptions (French: they are read by the model and shown to the person)

export const TOOL_INFO: Record<ToolName, { title: string; description: string }> = {
  check_act: {
    title: 'Vérifier un acte',
    description:
      'Vérifie un acte administratif local (arrêté, décision, délibération) avec les règles déterministes d’Actes, hors ligne : '
      + 'mentions obligatoires, signature, date, visas, citations, séance, recours… Renvoie chaque diagnostic (identifiant de règle, '
      + 'sévérité, message, position, source juridique et lien Légifrance) et le modèle de l’acte. À appeler après avoir rédigé ou modifié un acte.',
  },
  get_article: {
    title: 'Lire un article de code',
    description:
      'Donne le texte d’un article de code (CGCT, CRPA) tel que le catalogue hors ligne le contient : texte, plan du code, date de la copie, '
      + 'caractère indicatif et lien Légifrance. À utiliser pour citer exactement un article plutôt que de s’en souvenir.',
  },
  suggest_visas: {
    title: 'Proposer des visas',
    description:
      'Propose les visas qui conviennent à une nature d’acte (décision du maire, arrêté du maire, délibération…), sous forme de texte prêt à coller '
      + '(« Vu le code général des collectivités territoriales, notamment… ; »), avec la raison de chacun.',
  },
  explain_rule: {
    title: 'Expliquer une règle',
    description: 'Explique une règle de vérification d’Actes à partir de son identifiant (« SIG-001 ») : ce qu’elle vérifie, pourquoi, et sa source juridique.',
  },
  parse_act: {
    title: 'Analyser la structure d’un acte',
    description:
      'Découpe un acte en son modèle (nature, numéro, objet, visas, considérants, dispositif, articles, lieu et date, signataires, recours, séance, vote, '
      + 'transmission, références), le JSON de `actes check --format json`, sans le vérifier.',
  },
};

export const TOOL_NAMES = Object.keys(INPUTS) as ToolName[];

/** JSON Schemas of a tool (draft-07, as MCP clients expect). */
export function toolSchemas(name: ToolName): { inputSchema: Record<string, unknown>; outputSchema: Record<string, unknown> } {
  const json = (s: z.ZodType, io: 'input' | 'output') => {
    const { $schema: _drop, ...rest } = z.toJSONSchema(s, { target: 'draft-7', io }) as Record<string, unknown>;
    return rest;
  };
  return { inputSchema: json(INPUTS[name], 'input'), outputSchema: json(OUTPUTS[name], 'output') };
}

// ---------------------------------------------------------------------------------------------
// Calling a tool

const error = (text: string): ToolOutcome => ({ text, isError: true });

const EXPECTED: Record<string, string> = { string: 'un texte', object: 'un objet', record: 'un objet', number: 'un nombre', boolean: 'vrai ou faux' };

/** Zod issues on `input` as one French sentence per field. */
export function frenchIssues(issues: readonly z.core.$ZodIssue[], input: unknown): string {
  const at = (path: readonly PropertyKey[]) =>
    path.reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), input);
  return issues
    .map((i) => {
      const field = i.path.length ? `« ${i.path.join('.')} »` : 'l’entrée';
      switch (i.code) {
        case 'invalid_type':
          return at(i.path) === undefined ? `${field} manque` : `${field} doit être ${EXPECTED[i.expected] ?? `de type ${i.expected}`}`;
        case 'too_small':
          return `${field} ne doit pas être vide`;
        case 'too_big':
          return `${field} est trop long (au plus ${Number(i.maximum).toLocaleString('fr-FR')} caractères)`;
        default:
          return `${field} n’est pas valable`;
      }
    })
    .join(' ; ');
}

/** Runs a tool on raw arguments. Never throws: bad input and internal faults give a French error outcome. */
export function callTool(name: string, args: unknown, env: ToolEnv): ToolOutcome {
  if (!(TOOL_NAMES as string[]).includes(name)) {
    return error(`Outil inconnu : « ${name} ». Outils d’Actes : ${TOOL_NAMES.join(', ')}.`);
  }
  const tool = name as ToolName;
  const input = args ?? {};
  const parsed = INPUTS[tool].safeParse(input);
  if (!parsed.success) return error(`Entrée invalide pour ${tool} : ${frenchIssues(parsed.error.issues, input)}.`);
  try {
    return RUN[tool](parsed.data as never, env);
  } catch (e) {
    return error(`Erreur interne d’Actes (${tool}) : ${(e as Error).message}. L’acte n’a pas pu être traité ; signalez-le avec le texte en cause.`);
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? 's' : ''}`;
const line = (r: { start: { line: number } }) => r.start.line + 1;
const KIND_ARTICLE: Record<ActKind, string> = {
  'arrete-maire': 'un', 'decision-maire': 'une', 'deliberation-cm': 'une', 'deliberation-epci-conseil': 'une', 'deliberation-epci-bureau': 'une',
  'arrete-president': 'un', 'decision-president': 'une', unknown: 'un',
};

function actLine(act: ReturnType<typeof actToJson>): string {
  const kind = act.kind === 'unknown' ? 'acte de nature non reconnue' : KIND_LABEL[act.kind as ActKind];
  return `${kind.charAt(0).toUpperCase()}${kind.slice(1)}${act.number ? ` n° ${act.number}` : ''}${act.object ? ` — ${act.object}` : ''}`;
}

/** Most diagnostics listed in the text summary (all of them are in the structured result). */
const SUMMARY_LIMIT = 60;

const RUN: { [K in ToolName]: (input: z.infer<(typeof INPUTS)[K]>, env: ToolEnv) => ToolOutcome } = {
  check_act({ text, profile: raw }, env) {
    const { profile, problems } = raw ? parseProfile([{ value: raw, where: 'profil' }], [], env.profile) : { profile: env.profile, problems: [] };
    const profileProblems = [...(env.profileProblems ?? []), ...problems];
    const a = analyze(text, { catalogue: env.catalogue, profile, docsBase: env.docsBase });
    const act = actToJson(a.act);
    const byId = new Map(RULES.map((r) => [r.id, r]));
    const counts = { error: 0, warning: 0, information: 0, hint: 0 };
    const diagnostics = a.diagnostics.map((d) => {
      counts[d.severity]++;
      const rule = byId.get(d.code);
      return {
        ...diagnosticToJson(d),
        title: rule?.title ?? '',
        legalSource: { label: rule?.source.label ?? '', url: rule ? ruleHref(rule, { catalogue: env.catalogue }, env.docsBase) : null },
      };
    });
    const out: string[] = [actLine(act), ''];
    out.push(
      diagnostics.length === 0
        ? 'Aucune remarque : les règles d’Actes ne relèvent rien dans cet acte.'
        : `${plural(counts.error, 'erreur')}, ${plural(counts.warning, 'avertissement')}, ${plural(counts.information, 'information')}, ${plural(counts.hint, 'suggestion')}.`,
    );
    const ordered = [...diagnostics].sort((x, y) => SEVERITY_ORDER[x.severity] - SEVERITY_ORDER[y.severity]);
    for (const d of ordered.slice(0, SUMMARY_LIMIT)) {
      const src = d.legalSource.label ? ` Source : ${d.legalSource.label}${d.legalSource.url ? ` (${d.legalSource.url})` : ''}.` : '';
      out.push(`- ligne ${line(d.range)}, ${SEVERITY_LABEL[d.severity]} ${d.code} : ${d.message}${src}`);
    }
    if (ordered.length > SUMMARY_LIMIT) out.push(`… et ${ordered.length - SUMMARY_LIMIT} autres remarques (résultat structuré).`);
    for (const p of profileProblems) out.push(`Profil : ${p}`);
    out.push('', 'Vérification déterministe et hors ligne ; elle ne remplace pas le contrôle de légalité.');
    return { text: out.join('\n'), structured: { version: 1, act, diagnostics, counts, profileProblems } };
  },

  get_article({ code, article }, env) {
    const r = lookupArticle(env.catalogue, code, article);
    switch (r.status) {
      case 'unknown-code':
        return error(`Code inconnu : « ${code} ». Donnez son abréviation (« CGCT », « CRPA ») ou son titre (« code général des collectivités territoriales »).`);
      case 'bad-article':
        return error(`« ${article} » n’est pas un numéro d’article : écrivez-le comme « L. 2122-22 » ou « R. 2122-7-1 ».`);
      case 'articles-not-held':
        return error(
          `Le texte des articles du ${r.code.name} n’est pas disponible hors ligne (actes --version liste les codes que le catalogue d’Actes contient).${r.notice ? ` ${r.notice}` : ''}${r.codeUrl ? ` Consultez l’article ${r.article} sur Légifrance : ${r.codeUrl}` : ''}`,
        );
      case 'unknown-article':
        return error(
          `L’article ${r.article} n’existe pas dans le ${r.code.name}${r.stateDate ? ` (copie à jour au ${frenchDate(r.stateDate)})` : ''}.`
            + (r.near.length ? ` Articles voisins : ${r.near.map((a) => a.display).join(', ')}.` : ''),
        );
      case 'found': {
        const { code: c, article: a } = r;
        const name = `${c.name.charAt(0).toUpperCase()}${c.name.slice(1)}`;
        const text = [`${name}, article ${a.display}`, r.headings.join(' › '), '', a.text, '', r.notice, `Légifrance : ${a.url}`].join('\n');
        return {
          text,
          structured: {
            code: { key: c.key, name: c.name, abbreviations: [...c.abbreviations] }, article: a.display, text: a.text, headings: [...r.headings],
            stateDate: r.stateDate, official: r.official, notice: r.notice, url: a.url,
          },
        };
      }
    }
  },

  suggest_visas({ kind: rawKind, subject }, env) {
    const kind = actKindOf(rawKind);
    if (!kind) return error(`Nature d’acte inconnue : « ${rawKind} ». Natures possibles : ${KINDS.map((k) => `${k} (${KIND_LABEL[k]})`).join(', ')}.`);
    const topic = subject ?? '';
    const facts = { police: /\bpolice\b|circulation|stationnement|s[ée]curit[ée] publique|salubrit/i.test(topic), topic, grandParis: /grand\s+paris/i.test(topic) };
    const items = kind === 'decision-maire' && topic ? delegationItemsFor(topic) : [];
    const best = kind === 'decision-maire' && topic ? bestDelegationItem(topic) : null;
    const chosen = best?.n ?? null;
    const visas = visaSuggestionsFor(kind, facts).map((s) => ({
      id: s.id,
      label: s.label,
      text: visaPlainText(s, chosen),
      why: s.documentation,
      conditional: !!s.when && suggestionRank(s, kind, facts) !== 0,
      articles: (s.articles ?? []).map((x) => {
        const c = catalogueCode(env.catalogue, x.code);
        return { code: x.code, article: displayArticle(x.num), url: (c && env.catalogue.article(c.key, x.num)?.url) ?? null };
      }),
    }));
    const out = [`Visas pour ${KIND_ARTICLE[kind]} ${KIND_LABEL[kind]}${topic ? ` (${topic})` : ''}, à coller avant le verbe du dispositif :`, ''];
    for (const v of visas) out.push(v.text);
    out.push('', 'Pourquoi :');
    for (const v of visas) out.push(`- ${v.label}${v.conditional ? ' (selon l’objet de l’acte)' : ''} : ${v.why}`);
    if (kind === 'decision-maire') {
      if (chosen) out.push('', `Matière déléguée retenue d’après l’objet : ${chosen}° de l’article L. 2122-22 (${best!.label}). Vérifiez qu’elle figure dans la délibération de délégation.`);
      else if (items.length) out.push('', `Matières de l’article L. 2122-22 possibles d’après l’objet : ${items.map((i) => `${i.n}° (${i.label})`).join(' ; ')}. Remplacez « [N°] » par la bonne.`);
      else out.push('', 'Remplacez « [N°] » par le numéro de la matière déléguée (1° à 31° de l’article L. 2122-22), et les crochets par le numéro et la date de la délibération.');
    }
    out.push('', 'Complétez les crochets ; rangez les visas par rang de texte (codes, puis lois, décrets, puis délibérations).');
    return {
      text: out.join('\n'),
      structured: { kind, kindLabel: KIND_LABEL[kind], visas, delegationItems: items.map((i) => ({ n: i.n, label: i.label })) },
    };
  },

  explain_rule({ id }, env) {
    const x = explainRule(id, env.catalogue);
    if (!x) return error(`Règle inconnue : « ${id} ». Les identifiants ont la forme « SIG-001 » ; par exemple ${nearRuleIds(id).join(', ')}. Liste complète : docs/regles.md.`);
    const out = [
      `${x.id} — ${x.title}`,
      '',
      `S’applique à : ${x.appliesTo.join(', ')}.`,
      x.explanationOnly ? 'Règle d’explication seulement : elle ne produit aucun diagnostic.' : `Sévérité par défaut : ${SEVERITY_LABEL[x.severity]} (réglable par la clé « regles » du profil ou le réglage actes.rules).`,
      `Source : ${x.source.label}${x.source.url ? ` (${x.source.url})` : ''}.`,
      `Statut de la source : ${STATUS_LABEL[x.status]}.`,
    ];
    if (x.details) out.push('', x.details);
    return { text: out.join('\n'), structured: { ...x, appliesTo: [...x.appliesTo] } };
  },

  parse_act({ text }) {
    const a = analyze(text);
    const act = actToJson(a.act);
    const counts = `${plural(act.visas.length, 'visa')}, ${plural(act.considerants.length, 'considérant')}, ${plural(act.articles.length, 'article')}`;
    return { text: `${actLine(act)} : ${counts}.\n\n${JSON.stringify({ version: 1, act }, null, 2)}`, structured: { version: 1, act } };
  },
};

const SEVERITY_ORDER = { error: 0, warning: 1, information: 2, hint: 3 } as const;

/** "decision-maire", "décision du maire", "Décision du Maire" → "decision-maire"; null when unknown. */
export function actKindOf(query: string): ActKind | null {
  const q = fold(query.trim()).replace(/[’']/g, ' ').replace(/\s+/g, ' ');
  if ((KINDS as string[]).includes(q)) return q as ActKind;
  for (const k of KINDS) if (fold(KIND_LABEL[k]) === q) return k;
  const president = /president|epci|communaut|metropol/.test(q);
  if (/^arrete/.test(q)) return president ? 'arrete-president' : 'arrete-maire';
  if (/^decision/.test(q)) return president ? 'decision-president' : 'decision-maire';
  if (/^deliberation/.test(q)) return /bureau/.test(q) ? 'deliberation-epci-bureau' : president ? 'deliberation-epci-conseil' : 'deliberation-cm';
  return null;
}
