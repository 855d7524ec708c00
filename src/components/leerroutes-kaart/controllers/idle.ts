/** Runs `run` when the page is idle (after a timeout where the browser has no requestIdleCallback: Safari). */
export function whenIdle(run: () => void): void {
  if ('requestIdleCallback' in globalThis) requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 50);
}
