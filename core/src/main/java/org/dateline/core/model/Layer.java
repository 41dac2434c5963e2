package org.dateline.core.model;

/** Annotation layers a document may carry; later stages check for the ones they need. */
public enum Layer {
  TOKENS,
  POS,
  LEMMAS,
  ENTITIES,
  TIMES,
  DEPENDENCIES,
  COREF,
  QUOTES
}
