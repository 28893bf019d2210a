package io.claimscrub.x12;

/**
 * Builds small 837P files for tests, written with the usual delimiters (* : ^ ~). Envelope counts
 * and control numbers are right unless a test overrides a trailer on purpose.
 */
final class Edi837 {
    static final String ICN = "000000101";

    /** 2000A/2010AA: a physical-therapy billing provider (taxonomy 225100000X) with a valid NPI. */
    static final String BILLING_PT = "HL*1**20*1~PRV*BI*PXC*225100000X~NM1*85*2*ACME THERAPY*****XX*1234567893~"
            + "N3*1 MAIN ST~N4*SPRINGFIELD*IL*627010000~REF*EI*371234567~";

    /** A subscriber's name, member id and birth date: PHI that must not reach the claim model. */
    static final String SUBSCRIBER_NAME = "ZYGMUNTOWICZ";
    static final String MEMBER_ID = "MBR98765Q";
    static final String BIRTH_DATE = "19410317";

    private Edi837() {
    }

    /** A 106-byte ISA with the given version, repetition and component separators. */
    static String isa(String version, char repetition, char component) {
        return isa('*', repetition, component, '~', version);
    }

    /** A 106-byte ISA with every delimiter chosen. */
    static String isa(char element, char repetition, char component, char terminator, String version) {
        String isa = String.join(String.valueOf(element), "ISA", "00", "          ", "00", "          ", "ZZ",
                "SUBMITTER      ", "ZZ", "RECEIVER       ", "240102", "1200", String.valueOf(repetition), version, ICN, "0",
                "P", String.valueOf(component)) + terminator;
        if (isa.length() != IsaHeader.LENGTH) {
            throw new IllegalStateException("ISA is " + isa.length() + " bytes");
        }
        return isa;
    }

    static String isa() {
        return isa("00501", '^', ':');
    }

    /** 2000B/2010BA/2010BB: a subscriber (who is the patient) and the payer. */
    static String subscriber(int hl, String filingIndicator, String payerName, String payerId) {
        return "HL*" + hl + "*1*22*0~SBR*P*18*GRP01******" + filingIndicator + "~"
                + "NM1*IL*1*" + SUBSCRIBER_NAME + "*JANE****MI*" + MEMBER_ID + "~N3*9 ELM ST~N4*SALEM*OR*97301~"
                + "DMG*D8*" + BIRTH_DATE + "*F~NM1*PR*2*" + payerName + "*****PI*" + payerId + "~";
    }

    static String subscriber(int hl) {
        return subscriber(hl, "MB", "MEDICARE PART B", "00431");
    }

    /** 2000C/2010CA: a patient (a child of the subscriber) under the subscriber HL {@code parent}. */
    static String patient(int hl, int parent) {
        return "HL*" + hl + "*" + parent + "*23*0~PAT*19~NM1*QC*1*KIDD*TOM~DMG*D8*20100101*M~";
    }

    /** 2300 CLM and HI; the lines follow. CLM02 is given as text so tests can make it wrong. */
    static String claim(String id, String total) {
        return "CLM*" + id + "*" + total + "***11:B:1*Y*A*Y*Y~HI*ABK:M545*ABF:R262~";
    }

    /** 2400: LX, SV1 (elements after the tag, as written) and DTP*472 D8. */
    static String line(int number, String sv1, String date) {
        return "LX*" + number + "~SV1*" + sv1 + "~DTP*472*D8*" + date + "~";
    }

    /** A claim of one line 97110 GP, 2 units, 90.00 on 2024-03-04. */
    static String simpleClaim(String id) {
        return claim(id, "90") + line(1, "HC:97110:GP*90*UN*2***1", "20240304");
    }

    /** ST, BHT, 1000A/B, the body, and SE with the right count. */
    static String transactionSet(String control, String version, String body) {
        String content = "ST*837*" + control + "*" + version + "~BHT*0019*00*B1*20240102*1200*CH~"
                + "NM1*41*2*ACME BILLING*****46*SUB01~NM1*40*2*CLEARINGHOUSE*****46*REC01~" + body;
        return content + "SE*" + (segments(content) + 1) + "*" + control + "~";
    }

    static String transactionSet(String control, String body) {
        return transactionSet(control, "005010X222A1", body);
    }

    /** One interchange with one functional group around the given transaction sets. */
    static String interchange(String... transactionSets) {
        return isa() + group("1", "005010X222A1", transactionSets) + "IEA*1*" + ICN + "~";
    }

    static String group(String control, String version, String... transactionSets) {
        return "GS*HC*SUB01*REC01*20240102*1200*" + control + "*X*" + version + "~" + String.join("", transactionSets)
                + "GE*" + transactionSets.length + "*" + control + "~";
    }

    /** A whole file: one interchange, one group, one 837P transaction set holding {@code body}. */
    static String file(String body) {
        return interchange(transactionSet("0001", body));
    }

    static int segments(String text) {
        return (int) text.chars().filter(c -> c == '~').count();
    }
}
