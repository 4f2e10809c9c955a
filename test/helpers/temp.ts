// Temporary folders for a test file, removed when its process exits (a test run leaves nothing in the system's
// temporary folder).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const made: string[] = [];
process.on('exit', () => {
  for (const dir of made) {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // (Left for the system: a file still open on a platform that forbids removing it.)
    }
  }
});

/** A new empty folder under the system's temporary folder, named `prefix` and a random suffix. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
