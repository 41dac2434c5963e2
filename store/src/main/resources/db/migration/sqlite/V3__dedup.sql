-- Cross-article deduplication. A cluster's members keep what the clusterer needs to run again
-- incrementally: the parts of their blocking key (quad class, country, month; '*' unknown) and
-- their serialised signature. Members stored by V2 (singleton clusters) have neither: they are
-- not candidates for new events until their article is recoded, which re-assigns them.
ALTER TABLE cluster_members ADD COLUMN blocking_key TEXT;
ALTER TABLE cluster_members ADD COLUMN key_quad TEXT;
ALTER TABLE cluster_members ADD COLUMN key_country TEXT;
ALTER TABLE cluster_members ADD COLUMN key_month TEXT;
ALTER TABLE cluster_members ADD COLUMN signature TEXT;
-- order in which members joined: clusters are handed to the clusterer in this order, so
-- incremental runs break ties as a batch run over the same articles does
ALTER TABLE cluster_members ADD COLUMN seq INTEGER;
CREATE INDEX cluster_members_key ON cluster_members (blocking_key);
CREATE INDEX cluster_members_block ON cluster_members (key_month, key_quad, key_country);
CREATE INDEX cluster_members_quad ON cluster_members (key_quad, key_country);
CREATE INDEX cluster_members_seq ON cluster_members (seq);

-- What a cluster's sources agree on (the majority, each outlet voting once), and where they
-- differ: disagreements is a JSON object {field: {value: sources}} for type, place and date.
ALTER TABLE event_clusters ADD COLUMN article_count INTEGER;
ALTER TABLE event_clusters ADD COLUMN type TEXT;
ALTER TABLE event_clusters ADD COLUMN country_iso3 TEXT;
ALTER TABLE event_clusters ADD COLUMN place_ref TEXT;
ALTER TABLE event_clusters ADD COLUMN place_name TEXT;
ALTER TABLE event_clusters ADD COLUMN lat REAL;
ALTER TABLE event_clusters ADD COLUMN lon REAL;
ALTER TABLE event_clusters ADD COLUMN date_value TEXT;
ALTER TABLE event_clusters ADD COLUMN date_precision TEXT;
ALTER TABLE event_clusters ADD COLUMN actors TEXT;
ALTER TABLE event_clusters ADD COLUMN disagreements TEXT;
UPDATE event_clusters SET article_count = 1;

-- Contradictions gain a scope: 'article' (found inside one article by the claims stage) or
-- 'cluster' (between reports of one happening from different articles, found by the store).
-- SQLite cannot change a primary key in place, so the table is rebuilt.
CREATE TABLE contradictions_v3 (
  id            INTEGER PRIMARY KEY,
  scope         TEXT NOT NULL DEFAULT 'article' CHECK (scope IN ('article', 'cluster')),
  -- scope 'article': the article; scope 'cluster': the article of the second event
  article_id    TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  cluster_id    TEXT REFERENCES event_clusters (id) ON DELETE CASCADE,
  ordinal       INTEGER NOT NULL,
  kind          TEXT NOT NULL,
  first_event   TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  second_event  TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  explanation   TEXT NOT NULL
);
INSERT INTO contradictions_v3 (scope, article_id, ordinal, kind, first_event, second_event, explanation)
  SELECT 'article', article_id, ordinal, kind, first_event, second_event, explanation FROM contradictions
  ORDER BY article_id, ordinal;
DROP TABLE contradictions;
ALTER TABLE contradictions_v3 RENAME TO contradictions;
CREATE UNIQUE INDEX contradictions_article_ordinal ON contradictions (article_id, ordinal) WHERE scope = 'article';
CREATE UNIQUE INDEX contradictions_cluster_ordinal ON contradictions (cluster_id, ordinal) WHERE scope = 'cluster';
CREATE INDEX contradictions_first ON contradictions (first_event);
CREATE INDEX contradictions_second ON contradictions (second_event);
