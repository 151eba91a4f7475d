package vn.partyreview.review;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.partyreview.campaign.CampaignService;
import vn.partyreview.grading.points.SelfScoring;
import vn.partyreview.member.PartyMemberRepository;
import vn.partyreview.member.WorkSector;
import vn.partyreview.process.JsonVariables;
import vn.partyreview.process.PostParseListeners;
import vn.partyreview.process.ProcessContract;
import vn.partyreview.quarterly.QuarterlyAssessments;
import vn.partyreview.record.FormRecords;

/**
 * The campaign's rule set decides what its self-assessment forms ask (issue 13): when a Mẫu 01 or Mẫu 02 task is
 * created, this sets on the task alone, from the records, {@code pointsBased} (the rule set grades on points: the
 * form asks the points and facts, not the ratings) and, for a member, {@code selfReviewTemplate} (2A, 2B or 2C, from
 * the member's positions and civil-servant record; 2A for a leader reviewed at his level) with, for 2B, the sector
 * on his record ({@code memberSector}), and on the execution the items of the subject's scoring sheet
 * ({@code pointsItems}; under QĐ 132 an organisation's Biểu). Added to every user task by a parse listener, so the
 * models and their callers stay as they are whichever rule set a campaign names. Only the forms read the task's
 * variables;
 * the grading reads the campaign record, and the points are judged on the sheet read again from the records.
 */
@Component
public class RuleSetFormVariables extends AbstractProcessEnginePlugin {

    public static final String POINTS_BASED = "pointsBased";
    public static final String SELF_REVIEW_TEMPLATE = "selfReviewTemplate";
    /** QĐ 132: the Biểu an organisation's Mẫu 01 scores on (ward plan II.1.2), as the form names it. */
    public static final String SCORING_SHEET = "scoringSheet";
    /** QĐ 132: the organisation's category has no Biểu configured; the form says it scores nothing. */
    public static final String SCORING_SHEET_MISSING = "scoringSheetMissing";
    /** The member's Mẫu 05 of the campaign's year, one line per quarter: quarterly results feed the year (Đ15). */
    public static final String QUARTERLY_RESULTS = "quarterlyResults";
    /** Mẫu 2B: the sector on the member's record (Phụ lục 4 by sector), shown, never submitted. */
    public static final String MEMBER_SECTOR = "memberSector";
    private static final Set<String> FORMS = Set.of(FormRecords.MAU_01, FormRecords.MAU_02);

    private final ObjectProvider<CampaignService> campaigns;
    private final ObjectProvider<PartyMemberRepository> members;
    private final ObjectProvider<SelfScoringSheets> sheets;
    private final ObjectProvider<JsonVariables> json;
    private final ObjectProvider<QuarterlyAssessments> quarters;
    /** A campaign's rule set is fixed when it opens: read once, not on every task of the fan-out. */
    private final Map<String, Boolean> pointsBasedByCampaign = new ConcurrentHashMap<>();

    RuleSetFormVariables(ObjectProvider<CampaignService> campaigns, ObjectProvider<PartyMemberRepository> members,
                         ObjectProvider<SelfScoringSheets> sheets, ObjectProvider<JsonVariables> json,
                         ObjectProvider<QuarterlyAssessments> quarters) {
        this.quarters = quarters;
        this.campaigns = campaigns;
        this.members = members;
        this.sheets = sheets;
        this.json = json;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        TaskListener setVariables = this::setVariables;
        PostParseListeners.onUserTasks(configuration, task -> {
            if (task.getCamundaFormDefinitionKey() != null
                    && FORMS.contains(task.getCamundaFormDefinitionKey().getExpressionText())) {
                task.addTaskListener(TaskListener.EVENTNAME_CREATE, setVariables);
            }
        });
    }

