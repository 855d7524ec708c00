// On the loading benchmark's page of the element: `window.firstPins`, the time from navigation start until the map
// has drawn the feed's pins (the element's `whenMapRendered` after `feed-load`).
const kaart = document.querySelector('leerroutes-kaart');
window.firstPins = new Promise((resolve) => {
  kaart.addEventListener('feed-load', async () => {
    await customElements.whenDefined('leerroutes-kaart');
    await kaart.whenMapRendered();
    resolve(performance.now());
  });
});
