package app.gazette;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The feature modules and their layering: Spring Modulith checks that modules form no cycle and use
 * each other only through their root package (and the dependencies each package-info allows);
 * the ArchUnit rules add what Modulith does not state.
 */
class ModularityTest {

    static final String ROOT = "app.gazette";
    static final String WEB = "app\\.gazette\\.[a-z]+\\.web(\\..*)?";
    static final ApplicationModules MODULES = ApplicationModules.of(GazetteApplication.class);
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void modulesHaveNoCyclesAndUseEachOtherOnlyThroughTheirApi() {
        MODULES.verify();
    }

    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void noWebPackageUsesAnotherFeaturesWebPackage() {
        for (String feature : features()) {
            noClasses()
                    .that()
                    .resideInAPackage(ROOT + "." + feature + ".web..")
                    .should()
                    .dependOnClassesThat(webOfAnotherFeatureThan(feature))
                    .because("controllers talk to services; pages of another feature are reached through its API")
                    .allowEmptyShould(true)
                    .check(CLASSES);
        }
    }

    @Test
    void repositoriesAreUsedOnlyInsideTheirFeature() {
        for (String feature : features()) {
            noClasses()
                    .that()
                    .resideOutsideOfPackage(ROOT + "." + feature + "..")
                    .should()
                    .dependOnClassesThat(inFeature(feature).and(assignableTo(Repository.class)))
                    .check(CLASSES);
        }
    }

    @Test
    void entitiesAreUsedOnlyInsideTheirFeatureOrMappedByAnotherFeaturesEntity() {
        for (String feature : features()) {
            noClasses()
                    .that()
                    .resideOutsideOfPackage(ROOT + "." + feature + "..")
                    .and(not(annotatedEntity()))
                    .should()
                    .dependOnClassesThat(inFeature(feature).and(annotatedEntity()))
                    .because("other features get views and ids from the feature's services; only a JPA"
                            + " association in an entity may name another feature's entity")
                    .check(CLASSES);
        }
    }

    private static List<String> features() {
        return MODULES.stream()
                .map(module -> module.getBasePackage().getName().substring(ROOT.length() + 1))
                .toList();
    }

    private static DescribedPredicate<JavaClass> inFeature(String feature) {
        return JavaClass.Predicates.resideInAPackage(ROOT + "." + feature + "..");
    }

    private static DescribedPredicate<JavaClass> annotatedEntity() {
        return DescribedPredicate.describe("JPA entities", type -> type.isAnnotatedWith(Entity.class));
    }

    private static DescribedPredicate<JavaClass> webOfAnotherFeatureThan(String feature) {
        return DescribedPredicate.describe("web classes of another feature", type -> {
            String name = type.getPackageName();
            return name.matches(WEB)
                    && !name.startsWith(ROOT + "." + feature + ".")
                    && !name.startsWith(ROOT + ".shared.");
        });
    }
}
