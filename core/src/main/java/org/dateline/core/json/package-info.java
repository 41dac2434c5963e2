/** Dateline's JSON output format, versioned by its JSON Schema. */
@NullMarked
package org.dateline.core.json;

import org.jspecify.annotations.NullMarked;
