// Hover on legal references (owner: references feature). Placeholder signature until implemented.
import type { Position } from '../model';
import type { Analysis } from '../service';
import type { Catalogue } from '../catalogue';

export interface HoverResult {
  /** Markdown, in French. */
  readonly markdown: string;
  readonly range: { readonly start: Position; readonly end: Position };
}

export function hover(_analysis: Analysis, _position: Position, _catalogue: Catalogue): HoverResult | null {
  return null;
}
