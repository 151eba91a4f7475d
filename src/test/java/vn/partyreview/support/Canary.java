package vn.partyreview.support;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bean named {@code canary} that counts its calls: a test sends {@code ${canary.touch()}} where code must not
 * run and asserts the count stayed zero.
 */
public class Canary {

    private final AtomicInteger touched = new AtomicInteger();

    public String touch() {
        touched.incrementAndGet();
        return "nobody";
    }

    public int touched() {
        return touched.get();
    }
}
