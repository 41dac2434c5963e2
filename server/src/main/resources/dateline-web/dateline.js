// Dateline's page. Every string from data is inserted as text (textContent / text nodes), never
// as HTML, so article text cannot run script.
"use strict";

async function getJson(url) {
  const r = await fetch(url);
  if (!r.ok) throw new Error(url + ": " + r.status);
  return r.json();
}

async function loadList(query) {
  const params = new URLSearchParams({ limit: "100" });
  if (query) params.set("q", query);
  const data = await getJson("/api/articles?" + params);
  const list = document.getElementById("articles");
  list.replaceChildren();
  for (const a of data.articles) {
    const li = document.createElement("li");
    li.dataset.id = a.id;
    li.textContent = (a.title || a.id) + (a.published ? " (" + a.published + ")" : "");
    li.addEventListener("click", () => showArticle(a.id, li));
    list.appendChild(li);
  }
}

async function showArticle(id, li) {
  document.querySelectorAll("#articles li.selected").forEach(e => e.classList.remove("selected"));
  if (li) li.classList.add("selected");
  const rec = await getJson("/api/articles/" + encodeURIComponent(id));
  document.getElementById("article-title").textContent = rec.title || rec.id;
  const meta = [rec.source, rec.published, rec.dateline && rec.dateline.place && rec.dateline.place.text]
    .filter(Boolean).join(" · ");
  document.getElementById("article-meta").textContent = meta;
  renderText(document.getElementById("article-text"), rec.text, rec.entities || []);
}

// Builds the text as text nodes, wrapping entity mentions in <mark> elements.
function renderText(container, text, entities) {
  container.replaceChildren();
  const spans = entities
    .filter(e => ["person", "organization", "location", "group"].includes(e.kind))
    .sort((a, b) => a.start - b.start);
  let at = 0;
  for (const e of spans) {
    if (e.start < at) continue;
    container.appendChild(document.createTextNode(text.slice(at, e.start)));
    const mark = document.createElement("mark");
    mark.className = e.kind;
    mark.title = e.label;
    mark.textContent = text.slice(e.start, e.end);
    container.appendChild(mark);
    at = e.end;
  }
  container.appendChild(document.createTextNode(text.slice(at)));
}

// The basemap: Natural Earth country shapes from the server itself, no tiles from anywhere.
const map = L.map("map", { worldCopyJump: true, minZoom: 1, maxZoom: 12 }).setView([30, 20], 2);
async function loadBasemap() {
  const topo = await getJson("/vendor/world-atlas/countries-50m.json");
  const countries = topojson.feature(topo, topo.objects.countries);
  L.geoJSON(countries, {
    style: { color: "#8a9bb0", weight: 0.6, fillColor: "#f4f1ea", fillOpacity: 1 },
  }).addTo(map);
}
loadBasemap();

document.getElementById("search").addEventListener("submit", ev => {
  ev.preventDefault();
  loadList(document.getElementById("q").value);
});
loadList("");
