package vn.partyreview.documents;

import static vn.partyreview.documents.DossierTemplates.committeeSignature;
import static vn.partyreview.documents.DossierTemplates.levels;
import static vn.partyreview.documents.DossierTemplates.placeAndDate;
import static vn.partyreview.documents.DossierTemplates.upper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.partyreview.grading.points.ScoredSheet;
import vn.partyreview.grading.points.SheetKind;
import vn.partyreview.organization.Organization;

/**
 * The ward plan's "Biểu chấm điểm tự đánh giá chất lượng TCCS Đảng" [P II.1.2, C.2.7] filled in: the organisation's
 * Biểu item by item with its maximum and the points it gave itself, as kept with its self-assessment.
 */
final class ScoringSheetTemplate {

    private ScoringSheetTemplate() {
    }

    static OfficialDocument of(int year, Organization organization, ScoredSheet scored, Instant scoredAt,
                               String proposedLevel) {
        OfficialDocument doc = new OfficialDocument(upper(organization.getParent()), upper(organization),
                placeAndDate(organization, scoredAt), "BIỂU CHẤM ĐIỂM TỰ ĐÁNH GIÁ CHẤT LƯỢNG",
                upper(organization) + " NĂM " + year, "(" + scored.kind().label() + ": " + criteria(scored.kind()) + ")");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("TT", "Tiêu chí", "Nhóm", "Điểm tối đa", "Điểm tự chấm"));
        for (int index = 0; index < scored.items().size(); index++) {
            ScoredSheet.Item item = scored.items().get(index);
            rows.add(List.of(String.valueOf(index + 1), item.code() + ". " + item.label(), item.group().label(),
                    item.maxPoints().toPlainString(), item.points().toPlainString()));
        }
        rows.add(List.of("", "Tổng cộng", "", scored.maximum().toPlainString(), scored.total().toPlainString()));
        return doc.text("Căn cứ Kế hoạch kiểm điểm, đánh giá, xếp loại chất lượng của cấp ủy cấp trên, "
                        + organization.getName() + " tự chấm điểm theo " + scored.kind().label() + " (biểu của "
                        + scored.ownerCode() + ") như sau:")
                .table(rows)
                .text("Tổng điểm tự chấm: " + scored.total().toPlainString() + "/" + scored.maximum().toPlainString()
                        + " điểm. Mức xếp loại theo tiêu chuẩn của Quy định 132-QĐ/TW; tổ chức tự nhận:")
                .text(levels(proposedLevel))
                .signatures(committeeSignature(organization));
    }

    /** The Biểu's name in the ward plan [P II.1.2]. */
    private static String criteria(SheetKind kind) {
        return switch (kind) {
            case BIEU_1 -> "Tiêu chí tự đánh giá, chấm điểm đảng bộ phường";
            case BIEU_2 -> "Tiêu chí tự đánh giá, chấm điểm chi bộ tổ dân phố";
            case BIEU_3 -> "Tiêu chí tự đánh giá, chấm điểm chi bộ khối trường học công lập";
            case BIEU_4 -> "Tiêu chí tự đánh giá, chấm điểm chi bộ doanh nghiệp ngoài khu vực nhà nước";
            case BIEU_5 -> "Tiêu chí tự đánh giá, chấm điểm chi bộ công an phường";
            default -> "Tiêu chí tự đánh giá, chấm điểm";
        };
    }
}
