package vn.partyreview.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/** One deadline of a campaign: its start-form field, its Vietnamese name, where the campaign keeps it. */
enum Deadline {
    REGISTRATION("registrationDeadline", "Hạn đăng ký lịch kiểm điểm", CampaignDeadlines::getRegistrationDeadline),
    LOWER_LEVEL("lowerLevelDeadline", "Hạn hoàn thành của chi bộ trực thuộc và đảng viên",
            CampaignDeadlines::getLowerLevelDeadline),
    REPORTS("reportsDeadline", "Hạn báo cáo kết quả của chính quyền, MTTQ, đoàn thể",
            CampaignDeadlines::getReportsDeadline),
    BASIC_LEVEL("basicLevelDeadline", "Hạn hoàn thành của đảng bộ, chi bộ cơ sở",
            CampaignDeadlines::getBasicLevelDeadline),
    DOSSIER("dossierDeadline", "Hạn gửi kết quả, hồ sơ lên cấp trên", CampaignDeadlines::getDossierDeadline),
    DECISION("decisionDeadline", "Hạn thẩm định, quyết định xếp loại", CampaignDeadlines::getDecisionDeadline);

    static final List<Deadline> ALL = List.of(values());

    private final String field;
    private final String label;
    private final Function<CampaignDeadlines, LocalDate> getter;

    Deadline(String field, String label, Function<CampaignDeadlines, LocalDate> getter) {
        this.field = field;
        this.label = label;
        this.getter = getter;
    }

    String field() {
        return field;
    }

    String label() {
        return label;
    }

    LocalDate of(CampaignDeadlines deadlines) {
        return getter.apply(deadlines);
    }
}
