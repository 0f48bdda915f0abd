"""Background jobs on PgQueuer: enqueued in the caller's transaction, run by the worker."""
