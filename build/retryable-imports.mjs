/**
 * Rollup plugin: the entry's `import()`s of its own chunks (src/loader/chunks.ts) go through `chunkUrl`, which can
 * add a query after a failed load. Browsers remember a failed module for the rest of the visit; without a new
 * address, "Opnieuw proberen" would fail again at once.
 */
export function retryableImports(loaderSuffix = '/src/loader/chunks.ts', helper = 'chunkUrl') {
  return {
    name: 'retryable-imports',
    renderDynamicImport({ moduleId, targetChunk }) {
      if (!targetChunk || !moduleId?.endsWith(loaderSuffix)) return null;
      return { left: `import(${helper}(`, right: '))' };
    },
    renderChunk(code, chunk) {
      // Rollup renames a binding only on a clash; the rewritten imports would then call a missing function.
      if (chunk.modules[Object.keys(chunk.modules).find((id) => id.endsWith(loaderSuffix)) ?? ''] === undefined)
        return null;
      if (!code.includes(`function ${helper}(`)) this.error(`${helper} was renamed in ${chunk.fileName}`);
      return null;
    },
  };
}
