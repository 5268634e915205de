// Import rules of the monorepo, checked by `npm run lint` (`depcruise` over packages/*/src).
// Documented at https://github.com/sverweij/dependency-cruiser (rules reference).
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'No import cycles, type-only imports included: a module never reaches back to what imports it ' +
        '(route files take the App type from http/app-types.ts, not from app.ts).',
      from: {},
      to: { circular: true },
    },
    {
      name: 'methods-stand-alone',
      severity: 'error',
      comment:
        '@agglomera/methods is a publishable package of pure methods: it imports nothing from the ' +
        'server, the web app or the CLI.',
      from: { path: '^packages/methods/' },
      to: { path: ['^packages/(server|web|cli)/', '^node_modules/@agglomera/(server|web|cli)'] },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment:
        'Every import resolves, so that the rules above see every edge (geojson and ' +
        'topojson-specification are type-only packages from @types).',
      from: {},
      to: { couldNotResolve: true, pathNot: '^(geojson|topojson-specification)$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['(^|/)dist/', '(^|/)node_modules/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['agglomera-source', 'import', 'require', 'node', 'default', 'types'],
      // .d.ts: the web app's API types, generated as a declaration file (packages/web/src/api/openapi.d.ts).
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
