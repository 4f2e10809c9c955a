// The register of acts at scale: 5,000 generated acts in a temporary folder, indexed by the language server's
// background scan (until `actes/registre` answers) and by `actes registre`. Figures are printed, never asserted.
//   node --import tsx bench/register-bench.ts      (after `npm run build`)
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { LspClient, ROOT } from '../test/helpers/lsp';
import { DELIBERATION_2020, SECOND_075 } from '../test/helpers/register';

const COUNT = Number(process.env.ACTES_REGISTER_COUNT ?? 5000);
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

function generate(dir: string): void {
  for (let i = 0; i < COUNT; i++) {
    const year = 2015 + (i % 10);
    const rank = String(Math.floor(i / 10) + 1).padStart(3, '0');
    const day = `${1 + (i % 28)} ${MONTHS[Math.floor(i / 10) % 12]} ${year}`;
    const sub = path.join(dir, String(year));
    mkdirSync(sub, { recursive: true });
    const text = i % 3 === 0
      ? DELIBERATION_2020.replace('DCM-2020-117', `DCM-${year}-${rank}`).replace(/17 juillet 2020/g, day)
      : SECOND_075.replace('DDM-2025-075', `DDM-${year}-${rank}`).replace('le 2 juin 2025', `le ${day}`)
        .replace('DCM-2020-117', `DCM-${year}-${String(Math.max(1, Number(rank) - 1)).padStart(3, '0')}`);
    writeFileSync(path.join(sub, `acte-${i}.acte`), text);
  }
}

function rssMb(pid: number | undefined): number | null {
  try {
    const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'actes-registre-bench-'));
  try {
    generate(dir);
    const t0 = performance.now();
    const client = await LspClient.start({ root: dir, timeout: 120_000 });
    const list = await client.request<{ acts: unknown[] }>('actes/registre', null);
    const serverMs = performance.now() - t0;
    const rss = rssMb(client.pid);
    await client.stop();
    const t1 = performance.now();
    const out = execFileSync(process.execPath, [path.join(ROOT, 'bin', 'actes.js'), 'registre', '--format', 'json', dir], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const cliMs = performance.now() - t1;
    console.log(`Registre des actes : ${list.acts.length} actes indexés par le serveur en ${(serverMs / 1000).toFixed(2)} s (démarrage compris), mémoire du serveur ${rss?.toFixed(0) ?? '?'} Mo`);
    console.log(`Registre des actes : actes registre --format json sur ${JSON.parse(out).acts.length} actes en ${(cliMs / 1000).toFixed(2)} s`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
