package vn.partyreview.campaign;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What makes a campaign's deadlines hold together (SPEC §4): each within the year under review, in the order the work
 * goes up the tree, and, for a campaign under the campaign of a superior organisation for the same year, never later
 * than the superior's (a ward may only tighten the district's dates). Messages name each field in Vietnamese.
 */
final class DeadlineRules {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Pairs that must not be out of order: the first falls due on or before the second. */
    private static final List<Deadline[]> ORDER = List.of(
            new Deadline[] {Deadline.REGISTRATION, Deadline.LOWER_LEVEL},
            new Deadline[] {Deadline.REGISTRATION, Deadline.REPORTS},
            new Deadline[] {Deadline.LOWER_LEVEL, Deadline.BASIC_LEVEL},
            new Deadline[] {Deadline.REPORTS, Deadline.BASIC_LEVEL},
            new Deadline[] {Deadline.BASIC_LEVEL, Deadline.DOSSIER},
            new Deadline[] {Deadline.DOSSIER, Deadline.DECISION});

    private DeadlineRules() {
    }

    /**
     * @param superior the deadlines of the superior organisation's campaign for the same year, or null
     * @param superiorName that organisation's name, for the message
     */
    static Map<String, String> refusals(int year, CampaignDeadlines deadlines, CampaignDeadlines superior,
                                        String superiorName) {
        Map<String, String> refusals = new LinkedHashMap<>();
        for (Deadline deadline : Deadline.ALL) {
            if (deadline.of(deadlines).getYear() != year) {
                refusals.put(deadline.field(), "%s phải trong năm kiểm điểm %d.".formatted(deadline.label(), year));
            }
        }
        for (Deadline[] pair : ORDER) {
            LocalDate earlier = pair[0].of(deadlines);
            LocalDate later = pair[1].of(deadlines);
            if (earlier.isAfter(later)) {
                refusals.putIfAbsent(pair[1].field(), "%s (%s) không được trước %s (%s).".formatted(pair[1].label(),
                        later.format(DAY), lowerCaseFirst(pair[0].label()), earlier.format(DAY)));
            }
        }
        if (superior != null) {
            for (Deadline deadline : Deadline.ALL) {
                LocalDate own = deadline.of(deadlines);
                LocalDate above = deadline.of(superior);
                if (own.isAfter(above)) {
                    refusals.putIfAbsent(deadline.field(), "%s (%s) không được muộn hơn hạn của đợt kiểm điểm %s (%s)."
                            .formatted(deadline.label(), own.format(DAY), superiorName, above.format(DAY)));
                }
            }
        }
        return refusals;
    }

    private static String lowerCaseFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
