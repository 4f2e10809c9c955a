// Comparing two long serialisations (a whole analysis as JSON) without asking `assert` for a diff of megabytes:
// on a mismatch the error names the first differing position and shows a short window of each side.
import assert from 'node:assert/strict';

export function assertSameText(actual: string, expected: string, what = 'incremental reading vs reading from scratch'): void {
  if (actual === expected) return;
  let i = 0;
  while (i < actual.length && i < expected.length && actual.charCodeAt(i) === expected.charCodeAt(i)) i++;
  const window = (s: string) => JSON.stringify(s.slice(Math.max(0, i - 120), i + 120));
  assert.fail(`${what}: first difference at ${i} (lengths ${actual.length} and ${expected.length})\n  actual:   ${window(actual)}\n  expected: ${window(expected)}`);
}

/**
 * fast-check's seed for the property tests: fixed, so a run of the suite is reproducible (CI runs the same cases
 * every time); ACTES_FC_SEED=<n> explores other cases (`ACTES_FC_SEED=$RANDOM npm test`).
 */
export const FC_SEED = Number.parseInt(process.env.ACTES_FC_SEED ?? '', 10) || 20261206;
