#include <sqlite3.h>
#include "sana_sqlite_tuning.h"

static int memstatus_result = -1;

/// Runs when the program loads, before any code can start SQLite: sqlite3_config is refused
/// (SQLITE_MISUSE) once the library has initialized, which the first connection opened does.
__attribute__((constructor))
static void sana_sqlite_tune(void) {
    memstatus_result = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

int sana_sqlite_memstatus_result(void) {
    return memstatus_result;
}
