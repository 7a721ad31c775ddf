#pragma once

#include "signature/stroke_model.h"

// A handwritten-looking signature (two flowing words and an underline, with
// pen pressure and 8 ms between samples) on a canvas of `size`: what the
// screenshot command puts on the pad.
StrokeModel demoSignature(QSizeF size);
