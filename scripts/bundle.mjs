/**
 * Compiles a TypeScript entry point into one ES module for Node 24 with esbuild: the workspace packages
 * (@newsgraph/*, which ship TypeScript source) are bundled in, npm packages stay external and load from
 * node_modules. Production and `npm start` run these bundles with plain `node`, not tsx.
 *
 * Usage: node scripts/bundle.mjs <entry.ts> <out.js> [<entry.ts> <out.js> ...]   (paths relative to the cwd)
 */
import { build } from 'esbuild';

const pairs = process.argv.slice(2);
if (pairs.length === 0 || pairs.length % 2 !== 0) {
  console.error('usage: node scripts/bundle.mjs <entry.ts> <out.js> [...]');
  process.exit(2);
}

/** Bare imports of npm packages stay imports; relative paths and @newsgraph/* are bundled. */
const externalNpmPackages = {
  name: 'external-npm-packages',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@newsgraph/') ? undefined : { path: args.path, external: true },
    );
  },
};

for (let i = 0; i < pairs.length; i += 2) {
  await build({
    entryPoints: [pairs[i]],
    outfile: pairs[i + 1],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    sourcemap: 'linked',
    logLevel: 'warning',
    plugins: [externalNpmPackages],
  });
}
