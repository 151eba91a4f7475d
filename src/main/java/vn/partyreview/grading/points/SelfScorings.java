package vn.partyreview.grading.points;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partyreview.grading.rules.SubjectType;

/**
 * The self-scorings recorded in a campaign, item by item on the sheet they were judged on (table
 * {@code self_scoring}): written by the recording step once the scoring fits its sheet, read by the documents.
 */
@Service
@Transactional
public class SelfScorings {

    private static final TypeReference<List<ScoredSheet.Item>> ITEMS = new TypeReference<>() { };

    private final SelfScoringRecordRepository records;
    private final ObjectMapper mapper;

    SelfScorings(SelfScoringRecordRepository records, ObjectMapper mapper) {
        this.records = records;
        this.mapper = mapper;
    }

    /** Keeps a scoring that fits its sheet; the caller has judged it ({@link SelfScoring.Scored#valid()}). */
    public ScoredSheet record(String campaignId, SubjectType type, String subjectCode, Sheet sheet,
                              SelfScoring.Scored scored) {
        ScoredSheet scoredSheet = ScoredSheet.of(sheet, scored);
        try {
            records.save(new SelfScoringRecord(campaignId, type, subjectCode, scoredSheet,
                    mapper.writeValueAsString(scoredSheet.items()), ClockUtil.getCurrentTime().toInstant()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return scoredSheet;
    }

    /** The subject's latest scoring in the campaign; empty when it scored none. */
    @Transactional(readOnly = true)
    public Optional<ScoredSheet> latest(String campaignId, SubjectType type, String subjectCode) {
        return records.findFirstByCampaignIdAndSubjectTypeAndSubjectCodeOrderByIdDesc(campaignId, type, subjectCode)
                .map(record -> {
                    try {
                        return new ScoredSheet(record.getKind(), record.getOwnerCode(), record.getSector(),
                                mapper.readValue(record.getItemsJson(), ITEMS));
                    } catch (JsonProcessingException e) {
                        throw new IllegalStateException("Unreadable self-scoring", e);
                    }
                });
    }
}
