package vn.partyreview.identity;

import java.util.EnumSet;
import java.util.Set;
import vn.partyreview.member.PositionRole;
import vn.partyreview.organization.BodyKind;
import vn.partyreview.organization.OrganizationKind;

/**
 * A role within one organisation or body. Each pair becomes one Camunda group with id {@code <code>.<suffix>},
 * e.g. {@code CB-TDP01.committee}, so a task can go to "the committee of this cell" and to nobody else.
 */
public enum GroupRole {
    MEMBERS("members", "Đảng viên"),
    COMMITTEE("committee", "Cấp ủy"),
    STANDING("standing", "Ban Thường vụ"),
    INSPECTION("inspection", "Ủy ban Kiểm tra"),
    ORGANIZING("organizing", "Ban Tổ chức"),
    OFFICE("office", "Văn phòng"),
    SUPERVISOR("supervisor", "Theo dõi, giám sát tiến độ"),
    LEADERS("leaders", "Lãnh đạo"),
    HEAD("head", "Người đứng đầu");

    /** Camunda group type of every role group, to tell them from technical groups such as camunda-admin. */
    public static final String GROUP_TYPE = "PARTY_ROLE";

    private final String suffix;
    private final String title;

    GroupRole(String suffix, String title) {
        this.suffix = suffix;
        this.title = title;
    }

    public String groupOf(String unitCode) {
        return unitCode + "." + suffix;
    }

    public String groupName(String unitName) {
        return title + " - " + unitName;
    }

    /** The committee and standing committee of a district or basic committee open the campaign of their subtree. */
    public boolean startsCampaigns(OrganizationKind kind) {
        return (this == COMMITTEE || this == STANDING)
                && (kind == OrganizationKind.DISTRICT_COMMITTEE || kind == OrganizationKind.BASIC_COMMITTEE);
    }

    /**
     * The committee and standing committee of an organisation above a cell may be the competent body deciding its
     * subjects' levels, so may cancel a result to decide again [P II.6] (the server checks it is the subject's own).
     */
    public boolean regrades(OrganizationKind kind) {
        return (this == COMMITTEE || this == STANDING) && kind != OrganizationKind.CELL;
    }

    public boolean isSupervisor() {
        return this == SUPERVISOR;
    }

    /**
     * Supervisors and the leading bodies of districts and basic committees watch their whole subtree in Cockpit,
     * read-only (SPEC I4); tenant membership confines what they read to that subtree.
     */
    public boolean readsSubtree(OrganizationKind kind) {
        return isSupervisor() || startsCampaigns(kind);
    }

    /** The role groups every organisation of the given kind has. */
    public static Set<GroupRole> forOrganization(OrganizationKind kind) {
        return switch (kind) {
            case CELL -> EnumSet.of(MEMBERS, COMMITTEE);
            case BASIC_CELL -> EnumSet.of(MEMBERS, COMMITTEE, SUPERVISOR);
            case BASIC_COMMITTEE -> EnumSet.of(COMMITTEE, STANDING, INSPECTION, OFFICE, SUPERVISOR);
            case DISTRICT_COMMITTEE -> EnumSet.of(COMMITTEE, STANDING, INSPECTION, ORGANIZING, OFFICE, SUPERVISOR);
        };
    }

    /** The role groups every non-party body has. */
    public static Set<GroupRole> forBody(BodyKind kind) {
        return EnumSet.of(LEADERS, HEAD);
    }

    /** The groups a position puts its holder in. */
    public static Set<GroupRole> forPosition(PositionRole role) {
        return switch (role) {
            case SECRETARY, DEPUTY_SECRETARY, COMMITTEE_MEMBER -> EnumSet.of(COMMITTEE);
            case STANDING_MEMBER -> EnumSet.of(STANDING, COMMITTEE);
            case INSPECTION_MEMBER -> EnumSet.of(INSPECTION);
            case ORGANIZING_STAFF -> EnumSet.of(ORGANIZING);
            case OFFICE_STAFF -> EnumSet.of(OFFICE);
            case SUPERVISOR -> EnumSet.of(SUPERVISOR);
            case VICE_PRINCIPAL -> EnumSet.noneOf(GroupRole.class);
            case BODY_HEAD -> EnumSet.of(HEAD, LEADERS);
            case BODY_DEPUTY, BODY_MEMBER -> EnumSet.of(LEADERS);
        };
    }
}
