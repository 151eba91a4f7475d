package vn.partyreview.organization;

/** Level of a party organisation in the tree (SPEC §2). */
public enum OrganizationKind {
    /** Đảng bộ huyện / quận, led by the Huyện ủy (Quận ủy). */
    DISTRICT_COMMITTEE,
    /** Đảng bộ cơ sở: xã, phường, thị trấn, agencies. */
    BASIC_COMMITTEE,
    /** Chi bộ cơ sở: a cell directly under the district. */
    BASIC_CELL,
    /** Chi bộ trực thuộc: a cell under a basic committee. */
    CELL;

    public boolean isCell() {
        return this == BASIC_CELL || this == CELL;
    }
}
