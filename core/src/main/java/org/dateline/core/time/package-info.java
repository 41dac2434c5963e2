/** Time: anchoring and correcting normalised time expressions against the article's date. */
@NullMarked
package org.dateline.core.time;

import org.jspecify.annotations.NullMarked;
