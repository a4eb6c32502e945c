// The Content-Security-Policy every page carries in a <meta> tag, so the site is protected on any
// static host, including those that send no headers. Nothing is loaded from elsewhere and no
// inline script runs, so even text that slipped into a page as markup could not execute.
// WebAssembly is allowed only where search runs it. (frame-ancestors is left to the server: a
// <meta> policy cannot set it.)

const BASE = ["default-src 'self'", "style-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'none'", "form-action 'self'"];

export function contentSecurityPolicy({ wasm = false } = {}): string {
  return [...BASE, `script-src 'self'${wasm ? " 'wasm-unsafe-eval'" : ''}`].join('; ');
}
