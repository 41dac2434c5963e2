/** Scorers for every capability against the gold data users already trust. */
@NullMarked
package org.dateline.eval;

import org.jspecify.annotations.NullMarked;
