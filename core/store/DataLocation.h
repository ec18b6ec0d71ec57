#pragma once

#include <QString>

namespace wk::store {

// Where the console keeps its databases: $WATCHKEEPER_DATA_DIR if set, else $XDG_DATA_HOME/watchkeeper
// (~/.local/share/watchkeeper). Does not depend on QCoreApplication's names being set. The folder is created
// readable by its owner only (0700) if it does not exist yet; an existing folder keeps its permissions.
QString defaultDataFolder();

} // namespace wk::store
