// Custom Elements Manifest: attributes, properties, events, CSS parts and custom properties of
// <leerroutes-kaart>, read from its TSDoc, for editors and Storybook-like tools.
export default {
  // The element's modules only: the CLI (and its catalogue) is a Node tool, not part of the element's API.
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.data.ts', 'src/cli/**', 'src/i18n/cli.ts'],
  outdir: '.',
  litelement: true,
};
