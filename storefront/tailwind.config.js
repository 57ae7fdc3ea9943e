const path = require("node:path")

/** Tailwind 3 with Medusa's UI preset (its colours, type scale and shadows), as the Medusa Next.js starter. */
/** @type {import("tailwindcss").Config} */
module.exports = {
  // the portal is light: the preset's dark palette only with a .dark class, never from the OS setting
  darkMode: "class",
  presets: [require("@medusajs/ui-preset")],
  content: [path.join(__dirname, "src/**/*.{ts,tsx}")],
  theme: {
    extend: {
      maxWidth: { page: "1120px" },
    },
  },
  plugins: [],
}
