package app.gazette.importing.web;

import app.gazette.importing.ImportJob;

/** The progress endpoint's answer: where the newest import is, and the sentence the page shows. */
record ImportProgress(long id, String state, boolean running, long done, long total, int percent, String text) {

    static ImportProgress of(ImportJob job, String text) {
        return new ImportProgress(
                job.id(), job.state().name(), job.running(), job.done(), job.total(), job.percent(), text);
    }
}
