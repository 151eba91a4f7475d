package vn.partyreview.review;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.partyreview.campaign.CampaignService;
import vn.partyreview.grading.points.PointsSheets;
import vn.partyreview.grading.points.SelfScoring;
import vn.partyreview.grading.points.SelfScorings;
import vn.partyreview.grading.points.Sheet;
import vn.partyreview.grading.points.SheetKind;
import vn.partyreview.grading.rules.SubjectType;
import vn.partyreview.integrity.SubmissionRule;
import vn.partyreview.member.PartyMember;
import vn.partyreview.member.PartyMemberRepository;
import vn.partyreview.member.WorkSector;
import vn.partyreview.organization.OrganizationRepository;
import vn.partyreview.process.JsonVariables;
import vn.partyreview.process.ProcessContract;
import vn.partyreview.record.FormRecords;
import vn.partyreview.subjects.CampaignSubject;
import vn.partyreview.subjects.CampaignSubjectRepository;

/**
 * Which scoring sheet a Mẫu 01 / Mẫu 02 task under a points-based rule set is scored on, from the records at the
 * moment of use (SPEC I3): Phụ lục 1 for a collective or an organisation, 3 for a leader (Mẫu 2A), 4 or 5 for a
 * member by the Mẫu 2B/2C his record gives, 2B by the sector on his record; the sheet of the nearest owner up the
 * tree from the subject's organisation ({@link PointsSheets#applicable}). Under QĐ 132 a party organisation's Mẫu 01 scores on the ward
 * plan's Biểu of its category instead, kept and shown but never a level rule.
 * The task's process variables only say which subject the process is about (the system wrote them).
 */
@Component
class SelfScoringSheets {

    private final CampaignService campaigns;
    private final PartyMemberRepository members;
    private final CampaignSubjectRepository subjects;
    private final PointsSheets sheets;
    private final OrganizationRepository organizations;
    private final SelfScorings scorings;
    private final JsonVariables json;
    private final TransactionTemplate readOnly;

    SelfScoringSheets(CampaignService campaigns, PartyMemberRepository members, CampaignSubjectRepository subjects,
                      PointsSheets sheets, OrganizationRepository organizations, SelfScorings scorings,
                      JsonVariables json,
                      PlatformTransactionManager transactions) {
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.campaigns = campaigns;
        this.members = members;
        this.subjects = subjects;
        this.sheets = sheets;
        this.organizations = organizations;
        this.scorings = scorings;
        this.json = json;
    }

    /** What the form of {@code formKey} scores on for the subject the task is about. */
    Scoring sheetFor(String formKey, Map<String, Object> variables, boolean pointsBased) {
        // the guard calls in without a transaction; the member's positions are read lazily
        return readOnly.execute(status -> lookUp(formKey, variables, pointsBased));
    }

    Scoring sheetFor(String formKey, Map<String, Object> variables) {
        Object campaignId = variables.get(ProcessContract.CAMPAIGN_ID);
        return sheetFor(formKey, variables, campaignId instanceof String id && campaigns.pointsBased(id));
    }

    private Scoring lookUp(String formKey, Map<String, Object> variables, boolean pointsBased) {
        if (!(variables.get(ProcessContract.CAMPAIGN_ID) instanceof String campaignId)) {
            return new Scoring.Unscored();
        }
        String orgCode = variables.get(ProcessContract.ORG_CODE) instanceof String code ? code : null;
        boolean ofCollective = variables.get(ProcessContract.COLLECTIVE_CODE) instanceof String;
        if (!pointsBased) {
            return FormRecords.MAU_01.equals(formKey) && !ofCollective ? planSheet(orgCode) : new Scoring.Unscored();
        }
        if (FormRecords.MAU_01.equals(formKey)) {
            if (variables.get(ProcessContract.COLLECTIVE_CODE) instanceof String collective) {
                return graded(sheets.applicable(SheetKind.PL1,
                        levelOf(campaignId, SubjectType.LEADERSHIP_COLLECTIVE, collective, orgCode), null));
            }
            return graded(sheets.applicable(SheetKind.PL1, orgCode, null));
        }
        if (variables.get(ProcessContract.LEADER_CODE) instanceof String leader) {
            return graded(sheets.applicable(SheetKind.PL3,
                    levelOf(campaignId, SubjectType.LEADER, leader, orgCode), null));
        }
        if (variables.get(ProcessContract.MEMBER_CODE) instanceof String memberCode) {
            Optional<PartyMember> member = members.findByCodeIn(List.of(memberCode)).stream().findFirst();
            if (member.isEmpty()) {
                return new Scoring.Unconfigured(true);
            }
            return graded(memberSheet(member.get(), orgCode));
        }
        return new Scoring.Unscored();
    }

