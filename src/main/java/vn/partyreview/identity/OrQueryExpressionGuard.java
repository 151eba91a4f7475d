package vn.partyreview.identity;

import java.lang.reflect.Field;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.QueryValidators.AdhocQueryValidator;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Closes CVE-2026-109432: the engine checks ad-hoc task queries for expressions only at the top level, so an
 * expression inside {@code orQueries} runs code as any signed-in user. Before an ad-hoc task query executes, this
 * interceptor applies the engine's ad-hoc rule to every or-query too. Stored queries (Tasklist filters,
 * which legitimately use {@code ${currentUser()}}) carry no ad-hoc validator and pass unchanged.
 */
class OrQueryExpressionGuard extends CommandInterceptor {

    private static final Field VALIDATORS = validatorsField();

    private final ProcessEngineConfigurationImpl configuration;

    OrQueryExpressionGuard(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (command instanceof TaskQueryImpl query && !configuration.isEnableExpressionsInAdhocQueries()
                && isAdhoc(query)) {
            for (TaskQueryImpl orQuery : query.getQueries()) {
                if (!orQuery.getExpressions().isEmpty()) {
                    throw new BadUserRequestException("Expressions are forbidden in adhoc queries, also inside "
                            + "orQueries (CVE-2026-109432).");
                }
            }
        }
        return next.execute(command);
    }

    private static boolean isAdhoc(TaskQueryImpl query) {
        try {
            Set<?> validators = (Set<?>) VALIDATORS.get(query);
            return validators.contains(AdhocQueryValidator.get());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Field validatorsField() {
        try {
            Field field = AbstractQuery.class.getDeclaredField("validators");
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            // Fail at start rather than silently run unprotected on an engine whose internals changed.
            throw new IllegalStateException("Camunda AbstractQuery.validators not found: recheck CVE-2026-109432", e);
        }
    }
}
