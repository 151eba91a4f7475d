package vn.partyreview.decision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.member.MemberStatus;
import vn.partyreview.member.PartyMember;
import vn.partyreview.member.PartyMemberRepository;
import vn.partyreview.organization.OrganizationRepository;
import vn.partyreview.review.CellRounds;
import vn.partyreview.subjects.CampaignSubject;

/** The cell's secret ballot proposing a level per member [P II.2.5]: who is on the sheet, who votes, what came out. */
@Service
@Transactional(readOnly = true)
public class CellBallots {

    /** @param subjectsJson the {@code ballotSubjects} contract: a JSON list of {"id", "name"} */
    public record BallotSheet(String title, List<String> memberCodes, String subjectsJson, List<String> voterIds) {
    }

    private final CellRounds rounds;
    private final PartyMemberRepository members;
    private final OrganizationRepository organizations;
    private final ObjectMapper mapper;

    public CellBallots(CellRounds rounds, PartyMemberRepository members, OrganizationRepository organizations,
                       ObjectMapper mapper) {
        this.rounds = rounds;
        this.members = members;
        this.organizations = organizations;
        this.mapper = mapper;
    }

    /**
     * The members the round put on its sheet (every graded member ready in time for the first); full members in
     * party activity vote, whichever round it is.
     */
    public BallotSheet sheet(String campaignId, String cellCode, int round) {
        List<CampaignSubject> graded = rounds.onRound(campaignId, cellCode, round);
        List<Map<String, String>> sheet = graded.stream()
                .map(subject -> Map.of("id", subject.getSubjectCode(), "name", subject.getSubjectName()))
                .toList();
        String title = "Biểu quyết đề xuất mức xếp loại chất lượng đảng viên - "
                + organizations.findByCode(cellCode).orElseThrow().getName() + (round > 1 ? " (đợt " + round + ")" : "");
        return new BallotSheet(title, graded.stream().map(CampaignSubject::getSubjectCode).toList(), write(sheet),
                voters(cellCode));
    }

    /** The cell's full members in party activity, by account: who votes at a meeting of the whole cell. */
    List<String> voters(String cellCode) {
        return members.findByOfficialCell(organizations.findByCode(cellCode).orElseThrow()).stream()
                .filter(member -> member.getStatus() == MemberStatus.ACTIVE
                        || member.getStatus() == MemberStatus.COMMITTEE_SUSPENDED)
                .filter(PartyMember::hasVote)
                .map(PartyMember::getUserId)
                .sorted()
                .toList();
    }

    /**
     * The level proposed per member from the secret ballot's {@code ballotResult}: its {@code subjects} list, one
     * entry per subject with its {@code id} and {@code level}; a subject with no majority maps to null.
     */
    public Map<String, Level> proposedLevels(JsonNode ballotResult) {
        Map<String, Level> levels = new LinkedHashMap<>();
        ballotResult.path("subjects").forEach(entry -> levels.put(entry.path("id").asText(), levelOf(entry)));
        return levels;
    }

    private static Level levelOf(JsonNode entry) {
        JsonNode level = entry.path("level");
        return level.isTextual() && !entry.path("noMajority").asBoolean(false) ? Level.valueOf(level.asText()) : null;
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
