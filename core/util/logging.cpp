#include "util/logging.h"

Q_LOGGING_CATEGORY(lcStorage, "parallax.core.storage")
Q_LOGGING_CATEGORY(lcImport, "parallax.core.import")
