package io.aurelius.admin.ui.dashboard;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.GridPane;

/** Where the dashboard's panels go for a width: two columns where the tables fit, one where they'd be cut. */
final class DashboardLayout {

    private DashboardLayout() {
    }

    /** From this width the tables sit two by two (below it each takes the full width). */
    private static final double TABLES_TWO_UP = 1250;
    /** Below this width the charts stack too, and the activity tile goes below the counts. */
    private static final double NARROW = 1000;

    /** Lays the panels out for the width: two columns where the tables fit, one where they would be cut. */
    static void arrange(GridPane grid, GridPane tiles, double width) {
        List<Node> cards = List.copyOf(grid.getChildren());
        int row = 0;
        for (int i = 0; i < cards.size(); i++) {
            boolean chart = i < 2;
            boolean twoUp = width >= TABLES_TWO_UP || (chart && width >= NARROW);
            if (twoUp) {
                GridPane.setConstraints(cards.get(i), i % 2, i / 2, 1, 1);
                row = i / 2 + 1;
            } else {
                GridPane.setConstraints(cards.get(i), 0, row++, 2, 1);
            }
        }
        List<Node> t = List.copyOf(tiles.getChildren());
        boolean narrow = width < NARROW;
        GridPane.setConstraints(t.get(0), 0, 0, narrow ? 1 : 1, 1);
        GridPane.setConstraints(t.get(1), 1, 0, narrow ? 2 : 1, 1);
        GridPane.setConstraints(t.get(2), narrow ? 0 : 2, narrow ? 1 : 0, narrow ? 3 : 1, 1);
        tiles.getColumnConstraints().get(0).setPercentWidth(narrow ? 50 : 33.33);
        tiles.getColumnConstraints().get(1).setPercentWidth(narrow ? 50 : 33.33);
        tiles.getColumnConstraints().get(2).setPercentWidth(narrow ? 0 : 33.34);
    }
}
