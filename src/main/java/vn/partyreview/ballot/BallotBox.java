package vn.partyreview.ballot;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.partyreview.grading.rules.Level;

/**
 * The ballot box in the application's tables (V3__ballot.sql). It runs in the engine's transaction: a cast, its
 * participation row and its count increments commit or roll back together with the completion of the ballot task.
 * Counts are incremented in place ({@code votes = votes + 1}), so concurrent casts never lose a vote.
 */
@Component("ballotBox")
public class BallotBox {

    static final String ALREADY_VOTED = "Đồng chí đã bỏ phiếu trong phiên này; mỗi người chỉ được bỏ phiếu một lần "
            + "và không thể thay đổi lá phiếu đã bỏ.";
    static final String NOT_ELIGIBLE = "Đồng chí không có tên trong danh sách được phát phiếu của phiên này.";
    static final String SESSION_NOT_OPEN = "Phiên bỏ phiếu đã kết thúc hoặc không được tiến hành; lá phiếu không "
            + "được ghi nhận.";

    private final JdbcTemplate jdbc;

    BallotBox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void open(BallotSession session, List<BallotSubject> subjects, List<RollEntry> roll) {
        jdbc.update("""
                insert into ballot_session (id, process_instance_id, title, organization_code, chair_group,
                    counting_rule, quorum, status, summoned_count, denominator, present_count, minimum_attendance,
                    invalid_ballots, deadline, requested_deadline, opened_by, opened_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)""",
                session.id(), session.processInstanceId(), session.title(), session.organizationCode(),
                session.chairGroup(), session.countingRule(), session.quorum(), session.status().name(),
                session.summoned(), session.denominator(), session.present(), session.minimumAttendance(),
                session.deadline(), session.requestedDeadline(), session.openedBy(), session.openedAt());
        for (int i = 0; i < subjects.size(); i++) {
            BallotSubject subject = subjects.get(i);
            jdbc.update("insert into ballot_subject (session_id, subject_id, subject_name, sort_order, allowed_levels, "
                    + "brief) values (?, ?, ?, ?, ?, ?)", session.id(), subject.id(), subject.name(), i,
                    String.join(",", subject.allowedLevels().stream().map(Level::name).toList()), subject.brief());
            for (Level level : Level.values()) {
                jdbc.update("insert into ballot_count (session_id, subject_id, grade_level, votes) "
                        + "values (?, ?, ?, 0)", session.id(), subject.id(), level.name());
            }
        }
        for (RollEntry entry : roll) {
            jdbc.update("insert into ballot_roll (session_id, voter_id, attendance) values (?, ?, ?)",
                    session.id(), entry.voterId(), entry.attendance().name());
        }
    }

    /** The voters who get a ballot sheet; called by the model to create one ballot task each. */
    public List<String> presentVoters(String sessionId) {
        return jdbc.queryForList("select voter_id from ballot_roll where session_id = ? and attendance = ? "
                + "order by voter_id", String.class, sessionId, Attendance.PRESENT.name());
    }

    /**
     * Records that the voter has voted and adds the ballot to the counts. The participation row comes first: its
     * primary key refuses a second ballot, and a concurrent second one waits on it and then fails.
     */
    void cast(String sessionId, String voterId, Ballot ballot) {
        int admitted;
        try {
            admitted = jdbc.update("""
                    insert into ballot_participation (session_id, voter_id)
                    select r.session_id, r.voter_id from ballot_roll r join ballot_session s on s.id = r.session_id
                    where r.session_id = ? and r.voter_id = ? and r.attendance = ? and s.status = ?""",
                    sessionId, voterId, Attendance.PRESENT.name(), BallotSession.Status.OPEN.name());
        } catch (DuplicateKeyException alreadyVoted) {
            throw new BallotRefusedException(ALREADY_VOTED);
        }
        if (admitted == 0) {
            boolean open = session(sessionId).filter(BallotSession::isOpen).isPresent();
            throw new BallotRefusedException(open ? NOT_ELIGIBLE : SESSION_NOT_OPEN);
        }
        // subjects in a fixed order, so concurrent casts lock count rows in the same order and cannot deadlock
        ballot.choices().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(choice ->
                jdbc.update("update ballot_count set votes = votes + 1 "
                                + "where session_id = ? and subject_id = ? and grade_level = ?",
                        sessionId, choice.getKey(), choice.getValue().name()));
    }

    /**
     * Stops the casting. The counts are then rewritten in one go: on PostgreSQL each row version carries the id of
     * the transaction that wrote it, and the last cast touching a count row must not stay traceable through it.
     */
    void close(String sessionId, OffsetDateTime at) {
        jdbc.update("update ballot_session set status = ?, closed_at = ? where id = ? and status = ?",
                BallotSession.Status.CLOSED.name(), at, sessionId, BallotSession.Status.OPEN.name());
        jdbc.update("update ballot_count set votes = votes where session_id = ?", sessionId);
    }

    public Optional<BallotSession> session(String sessionId) {
        return jdbc.query("select * from ballot_session where id = ?", BallotBox::session, sessionId).stream()
                .findFirst();
    }

    public List<BallotSubject> subjects(String sessionId) {
        return jdbc.query("select subject_id, subject_name, allowed_levels, brief from ballot_subject "
                + "where session_id = ? order by sort_order", (rs, row) -> new BallotSubject(rs.getString(1),
                rs.getString(2), levels(rs.getString(3)), rs.getString(4)), sessionId);
    }

    /** Stored as level names separated by commas; null (a session opened before levels were kept) is all. */
    private static List<Level> levels(String names) {
        return names == null ? null : Arrays.stream(names.split(",")).map(Level::valueOf).toList();
    }

    public int returnedBallots(String sessionId) {
        return jdbc.queryForObject("select count(*) from ballot_participation where session_id = ?", Integer.class,
                sessionId);
    }

    /** Votes per subject and level; only for a session no longer open, so results stay hidden until then. */
    Map<String, Map<Level, Integer>> votes(BallotSession session) {
        if (session.isOpen()) {
            throw new IllegalStateException("Results of an open ballot session are hidden");
        }
        Map<String, Map<Level, Integer>> votes = new LinkedHashMap<>();
        jdbc.query("select subject_id, grade_level, votes from ballot_count where session_id = ?", rs -> {
            votes.computeIfAbsent(rs.getString(1), subject -> new EnumMap<>(Level.class))
                    .put(Level.valueOf(rs.getString(2)), rs.getInt(3));
        }, session.id());
        return votes;
    }

    private static BallotSession session(ResultSet rs, int row) throws SQLException {
        return new BallotSession(rs.getString("id"), rs.getString("process_instance_id"), rs.getString("title"),
                rs.getString("organization_code"), rs.getString("chair_group"), rs.getString("counting_rule"),
                rs.getString("quorum"), BallotSession.Status.valueOf(rs.getString("status")),
                rs.getInt("summoned_count"), rs.getInt("denominator"), rs.getInt("present_count"),
                rs.getInt("minimum_attendance"), rs.getInt("invalid_ballots"),
                rs.getObject("deadline", OffsetDateTime.class),
                rs.getObject("requested_deadline", OffsetDateTime.class), rs.getString("opened_by"),
                rs.getObject("opened_at", OffsetDateTime.class), rs.getObject("closed_at", OffsetDateTime.class));
    }
}
