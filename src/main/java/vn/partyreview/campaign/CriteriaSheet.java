package vn.partyreview.campaign;

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
            new Criterion("leadershipRating", "quan-triet-xay-dung-chuong-trinh", true),
            new Criterion("tasksRating", "ket-qua-chi-tieu-nhiem-vu", true),
            new Criterion("democraticCentralismRating", "tap-trung-dan-chu", false),
            new Criterion("antiDegradationRating", "phong-chong-suy-thoai", false),
            new Criterion("inspectionRating", "kiem-tra-giam-sat", false),
            new Criterion("remedyRating", "khac-phuc-han-che", false))),

    /** Mẫu 02 I.1–3 and III; key: performing assigned duties. */
    MEMBER(List.of(
            new Criterion("politicsEthicsRating", "tu-tuong-dao-duc-loi-song", false),
            new Criterion("dutiesRating", "chuc-trach-nhiem-vu", true),
            new Criterion("selfImprovementRating", "tu-duong-ren-luyen", false),
            new Criterion("remedyRating", "khac-phuc-han-che", false)));

    record Criterion(String field, String code, boolean key) {
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
                        "rating", String.valueOf(formValues.apply(criterion.field()))))
                .toList();
    }
}
