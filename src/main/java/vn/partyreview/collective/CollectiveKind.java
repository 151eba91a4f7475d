package vn.partyreview.collective;

import vn.partyreview.organization.BodyKind;
import vn.partyreview.organization.OrganizationKind;

/**
 * What a leadership collective leads, read from its record; it names who decides it and with which equivalent
 * collectives it forms one 20% quota group [H II.3.1, II.3.4; P II.3.4].
 */
public enum CollectiveKind {
    /** TT HĐND, lãnh đạo UBND, BTT MTTQ, BTV/BCH đoàn thể: the party committee of their level decides. */
    BODY_LEADERSHIP("LEADERSHIP_COLLECTIVE"),
    /** Leadership of an advisory body of the district committee: the district standing committee decides. */
    ADVISORY_LEADERSHIP("ADVISORY_COLLECTIVE"),
    /** Leadership of a department or public unit under the UBND: the UBND's leadership decides [H II.3.4a]. */
    PUBLIC_UNIT_LEADERSHIP("PUBLIC_UNIT_COLLECTIVE"),
    /** Chi ủy of a cell under a basic committee: the basic committee (Đảng ủy) decides. */
    CELL_COMMITTEE("CELL_COMMITTEE"),
    /** Cấp ủy of a basic organisation (BCH đảng ủy, chi ủy of a basic cell): the district standing committee. */
    BASIC_COMMITTEE("BASIC_COMMITTEE"),
    /** BTV (or BCH) of the district committee itself: its standing committee decides. */
    DISTRICT_COMMITTEE("DISTRICT_COMMITTEE");

    private final String quotaSuffix;

    CollectiveKind(String quotaSuffix) {
        this.quotaSuffix = quotaSuffix;
    }

    /** The quota group of the collectives of this kind decided by the body of {@code decidingOrgCode}. */
    public String quotaGroup(String decidingOrgCode) {
        return decidingOrgCode + "/" + quotaSuffix;
    }

    public static CollectiveKind of(LeadershipCollective collective) {
        if (collective.getBody() != null) {
            return of(collective.getBody().getKind());
        }
        return of(collective.getOrganization().getKind());
    }

    static CollectiveKind of(BodyKind kind) {
        return switch (kind) {
            case ADVISORY_BODY -> ADVISORY_LEADERSHIP;
            case PUBLIC_UNIT -> PUBLIC_UNIT_LEADERSHIP;
            case HDND_STANDING, UBND_LEADERSHIP, MTTQ_STANDING, MASS_ORGANIZATION -> BODY_LEADERSHIP;
        };
    }

    static CollectiveKind of(OrganizationKind kind) {
        return switch (kind) {
            case CELL -> CELL_COMMITTEE;
            case BASIC_CELL, BASIC_COMMITTEE -> BASIC_COMMITTEE;
            case DISTRICT_COMMITTEE -> DISTRICT_COMMITTEE;
        };
    }
}
