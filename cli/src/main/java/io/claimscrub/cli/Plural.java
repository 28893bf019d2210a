package io.claimscrub.cli;

/** Counts in the words of the table formats, which people read: "1 unit", "3 units". */
final class Plural {
    private Plural() {
    }

    static String units(int count) {
        return count == 1 ? "1 unit" : count + " units";
    }
}
