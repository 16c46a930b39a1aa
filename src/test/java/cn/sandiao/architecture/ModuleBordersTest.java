package cn.sandiao.architecture;

import cn.sandiao.SandiaoApplication;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature modules (the packages under cn.sandiao) use one another only through each other's top-level
 * package or the parts a module names for others ({@code @NamedInterface}), and never in a cycle. The module
 * diagram in docs/modules is drawn from the same model on every build.
 */
class ModuleBordersTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(SandiaoApplication.class);

    @Test
    void shouldKeepEveryModuleToWhatItsNeighboursOffer() {
        MODULES.verify();
    }

    /**
     * A module's rows are its own: other modules ask its services (DisputeCases, Mediations …), never its
     * repositories. The organization's reference data is still read directly until it gets its own service.
     */
    @Test
    void shouldLeaveEachModulesRepositoriesToItself() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.sandiao");
        for (ApplicationModule module : MODULES) {
            String inside = module.getBasePackage().getName() + "..";
            if (!module.getBasePackage().getName().endsWith(".organization")) {
                classes().that().areAssignableTo(Repository.class).and().resideInAPackage(inside)
                        .should().onlyHaveDependentClassesThat().resideInAPackage(inside).allowEmptyShould(true).check(main);
            }
        }
    }

    /**
     * Input is validated where it comes in (a request's body, a task's form): an entity's row is not validated again
     * (application.yaml: jakarta.persistence.validation.mode none), so a constraint on an entity would check nothing.
     */
    @Test
    void shouldLeaveConstraintsToTheInputs() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.sandiao");
        noFields().that().areDeclaredInClassesThat().areAnnotatedWith(Entity.class)
                .should().beAnnotatedWith(DescribedPredicate.describe("a Bean Validation constraint",
                        annotation -> annotation.getRawType().getPackageName().startsWith("jakarta.validation")))
                .allowEmptyShould(true).check(main);
    }

    /**
     * The Documenter writes a diagram's lines in a different order at each run; a committed diagram is replaced
     * only when its lines differ as a set, so a build leaves docs/modules untouched unless a border changed.
     */
    @Test
    void shouldDrawTheModules() throws IOException {
        Path drawn = Path.of("target", "module-diagrams");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(drawn.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        Path committed = Path.of("docs", "modules");
        Files.createDirectories(committed);
        try (Stream<Path> diagrams = Files.list(drawn)) {
            for (Path diagram : diagrams.filter(p -> p.toString().endsWith(".puml")).toList()) {
                Path target = committed.resolve(diagram.getFileName());
                if (!Files.exists(target) || !sortedLines(target).equals(sortedLines(diagram))) {
                    Files.copy(diagram, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static List<String> sortedLines(Path file) throws IOException {
        return Files.readAllLines(file).stream().sorted().toList();
    }
}
