package io.aurelius.admin.ui.strategies;

import io.aurelius.admin.query.StrategyFilter;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The filter controls of the Strategies screen as typed: types, status, confidence range (text, so a half-typed
 * number is not an error yet), created dates and the search text; {@link #build()} turns them into a
 * {@link StrategyFilter} or says what is wrong.
 */
public final class FilterInputs {

    /** The filter, or the sentence saying why the inputs do not make one. */
    public record Built(StrategyFilter filter, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    private final ObservableList<String> types = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty();
    private final StringProperty minConfidence = new SimpleStringProperty("");
    private final StringProperty maxConfidence = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> createdFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> createdTo = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");

    public Built build() {
        Double min;
        Double max;
        try {
            min = number(minConfidence.get());
            max = number(maxConfidence.get());
        } catch (NumberFormatException e) {
            return new Built(null, "Confidence must be a number, e.g. 0.75.");
        }
        if (min != null && max != null && min > max) {
            return new Built(null, "The lowest confidence is above the highest.");
        }
        if (createdFrom.get() != null && createdTo.get() != null && createdFrom.get().isAfter(createdTo.get())) {
            return new Built(null, "The first creation day is after the last.");
        }
        String st = status.get();
        Set<String> statuses = st == null || st.isEmpty() ? Set.of() : Set.of(st);
        return new Built(new StrategyFilter(new LinkedHashSet<>(types), statuses, min, max, createdFrom.get(),
                createdTo.get(), text.get()), null);
    }

    private static Double number(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        double v = Double.parseDouble(typed.strip().replace(',', '.'));
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            throw new NumberFormatException(typed);
        }
        return v;
    }

    void restore(BrowseState s) {
        types.setAll(s.types());
        status.set(s.status());
        minConfidence.set(s.minConfidence() == null ? "" : plain(s.minConfidence()));
        maxConfidence.set(s.maxConfidence() == null ? "" : plain(s.maxConfidence()));
        createdFrom.set(s.from());
        createdTo.set(s.to());
        text.set(s.text() == null ? "" : s.text());
    }

    void clear() {
        restore(BrowseState.defaults());
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** Everything a change of which means a new query. */
    Observable[] all() {
        return new Observable[] {types, status, minConfidence, maxConfidence, createdFrom, createdTo, text};
    }

    /** True when no filter restricts the list (the search text included). */
    public boolean isEmpty() {
        Built b = build();
        return b.ok() && b.filter().isEmpty();
    }

    public ObservableList<String> types() {
        return types;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty minConfidenceProperty() {
        return minConfidence;
    }

    public StringProperty maxConfidenceProperty() {
        return maxConfidence;
    }

    public ObjectProperty<LocalDate> createdFromProperty() {
        return createdFrom;
    }

    public ObjectProperty<LocalDate> createdToProperty() {
        return createdTo;
    }

    /** The search text (the view debounces typing before setting it). */
    public StringProperty textProperty() {
        return text;
    }

    List<String> typeList() {
        return List.copyOf(types);
    }
}
