// PLOVER types and their colours: one hue family per quad (verbal/material, cooperation/conflict),
// so the map reads at a glance as "cooperation green/blue, conflict orange/red".
export const TYPES = {
  AGREE: "#2e7d32", CONSULT: "#66bb6a", SUPPORT: "#9ccc65",
  CONCEDE: "#00838f", COOPERATE: "#1565c0", AID: "#42a5f5", RETREAT: "#80deea",
  REQUEST: "#f9a825", ACCUSE: "#ef6c00", REJECT: "#ffb300", THREATEN: "#d84315",
  PROTEST: "#8e24aa", SANCTION: "#6d4c41", MOBILIZE: "#ad1457", COERCE: "#c62828", ASSAULT: "#b71c1c",
};
export const UNTYPED = "#757575";

export function colour(type) {
  return TYPES[type] || UNTYPED;
}

export const STATUSES = ["asserted", "reported", "unverified", "hedged", "future", "hypothetical", "negated"];
