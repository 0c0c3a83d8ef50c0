import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

// The repository explains itself: its docs, READMEs and code comments name the product's rules
// as RULES and the HTTP contract as the HTTP contract (API), never a file outside the repository
// (docs/architecture.md). The patterns are assembled, so this file does not match itself.
const ROOT = resolve(import.meta.dirname, '../../../..');
const OUTSIDE = [
  ['..', 'shared'].join('/') + '/spec',
  'spec' + '/API',
  'spec' + '/RULES',
  '/' + 'work' + '/',
  'RULES' + '.md',
  'API' + '.md',
  'STYLE' + '.md',
  'domain' + '-source/',
];

const SKIP = new Set(['node_modules', 'dist', 'coverage', '.git', 'test-artifacts', 'data']);
const TEXT = /\.(md|ts|vue|mjs|js|json|yaml|yml|sql|css|html)$|^run$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (SKIP.has(name)) return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return TEXT.test(name) ? [path] : [];
  });
}

describe('the repository stands alone', () => {
  it('no doc, README or comment refers to a path outside the repository', () => {
    const files = [
      join(ROOT, 'README.md'),
      ...['docs', 'apps', 'packages', 'e2e', 'scripts', 'migrations', '.ci', '.github'].flatMap(
        (d) => filesUnder(join(ROOT, d)),
      ),
    ];
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          OUTSIDE.filter((p) => line.includes(p)).map(
            (p) => `${relative(ROOT, file)}:${i + 1}: ${p}`,
          ),
        ),
    );
    expect(found).toEqual([]);
  });
});