    /**
     * The sheet of the Mẫu 2A/2B/2C the member's record gives: Phụ lục 3, 4 or 5; for 2B the sheet of the sector on
     * his record, else Phụ lục 4's sheet for every sector.
     */
    private Optional<Sheet> memberSheet(PartyMember member, String orgCode) {
        SelfReviewTemplate template = SelfReviewTemplate.of(member);
        SheetKind kind = switch (template) {
            case MAU_2A -> SheetKind.PL3;
            case MAU_2B -> SheetKind.PL4;
            case MAU_2C -> SheetKind.PL5;
        };
        String cell = member.getOfficialCell() == null ? orgCode : member.getOfficialCell().getCode();
        WorkSector sector = template == SelfReviewTemplate.MAU_2B ? member.getWorkSector() : null;
        return sheets.applicable(kind, cell, sector == null ? null : sector.name());
    }

    private static Scoring graded(Optional<Sheet> sheet) {
        return sheet.<Scoring>map(found -> new Scoring.On(found, true)).orElse(new Scoring.Unconfigured(true));
    }

    /**
     * Under QĐ 132 a party organisation self-scores on the Biểu of its category [ward plan II.1.2: Biểu 1 the ward
     * committee, 2 a residential cell, 3 a public school, 4 a non-state enterprise, 5 the ward police], the nearest
     * owner's up the tree; a category without one, or a Biểu nobody configured, scores nothing.
     */
    private Scoring planSheet(String orgCode) {
        Optional<SheetKind> kind = organizations.findByCode(orgCode == null ? "" : orgCode)
                .flatMap(org -> SheetKind.of(org.getCategory()));
        return kind.flatMap(bieu -> sheets.applicable(bieu, orgCode, null))
                .<Scoring>map(sheet -> new Scoring.On(sheet, false)).orElse(new Scoring.Unconfigured(false));
    }

    private String levelOf(String campaignId, SubjectType type, String code, String fallback) {
        return subjects.findByCampaignIdAndSubjectTypeAndSubjectCode(campaignId, type, code)
                .map(CampaignSubject::getOrganizationCode).orElse(fallback);
    }

