package io.aurelius.admin.config;

/** A setting is missing or malformed. The message is one sentence naming the setting and the fix. */
public class SettingsException extends RuntimeException {
    public SettingsException(String message) {
        super(message);
    }
}
