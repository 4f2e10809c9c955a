// The request `actes/apercu` { uri } → { uri, version, html } | null: the preview page of an open document,
// computed from the server's analysis of its current version (the VS Code client shows it in a webview beside the
// editor, « Actes : Aperçu »; it bundles no core). null when the document is not open.
import { fileURLToPath } from 'node:url';
import { basename } from 'node:path';
import type { Analysis } from '../core/service';
import type { Profile } from '../core/profile';
import { previewActs, previewHtml } from '../export/preview';

export const APERCU_REQUEST = 'actes/apercu';
/** Sent after the settings or actes.json were read again, to a client that declared `initializationOptions.apercu`. */
export const APERCU_PROFILE_CHANGED = 'actes/profilRelu';

export interface ApercuParams {
  readonly uri: string;
  /**
   * The client's nonce (base64, 16 characters at least): the page's policy then lets a script bearing it run (the
   * webview adds one). Without it the page gets its own nonce and no script may run.
   */
  readonly nonce?: string;
}

export interface ApercuResult {
  readonly uri: string;
  /** The document version the page shows (the client keeps the latest). */
  readonly version: number;
  readonly html: string;
}

/** The document's name without its extension, for the page title and the fallback file names. */
function nameOf(uri: string): string {
  let name = uri;
  try {
    name = uri.startsWith('file:') ? basename(fileURLToPath(uri)) : basename(decodeURIComponent(new URL(uri).pathname));
  } catch {
    name = basename(uri);
  }
  return name.replace(/\.[^.]+$/, '') || 'acte';
}

export function apercu(uri: string, version: number, analysis: Analysis, profile: Profile, clientNonce?: unknown): ApercuResult {
  const name = nameOf(uri);
  const given = typeof clientNonce === 'string' && /^[A-Za-z0-9+/=]{16,128}$/.test(clientNonce) ? clientNonce : null;
  // A fresh nonce per page: the stylesheet (and the client's script) is all the page's policy lets apply.
  const html = previewHtml(previewActs(analysis, profile, name), { nonce: given ?? nonce(), script: given !== null, name });
  return { uri, version, html };
}

/** A random nonce for the page's script; node:crypto is loaded here, not at the server's start (scripts/build.mjs). */
function nonce(): string {
  const { randomBytes } = require('node:crypto') as typeof import('node:crypto');
  return randomBytes(18).toString('base64');
}
