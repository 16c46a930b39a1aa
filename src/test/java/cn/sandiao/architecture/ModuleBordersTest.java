package cn.sandiao.architecture;

import cn.sandiao.SandiaoApplication;
import org.junit.jupiter.api.Test;
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

    @Test
    void shouldDrawTheModules() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
    }
}
