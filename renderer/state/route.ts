import { useMemo, useSyncExternalStore } from 'react';

// A hash router: the app is served from a custom protocol or a file path, so the location after '#'
// is the only part that is ours. '#/registry/teachers?q=123456' → path '/registry/teachers', params q.

/** Paths of the pages that other pages link to; nav.ts maps every path to its page. */
export const PATHS = {
  overview: '/',
  schedule: '/schedule',
  schools: '/registry/schools',
  teachers: '/registry/teachers',
  accounts: '/registry/accounts',
  contacts: '/registry/contacts',
  importWizard: '/imports',
  importHistory: '/imports/history',
  classification: '/settings/classification',
  about: '/settings/about',
} as const;

export interface Route {
  path: string;
  params: URLSearchParams;
  /** The whole hash, e.g. to remount a page when its link changes. */
  key: string;
}

function currentHash(): string {
  return window.location.hash.replace(/^#/, '') || '/';
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function parseRoute(hash: string): Route {
  const [path = '/', query = ''] = hash.split('?', 2);
  return { path: path || '/', params: new URLSearchParams(query), key: hash };
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash);
  return useMemo(() => parseRoute(hash), [hash]);
}

/** The href of a page, with optional query parameters (empty ones left out). */
export function hrefOf(path: string, params: Record<string, string | null | undefined> = {}): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) query.set(name, value);
  const text = query.toString();
  return `#${path}${text ? `?${text}` : ''}`;
}

export function navigate(path: string, params: Record<string, string | null | undefined> = {}): void {
  window.location.hash = hrefOf(path, params);
}
