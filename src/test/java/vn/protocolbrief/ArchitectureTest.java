package vn.protocolbrief;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "vn.protocolbrief", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
            .layer("Launcher").definedBy("vn.protocolbrief")
            .layer("UI").definedBy("vn.protocolbrief.ui..")
            .layer("CLI").definedBy("vn.protocolbrief.cli..")
            .layer("Brief").definedBy("vn.protocolbrief.brief..")
            .layer("Ingest").definedBy("vn.protocolbrief.ingest..")
            .layer("Travel").definedBy("vn.protocolbrief.travel..")
            .layer("Store").definedBy("vn.protocolbrief.store..")
            .layer("Domain").definedBy("vn.protocolbrief.domain..")
            .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
            .whereLayer("UI").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("CLI").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Brief").mayOnlyBeAccessedByLayers("UI", "CLI")
            .whereLayer("Ingest").mayOnlyBeAccessedByLayers("UI", "CLI")
            .whereLayer("Travel").mayOnlyBeAccessedByLayers("UI", "CLI")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("Brief", "Ingest", "Travel", "UI", "CLI", "Launcher")
            .because("each layer knows only the ones below it (DESIGN.md, 'Shape of the code')");

    @ArchTest
    static final ArchRule domainIsPure = noClasses().that().resideInAPackage("vn.protocolbrief.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.jdbi..", "org.sqlite..",
                    "org.apache.pdfbox..", "com.fasterxml.jackson..", "picocli..")
            .because("domain records and rules hold no JavaFX, SQL, PDF or file-format code");

    @ArchTest
    static final ArchRule headlessLayersNeverTouchJavaFx = noClasses().that()
            .resideInAnyPackage("vn.protocolbrief.cli..", "vn.protocolbrief.store..", "vn.protocolbrief.brief..",
                    "vn.protocolbrief.ingest..", "vn.protocolbrief.travel..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("the command line runs headless: no JavaFX toolkit may start on a server or in CI");

    @ArchTest
    static final ArchRule screensStandAlone = noClasses().that()
            .resideInAnyPackage("vn.protocolbrief.ui.importing..", "vn.protocolbrief.ui.records..",
                    "vn.protocolbrief.ui.brief..", "vn.protocolbrief.ui.common..", "vn.protocolbrief.ui.travel..")
            .should().dependOnClassesThat().resideInAPackage("vn.protocolbrief.ui.shell..")
            .because("screens are put together by the shell (MainWindow, MainView); a screen knows only ui.common");

    @ArchTest
    static final ArchRule viewModelsHoldNoControls = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("view-models are unit-tested without a window: properties and collections only");

    @ArchTest
    static final ArchRule onlyTheStoreKnowsSql = noClasses().that().resideOutsideOfPackage("vn.protocolbrief.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "java.sql..", "org.sqlite..", "org.flywaydb..",
                    "org.postgresql..")
            .because("one way to the store: the window and the command line call services and Reads; only the store"
                    + " knows SQL (issue 14)");
}
