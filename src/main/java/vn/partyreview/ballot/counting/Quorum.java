package vn.partyreview.ballot.counting;

/**
 * The minimum attendance before a session may open, as a fraction of the frozen denominator (default two thirds,
 * SPEC §6). "At least two thirds" rounds up: 9 summoned need 6 present, 10 need 7.
 */
public record Quorum(int numerator, int denominator) {

    public static final Quorum TWO_THIRDS = new Quorum(2, 3);

    public Quorum {
        if (numerator < 0 || denominator <= 0 || numerator > denominator) {
            throw new IllegalArgumentException("A quorum is a fraction between 0 and 1, got " + numerator + "/"
                    + denominator);
        }
    }

    /** Parses the configured form {@code "2/3"}. */
    public static Quorum parse(String fraction) {
        String[] parts = fraction.trim().split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("A quorum is written as a fraction such as 2/3, got " + fraction);
        }
        return new Quorum(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
    }

    public int minimumAttendance(int voters) {
        return -Math.floorDiv(-voters * numerator, denominator); // ceiling division (Java 17 has no ceilDiv)
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
