package vn.partyreview.facts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partyreview.grading.rules.Discipline;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.SubjectType;

/**
 * The facts recorded about a campaign's subjects (SPEC §11 "Facts"). Each call to {@link #record} appends what
 * changed, with who and when; reading takes the latest entry of each fact, a JSON null meaning "withdrawn".
 */
@Service
@Transactional
public class SubjectFacts {

    private final RecordedFactRepository facts;
    private final ObjectMapper mapper;

    SubjectFacts(RecordedFactRepository facts, ObjectMapper mapper) {
        this.facts = facts;
        this.mapper = mapper;
    }

    /**
     * Appends each fact whose value differs from the current one; a null value withdraws the fact.
     *
     * @param values fact name to a JSON-able value (Boolean, Number, String, List, Map) or null
     */
    public void record(String campaignId, SubjectType type, String subjectCode, Map<String, ?> values,
                       String recordedBy) {
        Map<String, Object> current = current(campaignId, type, subjectCode);
        Instant now = ClockUtil.getCurrentTime().toInstant();
        values.forEach((name, value) -> {
            if (!FactNames.all().contains(name)) {
                throw new IllegalArgumentException("Unknown fact " + name);
            }
            Object normalized = read(write(value));
            if (!Objects.equals(normalized, current.get(name))) {
                facts.save(new RecordedFact(campaignId, type, subjectCode, name, write(value), recordedBy, now));
            }
        });
    }

    /** Discipline decided for a member: a record of level, date and the organisation where the violation happened. */
    public void recordDiscipline(String campaignId, String memberCode, Discipline level, LocalDate decidedOn,
                                 String violationOrganization, String recordedBy) {
        Map<String, Object> discipline = new LinkedHashMap<>();
        discipline.put("level", level.name());
        discipline.put("decidedOn", decidedOn == null ? null : decidedOn.toString());
        discipline.put("violationOrganization", violationOrganization);
        record(campaignId, SubjectType.MEMBER, memberCode,
                Map.of(FactNames.DISCIPLINE, level == Discipline.NONE ? Map.of("level", "NONE") : discipline),
                recordedBy);
    }

    /**
     * One same-level body's own result, reported to the organisation's committee: kept with the other bodies' in
     * {@link FactNames#BODY_RESULTS}, a new report of the same body replacing its earlier one.
     *
     * @param fact the grading API fact the body's level feeds: governmentLevel, mttqLevel or massOrganizationLevels
     */
    public void recordBodyResult(String campaignId, String orgCode, String bodyCode, String fact, Level level,
                                 String recordedBy) {
        Map<String, Object> results = new LinkedHashMap<>();
        if (current(campaignId, SubjectType.PARTY_ORGANIZATION, orgCode).get(FactNames.BODY_RESULTS)
                instanceof Map<?, ?> earlier) {
            earlier.forEach((code, result) -> results.put(String.valueOf(code), result));
        }
        results.put(bodyCode, Map.of("fact", fact, "level", level.name()));
        record(campaignId, SubjectType.PARTY_ORGANIZATION, orgCode, Map.of(FactNames.BODY_RESULTS, results),
                recordedBy);
    }

    /** The current value of every fact recorded for the subject, withdrawn ones left out. */
    @Transactional(readOnly = true)
    public Map<String, Object> current(String campaignId, SubjectType type, String subjectCode) {
        Map<String, Object> latest = new LinkedHashMap<>();
        for (RecordedFact fact : history(campaignId, type, subjectCode)) {
            latest.put(fact.getName(), read(fact.getValueJson()));
        }
        latest.values().removeIf(Objects::isNull);
        return latest;
    }

    /**
     * The subject's recorded facts as the grading API takes them (SPEC §8 names): {@code disciplined} for a member
     * is a discipline decided in {@code year}, one violation counting once.
     */
    @Transactional(readOnly = true)
    public Map<String, Object> gradingFacts(String campaignId, SubjectType type, String subjectCode, int year) {
        Map<String, Object> current = current(campaignId, type, subjectCode);
        Map<String, Object> grading = new LinkedHashMap<>();
        current.forEach((name, value) -> {
            if (FactNames.gradingNames(type).contains(name)) {
                grading.put(name, value);
            }
        });
        if (type == SubjectType.MEMBER && current.get(FactNames.DISCIPLINE) instanceof Map<?, ?> discipline
                && disciplinedIn(discipline, year)) {
            grading.put(FactNames.DISCIPLINED, true);
        }
        if (current.get(FactNames.BODY_RESULTS) instanceof Map<?, ?> bodyResults) {
            grading.putAll(sameLevelBodies(bodyResults));
        }
        return grading;
    }

