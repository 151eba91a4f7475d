package vn.partyreview.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import vn.partyreview.ballot.SecretBallot;
import vn.partyreview.demo.DemoData;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.SubjectType;
import vn.partyreview.record.FormRecords;
import vn.partyreview.results.CampaignResults;
import vn.partyreview.results.ResultStatus;
import vn.partyreview.results.SubjectResult;
import vn.partyreview.review.ScheduleRegistrationProcess;
import vn.partyreview.support.CampaignInstances;
import vn.partyreview.support.CampaignDocumentsWalk;
import vn.partyreview.support.ResultsContract;
import vn.partyreview.support.SignedIn;
import vn.partyreview.support.SpringAppTest;
import vn.partyreview.support.TaskHolders;

/**
 * The demo ward's whole campaign (Đảng bộ phường Giang Biên, seven cells, 43 members) through the Java API: the
 * ward committee opens it, and every task is completed by a user who holds it — its assignee or a member of its
 * candidate group — signed in as that user with their groups, until every subject has its final result.
 */
@SpringAppTest
class DemoWardCampaignTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    DemoData demoData;
    @Autowired
    CampaignResults results;
    @Autowired
    IdentityService identityService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    FormRecords records;
    @Autowired
    TestRestTemplate rest;

    @Test
    void theDemoWardRunsItsWholeCampaignToFinalLevels() throws Exception {
        demoData.loadIfAbsent();
        String campaign = SignedIn.as(identityService, "hungnv", () -> runtimeService.startProcessInstanceByKey("campaign",
                Map.of("year", 2026, "rootOrgCode", "DU-GIANGBIEN", "ruleSet", "QD132-2018")).getId());

        int completed = driveToTheEnd(campaign);

        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(campaign).singleResult()
                .getEndActivityId()).isEqualTo("EndEvent_CampaignClosed");
        // Cockpit lists every instance of the campaign by its subject's code and name
        assertThat(historyService.createHistoricProcessInstanceQuery().rootProcessInstanceId(campaign).list())
                .hasSizeGreaterThan(50).allSatisfy(instance -> assertThat(instance.getBusinessKey())
                        .as(instance.getProcessDefinitionKey()).matches("\\S+ · \\S.+"));
        String campaignId = (String) historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(campaign).variableName("campaignId").singleResult().getValue();
        List<SubjectResult> subjects = results.of(Long.parseLong(campaignId)).orElseThrow();
        // the ward, 7 cells, 43 members, 10 collectives (HĐND, UBND, MTTQ and mass organisations; the chi ủy of two
        // cells; the ward's BCH), and 14 leaders
        assertThat(subjects).hasSize(1 + 7 + 43 + 10 + 14);
        assertThat(subjects).filteredOn(s -> s.subjectType() == SubjectType.LEADERSHIP_COLLECTIVE)
                .extracting(SubjectResult::subjectCode).containsExactlyInAnyOrder("TT-HDND-GIANGBIEN",
                        "LD-UBND-GIANGBIEN", "BTT-MTTQ-GIANGBIEN", "BTV-CCB-GIANGBIEN", "BTV-PN-GIANGBIEN",
                        "BTV-DTN-GIANGBIEN", "BTV-ND-GIANGBIEN", "CU-CB-TDP01", "CU-CB-TDP03", "BCH-DU-GIANGBIEN");
        // each collective by its competent body [H II.3.4]: the Đảng ủy its bodies and cells' chi ủy, the district
        // standing committee the ward's own BCH, after the ward and never above it
        assertThat(subjects).filteredOn(s -> s.subjectType() == SubjectType.LEADERSHIP_COLLECTIVE)
                .extracting(s -> s.subjectCode() + " by " + s.decidedBy() + " in " + s.quotaGroup())
                .contains("CU-CB-TDP01 by DU-GIANGBIEN.committee in DU-GIANGBIEN/CELL_COMMITTEE",
                        "CU-CB-TDP03 by DU-GIANGBIEN.committee in DU-GIANGBIEN/CELL_COMMITTEE",
                        "BTT-MTTQ-GIANGBIEN by DU-GIANGBIEN.committee in DU-GIANGBIEN/LEADERSHIP_COLLECTIVE",
                        "BCH-DU-GIANGBIEN by QU-LONGBIEN.standing in QU-LONGBIEN/BASIC_COMMITTEE");
        SubjectResult ward = subjects.stream().filter(s -> s.subjectCode().equals("DU-GIANGBIEN")).findFirst()
                .orElseThrow();
        assertThat(subjects).filteredOn(s -> s.subjectCode().equals("BCH-DU-GIANGBIEN")).singleElement()
                .satisfies(bch -> assertThat(bch.decidedAt()).isAfter(ward.decidedAt()))
                .satisfies(bch -> assertThat(bch.ceilingLevel()).isEqualTo(ward.level()));
        assertThat(subjects).filteredOn(s -> s.subjectType() == SubjectType.LEADER)
                .extracting(SubjectResult::subjectCode)
                .containsExactlyInAnyOrder("DV0010", "DV0012", "DV0014", "DV0017", "DV0018", "DV0022", "DV0025",
                        "DV0011", "DV0013", "CB0001", "DV0015", "DV0032", "DV0051", "DV0070");
        // the leader who is not a party member is graded as a leader only, by the body that manages his post
        assertThat(subjects).filteredOn(s -> s.subjectCode().equals("CB0001"))
                .extracting(SubjectResult::subjectType, SubjectResult::decidedBy, SubjectResult::quotaGroup)
                .containsExactly(tuple(SubjectType.LEADER, "QU-LONGBIEN.standing",
                        "DU-GIANGBIEN/LEADER/GOVERNMENT_DEPUTY"));
        assertThat(subjects).filteredOn(s -> List.of("DV0015", "DV0014", "DV0032").contains(s.subjectCode())
                        && s.subjectType() == SubjectType.LEADER)
                .extracting(SubjectResult::decidedBy).containsOnly("DU-GIANGBIEN.committee");
        assertThat(subjects).filteredOn(s -> s.subjectType() == SubjectType.LEADERSHIP_COLLECTIVE
                        || s.subjectType() == SubjectType.LEADER)
                .allSatisfy(s -> assertThat(s.level()).as("final level of " + s.subjectCode()).isNotNull());
        assertThat(subjects).filteredOn(s -> List.of("DV0024", "DV0033").contains(s.subjectCode()))
                .extracting(SubjectResult::status).containsOnly(ResultStatus.NOT_REVIEWED);
        assertThat(subjects).filteredOn(s -> s.subjectCode().equals("DV0054"))
                .extracting(SubjectResult::level).containsOnlyNulls();   // admitted 15/07/2026: not graded
        assertThat(subjects).filteredOn(s -> !List.of("DV0024", "DV0033", "DV0054").contains(s.subjectCode()))
                .allSatisfy(s -> assertThat(s.level()).as(s.subjectCode()).isNotNull());
        assertThat(subjects).filteredOn(s -> s.subjectType() == SubjectType.MEMBER && s.level() != null)
                .hasSize(40)
                .allSatisfy(s -> assertThat(s.ballotLevel()).as("the cell's secret ballot on " + s.subjectCode())
                        .isEqualTo(Level.HTTNV));
        // members are decided by the ward committee, all of the ward's cells in one session, never by one person
        assertThat(subjects).filteredOn(s -> s.subjectType() == SubjectType.MEMBER && s.level() != null)
                .allSatisfy(s -> assertThat(s.decidedBy()).as(s.subjectCode()).isEqualTo("DU-GIANGBIEN.committee"))
                .extracting(s -> s.decision().sessionId()).doesNotContainNull().hasSize(40);
        // one session per group: the members, the seven cells, each kind of collectives, the leaders of each
        // equivalent title; the ward by the district
        for (SubjectType type : SubjectType.values()) {
            List<SubjectResult> decided = subjects.stream().filter(s -> s.subjectType() == type && s.level() != null
                    && !s.subjectCode().equals("DU-GIANGBIEN")).toList();
            assertThat(decided.stream().map(s -> s.decision().sessionId()).distinct())
                    .as("sessions deciding the %s subjects", type)
                    .hasSize((int) decided.stream().map(SubjectResult::quotaGroup).distinct().count());
        }
        assertThat(subjects.stream().filter(s -> s.subjectType() == SubjectType.LEADER)
                .collect(Collectors.groupingBy(SubjectResult::quotaGroup,
                        Collectors.mapping(s -> s.decision().sessionId(), Collectors.toSet()))).values())
                .hasSize(8).allSatisfy(sessions -> assertThat(sessions).hasSize(1));
        new CampaignOrder(historyService, campaign).check();
        // every decided subject was decided in a session of its body, confirmed by its chair
        assertThat(subjects).filteredOn(s -> s.level() != null).allSatisfy(s -> {
            assertThat(s.decision()).as("decision session of " + s.subjectCode()).isNotNull();
            assertThat(s.decidedBy()).isEqualTo(s.decision().decidingGroup());
            assertThat(s.decision().confirmedBy()).isNotBlank();
        });
        // the ward and each cell voted their own level by secret ballot before the opinions [P II.1.5 B1]
        assertThat(subjects).filteredOn(s -> s.subjectType() == SubjectType.PARTY_ORGANIZATION).hasSize(8)
                .allSatisfy(s -> assertThat(s.selfBallot()).as("self-grading vote of " + s.subjectCode())
                        .satisfies(vote -> assertThat(vote.held()).isTrue())
                        .satisfies(vote -> assertThat(vote.level()).isEqualTo(Level.HTTNV)));
        assertThat(subjects).filteredOn(s -> s.level() != null).extracting(SubjectResult::status)
                .containsOnly(ResultStatus.DECIDED);
        // the district's MTTQ gives its opinion on the ward's MTTQ standing board [P II.3.4b]: its demo user holds it
        assertThat(records.entries(campaignId, SubjectType.LEADERSHIP_COLLECTIVE, "BTT-MTTQ-GIANGBIEN"))
                .filteredOn(entry -> entry.kind().equals(FormRecords.OPINION))
                .extracting(FormRecords.Entry::recordedBy).containsExactly("thoadt");
        assertThat(completed).isGreaterThan(300);
        // the ward scored itself on its Biểu 1 and each residential cell on Biểu 2 [P II.1.2]; kept for the dossier
        for (String org : List.of("DU-GIANGBIEN", "CB-TDP01")) {
            assertThat(rest.withBasicAuth("admin", "test-admin-Secret-1").getForObject("/api/campaigns/" + campaignId
                    + "/documents?org=" + org, String.class)).contains("\"kind\":\"BIEU_CHAM_DIEM\"");
        }
        ResultsContract.over(rest.withBasicAuth("admin", "test-admin-Secret-1")).check(campaignId);
        // every document of the finished campaign downloads and opens, as the held-out checks do (issue 11)
        assertThat(CampaignDocumentsWalk.over(rest.withBasicAuth("admin", "test-admin-Secret-1")).check(campaignId))
                .containsKeys("MAU_01", "BIEU_CHAM_DIEM", "MAU_02", "PHIEU_NHAN_XET_NOI_CU_TRU", "BIEN_BAN_KIEM_PHIEU",
                        "TONG_HOP_KET_QUA", "DANH_SACH_KHTNV", "TONG_HOP_CAN_BO", "KET_QUA_XLSX", "HO_SO_ZIP")
                .containsEntry("HO_SO_ZIP", 8);
    }

    /** Completes tasks and runs the jobs due until the campaign ends; returns the number of tasks completed. */
    private int driveToTheEnd(String campaign) throws Exception {
        TaskHolders holders = new TaskHolders(identityService, taskService, managementService);
        int completed = 0;
        for (int step = 0; step < 5_000; step++) {
            List<String> instances = CampaignInstances.unfinished(historyService, campaign);
            if (instances.isEmpty()) {
                return completed;
            }
            List<Task> tasks = taskService.createTaskQuery().processInstanceIdIn(instances.toArray(String[]::new))
                    .orderByTaskCreateTime().asc().listPage(0, 1);
            if (!tasks.isEmpty()) {
                // Tasklist lists each task by its name: it names its member, collective or organisation
                assertThat(tasks.get(0).getName()).as(tasks.get(0).getTaskDefinitionKey()).matches(".+ — \\S.+");
                holders.complete(tasks.get(0), answerTo(tasks.get(0)));
                completed++;
            } else if (!holders.runAJob(instances)) {
                fail("The campaign is stuck: no task and no job in " + instances);
            }
        }
        return fail("The campaign did not end within 5000 steps");
    }

    private Map<String, Object> answerTo(Task task) throws Exception {
        return switch (task.getTaskDefinitionKey()) {
            case "Task_DraftCollectiveReport", "Task_SelfAssessOrganization", "Task_SelfAssessCollective" ->
                    TaskAnswers.mau01(taskService, task);
            case "Task_WriteSelfReview", "Task_SelfAssess", "Task_WriteLeaderSelfReview", "Task_LeaderSelfAssess" ->
                    TaskAnswers.MAU_02;
            case "Task_RecordInspectionConclusions" -> TaskAnswers.NO_INSPECTION_CONCLUSIONS;
            case SecretBallot.CAST_TASK -> Map.of(SecretBallot.SHEET, sheetVoting(task, "HTTNV"));
            case "Task_ConfirmDecisions" -> Map.of();
            default -> TaskAnswers.demoWard(taskService, task, 2026);
        };
    }

    @SuppressWarnings("unchecked")
    private String sheetVoting(Task task, String level) throws Exception {
        List<Map<String, Object>> sheet = JSON.readValue(
                taskService.getVariable(task.getId(), SecretBallot.SUBJECTS).toString(), List.class);
        // a decision session allows no level above a subject's ceiling: its highest allowed level then
        sheet.forEach(row -> {
            List<String> allowed = (List<String>) row.getOrDefault("allowedLevels", List.of());
            row.put("level", allowed.isEmpty() || allowed.contains(level) ? level : allowed.get(0));
        });
        return JSON.writeValueAsString(sheet);
    }
}
