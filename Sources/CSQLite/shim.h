#include <sqlite3.h>

/* sqlite3_config takes variable arguments, which Swift cannot pass. Memory statistics
   (sqlite3_memory_used and the like, which archivectl never reads) cost a global mutex on every
   allocation SQLite makes; turned off before SQLite is first used, as sqlite3_config requires. */
static inline int csqlite_disable_memory_statistics(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
