// Runs the extension tests of test/electron/index.ts in a real VS Code: the given executable, or
// one downloaded by @vscode/test-electron when that package is installed and downloads are allowed.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

export const ROOT = path.resolve(__dirname, '..', '..');
export const SEEDS = path.join(ROOT, 'test', 'fixtures', 'seeds');

/** A VS Code that can run extension tests: $VSCODE_EXECUTABLE, else `code` on the PATH; null when none. */
export function findVsCode(): { executable: string; how: string } | null {
  const fromEnv = process.env.VSCODE_EXECUTABLE;
  if (fromEnv) return existsSync(fromEnv) ? { executable: fromEnv, how: 'VSCODE_EXECUTABLE' } : null;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, process.platform === 'win32' ? 'code.cmd' : 'code');
    if (!dir || !existsSync(candidate)) continue;
    try {
      execFileSync(candidate, ['--version'], { timeout: 20000, stdio: 'pipe' });
      return { executable: candidate, how: 'commande « code »' };
    } catch {
      return null;
    }
  }
  return null;
}

/** @vscode/test-electron (a dev dependency; loaded lazily: it downloads VS Code, only with ACTES_VSCODE_DOWNLOAD=1). */
export async function testElectron(): Promise<{ downloadAndUnzipVSCode(version?: string): Promise<string> } | null> {
  const name = '@vscode/test-electron';
  try {
    return (await import(name)) as { downloadAndUnzipVSCode(version?: string): Promise<string> };
  } catch {
    return null;
  }
}

/** Bundles the suite and runs it in VS Code; resolves with VS Code's exit code. */
export async function runSuite(executable: string): Promise<number> {
  const out = mkdtempSync(path.join(tmpdir(), 'actes-electron-'));
  await build({
    entryPoints: [path.join(__dirname, 'index.ts')],
    outfile: path.join(out, 'index.js'),
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'], logLevel: 'warning',
  });
  const args = [
    `--extensionDevelopmentPath=${ROOT}`,
    `--extensionTestsPath=${path.join(out, 'index.js')}`,
    `--user-data-dir=${path.join(out, 'user')}`,
    `--extensions-dir=${path.join(out, 'extensions')}`,
    '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', '--no-sandbox',
    SEEDS,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(executable, args, { stdio: 'inherit', env: { ...process.env, ACTES_SEEDS: SEEDS } });
    child.on('error', reject);
    child.on('exit', (code) => resolve(code ?? 1));
  });
}
