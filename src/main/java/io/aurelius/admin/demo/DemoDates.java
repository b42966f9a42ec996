package io.aurelius.admin.demo;

/**
 * Calendar arithmetic on epoch days and seconds (UTC), without java.time objects per row: business days
 * (Monday to Friday) and fast 'YYYY-MM-DD' / 'YYYY-MM-DD HH:MM:SS' formatting.
 */
final class DemoDates {

    static final long DAY = 86_400;
    /** 2025-11-20 00:00 UTC: the fixed "now" of every generated data set (keeps runs reproducible). */
    static final long NOW = epochDay(2025, 11, 20) * DAY;
    /** US market open 09:30 New York as UTC (14:30), in seconds after midnight. */
    static final long MARKET_OPEN = 14 * 3600 + 30 * 60;
    /** Minute bars per trading day (09:30 to 16:00). */
    static final int BARS_PER_DAY = 390;

    private DemoDates() {
    }

    /** Days since 1970-01-01 for a civil date (Howard Hinnant's algorithm). */
    static long epochDay(int y, int m, int d) {
        y -= m <= 2 ? 1 : 0;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }

    /** {year, month, day} of an epoch day. */
    static int[] civil(long z) {
        z += 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long d = doy - (153 * mp + 2) / 5 + 1;
        long m = mp < 10 ? mp + 3 : mp - 9;
        return new int[] {(int) (y + (m <= 2 ? 1 : 0)), (int) m, (int) d};
    }

    /** 0 = Monday ... 6 = Sunday. */
    static int dayOfWeek(long epochDay) {
        return Math.floorMod(epochDay + 3, 7);
    }

    /** The business day on or before the given day. */
    static long businessDayOnOrBefore(long epochDay) {
        int dow = dayOfWeek(epochDay);
        return dow >= 5 ? epochDay - (dow - 4) : epochDay;
    }

    /** Adds (or with negative n subtracts) business days to a business day. */
    static long addBusinessDays(long businessDay, long n) {
        int dow = dayOfWeek(businessDay);
        long total = dow + n;
        long weeks = Math.floorDiv(total, 5);
        long rem = Math.floorMod(total, 5);
        return businessDay - dow + weeks * 7 + rem;
    }

    static void writeDate(CopyWriter w, long epochDay) {
        int[] c = civil(epochDay);
        w.putDigits(c[0]);
        w.put((byte) '-');
        w.put2(c[1]);
        w.put((byte) '-');
        w.put2(c[2]);
    }

    static void writeTimestamp(CopyWriter w, long epochSecond, char separator) {
        long day = Math.floorDiv(epochSecond, DAY);
        int secs = (int) (epochSecond - day * DAY);
        writeDate(w, day);
        w.put((byte) separator);
        w.put2(secs / 3600);
        w.put((byte) ':');
        w.put2(secs / 60 % 60);
        w.put((byte) ':');
        w.put2(secs % 60);
    }
}
