import { preferences, setPreference } from "../../lib/preferences";
import { shellStrings } from "./strings";

/** 关怀 (large text) and high-contrast switches; they change design tokens only. */
export function DisplaySettings() {
  return (
    <section class="card" aria-labelledby="display-settings-heading">
      <h2 id="display-settings-heading" class="card__title">
        {shellStrings.display.heading}
      </h2>
      <div class="switch-list">
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            checked={preferences().largeText}
            aria-checked={preferences().largeText}
            onChange={(event) => setPreference("largeText", event.currentTarget.checked)}
          />
          <span>{shellStrings.display.largeText}</span>
        </label>
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            checked={preferences().highContrast}
            aria-checked={preferences().highContrast}
            onChange={(event) => setPreference("highContrast", event.currentTarget.checked)}
          />
          <span>{shellStrings.display.highContrast}</span>
        </label>
      </div>
    </section>
  );
}
