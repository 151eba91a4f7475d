package vn.partyreview.identity;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * The engine's authorization checks with the signed-in user's groups as they are. Before every authorized query the
 * engine intersects the user's groups with {@code SELECT DISTINCT GROUP_ID_ FROM ACT_RU_AUTHORIZATION}, a scan of the
 * whole table (camunda-bpm-platform#5485): every task gives its candidate group a row, so at a province's 204,000
 * open tasks the scan took 86–134 ms, twice per Tasklist filter call. The intersection only shortens long
 * {@code GROUP_ID_ IN (...)} lists; our officials hold a handful of groups, and a group without any authorization
 * matches no row of the checks anyway, so a short list is passed through unchanged (the result is the same).
 */
final class GroupListAuthorizations extends AuthorizationManager {

    /** Longer lists (none of our roles comes near) keep the engine's intersection. */
    static final int SHORT_LIST = 50;

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
        if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()
                || authenticatedGroupIds.size() > SHORT_LIST) {
            return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
        }
        return authenticatedGroupIds;
    }

    /** Replaces the engine's authorization manager: custom session factories are registered after the engine's. */
    static final class Plugin extends AbstractProcessEnginePlugin {

        @Override
        public void preInit(ProcessEngineConfigurationImpl configuration) {
            List<SessionFactory> factories = new java.util.ArrayList<>(configuration.getCustomSessionFactories() == null
                    ? List.of() : configuration.getCustomSessionFactories());
            factories.add(new SessionFactory() {
                @Override
                public Class<?> getSessionType() {
                    return AuthorizationManager.class;
                }

                @Override
                public Session openSession() {
                    return new GroupListAuthorizations();
                }
            });
            configuration.setCustomSessionFactories(factories);
        }
    }
}
