package vn.partyreview.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import vn.partyreview.ballot.SecretBallot;
import vn.partyreview.campaign.CampaignProcess;
import vn.partyreview.review.CellMembersRoundProcess;
import vn.partyreview.review.CollectiveReviewProcess;
import vn.partyreview.results.LatenessEscalationProcess;
import vn.partyreview.review.LeaderProcess;
import vn.partyreview.review.LeaderReviewProcess;
import vn.partyreview.review.LeadershipCollectiveProcess;
import vn.partyreview.review.OrganizationGradingProcess;
import vn.partyreview.review.PartyCellProcess;
import vn.partyreview.review.PartyMemberProcess;
import vn.partyreview.review.PartyOrganizationProcess;
import vn.partyreview.decision.RegradingProcess;
import vn.partyreview.review.ScheduleRegistrationProcess;
import vn.partyreview.decision.DecisionSessionProcess;
import vn.partyreview.outstanding.OutstandingMarkProcess;
import vn.partyreview.quarterly.QuarterlyAssessmentProcess;

/** Every deployed model and form keeps to its contract (SPEC §10 I3): see {@link ContractChecker}. */
class ProcessContractsTest {

    static final List<ProcessContract> CONTRACTS = List.of(CampaignProcess.CONTRACT,
            PartyOrganizationProcess.CONTRACT, PartyCellProcess.CONTRACT, CellMembersRoundProcess.CONTRACT,
            PartyMemberProcess.CONTRACT,
            CollectiveReviewProcess.CONTRACT, OrganizationGradingProcess.CONTRACT,
            LeadershipCollectiveProcess.CONTRACT, LeaderProcess.CONTRACT, LeaderReviewProcess.CONTRACT,
            LatenessEscalationProcess.CONTRACT,
            SecretBallot.CONTRACT, DecisionSessionProcess.CONTRACT, RegradingProcess.CONTRACT,
            ScheduleRegistrationProcess.CONTRACT, OutstandingMarkProcess.CONTRACT,
            QuarterlyAssessmentProcess.CONTRACT);

    @Test
    void everyModelAndFormKeepsToItsContract() throws IOException {
        List<BpmnModelInstance> models = files("processes", ".bpmn").stream()
                .map(path -> Bpmn.readModelFromFile(path.toFile())).toList();

        List<String> violations = new ContractChecker(CONTRACTS, forms(), beanNames()).check(models);

        assertThat(violations).isEmpty();
    }

    @Test
    void everyModelHasExactlyOneContract() throws IOException {
        Set<String> keys = files("processes", ".bpmn").stream()
                .flatMap(path -> Bpmn.readModelFromFile(path.toFile())
                        .getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class).stream())
                .map(org.camunda.bpm.model.bpmn.instance.Process::getId).collect(Collectors.toSet());

        assertThat(CONTRACTS).extracting(ProcessContract::processKey).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(keys);
    }

    static List<JsonNode> forms() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> forms = new java.util.ArrayList<>();
        for (Path path : files("forms", ".form")) {
            forms.add(mapper.readTree(path.toFile()));
        }
        return forms;
    }

    /** The names expressions may call: every component of the application, as Spring names it. */
    static Set<String> beanNames() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(true);
        AnnotationBeanNameGenerator names = AnnotationBeanNameGenerator.INSTANCE;
        SimpleBeanDefinitionRegistry registry = new SimpleBeanDefinitionRegistry();
        return scanner.findCandidateComponents("vn.partyreview").stream()
                .map(definition -> names.generateBeanName(definition, registry)).collect(Collectors.toSet());
    }

    private static List<Path> files(String folder, String suffix) throws IOException {
        try (Stream<Path> paths = Files.list(Path.of(folder))) {
            return paths.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
