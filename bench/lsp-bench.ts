// Language-server benchmarks over stdio (GUIDE §5): start to first diagnostics with the catalogue
// loaded, server memory, keystroke to updated diagnostics on a 2,000-line act, a burst of 200
// keystrokes sent at once, bytes per publication (and for 300 articles all numbered « 1er »),
// completion and hover latency. Figures are printed, never asserted (shared machines are noisy).
//   node --import tsx bench/lsp-bench.ts [--json]      (after `npm run build`)
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LspClient, SEED_000, fileUri, misnumberedAct, readText } from '../test/helpers/lsp';
import { analyze } from '../server/src/core/service';
import { loadCatalogue } from '../server/src/catalogue/load-node';
import { SERVER_NODE_OPTIONS } from '../server/src/node-options';

export interface Stats {
  readonly n: number;
  readonly median: number;
  readonly p95: number;
  readonly max: number;
}

export interface LspBenchResult {
  readonly startToFirstDiagnosticsMs: Stats;
  /** Of which: spawn to the initialize response (Node start, bundle load). */
  readonly startToInitializedMs: Stats;
  /**
   * CPU time of the server's main thread from its spawn to the first diagnostics (Linux; null elsewhere): the
   * start's own cost, which the load of a shared machine inflates much less than the wall-clock time.
   */
  readonly startCpuMs: Stats | null;
  /** The first start of the series, before V8's code cache of the bundle exists (the others use it). */
  readonly firstStartMs: number;
  /** Inside the server (its start-up log line; ms since its process started), medians over the starts with the cache. */
  readonly startPhases: StartPhases | null;
  readonly catalogueLoadLog: string | null;
  readonly rssMb: number | null;
  readonly peakRssMb: number | null;
  readonly lines: number;
  readonly keystrokeToDiagnosticsMs: Stats;
  /** CPU time of the server per keystroke (analysis, protocol, garbage collection), when the OS tells it. */
  readonly serverCpuPerKeystrokeMs: number | null;
  /** RSS of the server after the keystrokes, then after the bursts. */
  readonly rssAfterKeystrokesMb: number | null;
  readonly rssAfterBurstMb: number | null;
  /** 200 changes sent at once → diagnostics of the last version. */
  readonly burstToLastDiagnosticsMs: Stats;
  /** Publications received during one burst (1 = only the last version was analysed). */
  readonly publicationsPerBurst: Stats;
  /** Bytes of one publishDiagnostics (JSON) during the keystrokes on the 2,000-line act. */
  readonly publicationBytes: Stats;
  /** Bytes of the publication for 300 articles all numbered « Article 1er ». */
  readonly misnumberedPublicationBytes: number;
  /** The core alone on the same text, in this process: what the LSP path adds is the difference. */
  readonly analyzeMs: Stats;
  /** A 5 MB document (acts one after the other) in a fresh server: open → diagnostics, a keystroke, RSS after. */
  readonly hugeOpenMs: number;
  readonly hugeKeystrokeMs: number;
  readonly hugeRssMb: number | null;
  /** Node options the server was started with (the VS Code client's). */
  readonly execArgv: readonly string[];
  readonly completionMs: Stats;
  readonly referenceCompletionMs: Stats;
  readonly hoverMs: Stats;
}

/** The phases of a start as the server logs them (lsp/start.ts), in ms since its process started. */
export interface StartPhases {
  /** Node ready: dist/server.js starts running. */
  readonly node: number;
  /** dist/server-main.js compiled and run. */
  readonly code: number;
  readonly initialize: number;
  /** Duration of the catalogue's index load. */
  readonly catalogue: number;
  readonly analysisStart: number;
  readonly published: number;
}

/** Reads the server's start-up log line. */
export function startPhases(log: string): StartPhases | null {
  const n = (re: RegExp) => Number(re.exec(log)?.[1] ?? NaN);
  const p = {
    node: n(/Node prêt à (\d+) ms/),
    code: n(/code chargé à (\d+) ms/),
    initialize: n(/initialize à (\d+) ms/),
    catalogue: n(/catalogue en (\d+) ms/),
    analysisStart: n(/analyse de (\d+) ms/),
    published: n(/premiers diagnostics à (\d+) ms/),
  };
  return Object.values(p).some(Number.isNaN) ? null : p;
}

export const BUDGETS = {
  startToFirstDiagnosticsMs: 250,
  rssMb: 150,
  rssAfterKeystrokesMb: 120,
  rssAfterBurstMb: 150,
  keystrokeToDiagnosticsMsP95: 15,
  burstToLastDiagnosticsMs: 300,
  publicationBytes: 100_000,
  hugeOpenMs: 2000,
  hugeRssMb: 150,
  completionMsP95: 10,
  hoverMsP95: 5,
} as const;

