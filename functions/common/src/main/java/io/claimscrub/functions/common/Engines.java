package io.claimscrub.functions.common;

import io.claimscrub.engine.ScrubEngine;

/** The scrub engine a function uses, built once per container from its configuration. */
public final class Engines {
    private Engines() {
    }

    public static ScrubEngine create(FunctionConfig config) {
        return ScrubEngine.builtIn();
    }
}
