package vn.partyreview.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.partyreview.identity.IdentityProvisioning;
import vn.partyreview.integrity.CampaignWalker;
import vn.partyreview.member.PartyMemberRepository;
import vn.partyreview.organization.OrganizationRepository;
import vn.partyreview.organization.PartyBodyRepository;
import vn.partyreview.support.CampaignInstances;
import vn.partyreview.support.ProcessJobs;
import vn.partyreview.support.SpringAppTest;

/**
 * Deadlines entered per campaign (SPEC §4): refused with the field named when out of order or later than the
 * district campaign's, and, entered as the ward plan has them, the dates the engine's timers fall due.
 */
@SpringAppTest
class CampaignDeadlinesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    OrganizationRepository organizations;
    @Autowired
    PartyBodyRepository bodies;
    @Autowired
    PartyMemberRepository members;
    @Autowired
    IdentityProvisioning provisioning;
    @Autowired
    CampaignService campaigns;
    @Autowired
    CampaignRepository campaignRecords;
    @Autowired
    CampaignSchedule schedule;

    @Test
    void aWardCampaignTakesTheWardPlansDatesWithinItsDistrictsAndItsTimersFallDueOnThem() throws Exception {
        CampaignWalker walker = new CampaignWalker(engine, rest, "DLN");
        walker.createWard(organizations, bodies, members, provisioning);
        int year = LocalDate.now().getYear();
        long before = campaignRecords.count();

        // out of order: the basic organisations cannot finish before their cells
        ResponseEntity<String> refused = start(walker, year, Map.of("lowerLevelDeadline", year + "-12-12",
                "basicLevelDeadline", year + "-12-10"));
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(errors(refused)).containsOnlyKeys("basicLevelDeadline");
        assertThat(errors(refused).get("basicLevelDeadline"))
                .startsWith("Hạn hoàn thành của đảng bộ, chi bộ cơ sở (10/12/" + year + ") không được trước");
        assertThat(errors(start(walker, year, Map.of("registrationDeadline", (year + 1) + "-11-25"))))
                .containsEntry("registrationDeadline", "Hạn đăng ký lịch kiểm điểm phải trong năm kiểm điểm " + year
                        + ".");

        // the district's campaign of the same year decides by 20/12: the ward may tighten it, never loosen it
        campaigns.open(year, "QU-DLN", "QD132-2018", Map.of("dossierDeadline", LocalDate.of(year, 12, 20),
                "decisionDeadline", LocalDate.of(year, 12, 20)), null);
        ResponseEntity<String> loosened = start(walker, year, Map.of("decisionDeadline", year + "-12-25"));
        assertThat(loosened.getStatusCode().value()).isEqualTo(400);
        assertThat(errors(loosened).get("decisionDeadline")).isEqualTo("Hạn thẩm định, quyết định xếp loại (25/12/"
                + year + ") không được muộn hơn hạn của đợt kiểm điểm Đảng bộ quận DLN (20/12/" + year + ").");
        assertThat(campaignRecords.count()).isEqualTo(before + 1);

        // the ward plan [P C.1]: cells by 04/12, the bodies' reports by 05/12, the ward to the district by 10/12
        ResponseEntity<String> started = start(walker, year, Map.of("lowerLevelDeadline", year + "-12-04",
                "reportsDeadline", year + "-12-05", "basicLevelDeadline", year + "-12-10",
                "dossierDeadline", year + "-12-10"));
        assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);
        String campaign = JSON.readTree(started.getBody()).path("id").asText();
        String campaignId = (String) engine.getRuntimeService().getVariable(campaign, "campaignId");

        assertThat(dueDate(campaign, "Timer_DecisionDeadline")).isEqualTo(day(year, 12, 20));  // the district's
        ProcessJobs.runContinuations(engine.getManagementService());
        assertThat(dueDate(campaign, "Timer_RegistrationDeadline")).isEqualTo(day(year, 11, 25));  // the default
        // walk the campaign until the ward's cell is under review: its timers too
        while (timer(campaign, "Timer_MembersDeadline") == null) {
            Task task = walker.nextTask(campaign);
            assertThat(walker.submit(walker.holderOf(task), task, walker.validAnswer(task)).getStatusCode().value())
                    .isEqualTo(204);
        }
        assertThat(dueDate(campaign, "Timer_SubordinatesDeadline")).isEqualTo(day(year, 12, 4));
        assertThat(dueDate(campaign, "Timer_MembersDeadline")).isEqualTo(day(year, 12, 4));
        assertThat(schedule.reportsDeadline(campaignId)).isEqualTo(year + "-12-05T00:00:00+07:00");
        assertThat(schedule.deadlineFor(campaignId, "DU-DLN")).isEqualTo(year + "-12-10T00:00:00+07:00");
        assertThat(schedule.dossierDeadline(campaignId)).isEqualTo(year + "-12-10T00:00:00+07:00");

        // and they fire on those dates, not the defaults: the ward's subordinates' timer is not due the minute
        // before 04/12 (Hà Nội time), is due the minute after, and its lateness follow-up then starts
        Job subordinates = engine.getManagementService().createJobQuery().activityId("Timer_SubordinatesDeadline")
                .processInstanceId(instanceOf(campaign, "DU-DLN")).singleResult();
        try {
            ClockUtil.setCurrentTime(new Date(day(year, 12, 4).getTime() - 60_000));
            assertThat(executable(subordinates)).isFalse();
            ClockUtil.setCurrentTime(new Date(day(year, 12, 4).getTime() + 60_000));
            assertThat(executable(subordinates)).isTrue();
            engine.getManagementService().executeJob(subordinates.getId());
        } finally {
            ClockUtil.reset();
        }
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(subordinates.getProcessInstanceId()).activityId("Call_EscalateSubordinatesLate")
                .count()).isOne();

        // on to the ward's own grading: the bodies' reports fall due on 05/12, the dossier to the district on 10/12
        while (dueDates(campaign, "Timer_DossierDeadline").isEmpty()) {
            Task task = walker.nextTask(campaign);
            assertThat(task).as("the ward's dossier task").isNotNull();
            assertThat(walker.submit(walker.holderOf(task), task, walker.validAnswer(task)).getStatusCode().value())
                    .isEqualTo(204);
        }
        assertThat(dueDates(campaign, "Timer_ReportsDeadline")).containsExactly(day(year, 12, 5));
        assertThat(dueDates(campaign, "Timer_DossierDeadline")).containsExactly(day(year, 12, 10));
        // the ward's collective review by 10/12, its cell's by 04/12
        assertThat(dueDates(campaign, "Timer_ReviewDeadline")).containsExactlyInAnyOrder(day(year, 12, 4),
                day(year, 12, 10));
    }

    /** The due dates of every creation of that timer in the campaign, finished instances included. */
    private List<Date> dueDates(String campaign, String timer) {
        List<String> instances = CampaignInstances.all(engine.getHistoryService(), campaign);
        return engine.getHistoryService().createHistoricJobLogQuery().activityIdIn(timer).creationLog().list()
                .stream().filter(log -> instances.contains(log.getProcessInstanceId()))
                .map(HistoricJobLog::getJobDueDate).distinct().toList();
    }

    private boolean executable(Job job) {
        return engine.getManagementService().createJobQuery().jobId(job.getId()).executable().count() == 1;
    }

    /** The running organisation instance of the campaign for that organisation. */
    private String instanceOf(String campaign, String orgCode) {
        return CampaignInstances.unfinished(engine.getHistoryService(), campaign).stream()
                .filter(id -> engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id)
                        .processDefinitionKey("partyOrganization").variableValueEquals("orgCode", orgCode).count() == 1)
                .findFirst().orElseThrow();
    }

    private ResponseEntity<String> start(CampaignWalker walker, int year, Map<String, String> deadlines)
            throws Exception {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("year", Map.of("value", year));
        variables.put("rootOrgCode", Map.of("value", "DU-DLN"));
        variables.put("ruleSet", Map.of("value", "QD132-2018"));
        deadlines.forEach((field, value) -> variables.put(field, Map.of("value", value)));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(walker.user("wardsec"), CampaignWalker.PASSWORD).exchange(
                "/engine-rest/process-definition/key/campaign/submit-form", HttpMethod.POST,
                new HttpEntity<>(JSON.writeValueAsString(Map.of("variables", variables)), headers), String.class);
    }

    private static Map<String, String> errors(ResponseEntity<String> refusal) throws Exception {
        Map<String, String> byField = new LinkedHashMap<>();
        for (JsonNode error : JSON.readTree(refusal.getBody()).path("errors")) {
            byField.put(error.path("field").asText(), error.path("message").asText());
        }
        return byField;
    }

    /** When the timer was due, from the engine's job log: the walk may already have fired it. */
    private Date dueDate(String campaign, String timer) {
        HistoricJobLog created = timer(campaign, timer);
        assertThat(created).as(timer).isNotNull();
        return created.getJobDueDate();
    }

    private HistoricJobLog timer(String campaign, String timer) {
        List<String> instances = CampaignInstances.unfinished(engine.getHistoryService(), campaign);
        return engine.getHistoryService().createHistoricJobLogQuery().activityIdIn(timer).creationLog().list()
                .stream().filter(log -> instances.contains(log.getProcessInstanceId())).findFirst().orElse(null);
    }

    private static Date day(int year, int month, int dayOfMonth) {
        return Date.from(OffsetDateTime.parse("%d-%02d-%02dT00:00:00+07:00".formatted(year, month, dayOfMonth))
                .toInstant());
    }
}
