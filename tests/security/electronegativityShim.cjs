// Preloaded only into the security-gate process (tests/security/gate.ts), for two reasons:
// 1. Electronegativity parses TypeScript with @typescript-eslint/typescript-estree 4, which must load
//    the TypeScript 4 that Electronegativity ships in its own node_modules, not the project's
//    TypeScript 7 (a different compiler API).
// 2. It fetches translations and Electron's release list over the network with `got`; offline, got's
//    retry timer throws after the fact and kills the process. The gate is offline by design (the
//    Electron version is pinned and passed with -e), so those requests fail at once instead.
const Module = require('node:module');
const path = require('node:path');
const nested = path.join(__dirname, '../../node_modules/@doyensec/electronegativity/node_modules/typescript');
const offline = () => Promise.reject(new Error('offline: the security gate makes no network requests'));
offline.head = offline;
offline.default = offline;
const resolve = Module._resolveFilename;
const load = Module._load;
Module._resolveFilename = function (request, parent, ...rest) {
  if (request === 'typescript' && parent && /[\\/]@typescript-eslint[\\/]/.test(parent.filename)) {
    return resolve.call(this, nested, parent, ...rest);
  }
  return resolve.call(this, request, parent, ...rest);
};
Module._load = function (request, parent, ...rest) {
  if (request === 'got' && parent && /[\\/]@doyensec[\\/]electronegativity[\\/]/.test(parent.filename)) return offline;
  return load.call(this, request, parent, ...rest);
};
