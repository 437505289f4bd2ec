import fs from 'node:fs';
import path from 'node:path';

/** The project root: the rules speak of paths relative to it. */
export const ROOT = path.resolve(import.meta.dirname, '../..');

/** Every TypeScript source file below `folder` (relative to the root), as root-relative paths. */
export function sourceFiles(folder: string): string[] {
  const found: string[] = [];
  const visit = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const child = `${dir}/${entry.name}`;
      if (entry.isDirectory()) visit(child);
      else if (/\.tsx?$/.test(entry.name)) found.push(child);
    }
  };
  visit(folder);
  return found.sort();
}

// Static imports and re-exports (`from '…'`, type-only ones too), side-effect imports, dynamic `import('…')`
// and `vi.mock('…')`: every way a file can reach another module.
const SPECIFIER = /\bfrom\s+['"]([^'"]+)['"]|\bimport\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)|\bvi\.mock\(\s*['"]([^'"]+)['"]/g;

/**
 * What a file imports: a package name as written ('dexie'), or a project module as a root-relative path without
 * its extension ('utils/db/database'), whether it was written relative or with the '@/' alias.
 */
export function importsOf(file: string, source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(SPECIFIER)) {
    const spec = match[1] ?? match[2] ?? match[3] ?? match[4];
    if (spec.startsWith('.')) found.push(path.posix.join(path.posix.dirname(file), spec).replace(/\.tsx?$/, ''));
    else if (spec.startsWith('@/') || spec.startsWith('~/')) found.push(spec.slice(2).replace(/\.tsx?$/, ''));
    else found.push(spec);
  }
  return found;
}

export interface ImportRule {
  /** Who may not: files below this folder. */
  from: string;
  /** What they may not import. */
  forbidden: (module: string) => boolean;
  why: string;
}

/** The house rules (ARCHITECTURE.md): screens reach the data through queries and the repository only, and the pure engines never depend on storage. */
export const RULES: readonly ImportRule[] = [
  {
    from: 'components',
    forbidden: (module) => module === 'dexie' || module === 'utils/db/database',
    why: 'components read through utils/db/queries and write through utils/db/repository, never the database itself',
  },
  {
    from: 'utils/followups',
    forbidden: (module) => module.startsWith('utils/db/') || module === 'dexie',
    why: 'the follow-up engine is pure: it takes its types from utils/model and its data as arguments',
  },
  {
    from: 'utils/capture',
    forbidden: (module) => module.startsWith('utils/db/') || module === 'dexie',
    why: 'capture reads pages, not storage: it takes its types from utils/model',
  },
];

export interface Violation {
  file: string;
  module: string;
  why: string;
}

/** Every import that breaks a rule, in the files as they are on disk. */
export function violations(rules: readonly ImportRule[] = RULES): Violation[] {
  return rules.flatMap((rule) =>
    sourceFiles(rule.from).flatMap((file) =>
      importsOf(file, fs.readFileSync(path.join(ROOT, file), 'utf8'))
        .filter(rule.forbidden)
        .map((module) => ({ file, module, why: rule.why })),
    ),
  );
}
