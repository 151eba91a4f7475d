package vn.partyreview.decision;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** The members of the competent body, summoned to its session: the users of its group in the engine's identity. */
@Component
class SessionVoters {

    private final IdentityService identityService;

    SessionVoters(IdentityService identityService) {
        this.identityService = identityService;
    }

    List<String> of(String bodyGroup) {
        return asSystem(() -> identityService.createUserQuery().memberOfGroup(bodyGroup).orderByUserId().asc().list())
                .stream().map(User::getId).toList();
    }

    /** Whoever completed the step before may not be allowed to list users; the summons must list them all. */
    private <T> T asSystem(Supplier<T> query) {
        Authentication caller = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return query.get();
        } finally {
            if (caller != null) {
                identityService.setAuthentication(caller);
            }
        }
    }
}
