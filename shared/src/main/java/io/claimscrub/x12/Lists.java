package io.claimscrub.x12;

import java.util.Arrays;
import java.util.List;

/** Immutable lists from the first {@code count} items of an array, copying as little as the JDK allows. */
final class Lists {
    private Lists() {
    }

    static <T> List<T> of(T[] items, int count) {
        switch (count) {
            case 0: return List.of();
            case 1: return List.of(items[0]);
            case 2: return List.of(items[0], items[1]);
            case 3: return List.of(items[0], items[1], items[2]);
            // List.of(array) copies its argument: the fixed-arity forms spare a copy for the usual counts
            case 4: return List.of(items[0], items[1], items[2], items[3]);
            case 5: return List.of(items[0], items[1], items[2], items[3], items[4]);
            case 6: return List.of(items[0], items[1], items[2], items[3], items[4], items[5]);
            default: return List.of(Arrays.copyOf(items, count));
        }
    }
}
