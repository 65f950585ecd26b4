/**
 * graphql-js, always as the CommonJS build. graphql 16 ships `index.js` and `index.mjs` without an exports map:
 * Node (and so @apollo/server) loads `index.js`, while Vite-based tools (vitest) would resolve a bare
 * `graphql` import in our source to `index.mjs` — a second copy whose classes fail graphql's instanceof checks
 * ("Cannot use GraphQLNonNull from another module or realm"). Importing the file explicitly keeps one copy.
 */
export * from 'graphql/index.js';
