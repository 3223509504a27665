package jp.kakehashi.sandbox.settings;

import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Builds a {@link SettingsPrefix} record from MicroProfile Config, which converts each value to its component's type
 * (a String, a Duration, an int): a plain component must be set, an {@code Optional} one may be
 * missing or empty, a {@code List} one is split on commas.
 */
public final class SettingsReader {

    private SettingsReader() {}

    public static <R extends Record> R read(Config config, Class<R> type) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = Arrays.stream(components)
                .map(component -> value(config, key(type, component), component))
                .toArray();
        Class<?>[] parameters =
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            return type.getDeclaredConstructor(parameters).newInstance(values);
        } catch (InvocationTargetException e) {
            // The record's own check refused a value, and its message names the setting
            throw e.getCause() instanceof RuntimeException refused ? refused : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(type.getName() + " is not a public record", e);
        }
    }

    /** The key a component is read from. */
    public static String key(Class<? extends Record> type, RecordComponent component) {
        SettingKey key = component.getAnnotation(SettingKey.class);
        if (key != null) {
            return key.value();
        }
        SettingsPrefix prefix = type.getAnnotation(SettingsPrefix.class);
        if (prefix == null) {
            throw new IllegalArgumentException(type.getName() + " has no @SettingsPrefix");
        }
        return prefix.value() + "."
                + component.getName().replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
    }

    private static Object value(Config config, String key, RecordComponent component) {
        Class<?> type = component.getType();
        if (type != Optional.class && type != List.class) {
            // int as Integer: MicroProfile Config's converters are for classes
            return config.getValue(key, MethodType.methodType(type).wrap().returnType());
        }
        Class<?> element = (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
        return type == Optional.class ? config.getOptionalValue(key, element) : config.getValues(key, element);
    }
}