    /**
     * The bodies' reported levels as the grading API takes them: the lowest government and MTTQ level, each mass
     * organisation's level.
     */
    private static Map<String, Object> sameLevelBodies(Map<?, ?> bodyResults) {
        Map<String, Level> lowest = new LinkedHashMap<>();
        List<String> massOrganizations = new ArrayList<>();
        bodyResults.values().forEach(result -> {
            Map<?, ?> reported = (Map<?, ?>) result;
            String fact = String.valueOf(reported.get("fact"));
            Level level = Level.valueOf(String.valueOf(reported.get("level")));
            if (FactNames.MASS_ORGANIZATION_LEVELS.equals(fact)) {
                massOrganizations.add(level.name());
            } else {
                lowest.merge(fact, level, Level::lower);
            }
        });
        Map<String, Object> facts = new LinkedHashMap<>();
        lowest.forEach((fact, level) -> facts.put(fact, level.name()));
        if (!massOrganizations.isEmpty()) {
            facts.put(FactNames.MASS_ORGANIZATION_LEVELS, massOrganizations);
        }
        return facts;
    }

    /**
     * What a leadership collective takes from its members' recorded facts [P II.3.3]: {@code memberDisciplineMax},
     * the heaviest discipline decided in {@code year}, and {@code memberDegradationConcluded}; absent when none.
     */
    @Transactional(readOnly = true)
    public Map<String, Object> collectiveMemberFacts(String campaignId, Collection<String> memberCodes, int year) {
        Discipline heaviest = Discipline.NONE;
        boolean degraded = false;
        for (String memberCode : memberCodes) {
            Map<String, Object> current = current(campaignId, SubjectType.MEMBER, memberCode);
            if (current.get(FactNames.DISCIPLINE) instanceof Map<?, ?> discipline && disciplinedIn(discipline, year)) {
                Discipline level = Discipline.valueOf(discipline.get("level").toString());
                heaviest = level.isAtLeast(heaviest) ? level : heaviest;
            }
            degraded |= Boolean.TRUE.equals(current.get(FactNames.DEGRADATION_CONCLUDED));
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        if (heaviest != Discipline.NONE) {
            facts.put("memberDisciplineMax", heaviest.name());
        }
        if (degraded) {
            facts.put("memberDegradationConcluded", true);
        }
        return facts;
    }

    /** Whether the inspection committee recorded one of these organisations disciplined in the campaign. */
    @Transactional(readOnly = true)
    public boolean anyOrganizationDisciplined(String campaignId, Collection<String> orgCodes) {
        return orgCodes.stream().anyMatch(code -> Boolean.TRUE.equals(
                current(campaignId, SubjectType.PARTY_ORGANIZATION, code).get(FactNames.DISCIPLINED)));
    }

    /** Every entry, oldest first: who recorded which value when. */
    @Transactional(readOnly = true)
    public List<Entry> entries(String campaignId, SubjectType type, String subjectCode) {
        return history(campaignId, type, subjectCode).stream()
                .map(fact -> new Entry(fact.getName(), read(fact.getValueJson()), fact.getRecordedBy(),
                        fact.getRecordedAt()))
                .toList();
    }

    private List<RecordedFact> history(String campaignId, SubjectType type, String subjectCode) {
        return facts.findByCampaignIdAndSubjectTypeAndSubjectCodeOrderById(campaignId, type, subjectCode);
    }

    private static boolean disciplinedIn(Map<?, ?> discipline, int year) {
        Object level = discipline.get("level");
        Object decidedOn = discipline.get("decidedOn");
        return level != null && !Discipline.NONE.name().equals(level)
                && (decidedOn == null || LocalDate.parse(decidedOn.toString()).getYear() == year);
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private Object read(String json) {
        try {
            return mapper.readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One recorded value of a fact. */
    public record Entry(String fact, Object value, String recordedBy, Instant recordedAt) {
    }
}
