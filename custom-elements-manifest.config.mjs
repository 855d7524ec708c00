// Custom Elements Manifest: attributes, properties, events, CSS parts and custom properties of
// <leerroutes-kaart>, read from its TSDoc, for editors and Storybook-like tools.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.data.ts'],
  outdir: '.',
  litelement: true,
};
