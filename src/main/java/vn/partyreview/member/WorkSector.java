package vn.partyreview.member;

/**
 * Where a member inside the political system works, as HD 43-HD/BTCTW's Phụ lục 4 scores the task results of members
 * without a post by sector (QĐ 366-QĐ/TW Đ10). The names are the stable codes the import and the scoring sheets use.
 */
public enum WorkSector {
    PARTY_ADVISORY("Cơ quan tham mưu, giúp việc của cấp ủy"),
    STATE_ADMINISTRATION("Cơ quan hành chính nhà nước"),
    ELECTED_BODY("Cơ quan dân cử"),
    FRONT_MASS_ORGANIZATION("Mặt trận Tổ quốc và các tổ chức chính trị - xã hội"),
    ARMED_FORCES("Lực lượng vũ trang"),
    JUSTICE("Cơ quan tư pháp"),
    PUBLIC_UNIT("Đơn vị sự nghiệp công lập"),
    STATE_ENTERPRISE("Doanh nghiệp nhà nước"),
    ASSOCIATION("Hội");

    private final String label;

    WorkSector(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
