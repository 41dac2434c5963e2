package org.dateline.core.actors;

import java.util.Locale;
import java.util.Optional;

/** PLOVER/CAMEO actor sectors (agent codes): what part of a country or society an actor is. */
public enum Sector {
  GOV("government, executive"),
  MIL("military"),
  COP("police, security forces"),
  REB("rebels"),
  INS("insurgents, militants"),
  CVL("civilians"),
  JUD("judiciary"),
  LEG("legislature"),
  MED("media"),
  EDU("education"),
  BUS("business"),
  REL("religious"),
  IGO("intergovernmental organisation"),
  NGO("non-governmental organisation"),
  OPP("political opposition"),
  PTY("political party"),
  SPY("intelligence services"),
  LAB("labour"),
  REF("refugees, displaced people"),
  CRM("criminals"),
  HLH("health"),
  ELI("elites"),
  ETH("ethnic group"),
  UAF("unidentified armed forces");

  private final String description;

  Sector(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }

  /** The sector with this code, case-insensitive; empty for unknown codes. */
  public static Optional<Sector> ofCode(String code) {
    try {
      return Optional.of(valueOf(code.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
