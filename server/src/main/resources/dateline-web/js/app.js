// Dateline's page: filters, map, timeline, event list and event view, all from /api/.
import { getJson, filterParams } from "./api.js";
import { EventMap } from "./map.js";
import { Timeline } from "./timeline.js";
import { TYPES, STATUSES } from "./types.js";
import { renderEventList, renderArticleList, renderEvent, renderArticleHeader, renderText } from "./views.js";

const MAP_LIMIT = 500;
const state = { filters: {}, range: null };
const $ = id => document.getElementById(id);

const eventMap = new EventMap($("map"), id => openEvent(id));
const timeline = new Timeline($("timeline-svg"), $("timeline-range"), range => {
  state.range = range;
  loadEvents();
});

function option(select, value, label) {
  const o = document.createElement("option");
  o.value = value;
  o.textContent = label;
  select.appendChild(o);
}

function legend() {
  const box = $("legend");
  for (const [type, c] of Object.entries(TYPES)) {
    const item = document.createElement("span");
    item.className = "legend-item";
    const dot = document.createElement("span");
    dot.className = "legend-dot";
    dot.style.background = c;
    item.append(dot, document.createTextNode(type));
    box.appendChild(item);
    option($("f-type"), type, type);
  }
  for (const s of STATUSES) option($("f-status"), s, s);
}

async function loadChoices() {
  const [places, actors] = await Promise.all([
    getJson("/api/places", { level: "country", limit: "300" }),
    getJson("/api/actors", { limit: "300" }),
  ]);
  for (const p of places.places) option($("f-country"), p.country, (p.name || p.country) + " (" + p.events + ")");
  for (const a of actors.actors) option($("actor-names"), a.name, a.name + " (" + a.events + ")");
}

function readFilters() {
  const form = new FormData($("filters"));
  const f = {};
  for (const [k, v] of form.entries()) if (String(v).trim()) f[k] = String(v).trim();
  return f;
}

// Filters can change faster than answers arrive: only the latest request's answer is drawn.
let latest = 0;

async function loadEvents() {
  const params = filterParams(state.filters, Object.assign({ limit: MAP_LIMIT, sort: "newest" }, state.range || {}));
  const mine = ++latest;
  const data = await getJson("/api/events", params);
  if (mine !== latest) return data;
  const shown = eventMap.show(data.events);
  renderEventList($("events"), data.events, openEvent);
  $("event-count").textContent = "(" + data.total + (data.total > data.events.length ? ", first " + data.events.length : "")
    + "; " + shown + " on the map)";
  document.body.dataset.events = String(data.total);
  return data;
}

async function loadTimeline() {
  const data = await getJson("/api/timeline", filterParams(state.filters, { interval: "auto" }));
  timeline.draw(data.buckets, data.interval);
}

async function applyFilters() {
  state.filters = readFilters();
  await Promise.all([loadEvents(), loadTimeline()]);
}

async function openEvent(id) {
  const event = await getJson("/api/events/" + encodeURIComponent(id));
  document.querySelectorAll("#events li.selected").forEach(e => e.classList.remove("selected"));
  const li = document.querySelector("#events li[data-id='" + CSS.escape(id) + "']");
  if (li) li.classList.add("selected");
  const view = $("event-view");
  renderEvent(view, event, openEvent);
  const article = await getJson("/api/articles/" + encodeURIComponent(event.article.id) + "/evidence");
  renderArticleHeader(view, article);
  renderText($("article-text"), article.text, event.evidence);
  view.hidden = false;
  $("event-hint").hidden = true;
  view.dataset.id = id;
  eventMap.reveal(id);
  // Scroll the article box, not the page, to the trigger.
  const box = $("article-text");
  const trigger = box.querySelector("mark.ev-trigger");
  if (trigger) box.scrollTop = Math.max(0, trigger.offsetTop - box.offsetTop - box.clientHeight / 3);
}

// An article on its own (from the search results): its text with every event's evidence marked.
async function openArticle(id) {
  const article = await getJson("/api/articles/" + encodeURIComponent(id) + "/evidence");
  const view = $("event-view");
  $("event-title").textContent = "Article";
  for (const sel of ["#event-meta", "#event-flags", "#contradictions"]) view.querySelector(sel).replaceChildren();
  view.querySelector("#claims tbody").replaceChildren();
  renderArticleHeader(view, article);
  renderText($("article-text"), article.text, article.evidence);
  view.hidden = false;
  $("event-hint").hidden = true;
  view.dataset.id = id;
}

async function search(q) {
  const list = $("articles");
  if (!q) {
    list.replaceChildren();
    return;
  }
  const found = await getJson("/api/search", { q, limit: "50" });
  renderArticleList(list, found.articles, openArticle);
}

function report(err) {
  const box = $("error");
  box.textContent = String(err.message || err);
  box.hidden = false;
}

$("filters").addEventListener("submit", ev => {
  ev.preventDefault();
  Promise.all([applyFilters(), search(readFilters().q)]).catch(report);
});
$("filters").addEventListener("reset", () => {
  setTimeout(() => { timeline.clear(); applyFilters().then(() => search("")).catch(report); }, 0);
});
$("f-type").addEventListener("change", () => applyFilters().catch(report));
$("f-country").addEventListener("change", () => applyFilters().catch(report));
$("f-status").addEventListener("change", () => applyFilters().catch(report));

legend();
window.addEventListener("unhandledrejection", ev => report(ev.reason));
Promise.all([eventMap.loadBasemap(), applyFilters(), loadChoices()])
  .then(() => eventMap.fit())
  .then(() => { document.body.dataset.ready = "true"; })
  .catch(report);
