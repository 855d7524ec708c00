/**
 * Rollup plugin: the entry's `import()`s of its own chunks (in src/loader/) go through `chunkUrl`, which can
 * add a query after a failed load. Browsers remember a failed module for the rest of the visit; without a new
 * address, "Opnieuw proberen" would fail again at once.
 */
export function retryableImports(loaderFolder = '/src/loader/', helper = 'chunkUrl') {
  const isLoader = (id) => id.includes(loaderFolder);
  return {
    name: 'retryable-imports',
    renderDynamicImport({ moduleId, targetChunk }) {
      if (!targetChunk || !moduleId || !isLoader(moduleId)) return null;
      return { left: `import(${helper}(`, right: '))' };
    },
    renderChunk(code, chunk) {
      // Rollup renames a binding only on a clash; the rewritten imports would then call a missing function.
      if (!Object.keys(chunk.modules).some(isLoader)) return null;
      if (!code.includes(`function ${helper}(`)) this.error(`${helper} was renamed in ${chunk.fileName}`);
      return null;
    },
  };
}
