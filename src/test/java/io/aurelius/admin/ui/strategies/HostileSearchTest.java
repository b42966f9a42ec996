package io.aurelius.admin.ui.strategies;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.Services;
import io.aurelius.admin.demo.DemoData;
import io.aurelius.admin.demo.DemoSpec;
import io.aurelius.admin.demo.Progress;
import io.aurelius.admin.query.Dashboard;
import io.aurelius.admin.query.StrategyBrowser;
import io.aurelius.admin.query.StrategyRow;
import io.aurelius.admin.testing.DataChecksum;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.testing.HostileStrings;
import io.aurelius.admin.testing.Proves;
import io.aurelius.admin.testing.Reliability;
import io.aurelius.admin.ui.common.DirectTaskRunner;
import io.aurelius.admin.ui.dashboard.DashboardViewModel;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hostile string through the Strategies screen's search box and filters and the dashboard's strategy
 * picker, down to SQL on demo data: the rows are exactly those whose name or description holds the text
 * literally (so {@code %} finds only a literal %, {@code _} only a literal underscore), nothing fails, and the
 * four tables are unchanged afterwards.
 */
@Proves(value = Reliability.HOSTILE_TEXT, how = "Feeds each hostile string through the Strategies search, filters"
        + " and the dashboard picker against demo data, compares the rows with a literal-substring oracle and"
        + " checks an MD5 of the four tables afterwards.")
class HostileSearchTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    /** Names that hold the hostile characters literally, beside ones a wildcard would wrongly match. */
    private static final List<String> LITERAL_NAMES = List.of("Lit 100% sure", "Lit 100 sure", "Lit a_b", "Lit aXb",
            "Lit C:\\temp\\x\\", "Lit C:tempx", "Lit O'Brien's", "Lit \"quoted\" \"\"name", "Lit $$; DROP TABLE"
            + " strategies; $$", "Lit 📈🚀", "Lit שלום 🚀 مرحبا", "Lit a; SELECT pg_sleep(30); --", "Lit \\%\\_");

    @TempDir
    static Path home;

    private static Services services;
    private static Map<String, String> before;
    private static int size;

    @BeforeAll
    static void data() throws Exception {
        services = Services.connect(DB.settings());
        services.schema().init();
        new DemoData(services.database()).generate(DemoSpec.of(150).withSeed(11).withBacktests(1, 20, false),
                Progress.NONE, () -> false);
        try (Connection c = DB.connect(); PreparedStatement ps = c.prepareStatement("INSERT INTO strategies (id,"
                + " name, description, strategy_type, confidence, parameters, created_at, updated_at, status)"
                + " VALUES (?, ?, ?, 'literal', 0.5, '{}', now(), now(), 'active')")) {
            int i = 0;
            for (String name : LITERAL_NAMES) {
                ps.setString(1, String.format("11111111-0000-0000-0000-%012d", ++i));
                ps.setString(2, name);
                ps.setString(3, i % 2 == 0 ? null : "described as " + name);
                ps.executeUpdate();
            }
        }
        try (Connection c = DB.connect()) {
            before = DataChecksum.of(c);
            size = Integer.parseInt(before.get("strategies").split(" ")[0]);
        }
    }

    @AfterAll
    static void unchanged() throws Exception {
        try (Connection c = DB.connect()) {
            assertThat(DataChecksum.of(c)).isEqualTo(before);
        }
        services.close();
    }

    private StrategiesViewModel viewModel() {
        StrategiesViewModel vm = new StrategiesViewModel(new SimpleObjectProperty<StrategyBrowser>(services.browser()),
                new DirectTaskRunner(), new BrowseStore(home.resolve(System.nanoTime() + ".json")));
        vm.pageSizeProperty().set(500);
        return vm;
    }

    /** What the search should find: name or description contains the text (NULs removed), ignoring case. */
    private static Set<String> oracle(String typed) throws Exception {
        String t = typed.replace("\u0000", "").strip().toLowerCase(Locale.ROOT);
        Set<String> ids = new TreeSet<>();
        try (Connection c = DB.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, name, description FROM strategies")) {
            while (rs.next()) {
                String name = rs.getString(2) == null ? "" : rs.getString(2).toLowerCase(Locale.ROOT);
                String description = rs.getString(3) == null ? "" : rs.getString(3).toLowerCase(Locale.ROOT);
                if (t.isEmpty() || name.contains(t) || description.contains(t)) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    private static Set<String> ids(List<StrategyRow> rows) {
        return rows.stream().map(StrategyRow::id).collect(Collectors.toCollection(TreeSet::new));
    }

    @ParameterizedTest(name = "search: {0}")
    @MethodSource("io.aurelius.admin.testing.HostileStrings#arguments")
    void theSearchBoxFindsExactlyTheLiteralText(String label, String text) throws Exception {
        StrategiesViewModel vm = viewModel();

        vm.filters().textProperty().set(text);

        assertThat(vm.messageProperty().get()).as(label).isEmpty();
        Set<String> expected = oracle(text);
        assertThat(ids(vm.rows())).as(label).isEqualTo(expected);
        assertThat(vm.totalProperty().get().count()).as(label).isEqualTo(expected.size());
        assertThat(vm.rangeProperty().get()).as(label).isEqualTo(expected.isEmpty()
                ? "No strategies match the filters." : "rows 1–" + expected.size() + " of " + expected.size());
    }

    @Test
    void wildcardsMatchOnlyThemselves() throws Exception {
        StrategiesViewModel vm = viewModel();
        Map<String, List<String>> found = new java.util.LinkedHashMap<>();
        for (String text : List.of("%", "_", "\\", "100%", "a_b", "\\%\\_", "'", "$$", "\"\"")) {
            vm.filters().textProperty().set(text);
            found.put(text, vm.rows().stream().map(StrategyRow::name).filter(n -> n.startsWith("Lit ")).sorted()
                    .toList());
        }
        assertThat(found.get("%")).containsExactly("Lit 100% sure", "Lit \\%\\_");
        assertThat(found.get("100%")).containsExactly("Lit 100% sure");
        assertThat(found.get("_")).containsExactly("Lit \\%\\_", "Lit a; SELECT pg_sleep(30); --", "Lit a_b");
        assertThat(found.get("a_b")).containsExactly("Lit a_b");
        assertThat(found.get("\\")).containsExactly("Lit C:\\temp\\x\\", "Lit \\%\\_");
        assertThat(found.get("\\%\\_")).containsExactly("Lit \\%\\_");
        assertThat(found.get("'")).containsExactly("Lit O'Brien's");
        assertThat(found.get("$$")).containsExactly("Lit $$; DROP TABLE strategies; $$");
        assertThat(found.get("\"\"")).containsExactly("Lit \"quoted\" \"\"name");
    }

    @Test
    void aNulIsDroppedSoTheSearchMatchesTheTextAroundIt() {
        StrategiesViewModel vm = viewModel();
        vm.filters().textProperty().set("Lit a\u0000_b");
        assertThat(vm.messageProperty().get()).isEmpty();
        assertThat(vm.rows()).extracting(StrategyRow::name).containsExactly("Lit a_b");
    }

    @ParameterizedTest(name = "status and type: {0}")
    @MethodSource("io.aurelius.admin.testing.HostileStrings#arguments")
    void hostileStatusesAndTypesMatchOnlyThemselvesAndFailNothing(String label, String text) throws Exception {
        StrategiesViewModel vm = viewModel();

        vm.filters().statusProperty().set(text);
        assertThat(vm.messageProperty().get()).as(label).isEmpty();
        assertThat(ids(vm.rows())).as(label).isEqualTo(equalTo("coalesce(status, '')", text));

        vm.filters().statusProperty().set(null);
        vm.filters().types().setAll(text);
        assertThat(vm.messageProperty().get()).as(label).isEmpty();
        assertThat(ids(vm.rows())).as(label).isEqualTo(equalTo("strategy_type", text));
    }

    /** The rows whose column equals the text (NULs removed), compared here rather than in SQL. */
    private static Set<String> equalTo(String column, String typed) throws Exception {
        String t = typed.replace("\u0000", "");
        Set<String> ids = new TreeSet<>();
        try (Connection c = DB.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, " + column + " FROM strategies")) {
            while (rs.next()) {
                if (t.equals(rs.getString(2))) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    @ParameterizedTest(name = "confidence: {0}")
    @MethodSource("io.aurelius.admin.testing.HostileStrings#arguments")
    void hostileConfidenceIsRefusedInOneSentence(String label, String text) {
        StrategiesViewModel vm = viewModel();

        vm.filters().minConfidenceProperty().set(text);

        String said = vm.messageProperty().get();
        if (text.isBlank()) {
            assertThat(said).isEmpty();
            return;
        }
        assertThat(said).as(label).isEqualTo("Confidence must be a number, e.g. 0.75.");
        assertThat(vm.rows()).as(label).hasSize(size); // the list shown before stays
    }

    @ParameterizedTest(name = "dashboard picker: {0}")
    @MethodSource("io.aurelius.admin.testing.HostileStrings#arguments")
    void theDashboardPickerFindsOnlyLiteralNames(String label, String text) throws Exception {
        DashboardViewModel vm = new DashboardViewModel(new SimpleObjectProperty<Dashboard>(services.dashboard()),
                new DirectTaskRunner());

        vm.findStrategies(text);

        String t = text.replace("\u0000", "").strip();
        String said = vm.choiceMessageProperty().get();
        assertThat(said).as(label).doesNotStartWith("Could not");
        assertThat(vm.choices()).as(label).allSatisfy(choice -> assertThat(t.isEmpty()
                || choice.name().toLowerCase(Locale.ROOT).contains(t.toLowerCase(Locale.ROOT))).isTrue());
        if (vm.choices().isEmpty() && !t.isEmpty()) {
            assertThat(said).as(label).startsWith("No strategy name contains");
            assertThat(said.length()).as(label).isLessThan(200);
        }
        assertThat(vm.choices().isEmpty()).as(label).isEqualTo(!t.isEmpty() && !namesContain(t));
    }

    private static boolean namesContain(String t) throws Exception {
        try (Connection c = DB.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM strategies")) {
            while (rs.next()) {
                if (rs.getString(1) != null && rs.getString(1).toLowerCase(Locale.ROOT)
                        .contains(t.toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void aHostileSearchIsRememberedAndReadBackAsTyped() {
        Path file = home.resolve("remembered.json");
        for (String text : HostileStrings.values()) {
            StrategiesViewModel vm = new StrategiesViewModel(
                    new SimpleObjectProperty<StrategyBrowser>(services.browser()), new DirectTaskRunner(),
                    new BrowseStore(file));
            vm.filters().textProperty().set(text);
            StrategiesViewModel again = new StrategiesViewModel(
                    new SimpleObjectProperty<StrategyBrowser>(services.browser()), new DirectTaskRunner(),
                    new BrowseStore(file));
            assertThat(again.filters().textProperty().get()).as(HostileStrings.shown(text)).isEqualTo(text);
            assertThat(again.messageProperty().get()).isEmpty();
        }
    }
}
