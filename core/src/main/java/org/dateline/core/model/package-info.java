/** Dateline's immutable data model, shared by every stage. No stage-specific logic lives here. */
@NullMarked
package org.dateline.core.model;

import org.jspecify.annotations.NullMarked;
