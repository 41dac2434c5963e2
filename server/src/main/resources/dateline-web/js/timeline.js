// A timeline of event counts per day or week, stacked by PLOVER type, with a brush: drag across
// it to choose a date range, double-click (or Escape) to clear it.
import { colour } from "./types.js";

const SVG = "http://www.w3.org/2000/svg";
const DAY = 86400000;
const HEIGHT = 90;
const AXIS = 16;

function svg(name, attrs) {
  const el = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, String(v));
  return el;
}

function dayNumber(iso) {
  return Math.floor(Date.parse(iso + "T00:00:00Z") / DAY);
}

function isoDay(n) {
  return new Date(n * DAY).toISOString().slice(0, 10);
}

export class Timeline {
  constructor(svgElement, label, onBrush) {
    this.el = svgElement;
    this.label = label;
    this.onBrush = onBrush;
    this.buckets = [];
    this.range = null;
    this.el.addEventListener("pointerdown", e => this.start(e));
    this.el.addEventListener("pointermove", e => this.move(e));
    this.el.addEventListener("pointerup", e => this.end(e));
    this.el.addEventListener("dblclick", () => this.clear());
    this.el.tabIndex = 0;
    this.el.addEventListener("keydown", e => { if (e.key === "Escape") this.clear(); });
  }

  // buckets: [{period: "YYYY-MM-DD", counts: {TYPE: n}, total: n}], interval "day" | "week".
  draw(buckets, interval) {
    this.buckets = buckets;
    this.step = interval === "week" ? 7 : 1;
    this.el.replaceChildren();
    const width = this.el.clientWidth || 600;
    this.el.setAttribute("viewBox", "0 0 " + width + " " + HEIGHT);
    this.width = width;
    if (buckets.length === 0) {
      this.first = this.last = null;
      this.label.textContent = "No dated events.";
      return;
    }
    this.first = dayNumber(buckets[0].period);
    this.last = dayNumber(buckets[buckets.length - 1].period) + this.step;
    const max = Math.max(...buckets.map(b => b.total));
    const barWidth = Math.max(1, (this.x(this.first + this.step) - this.x(this.first)) - 1);
    for (const b of buckets) {
      const x = this.x(dayNumber(b.period));
      let y = HEIGHT - AXIS;
      for (const [type, n] of Object.entries(b.counts)) {
        const h = (n / max) * (HEIGHT - AXIS - 4);
        y -= h;
        const bar = svg("rect", { x, y, width: barWidth, height: h, fill: colour(type), class: "bar" });
        const tip = svg("title");
        tip.textContent = b.period + ": " + n + " " + type;
        bar.appendChild(tip);
        this.el.appendChild(bar);
      }
    }
    for (const at of [this.first, this.last - this.step]) {
      const t = svg("text", { x: Math.min(this.x(at), width - 70), y: HEIGHT - 3, class: "axis" });
      t.textContent = isoDay(at);
      this.el.appendChild(t);
    }
    this.brush = svg("rect", { y: 0, height: HEIGHT - AXIS, class: "brush", visibility: "hidden" });
    this.el.appendChild(this.brush);
    this.showRange();
  }

  x(day) {
    const span = Math.max(1, this.last - this.first);
    return ((day - this.first) / span) * (this.width - 2) + 1;
  }

  dayAt(clientX) {
    const box = this.el.getBoundingClientRect();
    const frac = Math.min(1, Math.max(0, (clientX - box.left) / box.width));
    return this.first + Math.floor(frac * (this.last - this.first));
  }

  start(e) {
    if (this.first === null || this.first === undefined) return;
    this.dragFrom = this.dayAt(e.clientX);
    this.el.setPointerCapture(e.pointerId);
  }

  move(e) {
    if (this.dragFrom === undefined) return;
    const to = this.dayAt(e.clientX);
    this.paint(Math.min(this.dragFrom, to), Math.max(this.dragFrom, to));
  }

  end(e) {
    if (this.dragFrom === undefined) return;
    const to = this.dayAt(e.clientX);
    const from = Math.min(this.dragFrom, to);
    const until = Math.max(this.dragFrom, to);
    this.dragFrom = undefined;
    this.select(isoDay(from), isoDay(until));
  }

  // Sets the range (ISO dates, inclusive) and tells the page.
  select(from, to) {
    this.range = { from, to };
    this.showRange();
    this.onBrush(this.range);
  }

  clear() {
    this.range = null;
    this.showRange();
    this.onBrush(null);
  }

  paint(fromDay, toDay) {
    if (!this.brush) return;
    this.brush.setAttribute("x", this.x(fromDay));
    this.brush.setAttribute("width", Math.max(2, this.x(toDay + 1) - this.x(fromDay)));
    this.brush.setAttribute("visibility", "visible");
  }

  showRange() {
    if (this.range && this.first !== null && this.first !== undefined) {
      this.paint(dayNumber(this.range.from), dayNumber(this.range.to));
      this.label.textContent = "Dates " + this.range.from + " to " + this.range.to + " (double-click to clear)";
    } else {
      if (this.brush) this.brush.setAttribute("visibility", "hidden");
      this.label.textContent = this.buckets.length ? "Drag across the timeline to filter by date." : "No dated events.";
    }
  }
}
