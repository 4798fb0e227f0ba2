// Applies saved display preferences (关怀 large text, high contrast) before first paint,
// so the page never flashes at the wrong size. Mirrors src/lib/preferences.ts: keep the
// storage key and attribute names in sync.
(() => {
  try {
    const prefs = JSON.parse(localStorage.getItem("planport.display") || "null");
    if (!prefs || typeof prefs !== "object") return;
    const root = document.documentElement;
    if (prefs.largeText === true) root.setAttribute("data-text-size", "large");
    if (prefs.highContrast === true) root.setAttribute("data-contrast", "high");
  } catch (_) {
    // Storage unavailable or malformed: the defaults apply.
  }
})();
