#ifndef SANA_SQLITE_TUNING_H
#define SANA_SQLITE_TUNING_H

/// Process-wide SQLite settings, made through sqlite3_config (variadic, so not callable from
/// Swift) by a load-time constructor, before anything can open a connection: memory-use
/// statistics are turned off, because sana never reads them and keeping them takes a global
/// mutex on every allocation and free.
/// Returns what sqlite3_config answered: SQLITE_OK (0), or SQLITE_MISUSE had SQLite already started.
int sana_sqlite_memstatus_result(void);

#endif
