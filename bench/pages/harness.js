// Shared by the bench pages: the longest main-thread task seen (where the browser reports long tasks: Chromium
// does, Firefox does not), and "after the next paint".
window.longestTask = 0;
window.longTasksSeen = (PerformanceObserver.supportedEntryTypes ?? []).includes('longtask');
if (window.longTasksSeen) {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.longestTask = Math.max(window.longestTask, entry.duration);
  }).observe({ type: 'longtask', buffered: true });
}

window.nextPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
