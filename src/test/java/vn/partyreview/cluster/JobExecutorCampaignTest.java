package vn.partyreview.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.partyreview.PartyReviewApplication;
import vn.partyreview.identity.IdentityProvisioning;
import vn.partyreview.integrity.CampaignWalker;
import vn.partyreview.member.PartyMemberRepository;
import vn.partyreview.organization.OrganizationRepository;
import vn.partyreview.organization.PartyBodyRepository;

/**
 * Two wards' campaigns walked at once on one node whose job executor runs (as in production), on the build's
 * database: every continuation, decision request and session release runs on the executor's threads, beside the
 * officials' submissions. Both campaigns end, with no incident. Tagged {@code isolated}: it starts an application
 * of its own, with the job executor on, which the shared test context must not have.
 */
@Tag("isolated")
class JobExecutorCampaignTest {

    private static final List<String> WARDS = List.of("JXA", "JXB");

    private static ConfigurableApplicationContext app;

    @BeforeAll
    static void startWithTheJobExecutor() {
        app = new SpringApplicationBuilder(PartyReviewApplication.class).profiles("test")
                .run("--server.port=0", "--camunda.bpm.job-execution.enabled=true",
                        "--camunda.bpm.job-execution.max-wait=1000");
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void twoWardsCampaignsEndWithTheJobExecutorRunning() throws Exception {
        ProcessEngine engine = app.getBean(ProcessEngine.class);
        TestRestTemplate rest = new TestRestTemplate(new RestTemplateBuilder()
                .rootUri("http://localhost:" + app.getEnvironment().getProperty("local.server.port")));
        List<Callable<String>> walks = new ArrayList<>();
        for (String ward : WARDS) {
            CampaignWalker walker = new CampaignWalker(engine, rest, ward).leavingContinuationsToTheJobExecutors();
            walker.createWard(app.getBean(OrganizationRepository.class), app.getBean(PartyBodyRepository.class),
                    app.getBean(PartyMemberRepository.class), app.getBean(IdentityProvisioning.class));
            String campaign = walker.start();
            walks.add(() -> walk(walker, campaign));
        }
        long started = System.nanoTime();
        List<String> campaigns = vn.partyreview.support.AtOnce.call(walks);

        for (String campaign : campaigns) {
            assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(campaign)
                    .singleResult().getEndActivityId()).isEqualTo("EndEvent_CampaignClosed");
        }
        assertThat(engine.getRuntimeService().createIncidentQuery().list()).isEmpty();
        System.out.printf("JOB-EXECUTOR-RESULT wards=%d seconds=%d%n", WARDS.size(),
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
    }

    private static String walk(CampaignWalker walker, String campaign) {
        for (Task task = next(walker, campaign); task != null; task = next(walker, campaign)) {
            ResponseEntity<String> done = walker.submit(walker.holderOf(task), task, walker.validAnswer(task));
            assertThat(done.getStatusCode().value()).as("%s: %s", task.getName(), done.getBody()).isEqualTo(204);
        }
        return campaign;
    }

    /** The walker's next task; if it stalls, what the database holds, to tell a lost step from a slow one. */
    private static Task next(CampaignWalker walker, String campaign) {
        try {
            return walker.nextTask(campaign);
        } catch (AssertionError stalled) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            jdbc.queryForList("select e.proc_inst_id_, d.key_, e.act_id_, e.is_active_ from act_ru_execution e "
                    + "join act_re_procdef d on d.id_ = e.proc_def_id_").forEach(row -> System.out.println("EXECUTION " + row));
            jdbc.queryForList("select process_instance_id_, type_, handler_type_, handler_cfg_, retries_, lock_owner_, "
                    + "exception_msg_, duedate_ from act_ru_job").forEach(row -> System.out.println("JOB " + row));
            jdbc.queryForList("select * from decision_group").forEach(row -> System.out.println("GROUP " + row));
            jdbc.queryForList("select id, group_id, unit_code, waiting_process_id, session_process_id, answered_at "
                    + "from decision_request").forEach(row -> System.out.println("REQUEST " + row));
            throw stalled;
        }
    }
}