function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
  const round = (x: number) => Math.round(x * 100) / 100;
  return { n: s.length, median: round(at(0.5)), p95: round(at(0.95)), max: round(s[s.length - 1]) };
}

/** Resident and peak memory of a process, in MB (Linux /proc; null elsewhere). */
function memoryMb(pid: number | undefined): { rss: number | null; peak: number | null } {
  if (!pid) return { rss: null, peak: null };
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => {
      const m = new RegExp(`^${key}:\\s+(\\d+)\\s+kB`, 'm').exec(status);
      return m ? Math.round((Number(m[1]) / 1024) * 10) / 10 : null;
    };
    return { rss: kb('VmRSS'), peak: kb('VmHWM') };
  } catch {
    return { rss: null, peak: null };
  }
}

/** CPU time the process has used, in ms (Linux /proc; null elsewhere): a cost that load on the machine does not inflate as much as wall time. */
function cpuMs(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return null;
  }
}

/** A realistic act of about 2,000 lines: seed 000's header, many visas, many articles, its closing. */
export function bigAct(targetLines = 2000): string {
  const seed = readText(SEED_000).split('\n');
  const verb = seed.findIndex((l) => l.startsWith('DECIDE'));
  const firstVisa = seed.findIndex((l) => l.startsWith('Vu '));
  const fait = seed.findIndex((l) => l.startsWith('Fait à'));
  const head = seed.slice(0, firstVisa);
  const tail = seed.slice(fait);
  const visaTexts = [
    'Vu le code général des collectivités territoriales, notamment ses articles L. 2122-22 et L. 2122-23 ;',
    'Vu la loi n° 2014-58 du 27 janvier 2014 de modernisation de l’action publique territoriale et d’affirmation des métropoles ;',
    'Vu la délibération n° DCM-2020-117 du 17 juillet 2020 relative aux délégations du conseil municipal au maire ;',
    'Vu le code des relations entre le public et l’administration, notamment son article L. 212-1 ;',
  ];
  const visas: string[] = [];
  for (let i = 0; i < 300; i++) visas.push(visaTexts[i % visaTexts.length], '');
  const fixed = head.length + visas.length + 2 + tail.length;
  const articleCount = Math.max(1, Math.floor((targetLines - fixed) / 4));
  const articles: string[] = [];
  for (let i = 1; i <= articleCount; i++) {
    articles.push(`ARTICLE ${i === 1 ? '1er' : i} :`, '', `Approuve la convention n° ${i} conformément à l’article L. 2122-22 du code général des collectivités territoriales et autorise le Maire à la signer.`, '');
  }
  void verb;
  return [...head, ...visas, 'DECIDE :', '', ...articles, ...tail].join('\n');
}

const now = () => performance.now();

