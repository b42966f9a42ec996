package io.aurelius.admin.db;

/** What the server said about itself when we connected. */
public record ServerInfo(String product, String version, int versionNum, String database, String user,
                         boolean readOnly, double roundTripMillis) {

    /** "PostgreSQL 15.18". */
    public String displayVersion() {
        return product + " " + version;
    }

    public int majorVersion() {
        return versionNum / 10000;
    }
}
