package ro.casefile.model;

public enum RiskLevel {
    LOW, MODERATE, HIGH
}
