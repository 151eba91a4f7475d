package vn.partyreview.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.partyreview.identity.InitialPasswords;
import vn.partyreview.importer.ImportResult;
import vn.partyreview.importer.ImportService;
import vn.partyreview.support.ProcessJobs;

/**
 * Scale benchmark, run on demand (not part of the suite): a ward of {@code bench.cells} cells of
 * {@code bench.members} members is imported, every member's review is started, and Tasklist's two filters are
 * timed over REST for a cell secretary and a member. Prints one report line; see README "Benchmarks".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("benchmark")
class CampaignScaleBenchmark {

    private static final int CELLS = Integer.getInteger("bench.cells", 100);
    private static final int MEMBERS = Integer.getInteger("bench.members", 50);
    private static final int CALLS = 20;

    @Autowired
    ImportService importService;
    @Autowired
    CampaignService campaigns;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    FilterService filterService;
    @Autowired
    TestRestTemplate rest;

    @Test
    void importStartAndTasklistAtScale() {
        long start = System.nanoTime();
        ImportResult imported = importService.importCsv(ward(), InitialPasswords.fixed("bench-Password-1"));
        assertThat(imported.errors()).isEmpty();
        double importSeconds = seconds(start);

        Campaign campaign = campaigns.open(2040, "BM-DU");
        start = System.nanoTime();
        for (int cell = 0; cell < CELLS; cell++) {
            for (int member = 0; member < MEMBERS; member++) {
                runtimeService.startProcessInstanceByKey("partyMember", Map.of("campaignId",
                        String.valueOf(campaign.getId()), "orgCode", "BM-CB" + cell,
                        "memberCode", memberCode(cell, member)));
            }
        }
        // the member loader is an async continuation: run them as the job executor would
        ProcessJobs.runContinuations(managementService);
        double startSeconds = seconds(start);
        long tasks = taskService.createTaskQuery().count();

        String groupFilter = filterService.createFilterQuery().filterName("Việc của nhóm tôi").singleResult().getId();
        String myFilter = filterService.createFilterQuery().filterName("Việc của tôi").singleResult().getId();
        double[] secretary = timeFilter(userId(7, 0), groupFilter);
        double[] member = timeFilter(userId(7, 9), myFilter);

        System.out.printf("BENCHMARK members=%d cells=%d import=%.1fs (%.0f members/s) start=%.1fs "
                        + "(%.0f reviews/s) openTasks=%d secretaryGroupTasks median=%.0fms p95=%.0fms "
                        + "memberMyTasks median=%.0fms p95=%.0fms%n",
                CELLS * MEMBERS, CELLS, importSeconds, CELLS * MEMBERS / importSeconds, startSeconds,
                CELLS * MEMBERS / startSeconds, tasks, secretary[0], secretary[1], member[0], member[1]);
    }

    /** Median and 95th percentile in ms of Tasklist's list call for one filter, first page, with its count. */
    private double[] timeFilter(String userId, String filterId) {
        TestRestTemplate asUser = rest.withBasicAuth(userId, "bench-Password-1");
        double[] millis = new double[CALLS];
        for (int i = 0; i < CALLS; i++) {
            long start = System.nanoTime();
            assertThat(asUser.getForEntity("/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15",
                    String.class).getStatusCode().is2xxSuccessful()).isTrue();
            assertThat(asUser.getForEntity("/engine-rest/filter/" + filterId + "/count", String.class)
                    .getStatusCode().is2xxSuccessful()).isTrue();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return new double[] {millis[CALLS / 2], millis[(int) (CALLS * 0.95) - 1]};
    }

    private static Map<String, InputStream> ward() {
        StringBuilder organizations = new StringBuilder("code,name,kind,category,parent_code,established_on\n")
                .append("BM-QU,Đảng bộ quận thử tải,DISTRICT_COMMITTEE,,,01/01/2004\n")
                .append("BM-DU,Đảng bộ phường thử tải,BASIC_COMMITTEE,WARD_COMMITTEE,BM-QU,01/01/2004\n");
        StringBuilder members = new StringBuilder(
                "code,user_id,full_name,official_cell,residence_cell,admitted_on,civil_servant,positions\n");
        List<String> given = List.of("An", "Bình", "Cường", "Dũng", "Hà", "Hạnh", "Lan", "Long", "Mai", "Nam");
        for (int cell = 0; cell < CELLS; cell++) {
            String cellCode = "BM-CB" + cell;
            organizations.append(cellCode).append(",Chi bộ thử tải ").append(cell)
                    .append(",CELL,RESIDENTIAL,BM-DU,01/01/2010\n");
            for (int member = 0; member < MEMBERS; member++) {
                String position = member == 0 ? "SECRETARY@" + cellCode + ":Bí thư chi bộ"
                        : member == 1 ? "DEPUTY_SECRETARY@" + cellCode + ":Phó Bí thư chi bộ" : "";
                members.append(memberCode(cell, member)).append(',').append(userId(cell, member))
                        .append(",Nguyễn Văn ").append(given.get(member % given.size())).append(',')
                        .append(cellCode).append(',').append(cellCode).append(",01/02/2001,không,")
                        .append(position).append('\n');
            }
        }
        Map<String, InputStream> tables = new LinkedHashMap<>();
        tables.put("organizations", stream(organizations));
        tables.put("members", stream(members));
        return tables;
    }

    private static String memberCode(int cell, int member) {
        return "BM" + cell + "-" + member;
    }

    private static String userId(int cell, int member) {
        return "bm" + cell + "." + member;
    }

    private static InputStream stream(StringBuilder csv) {
        return new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
