package vn.partyreview.review;

import java.util.List;
import java.util.Map;
import java.util.function.Function;


/**
 * The self-rated criteria of Mẫu 01 (collectives) and Mẫu 02 (members): form field, criterion code, and whether the
 * criterion is "key" for the grading standards (SPEC §5).
 */
enum CriteriaSheet {

    /** Mẫu 01 I.1–5 and III; key: the party-building programme and the assigned socio-economic tasks. */
    COLLECTIVE(List.of(
            new Criterion("leadershipRating", "quan-triet-xay-dung-chuong-trinh", true,
                    "Quán triệt, tổ chức thực hiện chủ trương, đường lối, nghị quyết"),
            new Criterion("tasksRating", "ket-qua-chi-tieu-nhiem-vu", true,
                    "Lãnh đạo, chỉ đạo; kết quả thực hiện các chỉ tiêu, nhiệm vụ"),
            new Criterion("democraticCentralismRating", "tap-trung-dan-chu", false,
                    "Thực hiện nguyên tắc tập trung dân chủ, quy chế làm việc"),
            new Criterion("antiDegradationRating", "phong-chong-suy-thoai", false,
                    "Đấu tranh ngăn chặn, đẩy lùi suy thoái, \"tự diễn biến\", \"tự chuyển hóa\""),
            new Criterion("inspectionRating", "kiem-tra-giam-sat", false,
                    "Kiểm tra, giám sát, kỷ luật đảng"),
            new Criterion("remedyRating", "khac-phuc-han-che", false,
                    "Khắc phục hạn chế, khuyết điểm"))),

    /** Mẫu 02 I.1–3 and III; key: performing assigned duties. */
    MEMBER(List.of(
            new Criterion("politicsEthicsRating", "tu-tuong-dao-duc-loi-song", false,
                    "Tư tưởng chính trị, phẩm chất đạo đức, lối sống"),
            new Criterion("dutiesRating", "chuc-trach-nhiem-vu", true,
                    "Thực hiện chức trách, nhiệm vụ được giao"),
            new Criterion("selfImprovementRating", "tu-duong-ren-luyen", false,
                    "Thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu"),
            new Criterion("remedyRating", "khac-phuc-han-che", false,
                    "Khắc phục hạn chế, khuyết điểm")));

    /** @param label the criterion as Mẫu 01 / Mẫu 02 name it, for the reasons users read */
    record Criterion(String field, String code, boolean key, String label) {
    }

    private final List<Criterion> criteria;

    CriteriaSheet(List<Criterion> criteria) {
        this.criteria = criteria;
    }

    /** The criteria as the grading API expects them; a criterion left unrated is left out. */
    List<Map<String, Object>> rated(Function<String, Object> formValues) {
        return criteria.stream()
                .filter(criterion -> formValues.apply(criterion.field()) != null)
                .map(criterion -> Map.<String, Object>of("code", criterion.code(), "key", criterion.key(),
                        "rating", String.valueOf(formValues.apply(criterion.field())), "label", criterion.label()))
                .toList();
    }
}
