package vn.partyreview.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.partyreview.support.SpringAppTest;

/** The engine checks authorizations with a user's few groups as they are, without scanning every authorization. */
@SpringAppTest
class GroupListAuthorizationsTest {

    @Autowired
    ProcessEngine engine;

    @Test
    void aShortGroupListIsPassedThroughAndALongOneStillIntersected() {
        assertThat(filtered(List.of("no-grant-a", "no-grant-b"))).containsExactly("no-grant-a", "no-grant-b");
        List<String> many = IntStream.rangeClosed(0, GroupListAuthorizations.SHORT_LIST)
                .mapToObj(i -> "no-grant-" + i).toList();
        assertThat(filtered(many)).as("the engine's own intersection: none of them has an authorization").isEmpty();
        assertThat(filtered(List.of())).isEmpty();
    }

    private List<String> filtered(List<String> groups) {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return configuration.getCommandExecutorTxRequired().execute(context -> {
            assertThat(context.getAuthorizationManager()).isInstanceOf(GroupListAuthorizations.class);
            return context.getAuthorizationManager().filterAuthenticatedGroupIds(groups);
        });
    }
}