    /**
     * The subject's sheet as the form's dynamic list shows it, on the execution so that the submitted points reach
     * the recording step; the guard and the recording judge them on the sheet read again from the records. Under
     * QĐ 132 an organisation's Biểu is named on the task ({@link #SCORING_SHEET}), or its absence
     * ({@link #SCORING_SHEET_MISSING}).
     */
    private void setSheetItems(DelegateTask task, boolean pointsBased) {
        String form = task.getExecution() == null ? null : formKey(task);
        Scoring scoring = sheets.getObject().sheetFor(form, task.getVariables(), pointsBased);
        if (scoring instanceof Scoring.On on) {
            task.getExecution().setVariable(SelfScoring.ITEMS, json.getObject().spin(
                    sheets.getObject().formItems(on.sheet(), task.getVariable(SelfScoring.ITEMS))));
            if (!on.graded()) {
                task.setVariableLocal(SCORING_SHEET, on.sheet().kind().label() + " (biểu của "
                        + on.sheet().owner() + ")");
            }
        } else if (scoring instanceof Scoring.Unconfigured missing) {
            if (missing.required()) {
                task.getExecution().setVariable(SelfScoring.ITEMS, json.getObject().spin(List.of()));
            } else {
                task.setVariableLocal(SCORING_SHEET_MISSING, true);
            }
        }
    }

    private static String formKey(DelegateTask task) {
        return ((org.camunda.bpm.engine.impl.persistence.entity.TaskEntity) task).getTaskDefinition()
                .getCamundaFormDefinitionKey().getExpressionText();
    }

    private void setVariables(DelegateTask task) {
        if (!(task.getVariable(ProcessContract.CAMPAIGN_ID) instanceof String campaignId)) {
            return;
        }
        boolean pointsBased = pointsBasedByCampaign.computeIfAbsent(campaignId,
                id -> campaigns.getObject().pointsBased(id));
        task.setVariableLocal(POINTS_BASED, pointsBased);
        setSheetItems(task, pointsBased);
        if (pointsBased && task.getVariable(ProcessContract.LEADER_CODE) instanceof String) {
            // a leader reviewed at his level answers for the office held: Mẫu 2A, party member or not
            task.setVariableLocal(SELF_REVIEW_TEMPLATE, SelfReviewTemplate.MAU_2A.code());
        } else if (pointsBased && task.getVariable(ProcessContract.MEMBER_CODE) instanceof String memberCode) {
            members.getObject().findByCodeIn(List.of(memberCode)).stream().findFirst().ifPresent(member -> {
                SelfReviewTemplate template = SelfReviewTemplate.of(member);
                task.setVariableLocal(SELF_REVIEW_TEMPLATE, template.code());
                if (template == SelfReviewTemplate.MAU_2B) {
                    task.setVariableLocal(MEMBER_SECTOR, sectorShown(member.getWorkSector()));
                }
            });
        }
        Object person = task.getVariable(ProcessContract.LEADER_CODE) instanceof String leader ? leader
                : task.getVariable(ProcessContract.MEMBER_CODE);
        if (pointsBased && person instanceof String code) {
            task.setVariableLocal(QUARTERLY_RESULTS, quarterlyResults(code, campaigns.getObject().year(campaignId)));
        }
    }

    /** Mẫu 2B: the sector on the member's record, whose Phụ lục 4 sheet the form shows. */
    private static String sectorShown(WorkSector sector) {
        return sector == null ? "chưa ghi trong hồ sơ đảng viên (chấm theo biểu Phụ lục 4 chung cho mọi lĩnh vực)"
                : sector.label();
    }

    /** What the Mẫu 2A/2B/2C form shows of the member's quarters; the document lists them in full. */
    private String quarterlyResults(String code, int year) {
        List<QuarterlyAssessments.Quarter> assessed = quarters.getObject().ofYear(code, year);
        if (assessed.isEmpty()) {
            return "Chưa có bản tự đánh giá theo quý (Mẫu 05) năm " + year + ".";
        }
        StringBuilder lines = new StringBuilder();
        assessed.forEach(q -> lines.append(lines.isEmpty() ? "" : "\n").append("- Quý ").append(q.quarter())
                .append(": ").append(q.selfLevelLabel()).append(". ").append(q.results()));
        return lines.toString();
    }
}
