package vn.partyreview.ballot;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.partyreview.ballot.counting.MajorityOfDenominatorRule;
import vn.partyreview.ballot.counting.Quorum;

/**
 * The counting rule (quorum from {@code partyreview.ballot.quorum}), the minimum voting window
 * ({@code partyreview.ballot.minimum-voting-window}, default two days) and the engine's secret-ballot history level.
 */
@Configuration
class BallotConfiguration {

    @Bean
    MajorityOfDenominatorRule countingRule(@Value("${partyreview.ballot.quorum:2/3}") String quorum) {
        return new MajorityOfDenominatorRule(Quorum.parse(quorum));
    }

    @Bean
    VotingWindow votingWindow(@Value("${partyreview.ballot.minimum-voting-window:P2D}") Duration minimum) {
        return new VotingWindow(minimum);
    }

    @Bean
    static ProcessEnginePlugin secretBallotHistoryPlugin() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                List<HistoryLevel> levels = new ArrayList<>();
                if (configuration.getCustomHistoryLevels() != null) {
                    levels.addAll(configuration.getCustomHistoryLevels());
                }
                levels.add(new SecretBallotHistoryLevel());
                configuration.setCustomHistoryLevels(levels);
            }

            @Override
            public void postInit(ProcessEngineConfigurationImpl configuration) {
                // Audit and a plain full level would record ballot sheets: refuse to start rather than leak.
                HistoryLevel level = configuration.getHistoryLevel();
                boolean recordsNoVariables = level.getId() <= HistoryLevel.HISTORY_LEVEL_ACTIVITY.getId();
                if (!(level instanceof SecretBallotHistoryLevel) && !recordsNoVariables) {
                    throw new IllegalStateException("History level '" + level.getName() + "' would store secret "
                            + "ballots: use 'full' (replaced by the secret-ballot level), 'activity' or 'none'.");
                }
            }
        };
    }
}
