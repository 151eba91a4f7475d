package vn.partyreview.grading.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.partyreview.grading.rules.WholeGroupQuota.Candidate;
import vn.partyreview.grading.rules.WholeGroupQuota.Selection;

class WholeGroupQuotaTest {

    private final WholeGroupQuota quota = new WholeGroupQuota(new TwentyPercentQuota());

    /**
     * Candidates as {@code id:LEVEL:htxsnvVotes} separated by spaces ({@code -} for no majority); earlier decisions
     * as levels; the expected levels in the same order, {@code ?} where the chair must settle a tie.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "within the cap everyone keeps          | a:HTXSNV:5 b:HTTNV:1 c:HTTNV:0 d:HTTNV:0 e:HTTNV:0 | | HTXSNV HTTNV HTTNV HTTNV HTTNV",
            "small group: one HTXSNV, most votes    | a:HTXSNV:3 b:HTXSNV:5 c:HTTNV:0 | | HTTNV HTXSNV HTTNV",
            "ten at HTTNV or better allow two       | a:HTXSNV:4 b:HTXSNV:6 c:HTXSNV:5 d:HTTNV:0 e:HTTNV:0 f:HTTNV:0 g:HTTNV:0 h:HTTNV:0 i:HTTNV:0 j:HTTNV:0 | | HTTNV HTXSNV HTXSNV HTTNV HTTNV HTTNV HTTNV HTTNV HTTNV HTTNV",
            "tie at the last slot goes to the chair | a:HTXSNV:5 b:HTXSNV:5 c:HTTNV:0 | | ? ? HTTNV",
            "tie above the last slot keeps both     | a:HTXSNV:6 b:HTXSNV:6 c:HTXSNV:2 d:HTTNV:0 e:HTTNV:0 f:HTTNV:0 g:HTTNV:0 h:HTTNV:0 i:HTTNV:0 j:HTTNV:0 | | HTXSNV HTXSNV HTTNV HTTNV HTTNV HTTNV HTTNV HTTNV HTTNV HTTNV",
            "earlier sessions took the only slot    | a:HTXSNV:5 b:HTTNV:0 | HTXSNV HTTNV | HTTNV HTTNV",
            "earlier HTTNV raise the cap            | a:HTXSNV:5 b:HTXSNV:4 c:HTTNV:0 | HTXSNV HTTNV HTTNV HTTNV HTTNV HTTNV HTTNV HTTNV | HTXSNV HTTNV HTTNV",
            "no majority and lower levels untouched | a:-:2 b:HTNV:0 c:KHTNV:0 | | - HTNV KHTNV",
    })
    void appliesTheCapOverTheWholeGroup(String clause, String candidates, String earlier, String expected) {
        Selection selection = quota.select(candidates(candidates), levels(earlier), Set.of());

        assertThat(render(selection)).as(clause).isEqualTo(expected);
    }

    @Test
    void theChairSettlesATieWithExactlyAsManyAsThereAreSlots() {
        List<Candidate> tied = candidates("a:HTXSNV:5 b:HTXSNV:5 c:HTXSNV:5 d:HTTNV:0");
        Selection waiting = quota.select(tied, List.of(), Set.of());
        assertThat(waiting.tied()).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(waiting.tiedSlots()).isEqualTo(1);

        assertThat(render(quota.select(tied, List.of(), Set.of("b")))).isEqualTo("HTTNV HTXSNV HTTNV HTTNV");
        // a choice outside the tie, or too many, settles nothing
        assertThat(quota.select(tied, List.of(), Set.of("d")).needsChair()).isTrue();
        assertThat(quota.select(tied, List.of(), Set.of("a", "b")).needsChair()).isTrue();
    }

    @Test
    void theSameGroupGetsTheSameLevelsWhateverTheOrderItsSubjectsBecameReady() {
        List<Candidate> group = candidates("a:HTXSNV:7 b:HTXSNV:9 c:HTXSNV:3 d:HTXSNV:8 e:HTTNV:0 f:HTTNV:1 "
                + "g:HTNV:0 h:HTTNV:2 i:HTTNV:0 j:HTTNV:0 k:HTTNV:0 l:-:4");
        Map<String, Level> reference = quota.select(group, List.of(), Set.of()).levels();
        Random random = new Random(9);
        for (int round = 0; round < 20; round++) {
            List<Candidate> shuffled = new ArrayList<>(group);
            Collections.shuffle(shuffled, random);
            assertThat(quota.select(shuffled, List.of(), Set.of()).levels()).isEqualTo(reference);
        }
        assertThat(reference).containsEntry("b", Level.HTXSNV).containsEntry("d", Level.HTXSNV)
                .containsEntry("a", Level.HTTNV).containsEntry("c", Level.HTTNV);
    }

    private static List<Candidate> candidates(String text) {
        return Arrays.stream(text.trim().split("\\s+")).map(entry -> entry.split(":"))
                .map(parts -> new Candidate(parts[0], parts[1].equals("-") ? null : Level.valueOf(parts[1]),
                        Integer.parseInt(parts[2])))
                .toList();
    }

    private static List<Level> levels(String text) {
        return text == null ? List.of() : Arrays.stream(text.trim().split("\\s+")).map(Level::valueOf).toList();
    }

    private static String render(Selection selection) {
        Map<String, Level> levels = new LinkedHashMap<>(selection.levels());
        return levels.entrySet().stream()
                .map(entry -> entry.getValue() != null ? entry.getValue().name()
                        : selection.tied().contains(entry.getKey()) ? "?" : "-")
                .collect(Collectors.joining(" "));
    }
}
