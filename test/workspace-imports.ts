import { readFileSync, globSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, join } from 'node:path';
import ts from 'typescript';

/** A workspace of the repository: the root (".") or one matched by the root package.json's `workspaces`. */
export interface Workspace {
  /** Folder relative to the repository root; "." for the root workspace. */
  dir: string;
  name: string;
  /** Every package its package.json declares, in any dependency field, plus its own name. */
  declared: Set<string>;
}

/** One import of a package the importing file's workspace does not declare. */
export interface UndeclaredImport {
  workspace: string;
  file: string;
  specifier: string;
  packageName: string;
}

const SOURCE_FILES = '**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}';
const NOT_SOURCE = ['**/node_modules/**', '**/.next/**', '**/dist/**', '**/.turbo/**', '**/coverage/**', '**/*.d.ts'];
const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'];

/**
 * The package a module specifier names (`@scope/name` or `name`), or null for relative and absolute paths and
 * Node's built-in modules (`node:fs`, `fs`).
 */
export function packageNameOf(specifier: string): string | null {
  if (specifier.startsWith('.') || specifier.startsWith('/') || isBuiltin(specifier)) return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/**
 * The module specifiers a source file refers to: static and dynamic imports, `export … from`, `require()`,
 * `import type`, `/// <reference types>`, and packages resolved by path. Parsed by TypeScript's own pre-processor,
 * so strings and comments that merely look like imports are not counted.
 */
export function moduleSpecifiersIn(source: string): string[] {
  const info = ts.preProcessFile(source, true, true);
  return [
    ...info.importedFiles.map((file) => file.fileName),
    ...info.typeReferenceDirectives.map((directive) => directive.fileName),
    ...(source.includes('.resolve(') ? resolvedPackagePaths(source) : []),
  ];
}

/**
 * The string arguments of `require.resolve(…)` and `createRequire(…).resolve(…)` calls: files of packages loaded
 * by path (a script to inject into a page, a CLI to spawn), which no import shows.
 */
function resolvedPackagePaths(source: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'resolve' &&
      (ts.isCallExpression(node.expression.expression) || node.expression.expression.getText() === 'require') &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile('source.tsx', source, ts.ScriptTarget.Latest, true));
  return found;
}

function readWorkspace(root: string, dir: string): Workspace {
  const manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as Record<string, unknown>;
  const declared = new Set<string>([String(manifest.name)]);
  for (const field of DEPENDENCY_FIELDS) {
    for (const name of Object.keys((manifest[field] as Record<string, string> | undefined) ?? {})) declared.add(name);
  }
  return { dir, name: String(manifest.name), declared };
}

/** The root workspace and every workspace its package.json lists, deepest folders first. */
export function listWorkspaces(root: string): Workspace[] {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { workspaces?: string[] };
  const dirs = (manifest.workspaces ?? []).flatMap((pattern) =>
    globSync(`${pattern}/package.json`, { cwd: root }).map((file) => dirname(file)),
  );
  return [...dirs.sort((a, b) => b.length - a.length), '.'].map((dir) => readWorkspace(root, dir));
}

/**
 * Every import, in every source file of the repository, of a package that the file's own workspace does not
 * declare. npm hoists packages to the root, so such an import works by accident: until a dependency of someone
 * else's changes, or the workspace is installed on its own.
 */
export function findUndeclaredImports(root: string): UndeclaredImport[] {
  const workspaces = listWorkspaces(root);
  const owner = (file: string) => workspaces.find((ws) => ws.dir === '.' || file.startsWith(`${ws.dir}/`))!;
  const undeclared: UndeclaredImport[] = [];
  for (const file of globSync(SOURCE_FILES, { cwd: root, exclude: NOT_SOURCE }).sort()) {
    const workspace = owner(file);
    for (const specifier of moduleSpecifiersIn(readFileSync(join(root, file), 'utf8'))) {
      const packageName = packageNameOf(specifier);
      if (packageName && !workspace.declared.has(packageName)) {
        undeclared.push({ workspace: workspace.name, file, specifier, packageName });
      }
    }
  }
  return undeclared;
}
