#pragma once

// True when a window can be shown: on Linux desktops that needs DISPLAY or
// WAYLAND_DISPLAY, unless QT_QPA_PLATFORM names a platform (offscreen, say).
// Always true elsewhere: Android and other platforms have a screen of their own.
bool canShowWindow();
