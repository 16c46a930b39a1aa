package cn.sandiao.architecture;

import cn.sandiao.SandiaoApplication;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature modules (the packages under cn.sandiao) use one another only through each other's top-level
 * package or the parts a module names for others ({@code @NamedInterface}), and never in a cycle. The module
 * diagram in docs/modules is written from the same model on every build.
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

    @Test
    void shouldDrawTheModules() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
    }
}
