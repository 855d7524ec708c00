/**
 * Rollup plugin: V8's compile hint (`//# allFunctionsCalledOnLoad`, Chromium 136 and later; other engines read a
 * comment) on the chunks named, after minification. Chromium then compiles all of their functions while the file
 * streams in, on a background thread, rather than each on the page's thread at its first call. Meant for chunks
 * whose code nearly all runs while the first view is drawn: the feed's reader and the map (787 lazy compiles on the
 * page's thread before the first pins without it, 120 with it; BENCHMARKS.md, issue 26).
 */
import MagicString from 'magic-string';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

export function compileHints(chunkNames) {
  return {
    name: 'compile-hints',
    renderChunk(code, chunk) {
      if (!chunkNames.includes(chunk.name)) return null;
      // The hint leads the file: the engine looks for it where a file starts.
      const text = new MagicString(code).prepend(`${COMPILE_HINT}\n`);
      return { code: text.toString(), map: text.generateMap({ hires: true }) };
    },
  };
}
