/** The store: coded articles in SQLite or PostgreSQL, written one transaction per article. */
@NullMarked
package org.dateline.store;

import org.jspecify.annotations.NullMarked;
