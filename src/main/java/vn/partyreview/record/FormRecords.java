package vn.partyreview.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partyreview.grading.rules.SubjectType;

/**
 * The year's record: what each completed form said about a campaign's subject, with who completed it and when
 * (see the package documentation). Kinds are the deployed forms' ids, named here for the readers that lay them out.
 */
@Service
@Transactional(readOnly = true)
public class FormRecords {

    /** Mẫu 02, the member's self-review (written, then self-assessed: the latest is the final one). */
    public static final String MAU_02 = "mau-02-self-review";
    /** Mẫu 01, a collective's review report and self-assessment. */
    public static final String MAU_01 = "mau-01-collective-review";
    /** The back page of Mẫu 02: the agency head's comment and civil-servant level. */
    public static final String CIVIL_SERVANT_RATING = "civil-servant-rating";
    /** The back page of Mẫu 02: the cell committee's comment and proposed level. */
    public static final String COMMITTEE_PROPOSAL = "committee-proposal";
    public static final String RESIDENCE_COMMENT = "residence-comment";
    public static final String REVIEW_MEETING = "review-meeting";
    public static final String OPINION = "opinion";
    public static final String APPRAISAL = "appraisal";

    private static final TypeReference<List<Entry.Field>> FIELDS = new TypeReference<>() { };

    private final FormRecordRepository records;
    private final ObjectMapper mapper;

    FormRecords(FormRecordRepository records, ObjectMapper mapper) {
        this.records = records;
        this.mapper = mapper;
    }

    /** Every form recorded about the subject in the campaign, oldest first. */
    public List<Entry> entries(String campaignId, SubjectType type, String subjectCode) {
        return records.findByCampaignIdAndSubjectTypeAndSubjectCodeOrderByIdAsc(campaignId, type, subjectCode)
                .stream().map(this::entry).toList();
    }

    /**
     * The latest form of that kind recorded about the subject. Read when every task is created (to pre-fill it):
     * only that kind's rows are read and parsed.
     */
    public Optional<Entry> latest(String campaignId, SubjectType type, String subjectCode, String kind) {
        return records.findByCampaignIdAndSubjectTypeAndSubjectCodeAndKindOrderByIdAsc(campaignId, type, subjectCode,
                kind).stream().map(this::entry).max(Comparator.comparing(Entry::recordedAt));
    }

    /** Every form recorded in the campaign, oldest first. */
    public List<Entry> ofCampaign(String campaignId) {
        return records.findByCampaignIdOrderByIdAsc(campaignId).stream().map(this::entry).toList();
    }

    @Transactional
    void record(String campaignId, SubjectType type, String subjectCode, String kind, String taskKey,
                List<Entry.Field> fields, String recordedBy, Instant at) {
        try {
            records.save(new FormRecord(campaignId, type, subjectCode, kind, taskKey,
                    mapper.writeValueAsString(fields), recordedBy, at));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Entry entry(FormRecord record) {
        try {
            return new Entry(record.getSubjectType(), record.getSubjectCode(), record.getKind(), record.getTaskKey(),
                    mapper.readValue(record.getContent(), FIELDS), record.getRecordedBy(), record.getRecordedAt());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable form record " + record.getKind(), e);
        }
    }

    /** One completed form: its fields in the form's order, with the labels it showed. */
    public record Entry(SubjectType subjectType, String subjectCode, String kind, String taskKey, List<Field> fields,
                        String recordedBy, Instant recordedAt) {

        /**
         * @param value      the submitted value as JSON (text, number, boolean, list)
         * @param valueLabel what the form showed for a chosen option ("Tốt"), else null
         */
        public record Field(String key, String label, JsonNode value, String valueLabel) {

            /** What a reader sees: the option's label, else the value as text; empty when nothing was given. */
            public String text() {
                if (valueLabel != null) {
                    return valueLabel;
                }
                return value == null || value.isNull() ? "" : value.isTextual() ? value.asText() : value.toString();
            }
        }

        /** The field's text, empty when the form had no such field or it was left empty. */
        public String text(String key) {
            return value(key).map(Field::text).orElse("");
        }

        /** The field's stored value (an option's code, such as {@code TOT}), empty when absent. */
        public String code(String key) {
            return value(key).map(field -> field.value() == null || field.value().isNull() ? "" : field.value().asText())
                    .orElse("");
        }

        private Optional<Field> value(String key) {
            return fields.stream().filter(field -> field.key().equals(key)).findFirst();
        }
    }
}
