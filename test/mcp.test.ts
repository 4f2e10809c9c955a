// `actes-mcp` as an MCP client sees it: the SDK's Client starts the built bin/actes-mcp.js over
// stdio and calls every tool on the seeds, good inputs and bad. The same tools answer the VS Code
// language-model tools through the language server's `actes/tool` request (checked here too), and
// package.json declares them with the server's input schemas.
import { tempDir } from './helpers/temp';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { LspClient, ROOT, SEED_000, SEED_001, readText } from './helpers/lsp';
import { TOOL_NAMES, toolSchemas } from '../server/src/mcp/tools';

const BIN = path.join(ROOT, 'bin', 'actes-mcp.js');
const text000 = readText(SEED_000);
const text001 = readText(SEED_001);

interface Diag { code: string; severity: string; message: string; range: { start: { line: number } }; legalSource: { label: string; url: string | null } }

async function connect(cwd = ROOT): Promise<{ client: Client; stderr: () => string }> {
  const transport = new StdioClientTransport({ command: process.execPath, args: [BIN], cwd, stderr: 'pipe' });
  let err = '';
  transport.stderr?.on('data', (d) => (err += String(d)));
  const client = new Client({ name: 'actes-tests', version: '1.0.0' });
  await client.connect(transport);
  return { client, stderr: () => err };
}

const textOf = (r: CallToolResult) => r.content.map((c) => (c.type === 'text' ? c.text : '')).join('\n');

