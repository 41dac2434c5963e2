/**
 * Claims: who says so and how sure they are. {@link org.dateline.core.claims.Attributor} finds
 * reported speech and its sources; {@link org.dateline.core.claims.ClaimAnalyzer} gives the source
 * and status of any trigger span; {@link org.dateline.core.claims.Contradictions} flags claims about
 * the same event that cannot both hold.
 */
@NullMarked
package org.dateline.core.claims;

import org.jspecify.annotations.NullMarked;
