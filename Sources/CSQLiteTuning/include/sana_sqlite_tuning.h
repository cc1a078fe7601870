#ifndef SANA_SQLITE_TUNING_H
#define SANA_SQLITE_TUNING_H

/// Process-wide SQLite settings that must be made before the library initializes, through
/// sqlite3_config, which is variadic and so cannot be called from Swift.
/// Turns off memory-use statistics: sana never reads them, and keeping them takes a global
/// mutex on every allocation. Returns SQLITE_OK, or SQLITE_MISUSE if SQLite already started.
int sana_sqlite_disable_memstatus(void);

#endif