describe('actes-mcp over stdio', () => {
  let client: Client;
  let stderr: () => string;
  const call = async (name: string, args: Record<string, unknown>) => (await client.callTool({ name, arguments: args })) as CallToolResult;

  before(async () => {
    ({ client, stderr } = await connect());
  });
  after(async () => {
    await client?.close();
  });

  test('tools/list holds the five tools, with French descriptions and input and output schemas', async () => {
    assert.equal(client.getServerVersion()?.name, 'actes-mcp');
    const { tools } = await client.listTools();
    assert.deepEqual(tools.map((t) => t.name).sort(), ['check_act', 'explain_rule', 'get_article', 'parse_act', 'suggest_visas']);
    for (const t of tools) {
      assert.match(t.description ?? '', /[éèàç’]/, `${t.name} : description en français`);
      assert.equal(t.inputSchema.type, 'object');
      assert.equal(t.outputSchema?.type, 'object', `${t.name} : outputSchema`);
      assert.equal(t.annotations?.readOnlyHint, true);
    }
    assert.deepEqual(tools.find((t) => t.name === 'get_article')?.inputSchema.required, ['code', 'article']);
  });

  test('check_act on seed 000 returns SIG-001 and DAT-001 as errors, SIG-001 resting on CRPA L. 212-1, with the act’s model', async () => {
    const r = await call('check_act', { text: text000 });
    assert.equal(r.isError, undefined);
    const s = r.structuredContent as { act: { kind: string; number: string; visas: unknown[] }; diagnostics: Diag[]; counts: { error: number } };
    const sig = s.diagnostics.find((d) => d.code === 'SIG-001');
    const dat = s.diagnostics.find((d) => d.code === 'DAT-001');
    assert.ok(sig && dat, s.diagnostics.map((d) => d.code).join(', '));
    assert.equal(sig.severity, 'error');
    assert.equal(dat.severity, 'error');
    assert.match(sig.legalSource.label, /^CRPA, art\. L\. 212-1/);
    assert.match(sig.legalSource.url ?? '', /^https:\/\/www\.legifrance\.gouv\.fr\/codes\/article_lc\/LEGIARTI/);
    assert.equal(sig.range.start.line, text000.split('\n').findIndex((l) => l.startsWith('Fait à Chambéry')));
    assert.equal(s.counts.error, 2);
    assert.equal(s.act.kind, 'decision-maire');
    assert.equal(s.act.number, 'DDM-2025-075');
    assert.equal(s.act.visas.length, 4);
    // The French summary names the act and lists the errors first, with their source.
    const text = textOf(r);
    assert.match(text, /^Décision du maire n° DDM-2025-075/);
    assert.match(text, /^2 erreurs, \d+ avertissements?, /m);
    assert.match(text, /- ligne \d+, erreur SIG-001 : Signataire non identifié.*Source : CRPA, art\. L\. 212-1/);
  });

  test('check_act on seed 001 reports SEA-003 and no signature or date error', async () => {
    const r = await call('check_act', { text: text001 });
    const codes = (r.structuredContent as { diagnostics: Diag[] }).diagnostics.map((d) => d.code);
    assert.ok(codes.includes('SEA-003'), codes.join(', '));
    assert.ok(!codes.includes('SIG-001') && !codes.includes('DAT-001'), codes.join(', '));
  });

  test('check_act honours the profile given with the call', async () => {
    const r = await call('check_act', { text: text000, profile: { regles: { 'SIG-001': 'off', 'DAT-001': 'warning' } } });
    const ds = (r.structuredContent as { diagnostics: Diag[] }).diagnostics;
    assert.ok(!ds.some((d) => d.code === 'SIG-001'));
    assert.equal(ds.find((d) => d.code === 'DAT-001')?.severity, 'warning');
  });

  test('get_article returns CGCT L. 2122-22, however the code and the number are written', async () => {
    for (const [code, article] of [['CGCT', 'L. 2122-22'], ['code général des collectivités territoriales', 'L2122-22'], ['cgct', 'l 2122-22']]) {
      const r = await call('get_article', { code, article });
      assert.equal(r.isError, undefined, textOf(r));
      const s = r.structuredContent as { article: string; text: string; headings: string[]; stateDate: string; official: boolean; notice: string; url: string; code: { key: string } };
      assert.equal(s.code.key, 'CGCT');
      assert.equal(s.article, 'L. 2122-22');
      assert.match(s.text, /^Le maire peut, en outre, par délégation du conseil municipal/);
      assert.match(s.text, /4° De prendre toute décision concernant la préparation, la passation/);
      assert.ok(s.headings.includes('Chapitre II : Le maire et les adjoints'), s.headings.join(' › '));
      assert.equal(s.stateDate, '2023-12-06');
      assert.equal(s.official, true);
      assert.match(s.url, /legifrance\.gouv\.fr/);
      assert.match(textOf(r), /^Code général des collectivités territoriales, article L\. 2122-22\n/);
    }
    const crpa = await call('get_article', { code: 'CRPA', article: 'L. 212-1' });
    assert.match((crpa.structuredContent as { text: string }).text, /du prénom, du nom et de la qualité de celui-ci/);
  });

  test('suggest_visas for a décision du maire offers L. 2122-22, ready to paste', async () => {
    const r = await call('suggest_visas', { kind: 'decision-maire' });
    const s = r.structuredContent as { kindLabel: string; visas: { text: string; articles: { article: string; url: string | null }[] }[] };
    assert.equal(s.kindLabel, 'décision du maire');
    assert.match(s.visas[0].text, /^Vu le code général des collectivités territoriales, notamment le \[N°\] de son article L\. 2122-22 et son article L\. 2122-23 ;$/);
    assert.deepEqual(s.visas[0].articles.map((a) => a.article), ['L. 2122-22', 'L. 2122-23']);
    assert.match(textOf(r), /^Visas pour une décision du maire/);
    // With an object, the matter delegated by L. 2122-22 is filled in.
    const marche = await call('suggest_visas', { kind: 'décision du maire', subject: 'marché de travaux de voirie' });
    assert.match((marche.structuredContent as { visas: { text: string }[] }).visas[0].text, /notamment le 4° de son article L\. 2122-22/);
  });

  test('explain_rule says what SIG-001 checks and on what ground', async () => {
    const r = await call('explain_rule', { id: 'SIG-001' });
    const s = r.structuredContent as { title: string; source: { label: string }; severity: string };
    assert.match(s.title, /prénom, du nom et de la qualité/);
    assert.match(s.source.label, /CRPA, art\. L\. 212-1/);
    assert.equal(s.severity, 'error');
    assert.match(textOf(r), /^SIG-001 — /);
  });

  test('parse_act returns the model of `actes check --format json`', async () => {
    const r = await call('parse_act', { text: text001 });
    const s = r.structuredContent as { version: number; act: { kind: string; seance: { date: string; membersInOffice: number }; considerants: unknown[] } };
    assert.equal(s.version, 1);
    assert.equal(s.act.kind, 'deliberation-epci-bureau');
    assert.equal(s.act.seance.date, '2025-06-24');
    assert.equal(s.act.seance.membersInOffice, 43);
    assert.equal(s.act.considerants.length, 7);
    assert.deepEqual(JSON.parse(textOf(r).slice(textOf(r).indexOf('{'))), s);
  });

  test('bad inputs get a clear French error result, and the server keeps answering', async () => {
    const cases: [string, Record<string, unknown>, RegExp][] = [
      ['check_act', {}, /^Entrée invalide pour check_act : « text » manque\.$/],
      ['check_act', { text: 12 }, /« text » doit être un texte/],
      ['check_act', { text: text000, profile: 'Chambéry' }, /« profile » doit être un objet/],
      ['get_article', { code: 'CGCT' }, /« article » manque/],
      ['get_article', { code: 'code des sorciers', article: 'L. 1' }, /^Code inconnu : « code des sorciers »/],
      ['get_article', { code: 'CGCT', article: 'L. 2122-99' }, /^L’article L\. 2122-99 n’existe pas dans le code général des collectivités territoriales.*Articles voisins : L\. 2122-1/],
      ['get_article', { code: 'code de la santé publique', article: 'L. 1311-1' }, /n’est pas disponible hors ligne.*Légifrance : https:/],
      ['get_article', { code: 'CGCT', article: 'deux mille' }, /n’est pas un numéro d’article/],
      ['suggest_visas', { kind: 'chanson' }, /^Nature d’acte inconnue : « chanson »\. Natures possibles : arrete-maire/],
      ['explain_rule', { id: 'ABC-123' }, /^Règle inconnue : « ABC-123 »/],
      ['parse_act', { text: ['a'] }, /« text » doit être un texte/],
      ['outil_inconnu', {}, /^Outil inconnu : « outil_inconnu »/],
    ];
    for (const [name, args, expected] of cases) {
      const r = await call(name, args);
      assert.equal(r.isError, true, `${name} ${JSON.stringify(args).slice(0, 60)}`);
      assert.equal(r.structuredContent, undefined);
      assert.match(textOf(r), expected);
    }
    // Junk and an empty act are checked, not refused.
    const junk = await call('check_act', { text: '\u0000\uD800\f\r\n'.repeat(50) });
    assert.equal(junk.isError, undefined);
    const empty = await call('parse_act', { text: '' });
    assert.equal((empty.structuredContent as { act: { kind: string } }).act.kind, 'unknown');
    assert.equal(stderr(), '');
  });
});

