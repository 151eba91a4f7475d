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
import vn.partyreview.process.JsonVariables;
import vn.partyreview.process.ProcessContract;
import vn.partyreview.record.FormRecords;
import vn.partyreview.subjects.CampaignSubject;
import vn.partyreview.subjects.CampaignSubjectRepository;

/**
 * Which scoring sheet a Mẫu 01 / Mẫu 02 task under a points-based rule set is scored on, from the records at the
 * moment of use (SPEC I3): Phụ lục 1 for a collective or an organisation, 3 for a leader (Mẫu 2A), 4 or 5 for a
 * member by the Mẫu 2B/2C his record gives, 2B by the sector on his record; the sheet of the nearest owner up the
 * tree from the subject's organisation ({@link PointsSheets#applicable}).
 * The task's process variables only say which subject the process is about (the system wrote them).
 */
@Component
class SelfScoringSheets {

    private final CampaignService campaigns;
    private final PartyMemberRepository members;
    private final CampaignSubjectRepository subjects;
    private final PointsSheets sheets;
    private final SelfScorings scorings;
    private final JsonVariables json;
    private final TransactionTemplate readOnly;

    SelfScoringSheets(CampaignService campaigns, PartyMemberRepository members, CampaignSubjectRepository subjects,
                      PointsSheets sheets, SelfScorings scorings, JsonVariables json,
                      PlatformTransactionManager transactions) {
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.campaigns = campaigns;
        this.members = members;
        this.subjects = subjects;
        this.sheets = sheets;
        this.scorings = scorings;
        this.json = json;
    }

    /** Empty when the campaign grades on ratings; else the sheet, empty inside when no committee configured one. */
    Optional<Optional<Sheet>> sheetFor(String formKey, Map<String, Object> variables, boolean pointsBased) {
        // the guard calls in without a transaction; the member's positions are read lazily
        return readOnly.execute(status -> lookUp(formKey, variables, pointsBased));
    }

    private Optional<Optional<Sheet>> lookUp(String formKey, Map<String, Object> variables, boolean pointsBased) {
        if (!pointsBased || !(variables.get(ProcessContract.CAMPAIGN_ID) instanceof String campaignId)) {
            return Optional.empty();
        }
        String orgCode = variables.get(ProcessContract.ORG_CODE) instanceof String code ? code : null;
        if (FormRecords.MAU_01.equals(formKey)) {
            if (variables.get(ProcessContract.COLLECTIVE_CODE) instanceof String collective) {
                return Optional.of(sheets.applicable(SheetKind.PL1,
                        levelOf(campaignId, SubjectType.LEADERSHIP_COLLECTIVE, collective, orgCode), null));
            }
            return Optional.of(sheets.applicable(SheetKind.PL1, orgCode, null));
        }
        if (variables.get(ProcessContract.LEADER_CODE) instanceof String leader) {
            return Optional.of(sheets.applicable(SheetKind.PL3,
                    levelOf(campaignId, SubjectType.LEADER, leader, orgCode), null));
        }
        if (variables.get(ProcessContract.MEMBER_CODE) instanceof String memberCode) {
            Optional<PartyMember> member = members.findByCodeIn(List.of(memberCode)).stream().findFirst();
            if (member.isEmpty()) {
                return Optional.of(Optional.empty());
            }
            return Optional.of(memberSheet(member.get(), orgCode));
        }
        return Optional.empty();
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

    Optional<Optional<Sheet>> sheetFor(String formKey, Map<String, Object> variables) {
        Object campaignId = variables.get(ProcessContract.CAMPAIGN_ID);
        return sheetFor(formKey, variables, campaignId instanceof String id && campaigns.pointsBased(id));
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
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(ProcessContract.CAMPAIGN_ID, campaignId);
        variables.put(switch (type) {
            case PARTY_ORGANIZATION -> ProcessContract.ORG_CODE;
            case LEADERSHIP_COLLECTIVE -> ProcessContract.COLLECTIVE_CODE;
            case LEADER -> ProcessContract.LEADER_CODE;
            case MEMBER -> ProcessContract.MEMBER_CODE;
        }, code);
        String form = type == SubjectType.PARTY_ORGANIZATION || type == SubjectType.LEADERSHIP_COLLECTIVE
                ? FormRecords.MAU_01 : FormRecords.MAU_02;
        Sheet sheet = sheetFor(form, variables, true).flatMap(found -> found).orElseThrow(() ->
                new IllegalArgumentException("Chưa có biểu chấm điểm cho " + type + " " + code));
        SelfScoring.Scored scored = score(sheet, submittedItems);
        if (!scored.valid()) {
            throw new IllegalArgumentException(String.join("; ", scored.problems()));
        }
        // item by item, on the sheet as it stands now: what Mẫu 01 part B and Mẫu 2A/2B/2C print
        scorings.record(campaignId, type, code, sheet, scored);
        return scored.scores();
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
            Optional<Optional<Sheet>> applies = sheetFor(formId, variables);
            if (applies.isEmpty()) {
                return Map.of();
            }
            if (applies.get().isEmpty()) {
                return Map.of(SelfScoring.ITEMS, "Chưa có biểu chấm điểm nào được cấu hình cho đối tượng này; "
                        + "đề nghị quản trị viên nhập biểu chấm điểm.");
            }
            SelfScoring.Scored scored = score(applies.get().get(), submitted.get(SelfScoring.ITEMS));
            return scored.valid() ? Map.of() : Map.of(SelfScoring.ITEMS, String.join("; ", scored.problems()));
        }
    }
}
