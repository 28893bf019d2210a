package io.claimscrub.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * A finding's text with argument slots, e.g. {@code "Remove {} from line {}."}: parsed once per rule,
 * filled per finding by one shared method.
 *
 * <p>Why not {@code +}: javac turns every concatenation into its own invokedynamic site, which the
 * JVM links by spinning method-handle classes and C2 then compiles into one large method per site
 * (each hot message site took 0.03-0.16 s of C2 time per run). One small fill loop serves them all.
 */
public final class MessageTemplate {
    private static final String SLOT = "{}";
    /** Line numbers and units are small: their texts are made once (saves a String per number). */
    private static final String[] SMALL_NUMBERS = new String[100];

    static {
        for (int n = 0; n < SMALL_NUMBERS.length; n++) {
            SMALL_NUMBERS[n] = Integer.toString(n);
        }
    }

    private final String[] literals; // the text before each slot, then the text after the last

    private MessageTemplate(String[] literals) {
        this.literals = literals;
    }

    /** The template of {@code text}, each {@code {}} being a slot. */
    public static MessageTemplate of(String text) {
        List<String> literals = new ArrayList<>();
        int from = 0;
        for (int slot = text.indexOf(SLOT); slot >= 0; slot = text.indexOf(SLOT, from)) {
            literals.add(text.substring(from, slot));
            from = slot + SLOT.length();
        }
        literals.add(text.substring(from));
        return new MessageTemplate(literals.toArray(String[]::new));
    }

    /** The number of arguments {@link #fill} takes. */
    public int slots() {
        return literals.length - 1;
    }

    /**
     * The text with each slot replaced by its argument's {@link String#valueOf(Object) text}, in order.
     *
     * @throws IllegalArgumentException when the number of arguments is not {@link #slots()}
     */
    public String fill(Object... args) {
        if (args.length != slots()) {
            throw new IllegalArgumentException("template takes " + slots() + " arguments, got " + args.length);
        }
        String[] pieces = new String[literals.length + args.length];
        for (int i = 0; i < args.length; i++) {
            pieces[2 * i] = literals[i];
            pieces[2 * i + 1] = text(args[i]);
        }
        pieces[pieces.length - 1] = literals[args.length];
        // String.join sizes the text once and copies each piece once: a StringBuilder would copy it twice.
        return String.join("", pieces);
    }

    private static String text(Object arg) {
        if (arg instanceof Integer number && number >= 0 && number < SMALL_NUMBERS.length) {
            return SMALL_NUMBERS[number];
        }
        return String.valueOf(arg);
    }
}
