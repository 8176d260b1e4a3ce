// The renderer's Content-Security-Policy. renderer/index.html carries the same text in a meta tag (a
// test keeps them equal); the app:// protocol and the loopback host also send it as a header, because
// a meta CSP cannot set frame-ancestors.
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
