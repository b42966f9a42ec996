package io.aurelius.admin.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The house plan's two layer rules: JavaFX stays in the UI; the UI never touches the database directly. */
class LayerRulesTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.aurelius.admin");

    @Test
    void onlyTheUiAndTheEntryClassesUseJavaFx() {
        noClasses().that().resideOutsideOfPackage("io.aurelius.admin.ui..")
                .and().doNotHaveFullyQualifiedName("io.aurelius.admin.AdminApp")
                .and().doNotHaveFullyQualifiedName("io.aurelius.admin.Main")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(MAIN);
    }

    @Test
    void theUiNeverTouchesJdbcHibernateOrThePool() {
        noClasses().that().resideInAPackage("io.aurelius.admin.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.hibernate..",
                        "jakarta.persistence..", "com.zaxxer..", "org.postgresql..", "org.flywaydb..")
                .check(MAIN);
    }
}
