package vn.partyreview.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.partyreview.campaign.TaskAnswers.MAU_01;
import static vn.partyreview.campaign.TaskAnswers.MAU_02;
import static vn.partyreview.campaign.TaskAnswers.meeting;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.partyreview.ballot.SecretBallot;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.SubjectType;
import vn.partyreview.identity.IdentityProvisioning;
import vn.partyreview.identity.InitialPasswords;
import vn.partyreview.member.MemberStatus;
import vn.partyreview.member.PartyMember;
import vn.partyreview.member.PartyMemberRepository;
import vn.partyreview.member.PositionRole;
import vn.partyreview.notifications.ResultNotification;
import vn.partyreview.notifications.ResultNotificationRepository;
import vn.partyreview.organization.BodyKind;
import vn.partyreview.organization.CellCategory;
import vn.partyreview.organization.Organization;
import vn.partyreview.organization.OrganizationKind;
import vn.partyreview.organization.OrganizationRepository;
import vn.partyreview.organization.PartyBody;
import vn.partyreview.organization.PartyBodyRepository;
import vn.partyreview.review.PartyCellProcess;
import vn.partyreview.review.PartyMemberProcess;
import vn.partyreview.review.ScheduleRegistration;
import vn.partyreview.review.ScheduleRegistrationRepository;
import vn.partyreview.review.SubjectOpinion;
import vn.partyreview.review.SubjectOpinionRepository;
import vn.partyreview.support.ProcessJobs;
import vn.partyreview.support.ResultsContract;
import vn.partyreview.support.SignedIn;
import vn.partyreview.support.SpringAppTest;

/**
 * A small ward campaign run to final levels through the Java API, every task completed by a user of the group or
 * the assignee it went to, with authorization on. The ward (DU-E2E) has one cell (CB-E2E) with a ward secretary,
 * a cell secretary, a deputy who also leads the ward UBND, and an exempt veteran; QU-E2E is the district above.
 */
