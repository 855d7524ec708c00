/** The first view's chunk files, as the module build named them (rollup.config.mjs hands them to the script's build). */
declare module 'leerroutes-kaart:first-view-files' {
  const files: import('./loader/preload.js').PartFiles;
  export default files;
}
