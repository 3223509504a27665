package jp.kakehashi.shared.config;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Reads a {@link Settings} record from MicroProfile Config: a component of a plain type must be set (a default in
 * microprofile-config.properties), an {@code Optional} one may be missing or blank, a {@code List} one is split on
 * commas as MicroProfile Config splits lists.
 */
public final class SettingsRecords {

    private static final Map<Class<?>, Class<?>> BOXES = Map.of(
            int.class, Integer.class, long.class, Long.class, boolean.class, Boolean.class, double.class, Double.class);

    private SettingsRecords() {}

    public static <R extends Record> R read(Config config, Class<R> type) {
        Settings settings = type.getAnnotation(Settings.class);
        RecordComponent[] components = type.getRecordComponents();
        if (settings == null || components == null || settings.value().length != components.length) {
            throw new IllegalArgumentException(
                    type.getName() + " is not a record with one @Settings name per component");
        }
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = value(config, settings.value()[i], components[i].getGenericType());
            if (components[i].isAnnotationPresent(AtLeastOne.class)) {
                values[i] = Math.max(1, (int) values[i]);
            }
        }
        try {
            Constructor<R> canonical = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(
                    "The settings of " + type.getSimpleName() + " are not valid: "
                            + e.getCause().getMessage(),
                    e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create " + type.getName(), e);
        }
    }

    private static Object value(Config config, String name, Type type) {
        if (type instanceof Class<?> plain) {
            return config.getValue(name, BOXES.getOrDefault(plain, plain));
        }
        ParameterizedType parameterized = (ParameterizedType) type;
        Type argument = parameterized.getActualTypeArguments()[0];
        if (parameterized.getRawType() == List.class) {
            return config.getValues(name, (Class<?>) argument);
        }
        if (parameterized.getRawType() != Optional.class) {
            throw new IllegalArgumentException(
                    name + ": a setting is a plain type, a List or an Optional, not " + type);
        }
        if (argument instanceof ParameterizedType list && list.getRawType() == List.class) {
            return config.getOptionalValues(name, (Class<?>) list.getActualTypeArguments()[0]);
        }
        return config.getOptionalValue(name, (Class<?>) argument)
                .filter(value -> !(value instanceof String text && text.isBlank()));
    }
}
