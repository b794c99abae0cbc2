// The application's dark palette (Fusion style), or the style's own light one.
#pragma once

namespace parallax {

void applyDarkPalette(bool dark);

} // namespace parallax
