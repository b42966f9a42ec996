package io.aurelius.admin.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The plain-script reader: contents, completeness, meta-commands, and the feed psql receives. */
class PlainScriptTest {

    private static final String DUMP = """
            --
            -- PostgreSQL database dump
            --

            \\restrict AbC123

            -- Dumped from database version 15.18
            -- Dumped by pg_dump version 15.18

            CREATE TABLE public.strategies (
                id character varying(36) NOT NULL
            );

            COPY public.strategies (id, description) FROM stdin;
            s-1\t\\N
            \\N\tline\\nwith \\\\! backslash-bang and \\t tab
            \\.

            --
            -- PostgreSQL database dump complete
            --

            \\unrestrict AbC123

            """;

    private static PlainScript.Scan scan(String s) throws IOException {
        return PlainScript.scan(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)));
    }

    private static String feed(String s, String key, boolean refuse) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlainScript.feed(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)), out, key, refuse);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void readsTablesRowsAndCompleteness() throws IOException {
        PlainScript.Scan s = scan(DUMP);
        assertThat(s.pgDumpHeader()).isTrue();
        assertThat(s.complete()).isTrue();
        assertThat(s.tables()).containsEntry("public.strategies", 2L);
        assertThat(s.metaCommandCount()).isZero();
        assertThat(s.dumpedBy()).isEqualTo("15.18");
        assertThat(scan(DUMP.substring(0, DUMP.indexOf("\\.")))).extracting(PlainScript.Scan::complete).isEqualTo(false);
    }

    @Test
    void theFeedSwapsTheDumpsFramingForOurKey() throws IOException {
        String fed = feed(DUMP, "k3y", false);
        assertThat(fed).startsWith("\\restrict k3y\n").doesNotContain("AbC123").contains("s-1\t\\N\n");
    }

    @Test
    void withoutRestrictEveryWayToHideAMetaCommandIsRefused() throws IOException {
        String[] evil = {
            "\\! touch /tmp/x",
            "SELECT 1; \\! touch /tmp/x",
            "  \\o /tmp/x",
            // a fake COPY start inside a string literal, then a command psql would run but a naive reader skips
            "SELECT 'x\nCOPY a FROM stdin;\n';\n\\! touch /tmp/x",
            "SELECT 'x\nCOPY a FROM stdin;\n';\n\\x\\! touch /tmp/x",
        };
        for (String e : evil) {
            String script = DUMP.replace("CREATE TABLE public.strategies (", e + "\nCREATE TABLE public.strategies (");
            assertThat(scan(script).metaCommandCount()).as(e).isPositive();
            assertThatThrownBy(() -> feed(script, null, true)).as(e).isInstanceOf(IOException.class)
                    .hasMessageContaining("psql meta-command");
        }
        assertThat(feed(DUMP, null, true)).doesNotContain("restrict");
    }

    @Test
    void psqlVersionsWithRestrict() {
        assertThat(tool("15.14").supportsRestrict()).isTrue();
        assertThat(tool("15.13").supportsRestrict()).isFalse();
        assertThat(tool("16.10").supportsRestrict()).isTrue();
        assertThat(tool("17.5").supportsRestrict()).isFalse();
        assertThat(tool("17.6").supportsRestrict()).isTrue();
        assertThat(tool("18.0").supportsRestrict()).isTrue();
        assertThat(tool("12.22").supportsRestrict()).isFalse();
    }

    private static PgTool tool(String v) {
        return PgTool.parse("psql", Path.of("/x/psql"), "psql (PostgreSQL) " + v + " (Debian)").orElseThrow();
    }
}
