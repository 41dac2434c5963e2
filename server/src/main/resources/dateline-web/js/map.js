// The map: Natural Earth country shapes served by Dateline itself (no tiles from anywhere) and
// event markers, clustered, coloured by PLOVER type.
import { getJson } from "./api.js";
import { colour } from "./types.js";

// topojson stitches some rings across the date line (Russia, Fiji, Antarctica): consecutive
// points jump from +180 to -180 and Leaflet would draw a stripe across the world. Unwrapping the
// longitudes keeps each ring continuous (Chukotka is drawn east of 180 instead).
export function unwrapRing(ring) {
  const out = [];
  let shift = 0;
  for (let i = 0; i < ring.length; i++) {
    const [lon, lat] = ring[i];
    if (i > 0) {
      const prev = ring[i - 1][0];
      if (lon - prev > 180) shift -= 360;
      else if (prev - lon > 180) shift += 360;
    }
    out.push([lon + shift, lat]);
  }
  return out;
}

export function unwrapGeometry(g) {
  if (g.type === "Polygon") return { type: g.type, coordinates: g.coordinates.map(unwrapRing) };
  if (g.type === "MultiPolygon") {
    return { type: g.type, coordinates: g.coordinates.map(p => p.map(unwrapRing)) };
  }
  return g;
}

export class EventMap {
  constructor(element, onSelect) {
    this.onSelect = onSelect;
    this.map = L.map(element, { worldCopyJump: true, minZoom: 1, maxZoom: 12 }).setView([30, 20], 2);
    this.cluster = L.markerClusterGroup({
      maxClusterRadius: 40,
      disableClusteringAtZoom: 9,
      iconCreateFunction: c => this.clusterIcon(c),
    });
    this.map.addLayer(this.cluster);
    this.markers = new Map();
  }

  async loadBasemap() {
    const topo = await getJson("/vendor/world-atlas/countries-50m.json");
    const countries = topojson.feature(topo, topo.objects.countries);
    countries.features = countries.features.map(f => Object.assign({}, f, { geometry: unwrapGeometry(f.geometry) }));
    L.geoJSON(countries, {
      interactive: false,
      style: f => ({ className: "country c" + f.id, color: "#8a9bb0", weight: 0.6, fillColor: "#f4f1ea", fillOpacity: 1 }),
    }).addTo(this.map);
  }

  // A cluster shows its size and the colour of its most frequent type.
  clusterIcon(c) {
    const counts = {};
    for (const m of c.getAllChildMarkers()) counts[m.options.eventType] = (counts[m.options.eventType] || 0) + 1;
    const top = Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0];
    const el = document.createElement("div");
    el.className = "event-cluster";
    el.style.background = colour(top);
    el.textContent = String(c.getChildCount());
    return L.divIcon({ html: el, className: "event-cluster-icon", iconSize: [30, 30] });
  }

  show(events) {
    this.cluster.clearLayers();
    this.markers.clear();
    const layers = [];
    for (const e of events) {
      const loc = e.location;
      if (!loc || loc.lat == null || loc.lon == null) continue;
      const el = document.createElement("div");
      el.className = "event-marker";
      el.dataset.id = e.id;
      el.dataset.type = e.type || "";
      el.style.background = colour(e.type);
      el.title = (e.type || "event") + ": " + (e.trigger || "") + (loc.name ? " — " + loc.name : "");
      const marker = L.marker([loc.lat, loc.lon], {
        icon: L.divIcon({ html: el, className: "event-marker-icon", iconSize: [14, 14] }),
        eventType: e.type || "",
        keyboard: true,
      });
      marker.on("click", () => this.onSelect(e.id));
      this.markers.set(e.id, marker);
      layers.push(marker);
    }
    this.cluster.addLayers(layers);
    return layers.length;
  }

  // Resolves once the map has stopped moving, so "ready" means markers sit where they will stay.
  fit() {
    const b = this.cluster.getBounds();
    if (!b.isValid()) return Promise.resolve();
    return new Promise(resolve => {
      this.map.once("moveend", () => resolve());
      this.map.fitBounds(b.pad(0.3), { maxZoom: 6 });
    });
  }

  // Opens clusters down to the marker and centres it.
  reveal(id) {
    const m = this.markers.get(id);
    if (m) this.cluster.zoomToShowLayer(m, () => {});
  }
}
