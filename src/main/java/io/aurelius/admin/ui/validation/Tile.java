package io.aurelius.admin.ui.validation;

import io.aurelius.admin.ui.common.Tone;

/** One figure of the summary: a label, its value as text, a tone and a tooltip explaining it. */
public record Tile(String id, String label, String value, Tone tone, String tooltip) {
}
