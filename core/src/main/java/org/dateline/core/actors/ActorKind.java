package org.dateline.core.actors;

/** What a dictionary entry names. */
public enum ActorKind {
  /** A state, by name, short name or demonym ("Iraq", "Iraqi"). */
  COUNTRY,
  /** A noun or adjective naming a sector ("army", "police", "militants"). */
  SECTOR,
  /** An organisation: intergovernmental, non-governmental, party, company. */
  ORGANISATION,
  /** A non-state armed group ("Islamic State", "Peshmerga"). */
  ARMED_GROUP,
  /** An ethnic or religious group ("Kurdish", "Shiite"). */
  GROUP,
  /** A person, with a role that may be bounded in time. */
  PERSON
}