test('actes-mcp reads the collectivité’s profile from actes.json in its working directory', async () => {
  const dir = tempDir('actes-mcp-');
  writeFileSync(path.join(dir, 'actes.json'), JSON.stringify({ departement: '73', regles: { 'SIG-001': 'off' }, couleur: 'bleu' }));
  const { client } = await connect(dir);
  try {
    const r = (await client.callTool({ name: 'check_act', arguments: { text: text000 } })) as CallToolResult;
    const s = r.structuredContent as { diagnostics: Diag[]; profileProblems: string[] };
    assert.ok(!s.diagnostics.some((d) => d.code === 'SIG-001'));
    assert.ok(s.diagnostics.some((d) => d.code === 'DAT-001'));
    assert.match(s.profileProblems.join('\n'), /champ inconnu « couleur »/);
  } finally {
    await client.close();
  }
});

describe('the same tools through the language server (actes/tool, used by the VS Code tools)', () => {
  let lsp: LspClient;
  before(async () => {
    lsp = await LspClient.start({ settings: { rules: { 'DAT-001': 'off' } } });
  });
  after(() => lsp?.kill());

  test('check_act answers with the workspace settings applied', async () => {
    const r = await lsp.request<{ text: string; structured: { diagnostics: Diag[] }; isError?: boolean }>('actes/tool', { name: 'check_act', input: { text: text000 } });
    const codes = r.structured.diagnostics.map((d) => d.code);
    assert.ok(codes.includes('SIG-001'), codes.join(', '));
    assert.ok(!codes.includes('DAT-001'), 'DAT-001 est désactivée par le réglage actes.rules');
  });

  test('get_article, suggest_visas, explain_rule and parse_act answer; a bad input is a French error', async () => {
    const art = await lsp.request<{ text: string }>('actes/tool', { name: 'get_article', input: { code: 'CGCT', article: 'L. 2122-22' } });
    assert.match(art.text, /Le maire peut, en outre/);
    const visas = await lsp.request<{ text: string }>('actes/tool', { name: 'suggest_visas', input: { kind: 'decision-maire' } });
    assert.match(visas.text, /L\. 2122-22/);
    const rule = await lsp.request<{ text: string }>('actes/tool', { name: 'explain_rule', input: { id: 'DAT-001' } });
    assert.match(rule.text, /^DAT-001 — /);
    const parsed = await lsp.request<{ structured: { act: { kind: string } } }>('actes/tool', { name: 'parse_act', input: { text: text000 } });
    assert.equal(parsed.structured.act.kind, 'decision-maire');
    const bad = await lsp.request<{ text: string; isError?: boolean }>('actes/tool', { name: 'get_article', input: { article: 'L. 1' } });
    assert.equal(bad.isError, true);
    assert.match(bad.text, /«\scode\s» manque/);
    const none = await lsp.request<{ text: string; isError?: boolean }>('actes/tool', null);
    assert.equal(none.isError, true);
  });
});

