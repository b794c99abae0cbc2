#include "util/logging.h"

Q_LOGGING_CATEGORY(lcStorage, "parallax.core.storage")
Q_LOGGING_CATEGORY(lcImport, "parallax.core.import")
Q_LOGGING_CATEGORY(lcAnalysis, "parallax.core.analysis")
Q_LOGGING_CATEGORY(lcExport, "parallax.core.export")
Q_LOGGING_CATEGORY(lcWeb, "parallax.core.web")
