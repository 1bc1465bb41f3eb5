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
            .layer("Service").definedBy("vn.protocolbrief.service..")
            .layer("Store").definedBy("vn.protocolbrief.store..")
            .layer("Domain").definedBy("vn.protocolbrief.domain..")
            .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
            .whereLayer("UI").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("CLI").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Brief").mayOnlyBeAccessedByLayers("UI", "CLI")
            .whereLayer("Ingest").mayOnlyBeAccessedByLayers("UI", "CLI")
            .whereLayer("Travel").mayOnlyBeAccessedByLayers("UI", "CLI")
            .whereLayer("Service").mayOnlyBeAccessedByLayers("Brief", "Ingest", "Travel", "UI", "CLI")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("Service", "Brief", "Ingest", "Travel", "UI", "CLI", "Launcher")
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

    @ArchTest
    static final ArchRule servicesHoldNoSql = noClasses().that().resideInAPackage("vn.protocolbrief.service..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "java.sql..", "javax.sql..", "org.sqlite..",
                    "org.postgresql..", "org.flywaydb..")
            .because("the services compose repository calls through the store's Work, one transaction each; every"
                    + " statement and connection stays in the store, for both dialects (issue 20, ADR 0015)");

    @ArchTest
    static final ArchRule storeKnowsNoService = noClasses().that().resideInAPackage("vn.protocolbrief.store..")
            .should().dependOnClassesThat().resideInAPackage("vn.protocolbrief.service..")
            .because("the services are built on the store, never the other way: the store can be tested, and its"
                    + " dialects changed, without them (ADR 0015)");

    @ArchTest
    static final ArchRule screensAndCommandsGoThroughServices = noClasses().that()
            .resideInAnyPackage("vn.protocolbrief.ui..", "vn.protocolbrief.cli..")
            .should().dependOnClassesThat().haveNameMatching(
                    "vn\\.protocolbrief\\.store\\.(Work\\w*|Repositories|(?!BriefRecordRepository)\\w+Repository)(\\$.*)?")
            .because("the window and the command line share the services: they open a Store and read through Reads,"
                    + " never a transaction's repositories (BriefRecordRepository, the packs' record, is the one left:"
                    + " ADR 0015)");
}
