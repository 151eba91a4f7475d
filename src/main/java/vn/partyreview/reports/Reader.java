package vn.partyreview.reports;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.identity.Authentication;
import vn.partyreview.campaign.CampaignReaders;
import vn.partyreview.grading.rules.SubjectType;
import vn.partyreview.member.PartyMember;
import vn.partyreview.organization.Organization;

/**
 * The signed-in caller of one page: the organisations whose results she may read (the leading bodies and supervisors
 * of an organisation or of one above it, by {@link CampaignReaders}) and, when she is a party member, who she is.
 */
final class Reader {

    private final Authentication user;
    private final CampaignReaders readers;
    private final PartyMember self;
    private final Map<String, Boolean> reads = new HashMap<>();

    Reader(Authentication user, CampaignReaders readers, PartyMember self) {
        this.user = user;
        this.readers = readers;
        this.self = self;
    }

    Authentication user() {
        return user;
    }

    boolean reads(Organization organization) {
        return organization != null && reads.computeIfAbsent(organization.getCode(),
                code -> readers.mayReadOrganization(organization, user));
    }

    Optional<PartyMember> self() {
        return Optional.ofNullable(self);
    }

    /** A member and a leader are graded under the member's code: the person herself. */
    boolean is(SubjectType type, String code) {
        return self != null && (type == SubjectType.MEMBER || type == SubjectType.LEADER)
                && self.getCode().equals(code);
    }
}
