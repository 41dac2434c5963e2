-- Articles and the annotation evidence needed to show where a value came from.
CREATE TABLE articles (
  id               TEXT PRIMARY KEY,
  content_hash     TEXT NOT NULL,
  origin           TEXT NOT NULL,
  url              TEXT,
  source           TEXT,
  published        TEXT,
  title            TEXT,
  text             TEXT NOT NULL,
  dateline_place   TEXT,
  dateline_agency  TEXT,
  record           TEXT NOT NULL,
  pipeline_version TEXT NOT NULL,
  coded_at         TEXT NOT NULL,
  search           tsvector GENERATED ALWAYS AS
                     (to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED
);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_source ON articles (source);
CREATE INDEX articles_search ON articles USING GIN (search);

-- Every coding of an article, so a recode after a dictionary change leaves a trail.
CREATE TABLE codings (
  article_id       TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  pipeline_version TEXT NOT NULL,
  content_hash     TEXT NOT NULL,
  coded_at         TEXT NOT NULL
);
CREATE INDEX codings_article ON codings (article_id);

CREATE TABLE entity_mentions (
  article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  ordinal     INTEGER NOT NULL,
  start_char  INTEGER NOT NULL,
  end_char    INTEGER NOT NULL,
  sentence    INTEGER NOT NULL,
  text        TEXT NOT NULL,
  label       TEXT NOT NULL,
  kind        TEXT NOT NULL,
  PRIMARY KEY (article_id, ordinal)
);
CREATE INDEX entity_mentions_text ON entity_mentions (text);
