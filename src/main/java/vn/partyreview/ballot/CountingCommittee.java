package vn.partyreview.ballot;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.partyreview.identity.UserNames;

/** The counting committee named in the minutes: the members of the session's chair group. */
@Component
class CountingCommittee {

    record Member(String userId, String fullName) {
    }

    private final IdentityService identityService;

    CountingCommittee(IdentityService identityService) {
        this.identityService = identityService;
    }

    String name(String chairGroup) {
        Group group = asSystem(() -> identityService.createGroupQuery().groupId(chairGroup).singleResult());
        return group == null || group.getName() == null ? chairGroup : group.getName();
    }

    List<Member> members(String chairGroup) {
        return asSystem(() -> identityService.createUserQuery().memberOfGroup(chairGroup).orderByUserLastName().asc()
                .list()).stream().map(CountingCommittee::member).toList();
    }

    /** The chair may not be allowed to list users; the minutes must still print who counted. */
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

    private static Member member(User user) {
        return new Member(user.getId(), UserNames.displayName(user));
    }
}
