package dev.offereval.model;

public enum Severity {
  INFO,
  WARNING,
  ERROR
}
