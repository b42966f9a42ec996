package io.aurelius.admin.ui.common;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Makes FXML controllers (the Views) with their dependencies: each view class is registered once with a
 * supplier that calls its constructor. No static singletons.
 */
public final class ControllerFactory {

    private final Map<Class<?>, Supplier<?>> makers = new HashMap<>();

    public <V> ControllerFactory register(Class<V> viewClass, Supplier<? extends V> maker) {
        makers.put(viewClass, maker);
        return this;
    }

    public Object create(Class<?> viewClass) {
        Supplier<?> maker = makers.get(viewClass);
        if (maker == null) {
            throw new IllegalStateException(viewClass.getName() + " is not registered with the controller"
                    + " factory; register it where the app is composed.");
        }
        return maker.get();
    }
}
