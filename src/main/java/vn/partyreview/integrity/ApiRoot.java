package vn.partyreview.integrity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * Where an engine API is mounted and how its caller is known: {@code /engine-rest} (the user Camunda's
 * authentication filter set on the engine for the request), the webapps' {@code /camunda/api/engine} and their
 * Cockpit and Tasklist plugin APIs (the user of the webapp session).
 */
record ApiRoot(String prefix, Kind kind) {

    enum Kind { ENGINE_REST, WEBAPP_ENGINE, WEBAPP_PLUGIN }

    /** A request under this root: the engine it addresses and its path relative to that engine. */
    record Target(ApiRoot root, String engineName, String relativePath) {
    }

    boolean plugin() {
        return kind == Kind.WEBAPP_PLUGIN;
    }

    Target target(String path) {
        if (!path.startsWith(prefix + "/")) {
            return null;
        }
        String rest = path.substring(prefix.length() + 1);
        if (kind == Kind.WEBAPP_PLUGIN) {
            return new Target(this, null, rest);
        }
        if (rest.startsWith("engine/")) {
            String named = rest.substring("engine/".length());
            int slash = named.indexOf('/');
            return slash < 0 ? new Target(this, named, "") : new Target(this, named.substring(0, slash),
                    named.substring(slash + 1));
        }
        // /engine-rest/<resource> addresses the default engine; the webapps always name it
        return new Target(this, kind == Kind.ENGINE_REST ? "" : null, rest);
    }

    Authentication caller(HttpServletRequest request, ProcessEngine engine) {
        if (kind == Kind.ENGINE_REST) {
            return engine.getIdentityService().getCurrentAuthentication();
        }
        HttpSession session = request.getSession(false);
        Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        var authentication = authentications == null ? null
                : authentications.getAuthenticationForProcessEngine(engine.getName());
        if (authentication == null) {
            return null;
        }
        if (authentication instanceof UserAuthentication user) {
            return new Authentication(user.getName(),
                    user.getGroupIds() == null ? List.of() : List.copyOf(user.getGroupIds()),
                    user.getTenantIds() == null ? List.of() : List.copyOf(user.getTenantIds()));
        }
        return new Authentication(authentication.getName(), List.of());
    }
}
