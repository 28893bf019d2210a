package io.claimscrub.local.pipeline;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Crashes on purpose: wraps a real SDK client (talking to the real local server) so that chosen calls
 * throw, as if the Lambda container died at that point, before the call reached the server. The
 * plan is armed per test: "let {@code skip} calls to {@code method} through, then fail {@code times}".
 */
final class FaultPlan {
    /** What an injected crash throws; it is no SDK exception, so no SDK retry hides it. */
    static final class InjectedCrash extends RuntimeException {
        InjectedCrash(String method) {
            super("injected crash before " + method);
        }
    }

    private volatile String method;
    private final AtomicInteger skip = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicInteger injected = new AtomicInteger();

    /** Arms the plan: the next {@code skip} calls to {@code method} pass, the {@code times} after them fail. */
    synchronized void arm(String method, int skip, int times) {
        this.method = method;
        this.skip.set(skip);
        this.failures.set(times);
        this.injected.set(0);
    }

    synchronized void disarm() {
        this.method = null;
        this.failures.set(0);
    }

    /** How many calls failed since the plan was armed. */
    int injected() {
        return injected.get();
    }

    /** A client that obeys the plan and otherwise forwards every call to {@code real}. */
    <T> T wrap(Class<T> type, T real) {
        InvocationHandler handler = (proxy, called, args) -> {
            if (shouldFail(called.getName())) {
                throw new InjectedCrash(called.getName());
            }
            try {
                return called.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private synchronized boolean shouldFail(String called) {
        if (!called.equals(method) || failures.get() == 0) {
            return false;
        }
        if (skip.getAndDecrement() > 0) {
            return false;
        }
        failures.decrementAndGet();
        injected.incrementAndGet();
        return true;
    }
}
