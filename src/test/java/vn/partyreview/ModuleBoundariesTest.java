package vn.partyreview;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Each top-level package is a feature module; a module uses another only through its top-level package (or a
 * named interface), and modules do not depend on each other in a cycle.
 */
class ModuleBoundariesTest {

    @Test
    void modulesUseOnlyEachOthersPublicApiAndFormNoCycle() {
        ApplicationModules.of(PartyReviewApplication.class).verify();
    }
}
