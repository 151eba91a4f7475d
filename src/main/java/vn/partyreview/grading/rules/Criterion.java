package vn.partyreview.grading.rules;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * One assessed criterion.
 *
 * @param key    a key criterion (tiêu chí chủ yếu): weighs more in the rating-based standards
 * @param points optional score for points-based rule sets (SPEC §9); the rating-based QD132-2018 ignores it
 * @param label  optional Vietnamese name of the criterion, which reasons shown to users give instead of its code
 */
public record Criterion(
        @NotBlank(message = "Mã tiêu chí không được để trống") String code,
        boolean key,
        @NotNull(message = "Phải chọn một cấp độ: XUAT_SAC, TOT, TRUNG_BINH hoặc KEM") Rating rating,
        @PositiveOrZero(message = "Số điểm không được âm") BigDecimal points,
        String label) {

    public Criterion(String code, boolean key, Rating rating, BigDecimal points) {
        this(code, key, rating, points, null);
    }

    /** What a reason calls the criterion: its name, else its code. */
    public String name() {
        return label == null || label.isBlank() ? code : label;
    }
}
