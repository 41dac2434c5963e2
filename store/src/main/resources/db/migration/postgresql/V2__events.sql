-- Events and everything needed to show, filter and export them. One row per coded event; all
-- rows of an article are replaced together when it is recoded.
CREATE TABLE events (
  id               TEXT PRIMARY KEY,
  article_id       TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  ordinal          INTEGER NOT NULL,
  sentence         INTEGER NOT NULL,
  type             TEXT,
  action           TEXT,
  mode             TEXT,
  context          TEXT,
  cameo            TEXT NOT NULL,
  root_code        TEXT,
  quad_class       INTEGER,
  goldstein        REAL,
  trigger_start    INTEGER NOT NULL,
  trigger_end      INTEGER NOT NULL,
  trigger_text     TEXT NOT NULL,
  date_value       TEXT,
  date_precision   TEXT,
  date_basis       TEXT,
  date_start       INTEGER,
  date_end         INTEGER,
  date_text        TEXT,
  -- first and last day the date can mean (ISO), so month and year dates still match day ranges
  date_first       TEXT,
  date_last        TEXT,
  location_text    TEXT,
  location_start   INTEGER,
  location_end     INTEGER,
  location_reason  TEXT NOT NULL,
  place_ref        TEXT,
  place_name       TEXT,
  lat              DOUBLE PRECISION,
  lon              DOUBLE PRECISION,
  country_iso2     TEXT,
  country_iso3     TEXT,
  feature_code     TEXT,
  modality         TEXT NOT NULL,
  negated          BOOLEAN NOT NULL,
  -- the claim's status, copied here so the status filter needs no join
  status           TEXT,
  evidence_text    TEXT NOT NULL,
  evidence_start   INTEGER NOT NULL,
  evidence_end     INTEGER NOT NULL
);
CREATE INDEX events_article ON events (article_id);
CREATE INDEX events_type_date ON events (type, date_first);
CREATE INDEX events_date ON events (date_first, date_last);
CREATE INDEX events_country ON events (country_iso3);
CREATE INDEX events_status ON events (status);
CREATE INDEX events_place ON events (place_name);
CREATE INDEX events_latlon ON events (lat, lon);

CREATE TABLE event_actors (
  event_id     TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  role         TEXT NOT NULL CHECK (role IN ('source', 'target')),
  ordinal      INTEGER NOT NULL,
  text         TEXT NOT NULL,
  start_char   INTEGER NOT NULL,
  end_char     INTEGER NOT NULL,
  code         TEXT NOT NULL,
  country      TEXT,
  organisation TEXT,
  sector       TEXT,
  name         TEXT,
  resolution   TEXT NOT NULL,
  PRIMARY KEY (event_id, role, ordinal)
);
CREATE INDEX event_actors_code ON event_actors (code);
CREATE INDEX event_actors_country ON event_actors (country);

CREATE TABLE event_quantities (
  event_id    TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  ordinal     INTEGER NOT NULL,
  kind        TEXT NOT NULL,
  value       BIGINT,
  qualifier   TEXT NOT NULL,
  text        TEXT NOT NULL,
  start_char  INTEGER NOT NULL,
  end_char    INTEGER NOT NULL,
  PRIMARY KEY (event_id, ordinal)
);

-- Who claims each event, and how firmly (one claim per event).
CREATE TABLE claims (
  event_id          TEXT PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
  article_id        TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  source_text       TEXT NOT NULL,
  source_start      INTEGER,
  source_end        INTEGER,
  source_kind       TEXT NOT NULL,
  source_name       TEXT,
  cue_text          TEXT,
  cue_start         INTEGER,
  cue_end           INTEGER,
  status            TEXT NOT NULL,
  status_cue_text   TEXT,
  status_cue_start  INTEGER,
  status_cue_end    INTEGER
);
CREATE INDEX claims_article ON claims (article_id);

-- Place mentions of each article and what they resolved to.
CREATE TABLE places (
  article_id    TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  ordinal       INTEGER NOT NULL,
  text          TEXT NOT NULL,
  start_char    INTEGER NOT NULL,
  end_char      INTEGER NOT NULL,
  source        TEXT NOT NULL,
  geonames_id   BIGINT,
  name          TEXT,
  lat           DOUBLE PRECISION,
  lon           DOUBLE PRECISION,
  feature_code  TEXT,
  admin1        TEXT,
  admin2        TEXT,
  country_iso2  TEXT,
  country_iso3  TEXT,
  confidence    DOUBLE PRECISION NOT NULL,
  reason        TEXT NOT NULL,
  detail        TEXT NOT NULL,
  PRIMARY KEY (article_id, ordinal)
);
CREATE INDEX places_name ON places (name);
CREATE INDEX places_country ON places (country_iso3);

CREATE TABLE contradictions (
  article_id    TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  ordinal       INTEGER NOT NULL,
  kind          TEXT NOT NULL,
  first_event   TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  second_event  TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  explanation   TEXT NOT NULL,
  PRIMARY KEY (article_id, ordinal)
);
CREATE INDEX contradictions_first ON contradictions (first_event);
CREATE INDEX contradictions_second ON contradictions (second_event);

-- Reports of the same real-world event across articles. Until deduplication is wired in, every
-- event is its own cluster; source_count counts distinct outlets among the members.
CREATE TABLE event_clusters (
  id            TEXT PRIMARY KEY,
  method        TEXT NOT NULL,
  event_count   INTEGER NOT NULL,
  source_count  INTEGER NOT NULL,
  updated_at    TEXT NOT NULL
);
CREATE INDEX event_clusters_sources ON event_clusters (source_count);

CREATE TABLE cluster_members (
  event_id    TEXT PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
  cluster_id  TEXT NOT NULL REFERENCES event_clusters (id) ON DELETE CASCADE
);
CREATE INDEX cluster_members_cluster ON cluster_members (cluster_id);
