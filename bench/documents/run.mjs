// Invoice PDF rendering: warm median of a 50-line invoice, throughput, Chromium process leak check over 1,000 renders.
import "./render.mjs"