test('package.json contributes the five tools as language-model tools, with the server’s input schemas', () => {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  assert.equal(pkg.bin['actes-mcp'], './bin/actes-mcp.js');
  const tools = pkg.contributes.languageModelTools as {
    name: string; toolReferenceName: string; displayName: string; modelDescription: string; userDescription: string; canBeReferencedInPrompt: boolean;
    inputSchema: { properties: Record<string, unknown>; required?: string[] };
  }[];
  assert.ok(tools.length >= 3);
  assert.deepEqual(tools.map((t) => t.name), TOOL_NAMES.map((n) => `actes_${n}`));
  for (const [i, t] of tools.entries()) {
    const server = toolSchemas(TOOL_NAMES[i]).inputSchema as { properties: Record<string, unknown>; required?: string[] };
    assert.match(t.toolReferenceName, /^actes[A-Z]\w+$/);
    assert.equal(t.canBeReferencedInPrompt, true);
    assert.match(t.displayName, /^Actes : /);
    for (const s of [t.modelDescription, t.userDescription]) assert.match(s, /[éèàç’]/, `${t.name} : français`);
    assert.deepEqual(t.inputSchema.properties, server.properties, `${t.name} : mêmes propriétés que le serveur`);
    // Only `text` may be left out in VS Code: the open act is used then.
    assert.deepEqual(t.inputSchema.required ?? [], (server.required ?? []).filter((r) => r !== 'text'), t.name);
    assert.ok(pkg.activationEvents.includes(`onLanguageModelTool:${t.name}`), `${t.name} : activation`);
  }
});