@SpringAppTest
class WardCampaignEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String PASSWORD = "e2e-Password-1";

    @Autowired
    OrganizationRepository organizations;
    @Autowired
    PartyBodyRepository bodies;
    @Autowired
    PartyMemberRepository members;
    @Autowired
    IdentityProvisioning provisioning;
    @Autowired
    IdentityService identityService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    SubjectOpinionRepository opinions;
    @Autowired
    ResultNotificationRepository notifications;
    @Autowired
    ScheduleRegistrationRepository schedules;
    @Autowired
    TestRestTemplate rest;

    @Test
    @SuppressWarnings("unchecked")
    void aWardCampaignRunsFromTheStartToEverySubjectsFinalLevel() throws Exception {
        aWardWithOneCell();
        int year = LocalDate.now().getYear();

        ProcessInstance campaign = SignedIn.as(identityService, "admin", () -> runtimeService.startProcessInstanceByKey("campaign",
                Map.of("year", year, "rootOrgCode", "DU-E2E", "ruleSet", "QD132-2018")));
        String campaignId = (String) runtimeService.getVariable(campaign.getId(), "campaignId");

        // the ward office registers the schedule with the district, which names who attends; lower levels first
        complete("sec", "Task_RegisterSchedule", Map.of("reviewMeetingDate", "2025-11-28",
                "gradingMeetingDate", "2025-12-05"));
        complete("distsec", "Task_AssignAttendee", Map.of("attendeeUserId", "distsec"));

        // the cell registers its schedule; the ward office sends the ward secretary to attend
        complete("sec", "Task_RegisterSchedule", Map.of("reviewMeetingDate", "2025-11-27",
                "gradingMeetingDate", "2025-12-03"));
        complete("sec", "Task_AssignAttendee", Map.of("attendeeUserId", "wardsec"));
        assertThat(schedules.findByCampaignIdAndOrgCode(campaignId, "CB-E2E")).get()
                .extracting(ScheduleRegistration::getReviewMeetingDate, ScheduleRegistration::getAttendeeUserId,
                        ScheduleRegistration::getAssignedBy)
                .containsExactly(LocalDate.of(2025, 11, 27), "wardsec", "sec");

        // the cell's collective review; its members write Mẫu 02 while the report is drafted (SPEC §14)
        complete("sec", "Task_DraftCollectiveReport", MAU_01);
        for (String member : List.of("wardsec", "sec", "mem")) {
            complete(member, "Task_WriteSelfReview", MAU_02);
        }
        complete("sec", "Task_SuggestInDepthReview", Map.of("hasInDepthSuggestions", false));
        draftsCirculated();
        complete("sec", "Task_RecordReviewMeeting", meeting());

        // Cockpit lists every instance by its subject's code and name, read from the records (BusinessKeys)
        ProcessJobs.runContinuations(managementService);
        assertThat(runtimeService.createProcessInstanceQuery().variableValueEquals("campaignId", campaignId).list())
                .hasSizeGreaterThan(3).allSatisfy(instance -> assertThat(instance.getBusinessKey()).as(instance
                        .getProcessDefinitionId()).matches("[A-Z0-9-]+ · \\S.*|\\d{4} · DU-E2E · \\S.*"));

        // members: the exempt veteran has no task; the civil servant is rated by the agency first
        complete("sec", "Task_RateCivilServant", TaskAnswers.civilServantRating("HTTNV", "HTTNV"));
        complete("sec", "Task_CommentFromResidence", Map.of("residenceCivicDuty", "TOT"));
        complete("sec", "Task_RecordReviewMeeting", meeting());  // wardsec's review, chaired by the cell secretary
        complete("mem", "Task_RecordReviewMeeting", meeting());  // the secretary's own review, chaired by the deputy
        complete("sec", "Task_RecordReviewMeeting", meeting());  // mem's review
        assertMau02DuringThePreparationAndMemberMeetingsAfterTheCells(campaignId);
        for (String member : List.of("wardsec", "sec")) {
            complete(member, "Task_SelfAssess", MAU_02);
            complete("sec", "Task_ProposeLevel", Map.of("committeeProposedLevel", "HTTNV",
                    "committeeComment", "Đề xuất hoàn thành tốt nhiệm vụ"));
        }
        // mem is late: the ward's supervisors are told and the lateness recorded on the cell; the two members ready
        // are balloted, appraised and decided in the ward committee's session without waiting for her (issue 9)
        lateAt("Timer_MembersDeadline");
        complete("sec", "Task_FollowUpLateness", Map.of("followUpAction", "Nhắc chi bộ hoàn thành kiểm điểm"));
        assertThat(secretBallot("sec", "HTTNV")).extracting(row -> row.get("id"))
                .containsExactlyInAnyOrder("E2E01", "E2E02");
        complete("sec", "Task_RecordInspectionConclusions", TaskAnswers.NO_INSPECTION_CONCLUSIONS);
        complete("sec", "Task_AppraiseCellReport", Map.of("dossierComplete", true, "appraisalNotes", "Đầy đủ"));
        ProcessJobs.runContinuations(managementService);
        assertThat(taskService.createTaskQuery().taskDefinitionKey("Task_OpenSession").singleResult().getName())
                .as("a session's tasks name whom it decides, not its group key")
                .endsWith(" — Đảng viên thuộc Đảng bộ phường E2E");
        secretBallot("wardsec", "HTTNV");
        complete("wardsec", "Task_ConfirmDecisions", Map.of());
        assertThat(results(campaignId)).extracting(line -> line.get("subjectCode") + "=" + line.get("status"))
                .contains("E2E01=DECIDED", "E2E02=DECIDED", "E2E03=IN_PROGRESS");

        // the cell's own grading has begun; mem finishes after the deadline, her work kept, and gets a later ballot
        // of the cell and a later session of the ward committee
        ProcessJobs.runContinuations(managementService);
        assertThat(taskService.createTaskQuery().taskDefinitionKey("Task_SelfAssessOrganization")
                .processVariableValueEquals("orgCode", "CB-E2E").count()).isOne();
        complete("mem", "Task_SelfAssess", MAU_02);
        complete("sec", "Task_ProposeLevel", Map.of("committeeProposedLevel", "HTTNV",
                "committeeComment", "Đề xuất hoàn thành tốt nhiệm vụ"));
        assertThat(secretBallot("sec", "HTTNV")).extracting(row -> row.get("id")).containsExactly("E2E03");
        complete("sec", "Task_RecordInspectionConclusions", TaskAnswers.NO_INSPECTION_CONCLUSIONS);
        complete("sec", "Task_AppraiseCellReport", Map.of("dossierComplete", true, "appraisalNotes", "Đầy đủ"));
        assertThat(secretBallot("wardsec", "HTTNV")).extracting(row -> row.get("id")).containsExactly("E2E03");
        complete("wardsec", "Task_ConfirmDecisions", Map.of());

        // the cell after its members: self-assessment, its own vote (no chi ủy: every full member votes), the ward
        // UBND's opinion, appraisal, decision by the ward committee, which reads the cell's vote on its sheet
        complete("sec", "Task_SelfAssessOrganization", MAU_01);
        assertThat(secretBallot("sec", "HTTNV")).extracting(row -> row.get("id")).containsExactly("CB-E2E");
        complete("mem", "Task_GiveOpinion", Map.of("opinionLevel", "HTTNV", "opinionComment", "Tốt"));
        complete("sec", "Task_RecordOrganizationFacts", TaskAnswers.ORGANIZATION_FACTS);
        complete("sec", "Task_AppraiseOrganization", Map.of("dossierComplete", true, "appraisalNotes", "Đạt"));
        assertThat(secretBallot("wardsec", "HTTNV")).extracting(row -> row.get("brief")).singleElement()
                .asString().contains("cấp ủy biểu quyết tự xếp loại (phiếu kín): Hoàn thành tốt nhiệm vụ "
                        + "(HTXSNV 0, HTTNV 3, HTNV 0, KHTNV 0)");
        complete("wardsec", "Task_ConfirmDecisions", Map.of());

        // the ward committee's own review after its cell and its bodies, the district inspection suggests
        complete("wardsec", "Task_DraftCollectiveReport", MAU_01);
        complete("distsec", "Task_SuggestInDepthReview", Map.of("hasInDepthSuggestions", false));
        draftsCirculated();
        complete("wardsec", "Task_RecordReviewMeeting", meeting());

        // its leaders, both heads: the ward secretary (no deputy on record: the district secretary chairs) and the
        // UBND chairman (the ward secretary chairs), each in depth on the office held
        complete("wardsec", "Task_WriteLeaderSelfReview", MAU_02);
        complete("mem", "Task_WriteLeaderSelfReview", MAU_02);
        complete("distsec", "Task_RecordLeaderReviewMeeting", meeting());
        complete("wardsec", "Task_RecordLeaderReviewMeeting", meeting());
        complete("wardsec", "Task_LeaderSelfAssess", MAU_02);
        complete("mem", "Task_LeaderSelfAssess", MAU_02);

        // the ward's self-grading vote comes before its dossier
        ProcessJobs.runContinuations(managementService);
        assertThat(taskService.createTaskQuery().taskDefinitionKey("Task_SendDossier").count()).isZero();
        // the ward's Mẫu 01, drafted for its review meeting, opens pre-filled for its self-assessment
        assertThat(taskService.getVariables(taskService.createTaskQuery().taskDefinitionKey("Task_SelfAssessOrganization")
                .processVariableValueEquals("orgCode", "DU-E2E").singleResult().getId()))
                .containsAllEntriesOf(MAU_01);
        complete("wardsec", "Task_SelfAssessOrganization", MAU_01);
        secretBallot("wardsec", "HTTNV");   // the ward committee on itself: its one full member on record

        // the ward office sends results and dossiers; the ward is then decided by the district standing committee
        complete("sec", "Task_SendDossier", Map.of("dossierSent", true));
        // where each subject stands: the ward waits for the district, its cell and members are decided (SPEC §12)
        assertThat(results(campaignId)).extracting(line -> line.get("subjectType") + " " + line.get("subjectCode")
                        + "=" + line.get("status"))
                .containsExactlyInAnyOrder("MEMBER E2E01=DECIDED", "MEMBER E2E02=DECIDED", "MEMBER E2E03=DECIDED",
                        "MEMBER E2E04=NOT_REVIEWED", "PARTY_ORGANIZATION CB-E2E=DECIDED",
                        "PARTY_ORGANIZATION DU-E2E=SENT_TO_SUPERIOR", "LEADER E2E01=IN_PROGRESS",
                        "LEADER E2E03=IN_PROGRESS");
        // the dossier went up as one ZIP, kept as sent: the ward office and the district's organizing board (which
        // receives it in its task) download it, a plain member may not; the district receives it
        assertThat(zipEntries(sentDossier("distsec", campaignId))).contains("MAU_01-DU-E2E.docx",
                "TONG_HOP_KET_QUA-DU-E2E.pdf", "CB-E2E/MAU_02-E2E01.docx").anyMatch(entry ->
                entry.startsWith("BIEN_BAN_KIEM_PHIEU-")).noneMatch(entry -> entry.endsWith(".xlsx"));
        assertThat(sentDossier("sec", campaignId).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(sentDossier("veteran", campaignId).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        complete("distsec", "Task_ReceiveDossier", Map.of("dossierReceived", true));
        // the ward UBND reports its rating of the government: a fact of the ward's standards
        complete("mem", "Task_ReportBodyResult", Map.of("bodyResultLevel", "HTTNV"));
        complete("sec", "Task_RecordOrganizationFacts", TaskAnswers.ORGANIZATION_FACTS);
        complete("distsec", "Task_AppraiseOrganization", Map.of("dossierComplete", true, "appraisalNotes", "Đạt"));
        secretBallot("distsec", "HTTNV");
        complete("distsec", "Task_ConfirmDecisions", Map.of());

        // then its leaders, each title in a session of the body that manages it: the district standing committee
        secretBallot("distsec", "HTTNV");
        complete("distsec", "Task_ConfirmDecisions", Map.of());
        secretBallot("distsec", "HTTNV");
        complete("distsec", "Task_ConfirmDecisions", Map.of());
        ProcessJobs.runContinuations(managementService);

        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(campaign.getId())
                .singleResult().getEndActivityId()).isEqualTo("EndEvent_CampaignClosed");
        List<Map<String, Object>> results = results(campaignId);
        assertThat(results).extracting(line -> line.get("subjectType") + " " + line.get("subjectCode") + "="
                        + line.get("level"))
                .containsExactlyInAnyOrder("MEMBER E2E01=HTTNV", "MEMBER E2E02=HTTNV", "MEMBER E2E03=HTTNV",
                        "MEMBER E2E04=null", "PARTY_ORGANIZATION CB-E2E=HTTNV", "PARTY_ORGANIZATION DU-E2E=HTTNV",
                        "LEADER E2E01=HTTNV", "LEADER E2E03=HTTNV");
        // the ward's leaders: heads of the committee and of UBND, each title its own quota group, decided by the
        // district standing committee that manages them [P II.4]
        assertThat(results).filteredOn(line -> "LEADER".equals(line.get("subjectType")))
                .extracting(line -> line.get("subjectCode"), line -> line.get("quotaGroup"), line -> line.get("decidedBy"))
                .containsExactlyInAnyOrder(tuple("E2E01", "DU-E2E/LEADER/COMMITTEE_HEAD", "QU-E2E.standing"),
                        tuple("E2E03", "DU-E2E/LEADER/GOVERNMENT_HEAD", "QU-E2E.standing"));
        assertThat(results).filteredOn(line -> "E2E04".equals(line.get("subjectCode")))
                .extracting(line -> line.get("status")).containsExactly("NOT_REVIEWED");
        assertThat(results).filteredOn(line -> "LEADER".equals(line.get("subjectType")))
                .extracting(line -> line.get("selfLevel")).containsOnly("HTTNV");
        assertThat(results).filteredOn(line -> "E2E03".equals(line.get("subjectCode"))
                        && "MEMBER".equals(line.get("subjectType")))
                .extracting(line -> line.get("ballotLevel"), line -> line.get("decidedBy"))
                .containsExactly(tuple("HTTNV", "DU-E2E.committee"));
        assertThat(results).filteredOn(line -> "MEMBER".equals(line.get("subjectType")) && line.get("level") != null)
                .extracting(line -> (Map<String, Object>) line.get("decision"))
                .hasSize(3).allSatisfy(decision -> assertThat(decision)
                        .containsEntry("decidingGroup", "DU-E2E.committee").containsEntry("confirmedBy", "wardsec")
                        .containsKey("sessionId").containsKey("decidedAt"))
                .extracting(decision -> decision.get("votes"))
                .containsOnly(Map.of("HTXSNV", 0, "HTTNV", 1, "HTNV", 0, "KHTNV", 0));
        assertThat(results).filteredOn(line -> "CB-E2E".equals(line.get("subjectCode")))
                .extracting(line -> line.get("lateStages")).containsExactly(List.of("Kiểm điểm đảng viên"));
        // the late member was decided in a session and balloted in a round of her own
        assertThat(results).filteredOn(line -> "MEMBER".equals(line.get("subjectType"))
                        && List.of("E2E01", "E2E03").contains(line.get("subjectCode")))
                .extracting(line -> ((Map<String, Object>) line.get("decision")).get("sessionId"))
                .doesNotHaveDuplicates().hasSize(2);
        assertThat(results).filteredOn(line -> "MEMBER".equals(line.get("subjectType"))
                        && List.of("E2E01", "E2E03").contains(line.get("subjectCode")))
                .extracting(line -> ((Map<String, Object>) line.get("cellBallot")).get("sessionId"))
                .doesNotHaveDuplicates().hasSize(2);
        // every graded organisation has its own self-grading vote, with its minutes
        assertThat(results).filteredOn(line -> "PARTY_ORGANIZATION".equals(line.get("subjectType")))
                .extracting(line -> line.get("subjectCode"), line -> ((Map<String, Object>) line.get("selfBallot"))
                        .get("votes"))
                .containsExactlyInAnyOrder(tuple("CB-E2E", Map.of("HTXSNV", 0, "HTTNV", 3, "HTNV", 0, "KHTNV", 0)),
                        tuple("DU-E2E", Map.of("HTXSNV", 0, "HTTNV", 1, "HTNV", 0, "KHTNV", 0)));
        assertThat(results).filteredOn(line -> "PARTY_ORGANIZATION".equals(line.get("subjectType")))
                .extracting(line -> (Map<String, Object>) line.get("selfBallot"))
                .allSatisfy(vote -> assertThat(minutes((String) vote.get("sessionId"))).isEqualTo(HttpStatus.OK));
        assertThat(results).filteredOn(line -> "MEMBER".equals(line.get("subjectType")))
                .extracting(line -> line.get("selfBallot")).containsOnlyNulls();
        assertThat(results).filteredOn(line -> "E2E03".equals(line.get("subjectCode"))
                        && "MEMBER".equals(line.get("subjectType")))
                .extracting(line -> (Map<String, Object>) line.get("cellBallot"))
                .singleElement().satisfies(ballot -> assertThat(ballot).containsEntry("result", "HTTNV")
                        .containsEntry("votes", Map.of("HTXSNV", 0, "HTTNV", 3, "HTNV", 0, "KHTNV", 0))
                        .containsKey("sessionId"));
        assertThat(results).filteredOn(line -> "E2E04".equals(line.get("subjectCode")))
                .extracting(line -> line.get("ceilingLevel"), line -> line.get("facts"))
                .containsExactly(tuple(null, Map.of("exempt", true)));
        assertThat(opinions.findByCampaignIdAndSubjectTypeAndSubjectCode(campaignId, SubjectType.PARTY_ORGANIZATION,
                "CB-E2E")).extracting(SubjectOpinion::getBodyCode, SubjectOpinion::getLevel, SubjectOpinion::getGivenBy)
                .containsExactly(tuple("UBND-E2E", Level.HTTNV, "mem"));
        assertThat(notifications.findByCampaignId(campaignId))
                .extracting(ResultNotification::getSubjectCode, ResultNotification::getRecipient)
                .contains(tuple("E2E03", "mem"), tuple("E2E03", "CB-E2E.committee"),
                        tuple("CB-E2E", "CB-E2E.committee"), tuple("CB-E2E", "DU-E2E.committee"),
                        tuple("DU-E2E", "DU-E2E.committee"), tuple("DU-E2E", "QU-E2E.standing"),
                        tuple("CB-E2E", "wardsec"), tuple("DU-E2E", "distsec"),
                        // each leader and the body that decided
                        tuple("E2E01", "wardsec"), tuple("E2E01", "QU-E2E.standing"))
                .hasSize(16);
        assertThat(results).filteredOn(line -> "DU-E2E".equals(line.get("subjectCode")))
                .extracting(line -> ((Map<String, Object>) line.get("facts")).get("governmentLevel"))
                .containsExactly("HTTNV");
        ResultsContract.over(rest.withBasicAuth("admin", "test-admin-Secret-1")).check(campaignId);
    }

    /**
     * The real secret ballot: the chair calls the roll (everyone present), every summoned voter casts the same level
     * for every subject from their own task, the asynchronous continuations run, the chair signs.
     */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> secretBallot(String chair, String level) throws Exception {
        ProcessJobs.runContinuations(managementService);
        Task opening = taskService.createTaskQuery().taskDefinitionKey("Task_OpenSession").orderByTaskId().asc()
                .list().get(0);
        List<String> voters = (List<String>) taskService.getVariable(opening.getId(), SecretBallot.VOTERS);
        List<Map<String, Object>> sheet = JSON.readValue(
                taskService.getVariable(opening.getId(), SecretBallot.SUBJECTS).toString(), List.class);
        sheet.forEach(row -> row.put("level", level));
        List<Map<String, String>> roll = voters.stream()
                .map(voter -> Map.of("voterId", voter, "name", voter, "attendance", "PRESENT")).toList();
        complete(chair, "Task_OpenSession", Map.of(SecretBallot.ROLL, JSON.writeValueAsString(roll)));

        for (String voter : voters) {
            complete(voter, SecretBallot.CAST_TASK, Map.of(SecretBallot.SHEET, JSON.writeValueAsString(sheet)));
        }
        ProcessJobs.runContinuations(managementService);
        complete(chair, "Task_SignMinutes", Map.of());
        return sheet;
    }

    /**
     * SPEC §14 read from the engine's history: every Mẫu 02 was written before the cell's collective review ended,
     * every member's review meeting began after it.
     */
    private void assertMau02DuringThePreparationAndMemberMeetingsAfterTheCells(String campaignId) {
        String cell = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(PartyCellProcess.PROCESS_KEY).variableValueEquals("campaignId", campaignId)
                .singleResult().getId();
        HistoricActivityInstance cellReview = historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(cell).activityId("Call_CellReview").finished().singleResult();
        List<String> members = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(PartyMemberProcess.PROCESS_KEY).variableValueEquals("campaignId", campaignId)
                .list().stream().map(HistoricProcessInstance::getId).toList();
        assertThat(historyService.createHistoricActivityInstanceQuery().activityId("Task_WriteSelfReview").list())
                .filteredOn(written -> members.contains(written.getProcessInstanceId())).hasSize(3).allSatisfy(written -> assertThat(written.getEndTime())
                        .isBeforeOrEqualTo(cellReview.getEndTime()));
        assertThat(historyService.createHistoricActivityInstanceQuery().activityId("Task_RecordReviewMeeting").list())
                .filteredOn(meeting -> members.contains(meeting.getProcessInstanceId())).hasSize(3).allSatisfy(meeting -> assertThat(meeting.getStartTime())
                        .isAfterOrEqualTo(cellReview.getEndTime()));
    }

    private void lateAt(String timer) {
        ProcessJobs.runContinuations(managementService);
        managementService.executeJob(managementService.createJobQuery().activityId(timer).singleResult().getId());
    }

    private void aWardWithOneCell() {
        Organization district = organizations.save(new Organization("QU-E2E", "Đảng bộ quận E2E",
                OrganizationKind.DISTRICT_COMMITTEE, null, null, LocalDate.of(2004, 1, 1)));
        Organization districtCell = organizations.save(new Organization("CB-E2EQ", "Chi bộ Cơ quan Quận ủy E2E",
                OrganizationKind.BASIC_CELL, CellCategory.OTHER, district, LocalDate.of(2004, 1, 1)));
        Organization ward = organizations.save(new Organization("DU-E2E", "Đảng bộ phường E2E",
                OrganizationKind.BASIC_COMMITTEE, CellCategory.WARD_COMMITTEE, district, LocalDate.of(2004, 1, 1)));
        Organization cell = organizations.save(new Organization("CB-E2E", "Chi bộ Tổ dân phố E2E",
                OrganizationKind.CELL, CellCategory.RESIDENTIAL, ward, LocalDate.of(2004, 1, 1)));
        PartyBody ubnd = bodies.save(new PartyBody("UBND-E2E", "Lãnh đạo UBND phường E2E", BodyKind.UBND_LEADERSHIP,
                ward));

        PartyMember distsec = member("E2E00", "distsec", districtCell, MemberStatus.ACTIVE, true);
        distsec.addPosition(PositionRole.SECRETARY, district, null, "Bí thư Quận ủy");
        distsec.addPosition(PositionRole.STANDING_MEMBER, district, null, "Ủy viên Ban Thường vụ");
        distsec.addPosition(PositionRole.ORGANIZING_STAFF, district, null, "Ban Tổ chức");
        distsec.addPosition(PositionRole.INSPECTION_MEMBER, district, null, "Ủy ban Kiểm tra");
        distsec.addPosition(PositionRole.SUPERVISOR, district, null, "Theo dõi tiến độ");
        distsec.addPosition(PositionRole.SECRETARY, districtCell, null, "Bí thư chi bộ");
        PartyMember wardsec = member("E2E01", "wardsec", cell, MemberStatus.ACTIVE, true);
        wardsec.addPosition(PositionRole.SECRETARY, ward, null, "Bí thư Đảng ủy phường");
        PartyMember sec = member("E2E02", "sec", cell, MemberStatus.ACTIVE, false);
        sec.addPosition(PositionRole.SECRETARY, cell, null, "Bí thư chi bộ");
        sec.addPosition(PositionRole.OFFICE_STAFF, ward, null, "Văn phòng Đảng ủy");
        sec.addPosition(PositionRole.INSPECTION_MEMBER, ward, null, "Ủy ban Kiểm tra Đảng ủy");
        sec.addPosition(PositionRole.SUPERVISOR, ward, null, "Theo dõi tiến độ");
        PartyMember mem = member("E2E03", "mem", cell, MemberStatus.ACTIVE, false);
        mem.addPosition(PositionRole.DEPUTY_SECRETARY, cell, null, "Phó Bí thư chi bộ");
        mem.addPosition(PositionRole.BODY_HEAD, null, ubnd, "Chủ tịch UBND phường");
        mem.placeIn(null, cell);
        PartyMember veteran = member("E2E04", "veteran", cell, MemberStatus.EXEMPT, false);
        List<PartyMember> all = members.saveAll(List.of(distsec, wardsec, sec, mem, veteran));
        provisioning.provision(List.of(district, districtCell, ward, cell), List.of(ubnd), all,
                InitialPasswords.fixed(PASSWORD));
    }

    private static PartyMember member(String code, String userId, Organization cell, MemberStatus status,
                                      boolean civilServant) {
        return new PartyMember(code, userId, "Nguyễn Văn " + userId, cell, LocalDate.of(2000, 1, 1), status,
                civilServant);
    }

    /**
     * Completes one task of the given kind from the user's own or group tasks (what Tasklist's two filters show;
     * supervisors may read every task but work only on theirs), as that user with their groups.
     */
    private void complete(String userId, String taskKey, Map<String, Object> variables) {
        ProcessJobs.runContinuations(managementService);
        SignedIn.as(identityService, userId, () -> {
            List<Task> tasks = taskService.createTaskQuery().taskDefinitionKey(taskKey)
                    .or().taskAssignee(userId).taskCandidateUser(userId).endOr()
                    .orderByTaskId().asc().list();
            assertThat(tasks).as("%s sees a task %s", userId, taskKey).isNotEmpty();
            taskService.complete(tasks.get(0).getId(), variables);
            return null;
        });
    }

    /** The 3 working days' notice has passed. */
    private void draftsCirculated() {
        ProcessJobs.runContinuations(managementService);
        for (Job job : managementService.createJobQuery().activityId("Timer_DraftCirculated").list()) {
            managementService.executeJob(job.getId());
        }
    }

    private ResponseEntity<byte[]> sentDossier(String userId, String campaignId) {
        return rest.withBasicAuth(userId, PASSWORD).getForEntity("/api/campaigns/" + campaignId
                + "/documents/sent.zip?org=DU-E2E", byte[].class);
    }

    private static List<String> zipEntries(ResponseEntity<byte[]> zip) throws IOException {
        assertThat(zip.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<String> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(
                new ByteArrayInputStream(zip.getBody()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.add(entry.getName());
            }
        }
        return entries;
    }

    private HttpStatus minutes(String sessionId) {
        return HttpStatus.valueOf(rest.withBasicAuth("admin", "test-admin-Secret-1")
                .getForEntity("/api/ballots/" + sessionId + "/minutes.docx", byte[].class).getStatusCode().value());
    }

    private List<Map<String, Object>> results(String campaignId) {
        ResponseEntity<List<Map<String, Object>>> answer = rest.withBasicAuth("admin", "test-admin-Secret-1")
                .exchange("/api/campaigns/" + campaignId + "/results", HttpMethod.GET, null,
                        new ParameterizedTypeReference<>() { });
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }
}