    /** What the form's dynamic list shows: every item with its maximum, the points already given kept. */
    List<Map<String, Object>> formItems(Sheet sheet, Object previous) {
        JsonNode before = previous == null ? null : read(previous);
        List<Map<String, Object>> items = new ArrayList<>();
        sheet.items().forEach(item -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", item.code());
            row.put("label", item.label());
            row.put("group", item.group().label());
            row.put("max", new java.math.BigDecimal(item.maxPoints().stripTrailingZeros().toPlainString()));
            if (before != null && before.isArray()) {
                before.forEach(old -> {
                    if (item.code().equals(old.path("code").asText()) && old.path("points").isNumber()) {
                        row.put("points", old.path("points").decimalValue());
                    }
                });
            }
            items.add(row);
        });
        return items;
    }

    /** The self-scoring as submitted, judged on the sheet from the records. */
    SelfScoring.Scored score(Sheet sheet, Object submitted) {
        return SelfScoring.score(sheet, read(submitted));
    }

    JsonNode read(Object value) {
        return json.read(value).orElse(null);
    }

    /**
     * The recording step's own check of what the form submitted: the grading API's {@code scores}, the totals
     * computed from the items; null when no points were given (the rule set then refuses to grade). The scoring is
     * recorded item by item ({@link SelfScorings}).
     *
     * @throws IllegalArgumentException when the items do not fit the subject's sheet
     */
    Map<String, Object> scores(String campaignId, SubjectType type, String code, Object submittedItems) {
        if (submittedItems == null) {
            return null;
        }
        String form = type == SubjectType.PARTY_ORGANIZATION || type == SubjectType.LEADERSHIP_COLLECTIVE
                ? FormRecords.MAU_01 : FormRecords.MAU_02;
        if (!(sheetFor(form, subjectVariables(campaignId, type, code), true) instanceof Scoring.On on)) {
            throw new IllegalArgumentException("Chưa có biểu chấm điểm cho " + type + " " + code);
        }
        return recorded(campaignId, type, code, on.sheet(), submittedItems).scores();
    }

    /**
     * The recording step's own check of an organisation's Biểu under QĐ 132, recorded item by item
     * ({@link SelfScorings}) when it fits the Biểu from the records; nothing when it has none or no points came (the
     * guard requires them on every submission).
     *
     * @throws IllegalArgumentException when the items do not fit the Biểu
     */
    void recordPlanScoring(String campaignId, String orgCode, Object submittedItems) {
        if (submittedItems != null && sheetFor(FormRecords.MAU_01, subjectVariables(campaignId,
                SubjectType.PARTY_ORGANIZATION, orgCode), false) instanceof Scoring.On on) {
            recorded(campaignId, SubjectType.PARTY_ORGANIZATION, orgCode, on.sheet(), submittedItems);
        }
    }

    /**
     * The submitted items judged on the sheet and, when they fit it, recorded item by item on the sheet as it stands
     * now: what Mẫu 01 part B, Mẫu 2A/2B/2C and the Biểu print.
     *
     * @throws IllegalArgumentException when the items do not fit the sheet
     */
    private SelfScoring.Scored recorded(String campaignId, SubjectType type, String code, Sheet sheet,
                                        Object submittedItems) {
        SelfScoring.Scored scored = score(sheet, submittedItems);
        if (!scored.valid()) {
            throw new IllegalArgumentException(String.join("; ", scored.problems()));
        }
        scorings.record(campaignId, type, code, sheet, scored);
        return scored;
    }

    /** The variables a task about this subject carries, as the sheet's look-up reads them. */
    private static Map<String, Object> subjectVariables(String campaignId, SubjectType type, String code) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(ProcessContract.CAMPAIGN_ID, campaignId);
        variables.put(switch (type) {
            case PARTY_ORGANIZATION -> ProcessContract.ORG_CODE;
            case LEADERSHIP_COLLECTIVE -> ProcessContract.COLLECTIVE_CODE;
            case LEADER -> ProcessContract.LEADER_CODE;
            case MEMBER -> ProcessContract.MEMBER_CODE;
        }, code);
        return variables;
    }

    @Bean
    SubmissionRule mau01SelfScoring() {
        return new Rule(FormRecords.MAU_01);
    }

    @Bean
    SubmissionRule mau02SelfScoring() {
        return new Rule(FormRecords.MAU_02);
    }

    /** The guard's check (SPEC I1): every item of the subject's sheet scored within its maximum. */
    private final class Rule implements SubmissionRule {

        private final String formId;

        Rule(String formId) {
            this.formId = formId;
        }

        @Override
        public String formId() {
            return formId;
        }

        @Override
        public Map<String, String> refusals(Map<String, Object> submitted, Authentication caller,
                                            Map<String, Object> variables) {
            Scoring scoring = sheetFor(formId, variables);
            if (scoring instanceof Scoring.Unconfigured missing && missing.required()) {
                return Map.of(SelfScoring.ITEMS, "Chưa có biểu chấm điểm nào được cấu hình cho đối tượng này; "
                        + "đề nghị quản trị viên nhập biểu chấm điểm.");
            }
            if (!(scoring instanceof Scoring.On on)) {
                return Map.of();
            }
            SelfScoring.Scored scored = score(on.sheet(), submitted.get(SelfScoring.ITEMS));
            return scored.valid() ? Map.of() : Map.of(SelfScoring.ITEMS, String.join("; ", scored.problems()));
        }
    }
}
