// Renders events, claims and article text. Every string from data goes in through textContent or
// text nodes, never as HTML, so an article cannot run script on this page.
import { colour } from "./types.js";

function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}

function badge(type) {
  const b = el("span", "type-badge", type || "untyped");
  b.style.background = colour(type);
  return b;
}

function actorNames(list) {
  return (list || []).map(a => a.name || a.text).filter(Boolean).join(", ");
}

export function renderEventList(container, events, onSelect) {
  container.replaceChildren();
  for (const e of events) {
    const li = el("li");
    li.dataset.id = e.id;
    li.dataset.type = e.type || "";
    li.tabIndex = 0;
    li.appendChild(badge(e.type));
    li.appendChild(el("span", "event-date", e.date || "undated"));
    li.appendChild(el("span", "event-trigger", e.trigger));
    const where = e.location && (e.location.name || e.location.text);
    if (where) li.appendChild(el("span", "event-place", where));
    const who = actorNames(e.sources);
    if (who) li.appendChild(el("span", "event-actors", who));
    if (e.status) li.appendChild(el("span", "status status-" + e.status, e.status));
    if (e.contradicted) li.appendChild(el("span", "contradiction-flag", "⚠ contradicted"));
    li.addEventListener("click", () => onSelect(e.id));
    li.addEventListener("keydown", ev => { if (ev.key === "Enter") onSelect(e.id); });
    container.appendChild(li);
  }
}

export function renderArticleList(container, articles, onSelect) {
  container.replaceChildren();
  for (const a of articles) {
    const li = el("li", null, (a.title || a.id) + (a.published ? " (" + a.published + ")" : ""));
    li.dataset.id = a.id;
    li.tabIndex = 0;
    li.addEventListener("click", () => onSelect(a.id));
    container.appendChild(li);
  }
}

export function renderEvent(view, event, openEvent) {
  view.querySelector("#event-title").replaceChildren(badge(event.type), el("span", null, " " + (event.trigger || "")));
  const loc = event.location || {};
  const meta = [
    event.date ? "on " + event.date : "undated",
    loc.name || loc.text ? "in " + (loc.name || loc.text) + (loc.country ? " (" + loc.country + ")" : "") : null,
    actorNames(event.sources) ? "by " + actorNames(event.sources) : null,
    actorNames(event.targets) ? "against " + actorNames(event.targets) : null,
    event.mode ? "mode " + event.mode : null,
    event.cameo ? "CAMEO " + event.cameo : null,
  ].filter(Boolean);
  view.querySelector("#event-meta").textContent = meta.join(" · ");

  const flags = view.querySelector("#event-flags");
  flags.replaceChildren();
  if (event.status) flags.appendChild(el("span", "status status-" + event.status, event.status));
  if ((event.contradictions || []).length) flags.appendChild(el("span", "contradiction-flag", "⚠ contradicted"));

  const body = view.querySelector("#claims tbody");
  body.replaceChildren();
  for (const c of event.claims || []) {
    const tr = el("tr", "claim");
    tr.appendChild(el("td", "claim-source", c.source + (c.outlet && c.outlet !== c.source ? " (via " + c.outlet + ")" : "")));
    tr.appendChild(el("td", "claim-status status-" + c.status, c.status + (c.statusCue ? " (" + c.statusCue + ")" : "")));
    tr.appendChild(el("td", "claim-cue", c.cue || ""));
    body.appendChild(tr);
  }

  const box = view.querySelector("#contradictions");
  box.replaceChildren();
  for (const c of event.contradictions || []) {
    const p = el("p", "contradiction");
    p.appendChild(el("span", "contradiction-flag", "⚠ Contradiction"));
    p.appendChild(el("span", null, " " + (c.explanation || c.kind) + " "));
    const other = c.other || {};
    const link = el("a", "contradiction-other", "See the other claim: " + (other.trigger || c.event) +
      (other.source ? " (" + other.source + (other.status ? ", " + other.status : "") + ")" : ""));
    link.href = "#";
    link.addEventListener("click", ev => { ev.preventDefault(); openEvent(c.event); });
    p.appendChild(link);
    box.appendChild(p);
  }
}

export function renderArticleHeader(view, article) {
  view.querySelector("#article-title").textContent = article.title || article.id;
  view.querySelector("#article-meta").textContent = [article.source, article.published, article.url]
    .filter(Boolean).join(" · ");
}

// Builds the text as text nodes, cutting it at every span boundary; each piece covered by spans
// becomes a <mark> whose classes name what covers it (sentence, trigger, source, ...).
export function renderText(container, text, spans) {
  container.replaceChildren();
  const cuts = new Set([0, text.length]);
  for (const s of spans) {
    if (s.start >= 0 && s.end <= text.length && s.start < s.end) {
      cuts.add(s.start);
      cuts.add(s.end);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i];
    const to = points[i + 1];
    const kinds = [...new Set(spans.filter(s => s.start <= from && s.end >= to).map(s => s.kind))];
    const piece = text.slice(from, to);
    if (kinds.length === 0) {
      container.appendChild(document.createTextNode(piece));
    } else {
      const mark = el("mark", kinds.map(k => "ev-" + k).join(" "), piece);
      container.appendChild(mark);
    }
  }
}
