package app.gazette.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the app prepares on the threads that serve HTTP requests, so a test
 * can tell how many statements a page costs.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

    private static final Set<String> STATEMENTS = Set.of("prepareStatement", "prepareCall", "createStatement");
    private static final List<String> SEEN = new ArrayList<>();

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource dataSource ? wrap(dataSource) : bean;
            }
        };
    }

    /** Forgets what was counted so far. */
    public static void reset() {
        synchronized (SEEN) {
            SEEN.clear();
        }
    }

    /** The statements prepared on request threads since the last reset (createStatement as "?"). */
    public static List<String> statements() {
        synchronized (SEEN) {
            return List.copyOf(SEEN);
        }
    }

    private static DataSource wrap(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(
                StatementCounter.class.getClassLoader(),
                new Class<?>[] {DataSource.class},
                forwarding(target, (method, args) -> {
                    Object result = method.invoke(target, args);
                    return result instanceof Connection connection ? wrap(connection) : result;
                }));
    }

    private static Connection wrap(Connection target) {
        return (Connection) Proxy.newProxyInstance(
                StatementCounter.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                forwarding(target, (method, args) -> {
                    if (STATEMENTS.contains(method.getName())
                            && Thread.currentThread().getName().startsWith("http")) {
                        synchronized (SEEN) {
                            SEEN.add(args != null && args.length > 0 ? String.valueOf(args[0]) : "?");
                        }
                    }
                    return method.invoke(target, args);
                }));
    }

    private static InvocationHandler forwarding(Object target, Call call) {
        return (proxy, method, args) -> {
            if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
                return method.invoke(target, args);
            }
            try {
                return call.invoke(method, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
    }

    private interface Call {
        Object invoke(Method method, Object[] args) throws Throwable;
    }
}
