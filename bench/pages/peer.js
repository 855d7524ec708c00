/* global L */
// The peer: what a site would pick instead. Leaflet with Leaflet.markercluster, default markers.
const map = L.map('map', { maxZoom: 19 }).fitBounds([
  [50.7, 3.3],
  [53.6, 7.3],
]);
const clusters = L.markerClusterGroup({ chunkedLoading: false });
map.addLayer(clusters);
let all = [];

window.benchLoad = async (url) => {
  const t0 = performance.now();
  const feed = await (await fetch(url)).json();
  all = feed.features.map((f) => {
    const marker = L.marker([f.geometry.coordinates[1], f.geometry.coordinates[0]]);
    marker.soort = f.properties.soort;
    return marker;
  });
  clusters.addLayers(all);
  await window.nextPaint();
  return performance.now() - t0;
};

window.benchFilter = async (kind) => {
  const t0 = performance.now();
  clusters.clearLayers();
  clusters.addLayers(kind ? all.filter((m) => m.soort === kind) : all);
  await window.nextPaint();
  return performance.now() - t0;
};
