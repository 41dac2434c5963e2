/**
 * Dateline's decoder for CoreNLP's neural dependency parser models: the same trees as CoreNLP's
 * {@code DependencyParser}, computed faster and with one copy of the weights per JVM. Used by
 * {@code nlp.LeanDependencyParseAnnotator} (the {@code lite} profile).
 */
@NullMarked
package org.dateline.core.nlp.parse;

import org.jspecify.annotations.NullMarked;
