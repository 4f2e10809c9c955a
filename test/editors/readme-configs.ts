// The editor configurations of the README, read from the README itself (one source of truth): each is the fenced
// block right after a `<!-- editors:NAME -->` marker.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const README = path.resolve(__dirname, '..', '..', 'README.md');
export const CONFIG_NAMES = ['neovim-0.7', 'neovim-0.10', 'neovim-0.11', 'eglot'] as const;
export type ConfigName = (typeof CONFIG_NAMES)[number];

export function readmeConfig(name: ConfigName, readme = readFileSync(README, 'utf8')): string {
  const marker = `<!-- editors:${name} -->`;
  const at = readme.indexOf(marker);
  if (at < 0) throw new Error(`README.md : repère « ${marker} » introuvable`);
  const m = /^\s*```[a-z]*\n([\s\S]*?)\n```/.exec(readme.slice(at + marker.length));
  if (!m) throw new Error(`README.md : pas de bloc de code juste après « ${marker} »`);
  return `${m[1]}\n`;
}
