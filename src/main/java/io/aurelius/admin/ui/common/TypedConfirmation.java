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
 * @param backupOffer the label of a "back up first" check box (ticked at first), or null for none
 */
public record TypedConfirmation(String title, String question, List<String> items, String footnote,
                                String expected, String actionLabel, String backupOffer) {

    public TypedConfirmation {
        items = List.copyOf(items);
    }

    public TypedConfirmation(String title, String question, List<String> items, String footnote, String expected,
                             String actionLabel) {
        this(title, question, items, footnote, expected, actionLabel, null);
    }

    /** The same question, offering to back up first with this check-box label. */
    public TypedConfirmation offeringBackup(String label) {
        return new TypedConfirmation(title, question, items, footnote, expected, actionLabel, label);
    }

    /**
     * What the user answered: the text typed, and whether to back up first (false when it was not offered).
     */
    public record Answer(String typed, boolean backUpFirst) {
    }
}
