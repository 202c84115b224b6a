'use client';

import { useState } from 'react';
import { applyTheme, themes, type Theme } from '@/lib/theme';

// Light, dark, or as the system is set: remembered in this browser (a cookie the server
// reads, so every page opens in the chosen theme from its first paint) and applied at once.

const labels: Record<Theme, string> = { system: 'As the system is set', light: 'Light', dark: 'Dark' };

export function ThemeChoice({ initialTheme }: { initialTheme: Theme }) {
  const [theme, setTheme] = useState(initialTheme);

  function choose(next: Theme) {
    setTheme(next);
    applyTheme(next);
  }

  return (
    <section className="card" aria-labelledby="profile-theme-heading">
      <h2 id="profile-theme-heading" style={{ marginTop: 0 }}>
        Appearance
      </h2>
      <fieldset className="theme-choice">
        <legend>Colours</legend>
        {themes.map((option) => (
          <label key={option} className="field-checkbox">
            <input type="radio" name="theme" value={option} checked={theme === option} onChange={() => choose(option)} />
            {labels[option]}
          </label>
        ))}
      </fieldset>
      <p className="muted small">Remembered in this browser. Press ? anywhere for the keyboard shortcuts.</p>
    </section>
  );
}