export async function runLspBench(options: { starts?: number; keystrokes?: number; requests?: number; bursts?: number; execArgv?: string[] } = {}): Promise<LspBenchResult> {
  const starts = options.starts ?? 5;
  const bursts = options.bursts ?? 5;
  const keystrokes = options.keystrokes ?? 200;
  const requests = options.requests ?? 300;
  // The server started as the VS Code client starts it (its Node options); ACTES_BENCH_NODE_OPTIONS='' for none.
  const execArgv = options.execArgv ?? (process.env.ACTES_BENCH_NODE_OPTIONS?.split(' ').filter(Boolean) ?? [...SERVER_NODE_OPTIONS]);
  const seedText = readText(SEED_000);
  const seedUri = fileUri(SEED_000);

  // 1. Start to first diagnostics (spawn, initialize, catalogue load, analysis, publish).
  // The first start writes V8's code cache of the bundle (in a folder of its own), the next ones use it, as an
  // editor's starts after the first do.
  const startSamples: number[] = [];
  const initSamples: number[] = [];
  const phases: StartPhases[] = [];
  const startCpu: number[] = [];
  let firstStartMs = 0;
  let catalogueLoadLog: string | null = null;
  const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'actes-bench-cache-'));
  try {
    for (let i = 0; i <= starts; i++) {
      const t0 = now();
      const c = await LspClient.start({ execArgv, env: { ...process.env, ACTES_CACHE_DIR: cacheDir } });
      const init = now() - t0;
      await c.open(seedUri, seedText);
      await c.diagnosticsFor(seedUri, 1);
      const total = now() - t0;
      const cpu = cpuMs(c.child.pid);
      await c.stop(); // the log line that follows the first publication is in
      if (i === 0) {
        firstStartMs = Math.round(total);
        continue;
      }
      initSamples.push(init);
      startSamples.push(total);
      if (cpu !== null) startCpu.push(cpu);
      const p = startPhases(c.logs.find((l) => l.includes('premiers diagnostics')) ?? '');
      if (p) phases.push(p);
      catalogueLoadLog = c.logs.find((l) => l.includes('catalogue')) ?? catalogueLoadLog;
    }
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
  const median = (xs: number[]) => stats(xs).median;
  const startPhasesMedian: StartPhases | null = phases.length
    ? {
        node: median(phases.map((p) => p.node)),
        code: median(phases.map((p) => p.code)),
        initialize: median(phases.map((p) => p.initialize)),
        catalogue: median(phases.map((p) => p.catalogue)),
        analysisStart: median(phases.map((p) => p.analysisStart)),
        published: median(phases.map((p) => p.published)),
      }
    : null;

  // 2–5. One server, a 2,000-line act.
  const client = await LspClient.start({ execArgv });
  try {
    const text = bigAct();
    const lines = text.split('\n');
    const uri = 'untitled:bench-2000.acte';
    await client.open(uri, text, 1);
    await client.diagnosticsFor(uri, 1);

    // Keystroke: type then erase one character in the middle of an article, waiting for each publish.
    const target = lines.findIndex((l, i) => i > lines.length / 2 && l.startsWith('Approuve'));
    const col = lines[target].length;
    const keySamples: number[] = [];
    let version = 1;
    let cpuBefore: number | null = null;
    for (let i = 0; i < keystrokes + 10; i++) {
      version++;
      const insert = i % 2 === 0;
      const range = insert
        ? { start: { line: target, character: col }, end: { line: target, character: col } }
        : { start: { line: target, character: col }, end: { line: target, character: col + 1 } };
      const t0 = now();
      const published = client.diagnosticsFor(uri, version);
      await client.change(uri, version, [{ range, text: insert ? 'x' : '' }]);
      await published;
      if (i >= 10) keySamples.push(now() - t0); // the first ones warm the JIT
      if (i === 9) cpuBefore = cpuMs(client.pid);
    }
    const cpuAfter = cpuMs(client.pid);
    const serverCpuPerKeystrokeMs = cpuBefore === null || cpuAfter === null ? null : Math.round(((cpuAfter - cpuBefore) / keystrokes) * 100) / 100;
    const publicationBytes = client.diagnostics.filter((p) => p.uri === uri).slice(1).map((p) => Buffer.byteLength(JSON.stringify(p)));
    const rssAfterKeystrokes = memoryMb(client.pid).rss;

    // Bursts: 200 changes sent at once (typed, then erased), timed to the diagnostics of the last one.
    const burstSamples: number[] = [];
    const burstPublications: number[] = [];
    for (let b = 0; b < bursts; b++) {
      const first = version + 1;
      const last = version + 200;
      const before = client.diagnostics.length;
      const t0 = now();
      const published = client.diagnosticsFor(uri, last);
      const sends: Promise<void>[] = [];
      for (let i = 0; i < 200; i++) {
        version++;
        const typing = i < 100;
        const c = col + (typing ? i : 199 - i);
        const range = typing
          ? { start: { line: target, character: c }, end: { line: target, character: c } }
          : { start: { line: target, character: c }, end: { line: target, character: c + 1 } };
        sends.push(client.change(uri, version, [{ range, text: typing ? 'x' : '' }]));
      }
      await Promise.all(sends);
      await published;
      burstSamples.push(now() - t0);
      burstPublications.push(client.diagnostics.slice(before).filter((p) => p.uri === uri && (p.version ?? 0) >= first).length);
    }
    const rssAfterBurst = memoryMb(client.pid).rss;

    // 300 articles all numbered « Article 1er »: STR-003 on each; its renumbering is not published.
    const misUri = 'untitled:bench-renumerotation.acte';
    await client.open(misUri, misnumberedAct(300), 1);
    const misnumberedPublicationBytes = Buffer.byteLength(JSON.stringify(await client.diagnosticsFor(misUri, 1)));
    await client.close(misUri);

    const timeRequests = async (method: string, params: unknown) => {
      const samples: number[] = [];
      for (let i = 0; i < requests + 20; i++) {
        const t0 = now();
        await client.request(method, params);
        if (i >= 20) samples.push(now() - t0);
      }
      return stats(samples);
    };
    const afterLastArticle = lines.findIndex((l) => l.startsWith('Fait à')) - 1;
    const completionMs = await timeRequests('textDocument/completion', { textDocument: { uri }, position: { line: afterLastArticle, character: 0 } });
    const visaLine = lines.findIndex((l) => l.includes('articles L. 2122-22'));
    const refChar = lines[visaLine].indexOf('L. 2122-22') + 'L. 2122-2'.length;
    const referenceCompletionMs = await timeRequests('textDocument/completion', { textDocument: { uri }, position: { line: visaLine, character: refChar } });
    const hoverMs = await timeRequests('textDocument/hover', { textDocument: { uri }, position: { line: visaLine, character: refChar } });

    const mem = memoryMb(client.pid);

    // A 5 MB document in a fresh server: only its beginning is analysed (server/src/lsp/limits.ts).
    const huge = await LspClient.start({ execArgv, timeout: 120_000 });
    let hugeOpenMs = Infinity;
    let hugeKeystrokeMs = 0;
    let hugeRssMb: number | null = null;
    try {
      const parts: string[] = [];
      for (let n = 0; n < 5_000_000; n += text.length + 2) parts.push(text);
      const hugeUri = 'untitled:bench-5-mo.acte';
      let t0 = now();
      await huge.open(hugeUri, parts.join('\n\n'), 1);
      await huge.diagnosticsFor(hugeUri, 1);
      hugeOpenMs = Math.round(now() - t0);
      t0 = now();
      const published = huge.diagnosticsFor(hugeUri, 2);
      await huge.change(hugeUri, 2, [{ range: { start: { line: target, character: col }, end: { line: target, character: col } }, text: 'x' }]);
      await published;
      hugeKeystrokeMs = Math.round(now() - t0);
      hugeRssMb = memoryMb(huge.pid).rss;
      await huge.stop();
    } catch {
      hugeRssMb = memoryMb(huge.pid).rss; // no diagnostics within the wait: reported as such
    } finally {
      huge.kill();
    }

    const catalogue = loadCatalogue();
    const analyzeSamples: number[] = [];
    for (let i = 0; i < keystrokes + 10; i++) {
      const t0 = now();
      analyze(i % 2 ? text : `${text}x`, { catalogue });
      if (i >= 10) analyzeSamples.push(now() - t0);
    }
    return {
      startToFirstDiagnosticsMs: stats(startSamples),
      startToInitializedMs: stats(initSamples),
      startCpuMs: startCpu.length ? stats(startCpu) : null,
      firstStartMs,
      startPhases: startPhasesMedian,
      analyzeMs: stats(analyzeSamples),
      catalogueLoadLog,
      rssMb: mem.rss,
      peakRssMb: mem.peak,
      lines: lines.length,
      keystrokeToDiagnosticsMs: stats(keySamples),
      serverCpuPerKeystrokeMs,
      rssAfterKeystrokesMb: rssAfterKeystrokes,
      rssAfterBurstMb: rssAfterBurst,
      burstToLastDiagnosticsMs: stats(burstSamples),
      publicationsPerBurst: stats(burstPublications),
      publicationBytes: stats(publicationBytes),
      misnumberedPublicationBytes,
      hugeOpenMs,
      hugeKeystrokeMs,
      hugeRssMb,
      execArgv,
      completionMs,
      referenceCompletionMs,
      hoverMs,
    };
  } finally {
    await client.stop().catch(() => client.kill());
  }
}

