package vn.partyreview.campaign;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.partyreview.collective.LeadershipCollective;
import vn.partyreview.collective.LeadershipCollectiveRepository;
import vn.partyreview.member.PartyMember;
import vn.partyreview.member.PartyMemberRepository;
import vn.partyreview.organization.Organization;
import vn.partyreview.organization.OrganizationRepository;

/**
 * The business key of each process instance, "code · name" of its subject read from our records
 * ({@code CB-TDP01 · Chi bộ Tổ dân phố số 1}): Cockpit lists instances by business key, so a supervisor tells the
 * cells apart and finds one by its key (search "Mã nghiệp vụ =", the whole key). Callers set it with
 * {@code <camunda:in businessKey="${businessKeys.organization(orgCode)}"/>}. A code missing from the records gives
 * the code alone: the called process's loader then fails with its own reason.
 */
@Component("businessKeys")
@Transactional(readOnly = true)
public class BusinessKeys {

    private static final String SEPARATOR = " · ";

    private final OrganizationRepository organizations;
    private final PartyMemberRepository members;
    private final LeadershipCollectiveRepository collectives;

    BusinessKeys(OrganizationRepository organizations, PartyMemberRepository members,
                 LeadershipCollectiveRepository collectives) {
        this.organizations = organizations;
        this.members = members;
        this.collectives = collectives;
    }

    public String organization(String orgCode) {
        return named(orgCode, organizations.findByCode(orgCode).map(Organization::getName));
    }

    /** A member, and a leader (graded by member code). */
    public String member(String memberCode) {
        return named(memberCode, members.findByCodeIn(List.of(memberCode)).stream().findFirst()
                .map(PartyMember::getFullName));
    }

    public String collective(String collectiveCode) {
        return named(collectiveCode, collectives.findByCode(collectiveCode).map(LeadershipCollective::getName));
    }

    /** A campaign: its year and root organisation ({@code 2026 · DU-GIANGBIEN · Đảng bộ phường Giang Biên}). */
    public String campaign(int year, String rootOrgCode) {
        return year + SEPARATOR + organization(rootOrgCode);
    }

    /**
     * A decision group ({@code <organisation code>/<subject type>}, see {@code decision/CampaignDecisionGroups}) with whom it
     * decides: {@code DU-GIANGBIEN/MEMBER · Đảng viên thuộc Đảng bộ phường Giang Biên}.
     */
    public String decisionGroup(String quotaGroup) {
        int slash = quotaGroup.lastIndexOf('/');
        if (slash < 0) {
            return quotaGroup;
        }
        String whom = switch (quotaGroup.substring(slash + 1)) {
            case "MEMBER" -> "Đảng viên thuộc ";
            case "PARTY_ORGANIZATION" -> "Tổ chức đảng trực thuộc ";
            case "LEADERSHIP_COLLECTIVE" -> "Tập thể lãnh đạo, quản lý thuộc ";
            case "LEADER" -> "Cán bộ lãnh đạo, quản lý thuộc ";
            default -> null;
        };
        return named(quotaGroup, organizations.findByCode(quotaGroup.substring(0, slash)).map(Organization::getName)
                .filter(name -> whom != null).map(name -> whom + name));
    }

    /** The subject's name in a business key made here: its last part ("Chi bộ Tổ dân phố số 1"), else the key. */
    public static String subjectName(String businessKey) {
        int last = businessKey.lastIndexOf(SEPARATOR);
        return last < 0 ? businessKey : businessKey.substring(last + SEPARATOR.length());
    }

    private static String named(String code, Optional<String> name) {
        return name.map(found -> code + SEPARATOR + found).orElse(code);
    }
}
