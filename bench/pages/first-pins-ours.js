// On the loading benchmark's page of the element: `window.firstPins`, the time from navigation start until the
// map's first frame with the feed's pins (the element's User Timing mark, as the reference page's `rendercomplete`
// after its features), and `window.interfaceReady`, until the list and filters have followed that drawing too
// (`whenMapRendered` after `feed-load`).
const kaart = document.querySelector('leerroutes-kaart');
window.firstPins = new Promise((resolve) => {
  const observer = new PerformanceObserver((list) => {
    const mark = list.getEntriesByName('leerroutes-kaart:first-pins')[0];
    if (!mark) return;
    observer.disconnect();
    resolve(mark.startTime);
  });
  observer.observe({ type: 'mark', buffered: true });
});
window.interfaceReady = new Promise((resolve) => {
  kaart.addEventListener('feed-load', async () => {
    await customElements.whenDefined('leerroutes-kaart');
    await kaart.whenMapRendered();
    resolve(performance.now());
  });
});
