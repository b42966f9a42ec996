package io.aurelius.admin.ui.common;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ViewLoaderTest {

    @Test
    void anUnknownScreenIsNamedInTheError() {
        ViewLoader loader = new ViewLoader(new ControllerFactory());

        assertThatThrownBy(() -> loader.load("no-such-screen"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("No screen named 'no-such-screen': /fxml/no-such-screen.fxml is not on the classpath.");
    }

    @Test
    void anUnregisteredViewSaysWhereToRegisterIt() {
        assertThatThrownBy(() -> new ControllerFactory().create(String.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("java.lang.String is not registered with the controller factory");
    }

    @Test
    void registeredViewsAreMadeByTheirSupplier() {
        ControllerFactory factory = new ControllerFactory().register(StringBuilder.class, () -> new StringBuilder("made"));

        org.assertj.core.api.Assertions.assertThat(factory.create(StringBuilder.class)).hasToString("made");
    }
}
