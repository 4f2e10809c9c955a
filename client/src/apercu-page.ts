// The preview's page on the client side, without VS Code (tested in test/client.test.ts): the server's page gets
// the client's one script only when it carries the expected Content-Security-Policy.

/** Keeps the reader where they were when the page is replaced (a webview's state survives a new `html`). */
const SCROLL_SCRIPT = 'const api=acquireVsCodeApi();const s=api.getState();'
  + 'if(s&&typeof s.y==="number")window.scrollTo(0,s.y);'
  + 'window.addEventListener("scroll",()=>api.setState({y:window.scrollY}),{passive:true});';

/** The server's page with the client's script, or null when the page does not carry the expected policy. */
export function withScript(html: string, nonce: string): string | null {
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];
  if (!policy || !/default-src 'none'/.test(policy) || !policy.includes(`script-src 'nonce-${nonce}'`)) return null;
  return html.replace('</body>', `<script nonce="${nonce}">${SCROLL_SCRIPT}</script>\n</body>`);
}

/** A page holding one French sentence (server not started, document closed…); nothing may load or run. */
export function messagePage(text: string): string {
  return '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">'
    + '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'"></head>'
    + `<body><p>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p></body></html>`;
}
