/** The assembled pipeline from article to coded document. */
@NullMarked
package org.dateline.core.pipeline;

import org.jspecify.annotations.NullMarked;
