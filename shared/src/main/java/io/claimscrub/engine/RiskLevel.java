package io.claimscrub.engine;

public enum RiskLevel {
    LOW, MEDIUM, HIGH
}
