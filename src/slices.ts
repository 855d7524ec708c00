/**
 * Long work in slices: a generator does the work and yields now and then; between slices of about 10 ms the page
 * gets a turn, so taps and scrolling are answered while a large feed is read. No DOM.
 */

/**
 * Long enough to make progress, short enough that no slice counts as a long task (50 ms) on a phone four times
 * slower than this machine: what Lighthouse's Total Blocking Time counts on the host page.
 */
const SLICE_MS = 10;

/** Lets the page handle input and paint, then goes on; stops if the work was cancelled meanwhile. */
export async function nextTask(signal: AbortSignal | undefined): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  await (scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0)));
  signal?.throwIfAborted();
}

/** Runs `steps` to its end, pausing for the page whenever a slice has used its time; resolves with its result. */
export async function runInSlices<T>(steps: Generator<unknown, T>, signal?: AbortSignal): Promise<T> {
  let deadline = performance.now() + SLICE_MS;
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() > deadline) {
      await nextTask(signal);
      deadline = performance.now() + SLICE_MS;
    }
  }
}
