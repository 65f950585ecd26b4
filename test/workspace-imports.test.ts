import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { findUndeclaredImports, moduleSpecifiersIn, packageNameOf } from './workspace-imports.js';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

describe('every workspace declares the packages it imports', () => {
  it('holds for this repository (add the package to that workspace’s package.json if not)', () => {
    const undeclared = findUndeclaredImports(repoRoot).map(
      ({ workspace, file, packageName }) => `${workspace} does not declare ${packageName} (${file})`,
    );
    expect(undeclared).toEqual([]);
  });
});

describe('findUndeclaredImports', () => {
  const root = mkdtempSync(join(tmpdir(), 'ng-imports-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  };

  it('reports a workspace importing what only the root or a sibling declares, and nothing else', () => {
    write('package.json', JSON.stringify({ name: 'root', workspaces: ['apps/*'], devDependencies: { vitest: '*' } }));
    write('apps/web/package.json', JSON.stringify({ name: '@x/web', dependencies: { react: '*' } }));
    write('apps/lib/package.json', JSON.stringify({ name: '@x/lib', devDependencies: { vitest: '*' } }));
    write('apps/web/src/page.tsx', "import { useState } from 'react';\nimport { helper } from '@x/lib/helpers';\n");
    write('apps/web/src/page.test.ts', "import { it } from 'vitest';\nimport { readFileSync } from 'node:fs';\n");
    write('apps/lib/index.ts', "export { it } from 'vitest';\nimport './local.js';\nimport '@x/lib';\n");
    write('apps/web/node_modules/dep/index.js', "require('anything');\n");
    write('scripts/run.ts', "import { it } from 'vitest';\nimport '@x/web';\n");
    expect(findUndeclaredImports(root).map(({ file, packageName }) => `${file} → ${packageName}`)).toEqual([
      'apps/web/src/page.test.ts → vitest',
      'apps/web/src/page.tsx → @x/lib',
      'scripts/run.ts → @x/web',
    ]);
  });
});

describe('moduleSpecifiersIn', () => {
  it('finds static, dynamic, type-only, re-exported, required and path-resolved packages, not strings or comments', () => {
    const source = [
      '/// <reference types="eta" />',
      "import a from 'alpha';",
      "import type { B } from '@scope/beta/types';",
      "export * from 'gamma';",
      "const d = await import('delta');",
      "const e = require('epsilon');",
      "const f = createRequire(import.meta.url).resolve('zeta/file.js');",
      "const text = \"import x from 'not-an-import'\"; // import y from 'nor-this'",
    ].join('\n');
    expect(moduleSpecifiersIn(source).sort()).toEqual([
      '@scope/beta/types',
      'alpha',
      'delta',
      'epsilon',
      'eta',
      'gamma',
      'zeta/file.js',
    ]);
  });

  it('maps specifiers to package names, leaving out paths and Node built-ins', () => {
    expect(['@scope/beta/types', 'next/link', 'node:fs', 'fs', './x.js', '/abs'].map(packageNameOf)).toEqual([
      '@scope/beta',
      'next',
      null,
      null,
      null,
      null,
    ]);
  });
});
