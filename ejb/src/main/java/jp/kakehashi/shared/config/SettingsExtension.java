package jp.kakehashi.shared.config;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessInjectionPoint;
import jakarta.inject.Singleton;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Makes every {@link Settings} record that some class injects a bean, read once from MicroProfile Config
 * (SettingsRecords): one pattern instead of a field, an annotation and an accessor per setting in each component.
 */
public class SettingsExtension implements Extension {

    private final Set<Class<? extends Record>> injected = ConcurrentHashMap.newKeySet();

    void collect(@Observes ProcessInjectionPoint<?, ?> event) {
        if (event.getInjectionPoint().getType() instanceof Class<?> type
                && type.isRecord()
                && type.isAnnotationPresent(Settings.class)) {
            injected.add(type.asSubclass(Record.class));
        }
    }

    void addBeans(@Observes AfterBeanDiscovery event) {
        injected.forEach(type -> addBean(event, type));
    }

    private static <R extends Record> void addBean(AfterBeanDiscovery event, Class<R> type) {
        event.addBean()
                .beanClass(type)
                .types(type, Object.class)
                .scope(Singleton.class)
                .createWith(context -> SettingsRecords.read(ConfigProvider.getConfig(type.getClassLoader()), type));
    }
}
