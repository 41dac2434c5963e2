// Talks to the server's own API; nothing on this page ever leaves the origin.

export async function getJson(path, params) {
  const qs = params ? "?" + new URLSearchParams(params) : "";
  const r = await fetch(path + qs, { headers: { Accept: "application/json" } });
  if (!r.ok) {
    let message = r.status + " " + r.statusText;
    try {
      message = (await r.json()).error || message;
    } catch (e) {
      // the body was not JSON: keep the status line
    }
    throw new Error(path + ": " + message);
  }
  return r.json();
}

// The filter state as query parameters, leaving out what is unset.
export function filterParams(filters, extra) {
  const p = {};
  for (const [k, v] of Object.entries(Object.assign({}, filters, extra || {}))) {
    if (v !== undefined && v !== null && v !== "") p[k] = String(v);
  }
  return p;
}
