package io.claimscrub.x12;

/**
 * The delimiters one interchange declares in its ISA header.
 *
 * @param element    element separator (the byte right after "ISA")
 * @param component  component separator (ISA16)
 * @param repetition repetition separator (ISA11 from version 00402 on), or -1 when there is none
 * @param segment    segment terminator (the byte after ISA16)
 */
record Delimiters(byte element, byte component, int repetition, byte segment) {
}
