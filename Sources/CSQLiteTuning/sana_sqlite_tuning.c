#include <sqlite3.h>
#include "sana_sqlite_tuning.h"

int sana_sqlite_disable_memstatus(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
