// `actes check` over many small files: wall time, CPU time and peak RSS of the whole process (worker threads
// included), JSON to /dev/null, one thread (--jobs 1) against the default (one worker per core).
// 5,000 files by default; ACTES_BENCH_CLI_FILES=5000,100000 for more (100,000 takes minutes on 2 cores).
// ACTES_BENCH_CLI_COMPARE=<another dist/cli.js> runs that build too, alternately on the same files (before/after).
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, openSync, closeSync } from 'node:fs';
import { tmpdir, availableParallelism } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const CLI = path.join(__dirname, '..', 'dist', 'cli.js');
const counts = (process.env.ACTES_BENCH_CLI_FILES ?? '5000').split(',').map(Number).filter((n) => n > 0);

/** A short but complete arrêté (about 700 bytes), numbered so that no two files are the same. */
function smallAct(i: number): string {
  return `ARRÊTÉ N° 2025-${String(i).padStart(6, '0')}
Objet : stationnement rue de la République
Le Maire de Trifouilly,
Vu le code général des collectivités territoriales, notamment ses articles L. 2212-1 et L. 2213-1 ;
Considérant la tenue du marché hebdomadaire ;
ARRÊTE :
Article 1er : Le stationnement est interdit rue de la République le ${(i % 28) + 1} mars 2025.
Article 2 : Le présent arrêté peut faire l’objet d’un recours devant le tribunal administratif de Grenoble dans un délai de deux mois à compter de sa publication.
Fait à Trifouilly, le 2 mars 2025
Le Maire,
Jean DUPONT
`;
}

function generate(n: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'actes-bench-cli-'));
  for (let i = 0; i < n; i++) {
    const sub = path.join(dir, `lot-${String(Math.floor(i / 1000)).padStart(3, '0')}`);
    if (i % 1000 === 0) mkdirSync(sub);
    writeFileSync(path.join(sub, `arrete-${String(i).padStart(6, '0')}.acte`), smallAct(i));
  }
  return dir;
}

const COMPARE = process.env.ACTES_BENCH_CLI_COMPARE ?? null;

function measure(dir: string, jobs: number, cli = CLI) {
  const probe =
    `const t0=performance.now();require(${JSON.stringify(cli)}).main(process.argv.slice(1)).then((code)=>{` +
    `const u=process.resourceUsage();process.stderr.write('\\n@@'+JSON.stringify({code,wall:performance.now()-t0,` +
    `cpu:(u.userCPUTime+u.systemCPUTime)/1000,rss:u.maxRSS/1024})+'\\n');})`;
  const devnull = openSync('/dev/null', 'w');
  try {
    const r = spawnSync(process.execPath, ['-e', probe, 'check', '--format', 'json', '--jobs', String(jobs), '--verbose', dir], {
      stdio: ['ignore', devnull, 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
    });
    const line = r.stderr.split('\n').find((l) => l.startsWith('@@'));
    if (!line) throw new Error(`actes check failed: ${r.stderr.slice(-2000)}`);
    return JSON.parse(line.slice(2)) as { code: number; wall: number; cpu: number; rss: number };
  } finally {
    closeSync(devnull);
  }
}

// One act of 5,000 articles (about 0.9 MB): no rule may be quadratic in the number of articles (budget ≤ 0.5 s).
{
  const dir = mkdtempSync(path.join(tmpdir(), 'actes-bench-cli-'));
  try {
    const articles: string[] = [];
    for (let i = 1; i <= 5000; i++) articles.push(`Article ${i === 1 ? '1er' : i} : La convention n° ${i} est approuvée conformément à l’article L. 2122-22 du code général des collectivités territoriales.`);
    const act = smallAct(0).replace(/Article 1er :[^]*?(?=\nFait à)/, `${articles.join('\n')}\nArticle 5001 : Le présent arrêté peut faire l’objet d’un recours devant le tribunal administratif de Grenoble dans un délai de deux mois à compter de sa publication.\n`);
    writeFileSync(path.join(dir, 'acte-5000-articles.acte'), act);
    const runs: number[] = [];
    let rss = 0;
    for (let i = 0; i < 3; i++) {
      const m = measure(dir, 1);
      runs.push(m.wall);
      rss = m.rss;
    }
    runs.sort((a, b) => a - b);
    const median = runs[1] / 1000;
    console.log(`actes check, un acte de 5 000 articles (${(act.length / 1e6).toFixed(1).replace(".", ",")} Mo) : médiane ${median.toFixed(2)} s sur 3 (RSS max ${rss.toFixed(0)} Mo) ; budget ≤ 0,5 s : ${median <= 0.5 ? 'ok' : 'AU-DESSUS'}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const cores = availableParallelism();
console.log(`actes check --format json, petits actes (≈ 700 octets), sortie vers /dev/null ; ${cores} cœur(s)`);
console.log(`${'fichiers'.padStart(9)} ${'fils'.padStart(5)} ${'durée (s)'.padStart(10)} ${'CPU (s)'.padStart(8)} ${'RSS max (Mo)'.padStart(13)} ${'fichiers/s'.padStart(11)}`);
for (const n of counts) {
  const dir = generate(n);
  try {
    for (const jobs of [1, cores]) {
      for (const [label, cli] of COMPARE ? [['comparé', COMPARE], ['actuel', CLI]] : [['', CLI]]) {
        const m = measure(dir, jobs, cli);
        if (m.code !== 0) throw new Error(`unexpected exit status ${m.code}`);
        console.log(`${String(n).padStart(9)} ${String(jobs).padStart(5)} ${(m.wall / 1000).toFixed(2).padStart(10)} ${(m.cpu / 1000).toFixed(2).padStart(8)} ${m.rss.toFixed(0).padStart(13)} ${Math.round(n / (m.wall / 1000)).toString().padStart(11)} ${label}`);
      }
      if (cores === 1) break;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
