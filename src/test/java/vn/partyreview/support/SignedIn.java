package vn.partyreview.support;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

/** Runs engine calls as a user with their groups, as Tasklist does for a signed-in official. */
public final class SignedIn {

    private SignedIn() {
    }

    public static <T> T as(IdentityService identityService, String userId, Supplier<T> work) {
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList();
        identityService.setAuthentication(userId, groups);
        try {
            return work.get();
        } finally {
            identityService.clearAuthentication();
        }
    }
}
