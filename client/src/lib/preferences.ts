import { createSignal } from "solid-js";

/**
 * Display preferences (关怀 large text, high contrast). They only switch design tokens:
 * each is a data attribute on <html> that tokens.css keys on.
 *
 * public/theme-init.js applies the same attributes before first paint; keep the storage
 * key and attribute names in sync with it.
 */
export interface DisplayPreferences {
  largeText: boolean;
  highContrast: boolean;
}

export const PREFERENCES_STORAGE_KEY = "planport.display";

const DEFAULTS: DisplayPreferences = { largeText: false, highContrast: false };

/** Parses whatever is in storage; anything malformed falls back to the defaults. */
export function parsePreferences(raw: string | null): DisplayPreferences {
  if (!raw) return { ...DEFAULTS };
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== "object" || value === null) return { ...DEFAULTS };
    const record = value as Record<string, unknown>;
    return { largeText: record.largeText === true, highContrast: record.highContrast === true };
  } catch {
    return { ...DEFAULTS };
  }
}

export function applyPreferences(prefs: DisplayPreferences, root: HTMLElement): void {
  toggleAttribute(root, "data-text-size", prefs.largeText ? "large" : null);
  toggleAttribute(root, "data-contrast", prefs.highContrast ? "high" : null);
}

function toggleAttribute(element: HTMLElement, name: string, value: string | null): void {
  if (value === null) element.removeAttribute(name);
  else element.setAttribute(name, value);
}

function readStored(): DisplayPreferences {
  try {
    return parsePreferences(localStorage.getItem(PREFERENCES_STORAGE_KEY));
  } catch {
    // Storage can be unavailable (privacy modes); the defaults still work.
    return { ...DEFAULTS };
  }
}

const [preferences, setPreferences] = createSignal<DisplayPreferences>(readStored());

export { preferences };

export function setPreference<K extends keyof DisplayPreferences>(key: K, value: DisplayPreferences[K]): void {
  const next = { ...preferences(), [key]: value };
  setPreferences(next);
  applyPreferences(next, document.documentElement);
  try {
    localStorage.setItem(PREFERENCES_STORAGE_KEY, JSON.stringify(next));
  } catch {
    // Not remembered across visits, but applied for this one.
  }
}
