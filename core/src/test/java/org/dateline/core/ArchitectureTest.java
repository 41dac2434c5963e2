package org.dateline.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering rules of STYLE.md, enforced: CoreNLP stays in nlp, the model depends on nothing. */
class ArchitectureTest {
  static JavaClasses classes;

  @BeforeAll
  static void load() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.dateline.core");
  }

  @Test
  void coreNlpIsUsedOnlyInTheNlpPackage() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.dateline.core.nlp..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("edu.stanford..")
        .check(classes);
  }

  @Test
  void theModelDependsOnNoStage() {
    noClasses()
        .that()
        .resideInAPackage("org.dateline.core.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.dateline.core.ingest..",
            "org.dateline.core.nlp..",
            "org.dateline.core.json..",
            "org.dateline.core.pipeline..",
            "com.fasterxml..")
        .check(classes);
  }

  @Test
  void noJavaSerializationOrStackTracePrinting() {
    noClasses()
        .should()
        .callMethod(Throwable.class, "printStackTrace")
        .orShould()
        .callMethod(System.class, "exit", int.class)
        .check(classes);
  }
}
