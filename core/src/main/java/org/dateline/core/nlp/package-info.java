/**
 * Language annotation with Stanford CoreNLP. The only package that imports CoreNLP: its output is
 * mapped into Dateline's own records, so nothing downstream depends on CoreNLP classes.
 */
@NullMarked
package org.dateline.core.nlp;

import org.jspecify.annotations.NullMarked;
