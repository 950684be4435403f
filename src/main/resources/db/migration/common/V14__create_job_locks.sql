-- Jobs that run on one node at a time (pruning old sessions and sign-in rows): a node runs one only
-- after one UPDATE moved its locked_until from the past into the future, which only one node can do.
CREATE TABLE job_locks (
    name         VARCHAR(64)  NOT NULL,
    locked_until TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_by    VARCHAR(100) NOT NULL,
    CONSTRAINT pk_job_locks PRIMARY KEY (name)
);
