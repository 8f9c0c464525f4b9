import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// seed/ is the lower floor (the import format, its validation and merge, the data); the server and
// the client build on it. An import from seed/ into either would hide which one is the domain.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const seedDir = path.join(repoRoot, 'seed');

/** Module specifiers of static imports, re-exports and dynamic imports. */
export function importSpecifiers(source: string): string[] {
  const pattern =
    /\b(?:import|export)\s[^'"]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|\bimport\s+['"]([^'"]+)['"]/g;
  return [...source.matchAll(pattern)].map((match) => match[1] ?? match[2] ?? match[3] ?? '');
}

function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return typeScriptFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('seed/ (the import format and the data)', () => {
  it('finds the imports it checks', () => {
    expect(
      importSpecifiers(
        "import { a } from './a.ts';\nimport type {\n  B,\n} from '../server/b.ts';\nexport { c } from '../client/c.ts';\nconst d = await import('../server/d.ts');\nimport 'side-effect';",
      ),
    ).toEqual(['./a.ts', '../server/b.ts', '../client/c.ts', '../server/d.ts', 'side-effect']);
  });

  it('imports nothing from server/ or client/', () => {
    const files = typeScriptFiles(seedDir);
    expect(files.length).toBeGreaterThan(0);
    const upward = files.flatMap((file) =>
      importSpecifiers(readFileSync(file, 'utf8'))
        .filter((specifier) => specifier.startsWith('.'))
        .map((specifier) => ({
          file: path.relative(repoRoot, file),
          target: path.relative(repoRoot, path.resolve(path.dirname(file), specifier)),
        }))
        .filter(({ target }) => /^(server|client)[\\/]/.test(target)),
    );
    expect(upward).toEqual([]);
  });
});
