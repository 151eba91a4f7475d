package vn.partyreview.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.partyreview.results.SubjectLatenessRepository;
import vn.partyreview.identity.IdentityProvisioning;
import vn.partyreview.identity.InitialPasswords;
import vn.partyreview.integrity.CampaignWalker;
import vn.partyreview.member.MemberStatus;
import vn.partyreview.member.PartyMember;
import vn.partyreview.member.PartyMemberRepository;
import vn.partyreview.organization.Organization;
import vn.partyreview.organization.OrganizationRepository;
import vn.partyreview.organization.PartyBodyRepository;
import vn.partyreview.process.ProcessContract;

/**
 * Small wards walked over REST as officials submit in Tasklist (see {@link CampaignWalker}), shared by the report
 * tests of one application context: ward RPY with a plain member, Nguyễn Thị Lan, walked to the end in two
 * consecutive years; ward RPL walked only until its cell is late.
 */
final class ReportWards {

    static final String MEMBER = "RPY05";
    static final String MEMBER_NAME = "Nguyễn Thị Lan";
    static final int FIRST_YEAR = LocalDate.now().getYear();

    private static List<String> twoYears;
    private static String late;

    private final ProcessEngine engine;
    private final TestRestTemplate rest;
    private final OrganizationRepository organizations;
    private final PartyBodyRepository bodies;
    private final PartyMemberRepository members;
    private final IdentityProvisioning provisioning;
    private final PlatformTransactionManager transactions;

    ReportWards(ApplicationContext context) {
        this.engine = context.getBean(ProcessEngine.class);
        this.rest = context.getBean(TestRestTemplate.class);
        this.organizations = context.getBean(OrganizationRepository.class);
        this.bodies = context.getBean(PartyBodyRepository.class);
        this.members = context.getBean(PartyMemberRepository.class);
        this.provisioning = context.getBean(IdentityProvisioning.class);
        this.transactions = context.getBean(PlatformTransactionManager.class);
    }

    /** The campaign ids of ward RPY's two years, walked to the end the first time asked. */
    synchronized List<String> twoYears() {
        if (twoYears == null) {
            CampaignWalker ward = new CampaignWalker(engine, rest, "RPY");
            ward.createWard(organizations, bodies, members, provisioning);
            new TransactionTemplate(transactions).executeWithoutResult(status -> plainMember(ward));
            String first = walk(ward, ward.start(FIRST_YEAR));
            CampaignWalker nextYear = new CampaignWalker(engine, rest, "RPY");
            twoYears = List.of(first, walk(nextYear, nextYear.start(FIRST_YEAR + 1)));
        }
        return twoYears;
    }

    /**
     * Ward RPL's campaign, walked until its cell missed the deadline for its members' review, then left running with
     * the supervisors' follow-up open.
     */
    synchronized String lateCell(SubjectLatenessRepository lateness) {
        if (late == null) {
            CampaignWalker ward = new CampaignWalker(engine, rest, "RPL");
            ward.createWard(organizations, bodies, members, provisioning);
            String root = ward.start();
            String id = campaignId(root);
            // stop as soon as the lateness is recorded: the next task may be the supervisors' follow-up, which must
            // stay open for them to find the late cell in Cockpit
            for (Task task = ward.nextTask(root); lateness.findByCampaignId(id).isEmpty(); task = ward.nextTask(root)) {
                assertThat(task).as("the cell's lateness before the campaign ends").isNotNull();
                submit(ward, task);
            }
            late = id;
        }
        return late;
    }

    private String walk(CampaignWalker ward, String root) {
        for (Task task = ward.nextTask(root); task != null; task = ward.nextTask(root)) {
            submit(ward, task);
        }
        return campaignId(root);
    }

    private static void submit(CampaignWalker ward, Task task) {
        String holder = ward.holderOf(task);
        Map<String, Object> answer = ward.validAnswer(task);
        ResponseEntity<String> done = ward.submit(holder, task, answer);
        assertThat(done.getStatusCode().value()).as("%s by %s: %s", task.getName(), holder, done.getBody())
                .isEqualTo(204);
    }

    private String campaignId(String root) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(root)
                .variableName(ProcessContract.CAMPAIGN_ID).singleResult().getValue().toString();
    }

    /** A member holding no position, who lives in the cell's area. */
    private void plainMember(CampaignWalker ward) {
        Organization cell = organizations.findByCode("CB-RPY").orElseThrow();
        PartyMember lan = new PartyMember(MEMBER, ward.user("lan"), MEMBER_NAME, cell, LocalDate.of(2010, 3, 2),
                MemberStatus.ACTIVE, false);
        lan.describe("Nữ", LocalDate.of(1985, 5, 19));
        lan.placeIn(null, cell);
        provisioning.provision(List.of(cell), List.of(), List.of(members.save(lan)),
                InitialPasswords.fixed(CampaignWalker.PASSWORD));
    }
}
