/**
 * The subject icons the app bundles (a subject's `icon` names one of them).
 * Each is drawn on a 24×24 grid with 2px round strokes, no fill.
 */
export const SUBJECT_ICONS: Record<string, string> = {
  brain:
    'M9 4a3 3 0 0 0-3 3 3 3 0 0 0-2 5 3 3 0 0 0 2 5 3 3 0 0 0 6 1V5a2 2 0 0 0-3-1zM15 4a3 3 0 0 1 3 3 3 3 0 0 1 2 5 3 3 0 0 1-2 5 3 3 0 0 1-6 1',
  book: 'M4 5a2 2 0 0 1 2-2h13v16H6a2 2 0 0 0-2 2zM4 21V5M8 7h7',
  calculator: 'M6 2h12a1 1 0 0 1 1 1v18a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1V3a1 1 0 0 1 1-1zM8 6h8v4H8zM8 14h.01M12 14h.01M16 14h.01M8 18h.01M12 18h.01M16 18h.01',
  flask: 'M9 3h6M10 3v6l-5 9a2 2 0 0 0 2 3h10a2 2 0 0 0 2-3l-5-9V3M7 15h10',
  globe: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18',
  palette:
    'M12 3a9 9 0 0 0 0 18c1 0 2-1 1-2-1-2 0-3 2-3h2a4 4 0 0 0 4-4c0-5-4-9-9-9zM7.5 11h.01M10 7h.01M15 7h.01M17 11h.01',
  music: 'M9 18V5l11-2v13M9 18a3 3 0 1 1-6 0 3 3 0 0 1 6 0zM20 16a3 3 0 1 1-6 0 3 3 0 0 1 6 0z',
  code: 'M8 7l-5 5 5 5M16 7l5 5-5 5M14 4l-4 16',
  chart: 'M4 20V4M4 20h16M8 16v-4M12 16V8M16 16v-6M20 16V6',
  users: 'M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM2 21a7 7 0 0 1 14 0M16 3a4 4 0 0 1 0 8M18 14a6 6 0 0 1 4 7',
  shield: 'M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6zM9 12l2 2 4-4',
  heart: 'M12 20s-8-5-8-11a4.5 4.5 0 0 1 8-3 4.5 4.5 0 0 1 8 3c0 6-8 11-8 11z',
  language: 'M4 5h10M9 3v2M6 5c1 4 4 7 8 8M12 5c-1 4-4 7-8 9M13 21l4-9 4 9M14.5 18h5',
  atom: 'M12 12h.01M12 3c-2 0-3 4-3 9s1 9 3 9 3-4 3-9-1-9-3-9zM4.2 7.5c-1 1.7 2 5 6.3 7.5s8.7 3.2 9.5 1.5-2-5-6.3-7.5-8.5-3.2-9.5-1.5z',
  leaf: 'M5 19c0-9 6-14 15-14 0 9-5 15-14 15zM5 19l8-8',
  run: 'M14 5a2 2 0 1 0 0-4 2 2 0 0 0 0 4zM6 21l4-6 3 2 1 4M10 15l1-6 4 3 3-1M11 9l-4 1-2 3',
  clock: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM12 7v5l3 3',
  compass: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM15.5 8.5l-2 5-5 2 2-5z',
  puzzle:
    'M4 8h4a2 2 0 1 1 4 0h4v4a2 2 0 1 1 0 4v4h-4a2 2 0 1 0-4 0H4v-4a2 2 0 1 0 0-4z',
  lightbulb: 'M9 18h6M10 21h4M12 3a6 6 0 0 0-4 10.5c.7.7 1 1.5 1 2.5h6c0-1 .3-1.8 1-2.5A6 6 0 0 0 12 3z',
  school: 'M3 10l9-6 9 6-9 6zM7 12.5V17c3 2 7 2 10 0v-4.5M21 10v6',
  camera: 'M4 7h3l2-3h6l2 3h3a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V8a1 1 0 0 1 1-1zM12 17a4 4 0 1 0 0-8 4 4 0 0 0 0 8z',
  wrench: 'M14.7 6.3a4 4 0 0 0 5 5L21 13l-8 8a2.8 2.8 0 0 1-4-4l8-8-1.3-1.3zM14.7 6.3A4 4 0 0 1 19 2l-3 3 3 3 3-3a4 4 0 0 1-4.3 4.3',
  'message-circle': 'M21 12a8.5 8.5 0 0 1-12.6 7.4L3 21l1.6-5.4A8.5 8.5 0 1 1 21 12z',
  'heart-pulse': 'M12 20s-8-5-8-11a4.5 4.5 0 0 1 8-3 4.5 4.5 0 0 1 8 3c0 6-8 11-8 11zM4 12h4l2-3 3 5 2-2h5',
  'book-open': 'M2 4h6a4 4 0 0 1 4 4v13a3 3 0 0 0-3-3H2zM22 4h-6a4 4 0 0 0-4 4v13a3 3 0 0 1 3-3h7z',
  dumbbell: 'M6 6v12M3 9v6M18 6v12M21 9v6M6 12h12',
};

/** Names other icon sets use for the same pictures. */
const ALIASES: Record<string, string> = {
  'flask-conical': 'flask',
  languages: 'language',
  'graduation-cap': 'school',
  'bar-chart': 'chart',
  palette: 'palette',
};
for (const [alias, name] of Object.entries(ALIASES)) {
  const path = SUBJECT_ICONS[name];
  if (path && !SUBJECT_ICONS[alias]) SUBJECT_ICONS[alias] = path;
}

/** The icon names, sorted, for the icon picker. */
export const SUBJECT_ICON_NAMES = Object.keys(SUBJECT_ICONS)
  .filter((name) => !(name in ALIASES))
  .sort();
