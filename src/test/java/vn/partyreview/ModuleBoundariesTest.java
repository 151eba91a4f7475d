package vn.partyreview;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Each top-level package is a feature module; a module uses another only through its top-level package (or a
 * named interface), and modules do not depend on each other in a cycle. The README shows the graph as it is.
 */
class ModuleBoundariesTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(PartyReviewApplication.class);
    private static final Path README = Path.of("README.md");

    @Test
    void modulesUseOnlyEachOthersPublicApiAndFormNoCycle() {
        MODULES.verify();
    }

    /** Rewrites the README's module block; fails when the committed one differed, so a stale README is caught. */
    @Test
    void readmeShowsTheModuleGraphAsItIs() throws IOException {
        String committed = Files.readString(README);
        String current = ModuleGraph.replaceIn(committed, MODULES);
        if (!current.equals(committed)) {
            Files.writeString(README, current);
            fail("README.md updated with the module graph, commit it");
        }
    }
}