/** « Node prêt 110, code chargé 190, initialize 195, catalogue 25 ms, analyse 230 → 330 » */
export function formatStartPhases(p: StartPhases): string {
  return `Node prêt ${p.node}, code chargé ${p.code}, initialize ${p.initialize}, catalogue ${p.catalogue} ms, analyse ${p.analysisStart} → diagnostics ${p.published}`;
}

export function formatLspBench(r: LspBenchResult): string {
  const row = (what: string, value: string, budget: string, ok: boolean | null) =>
    `| ${what} | ${value} | ${budget} | ${ok === null ? '' : ok ? 'ok' : 'AU-DESSUS'} |`;
  const s = (x: Stats) => `médiane ${x.median} ms, p95 ${x.p95} ms, max ${x.max} ms (n = ${x.n})`;
  return [
    `Serveur de langage (stdio) — acte de ${r.lines} lignes`,
    '',
    '| mesure | valeur | budget | |',
    '|---|---|---|---|',
    row('démarrage → premiers diagnostics (catalogue chargé)', s(r.startToFirstDiagnosticsMs), '≤ 250 ms', r.startToFirstDiagnosticsMs.median <= BUDGETS.startToFirstDiagnosticsMs),
    row('  dont démarrage → réponse à initialize', s(r.startToInitializedMs), '', null),
    row('  temps CPU du serveur (fil principal) jusqu’aux premiers diagnostics', r.startCpuMs ? s(r.startCpuMs) : 'inconnu', '', null),
    row('  dans le serveur (médianes, ms depuis son lancement)', r.startPhases ? formatStartPhases(r.startPhases) : 'inconnu', '', null),
    row('  premier démarrage, avant le cache de code', `${r.firstStartMs} ms`, '', null),
    row('mémoire du serveur (RSS en fin de mesure, pic)', r.rssMb === null ? 'inconnue' : `${r.rssMb} Mo (pic ${r.peakRssMb} Mo)`, '≤ 150 Mo', r.rssMb === null ? null : r.rssMb <= BUDGETS.rssMb),
    row('frappe → diagnostics à jour (p50, p95)', s(r.keystrokeToDiagnosticsMs), '≤ 15 ms p95', r.keystrokeToDiagnosticsMs.p95 <= BUDGETS.keystrokeToDiagnosticsMsP95),
    row('  dont analyse seule (cœur, dans ce processus)', s(r.analyzeMs), '', null),
    row('  temps CPU du serveur par frappe', r.serverCpuPerKeystrokeMs === null ? 'inconnu' : `${r.serverCpuPerKeystrokeMs} ms`, '', null),
    row('mémoire après 200 frappes (RSS)', r.rssAfterKeystrokesMb === null ? 'inconnue' : `${r.rssAfterKeystrokesMb} Mo`, '≤ 120 Mo', r.rssAfterKeystrokesMb === null ? null : r.rssAfterKeystrokesMb <= BUDGETS.rssAfterKeystrokesMb),
    row('rafale de 200 frappes → diagnostics de la dernière version', s(r.burstToLastDiagnosticsMs), '≤ 300 ms', r.burstToLastDiagnosticsMs.median <= BUDGETS.burstToLastDiagnosticsMs),
    row('  publications reçues par rafale', `médiane ${r.publicationsPerBurst.median}, max ${r.publicationsPerBurst.max}`, '', null),
    row('mémoire après les rafales (RSS)', r.rssAfterBurstMb === null ? 'inconnue' : `${r.rssAfterBurstMb} Mo`, '≤ 150 Mo', r.rssAfterBurstMb === null ? null : r.rssAfterBurstMb <= BUDGETS.rssAfterBurstMb),
    row('octets par publication (acte de 2 000 lignes)', `médiane ${r.publicationBytes.median}, max ${r.publicationBytes.max}`, '≤ 100 000', r.publicationBytes.max <= BUDGETS.publicationBytes),
    row('octets de la publication, 300 articles « 1er »', String(r.misnumberedPublicationBytes), '≤ 100 000', r.misnumberedPublicationBytes <= BUDGETS.publicationBytes),
    row('document de 5 Mo → diagnostics (ouverture)', Number.isFinite(r.hugeOpenMs) ? `${r.hugeOpenMs} ms (frappe ensuite : ${r.hugeKeystrokeMs} ms)` : 'pas de diagnostics en 120 s', '≤ 2 000 ms', r.hugeOpenMs <= BUDGETS.hugeOpenMs),
    row('mémoire avec le document de 5 Mo (RSS)', r.hugeRssMb === null ? 'inconnue' : `${r.hugeRssMb} Mo`, '≤ 150 Mo', r.hugeRssMb === null ? null : r.hugeRssMb <= BUDGETS.hugeRssMb),
    row('complétion (structure)', s(r.completionMs), '≤ 10 ms p95', r.completionMs.p95 <= BUDGETS.completionMsP95),
    row('complétion (références)', s(r.referenceCompletionMs), '≤ 10 ms p95', r.referenceCompletionMs.p95 <= BUDGETS.completionMsP95),
    row('survol', s(r.hoverMs), '≤ 5 ms p95', r.hoverMs.p95 <= BUDGETS.hoverMsP95),
    '',
    `Options de Node du serveur : ${r.execArgv.join(' ') || 'aucune'} (celles du client VS Code ; ACTES_BENCH_NODE_OPTIONS='' pour aucune).`,
    `Part du protocole dans une frappe (médianes) : ${Math.round((r.keystrokeToDiagnosticsMs.median - r.analyzeMs.median) * 100) / 100} ms.`,
    r.catalogueLoadLog ? `Journal du serveur : ${r.catalogueLoadLog}` : '',
  ].join('\n');
}

if (require.main === module) {
  runLspBench()
    .then((r) => {
      console.log(process.argv.includes('--json') ? JSON.stringify(r, null, 2) : formatLspBench(r));
    })
    .catch((e) => {
      console.error(`lsp-bench : ${(e as Error).message}`);
      process.exitCode = 1;
    });
}
