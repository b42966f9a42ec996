package io.aurelius.admin.cli;

/** Asks the person at the terminal, when there is one (tests supply their own). */
public interface Console {

    /** True when a person can answer a prompt. */
    boolean interactive();

    /** Shows the prompt and returns the line typed, or null at end of input. */
    String ask(String prompt);

    /** Asks for a secret without echoing it; null when there is no terminal. */
    default char[] askSecret(String prompt) {
        return null;
    }

    static Console system() {
        java.io.Console c = System.console();
        return new Console() {
            @Override
            public boolean interactive() {
                return c != null;
            }

            @Override
            public String ask(String prompt) {
                return c == null ? null : c.readLine("%s", prompt);
            }

            @Override
            public char[] askSecret(String prompt) {
                return c == null ? null : c.readPassword("%s", prompt);
            }
        };
    }
}
