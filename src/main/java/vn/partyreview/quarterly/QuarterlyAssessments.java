package vn.partyreview.quarterly;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partyreview.grading.rules.Level;

/**
 * HD 43 Mẫu 05: members assess each quarter of a year; the year's self-review (Mẫu 2A/2B/2C) lists the latest
 * assessment of each quarter so that the quarters feed the annual result (QĐ 366-QĐ/TW Đ15).
 */
@Service
@Transactional
public class QuarterlyAssessments {

    static final int MAX_TEXT = 4000;
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** A quarter as assessed: what Mẫu 05 and the year's self-review show. */
    public record Quarter(String memberCode, int year, int quarter, String tasks, String results, Level selfLevel,
                          String selfLevelLabel, String submittedBy, Instant submittedAt) {
    }

    private final QuarterlyAssessmentRepository repository;

    QuarterlyAssessments(QuarterlyAssessmentRepository repository) {
        this.repository = repository;
    }

    /**
     * Records the member's assessment of a quarter, or answers why not by field (Vietnamese), recording nothing.
     * A quarter may be assessed again: the latest counts, the earlier stays in the table.
     */
    public Map<String, String> submit(String memberCode, String year, String quarter, String tasks, String results,
                                      String selfLevel, String submittedBy) {
        Map<String, String> refusals = refusals(year, quarter, tasks, results, selfLevel);
        if (refusals.isEmpty()) {
            repository.save(new QuarterlyAssessment(memberCode, Integer.parseInt(year), Integer.parseInt(quarter),
                    tasks.strip(), results.strip(), Level.valueOf(selfLevel), submittedBy,
                    ClockUtil.getCurrentTime().toInstant()));
        }
        return refusals;
    }

    /** The latest assessment of each quarter of the year, first quarter first. */
    @Transactional(readOnly = true)
    public List<Quarter> ofYear(String memberCode, int year) {
        Map<Integer, QuarterlyAssessment> latest = new TreeMap<>();
        repository.findByMemberCodeAndYearOrderByIdAsc(memberCode, year).forEach(q -> latest.put(q.getQuarter(), q));
        return latest.values().stream().sorted(Comparator.comparing(QuarterlyAssessment::getQuarter))
                .map(QuarterlyAssessment::view).toList();
    }

    /** Why a submission is refused, by field; a quarter not yet begun cannot be assessed. */
    static Map<String, String> refusals(String year, String quarter, String tasks, String results, String selfLevel) {
        Map<String, String> refusals = new LinkedHashMap<>();
        // the engine's clock, as the campaigns' deadlines read it
        LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(VIETNAM).toLocalDate();
        Integer y = number(year, 2000, today.getYear());
        if (y == null) {
            refusals.put("year", "Năm phải là số từ 2000 đến " + today.getYear() + ".");
        }
        Integer q = number(quarter, 1, 4);
        if (q == null) {
            refusals.put("quarter", "Quý phải là 1, 2, 3 hoặc 4.");
        } else if (y != null && y == today.getYear() && (q - 1) * 3 + 1 > today.getMonthValue()) {
            refusals.put("quarter", "Quý " + q + " năm " + y + " chưa bắt đầu.");
        }
        text(refusals, "tasks", tasks, "Nhiệm vụ được giao trong quý");
        text(refusals, "results", results, "Kết quả thực hiện nhiệm vụ trong quý");
        if (selfLevel == null || Arrays.stream(Level.values()).noneMatch(l -> l.name().equals(selfLevel))) {
            refusals.put("selfLevel", "Tự xếp loại phải là một trong HTXSNV, HTTNV, HTNV, KHTNV.");
        }
        return refusals;
    }

    private static void text(Map<String, String> refusals, String field, String value, String label) {
        if (value == null || value.isBlank()) {
            refusals.put(field, label + " không được để trống.");
        } else if (value.length() > MAX_TEXT) {
            refusals.put(field, label + " dài quá " + MAX_TEXT + " ký tự.");
        }
    }

    private static Integer number(String value, int min, int max) {
        if (value == null || !value.strip().matches("[0-9]{1,4}")) {
            return null;
        }
        int n = Integer.parseInt(value.strip());
        return n < min || n > max ? null : n;
    }
}
