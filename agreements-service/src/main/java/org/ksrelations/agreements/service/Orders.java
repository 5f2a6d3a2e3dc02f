package org.ksrelations.agreements.service;

import org.ksrelations.agreements.domain.MilestoneType;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The orders of an agreement's children and the milestone ids: provisions in natural number order (2 before 10),
 * milestones by date (undated last), then type, then the running number in their id
 * {@code <date or 'undated'>-<type>-<n>} (which encodes all three, so an id alone is a keyset position).
 */
public final class Orders {

    public static final Pattern MILESTONE_ID = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}|undated)-([a-z-]+)-(\\d{1,6})$");

    private Orders() {
    }

    /** Natural order of provision numbers: digit runs compare as numbers ("2" < "10", "3.1" < "3.2", "2" < "2a"). */
    public static final Comparator<String> PROVISION_NUMBER = Orders::compareNumbers;

    static int compareNumbers(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                String na = a.substring(si, i).replaceFirst("^0+(?=.)", "");
                String nb = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
                int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
                if (c != 0) {
                    return c;
                }
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }

    /** The parts of a milestone id. */
    public record MilestoneKey(LocalDate date, MilestoneType type, int n) implements Comparable<MilestoneKey> {

        private static final Comparator<MilestoneKey> ORDER = Comparator
                .comparing(MilestoneKey::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(MilestoneKey::type)
                .thenComparingInt(MilestoneKey::n);

        @Override
        public int compareTo(MilestoneKey o) {
            return ORDER.compare(this, o);
        }

        public String id() {
            return prefix(date, type) + n;
        }
    }

    public static String prefix(LocalDate date, MilestoneType type) {
        return (date == null ? "undated" : date.toString()) + "-" + type.name().toLowerCase(Locale.ROOT).replace('_', '-')
                + "-";
    }

    /** Parses a milestone id; null when it is not one. */
    public static MilestoneKey parseMilestoneId(String id) {
        if (id == null || id.length() > 80) {
            return null;
        }
        Matcher m = MILESTONE_ID.matcher(id);
        if (!m.matches()) {
            return null;
        }
        try {
            LocalDate date = m.group(1).equals("undated") ? null : LocalDate.parse(m.group(1));
            MilestoneType type = MilestoneType.valueOf(m.group(2).toUpperCase(Locale.ROOT).replace('-', '_'));
            return new MilestoneKey(date, type, Integer.parseInt(m.group(3)));
        } catch (RuntimeException e) {
            return null;
        }
    }

    public static final Comparator<String> MILESTONE_ID_ORDER = Comparator.comparing(Orders::parseMilestoneId,
            Comparator.nullsLast(Comparator.naturalOrder()));
}
