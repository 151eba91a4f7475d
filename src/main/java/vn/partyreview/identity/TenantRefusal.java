package vn.partyreview.identity;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The engine refuses work on another tenant's data with a plain {@link ProcessEngineException}, which the REST API
 * and the webapps answer with 500. It is a refusal of access like any other: this turns it into the
 * {@link AuthorizationException} they answer with 403 (SPEC I5: never 5xx).
 */
class TenantRefusal extends CommandInterceptor {

    /** The message id of {@code CommandLogger.exceptionCommandWithUnauthorizedTenant}. */
    private static final String UNAUTHORIZED_TENANT = "ENGINE-13034";

    @Override
    public <T> T execute(Command<T> command) {
        try {
            return next.execute(command);
        } catch (AuthorizationException refused) {
            throw refused;
        } catch (ProcessEngineException failure) {
            if (failure.getMessage() != null && failure.getMessage().startsWith(UNAUTHORIZED_TENANT)) {
                throw new AuthorizationException(failure.getMessage());
            }
            throw failure;
        }
    }
}
