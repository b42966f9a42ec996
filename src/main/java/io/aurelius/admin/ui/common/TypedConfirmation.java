package io.aurelius.admin.ui.common;

import java.util.List;

/**
 * What a typed confirmation shows: what the action does, the items it removes, and the word to type.
 *
 * @param title       window title, e.g. "Drop the AURELIUS tables"
 * @param question    one sentence, e.g. "Drop these tables from aurelius@localhost:5432/aurelius?"
 * @param items       what will be removed, one line each ("strategies: 1,204 rows")
 * @param footnote    what stays, or "" for none
 * @param expected    the word to type (the database name)
 * @param actionLabel the button that confirms, e.g. "Drop tables"
 */
public record TypedConfirmation(String title, String question, List<String> items, String footnote,
                                String expected, String actionLabel) {

    public TypedConfirmation {
        items = List.copyOf(items);
    }
}
