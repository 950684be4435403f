package app.gazette.importing;

/** An admin started an import (job {@code job}) of this file; it runs in the background. */
public record ImportStarted(long job, String format, String fileName, String username) {}
