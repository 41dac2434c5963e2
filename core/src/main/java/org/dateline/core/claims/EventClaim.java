package org.dateline.core.claims;

import java.util.Objects;

/** The claim that reports one coded event: who says it happened, and how firmly. */
public record EventClaim(String eventId, Claim claim) {
  public EventClaim {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(claim, "claim");
  }
}
