package org.dateline.core.events;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * PLOVER modes the trigger word alone does not give, read from the PLOVER 2.0 manual's mode tables:
 * the weapon or method of an ASSAULT named in its sentence ("killed in a car bomb explosion":
 * explosives), and the content of a THREATEN ("threatened to shell Iraqi towns": violence). Only
 * fills a mode the trigger left empty. Stateless.
 */
final class ModeRules {
  private ModeRules() {}

  /**
   * Instrument words, most specific first: a named weapon says more than the platform carrying it
   * ("aircraft using precision guided missiles"), a suicide bombing more than the bomb.
   */
  private static final List<Map.Entry<String, List<String>>> INSTRUMENTS = List.of(
      Map.entry("suicide-attack", List.of("suicide")),
      Map.entry("unconventional", List.of("chemical", "nerve", "sarin", "chlorine", "mustard", "biological",
          "anthrax", "radiological", "nuclear")),
      Map.entry("explosives", List.of("bomb", "bombing", "explosive", "explosion", "ied", "mine", "landmine",
          "grenade", "blast", "detonate", "booby")),
      Map.entry("heavy-weapons", List.of("artillery", "mortar", "rocket", "missile", "shell", "shelling", "tank",
          "howitzer", "cannon")),
      Map.entry("drone", List.of("drone", "uav")),
      Map.entry("aerial", List.of("aircraft", "helicopter", "gunship", "warplane", "jet", "bomber", "airstrike",
          "air strike", "air raid", "plane")),
      Map.entry("crowd-control", List.of("tear gas", "teargas", "water cannon", "rubber bullet", "baton")),
      Map.entry("firearms", List.of("gun", "gunfire", "gunman", "gunmen", "rifle", "pistol", "machine gun",
          "gunbattle", "gunshot", "bullet", "sniper", "open fire", "shoot")),
      Map.entry("primitive", List.of("machete", "knife", "axe", "stone", "rock", "spear", "arson", "torch",
          "sword", "club")));

  /** The ASSAULT mode named by an instrument anywhere in the sentence, or null. */
  static @Nullable String instrument(Parse p) {
    for (Map.Entry<String, List<String>> mode : INSTRUMENTS) {
      for (String words : mode.getValue()) {
        if (mentions(p, words.split(" "))) {
          return mode.getKey();
        }
      }
    }
    return null;
  }

  /** Whether the sentence holds the words consecutively, matched on lemmas or word forms. */
  private static boolean mentions(Parse p, String[] words) {
    for (int i = 0; i + words.length <= p.size(); i++) {
      boolean all = true;
      for (int k = 0; k < words.length && all; k++) {
        all = p.lemma(i + k).equals(words[k]) || p.word(i + k).equals(words[k]);
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  /** The THREATEN mode for a threatened act: what would be done, per the manual's THREATEN table. */
  static @Nullable String threatContent(Trigger act) {
    if (act.type() == null) {
      return null;
    }
    String mode = String.valueOf(act.mode());
    return switch (act.type()) {
      case ASSAULT, MOBILIZE -> "violence";
      case COERCE -> mode.equals("arrest") || mode.equals("detain") ? "arrest"
          : mode.equals("expel") || mode.equals("deport") ? "expel"
          : mode.equals("seize") || mode.equals("occupy") ? "territory" : "restrict";
      case SANCTION -> mode.equals("expel") ? "expel" : mode.equals("discontinue") || mode.equals("withdraw")
          || mode.equals("break") ? "relations" : "restrict";
      case PROTEST -> "restrict";
      case REJECT, RETREAT -> "relations";
      default -> null;
    };
  }
}
