// "Tải bài trình bày": the deck as ONE self-contained HTML file that presents from disk (file://) with
// no server and no network: every frame (slide × build step) as an SVG picture, the fonts as data: URLs,
// the deck and the numbers behind each chart as JSON, and a small inline script for the keyboard —
// the same state machine as the app (navigation.ts), embedded from its source. Pure string work.
import { navigate } from './navigation';

export interface DeckFileFrame {
  /** 0 = title slide. */
  slide: number;
  step: number;
  svg: string;
}

export interface DeckFileInput {
  title: string;
  /** Frames per slide (title slide included), as stepCounts gives them. */
  counts: number[];
  frames: DeckFileFrame[];
  /** @font-face rules with data: URLs ('' = system fonts). */
  fontCss: string;
  background: string;
  /** The deck and each chart slide's view model: the numbers behind the pictures. */
  data: unknown;
}

const escHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** JSON safe inside <script>: no "</script>", no "<!--", no line separators that end a JS string. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The inline script: keys → navigate() → which frame is shown; F for fullscreen, B to blank. */
function playerScript(counts: number[]): string {
  return `(function () {
  "use strict";
  var navigate = ${navigate.toString()};
  var counts = ${JSON.stringify(counts)};
  var frames = Array.prototype.slice.call(document.querySelectorAll(".frame"));
  var typedBox = document.getElementById("typed");
  var state = { slide: 0, step: 0, typed: "" };
  var m = /^#(\\d+)(?:\\.(\\d+))?$/.exec(location.hash);
  if (m) state = { slide: Math.min(counts.length - 1, Math.max(0, +m[1] - 1)), step: m[2] ? +m[2] : 0, typed: "" };
  function show() {
    frames.forEach(function (f) {
      var on = +f.getAttribute("data-slide") === state.slide && +f.getAttribute("data-step") === Math.min(state.step, counts[state.slide] - 1);
      f.hidden = !on;
    });
    typedBox.textContent = state.typed ? "Đến trang: " + state.typed : "";
    typedBox.hidden = !state.typed;
    document.body.setAttribute("data-slide", String(state.slide + 1));
    document.body.setAttribute("data-step", String(state.step));
    if (history.replaceState) history.replaceState(null, "", "#" + (state.slide + 1) + (state.step ? "." + state.step : ""));
  }
  function act(key) {
    document.body.classList.remove("fresh");
    var r = navigate(state, key, counts);
    state = r.state;
    if (r.action === "fullscreen") {
      if (document.fullscreenElement) document.exitFullscreen();
      else if (document.documentElement.requestFullscreen) document.documentElement.requestFullscreen().catch(function () {});
    } else if (r.action === "exit" && document.fullscreenElement) document.exitFullscreen();
    else if (r.action === "blank") document.body.classList.toggle("blank");
    show();
    return r.handled;
  }
  document.addEventListener("keydown", function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (act(e.key)) e.preventDefault();
  });
  document.addEventListener("click", function (e) {
    if (e.target && e.target.closest && e.target.closest("button")) return;
    act(e.clientX < window.innerWidth / 4 ? "ArrowLeft" : "ArrowRight");
  });
  document.getElementById("fs").addEventListener("click", function () { act("f"); });
  show();
})();`;
}

export function deckFileHtml(input: DeckFileInput): string {
  const frames = input.frames
    .map((f) => `<section class="frame" data-slide="${f.slide}" data-step="${f.step}" hidden>\n${f.svg}\n</section>`)
    .join('\n');
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="chiso — bài trình bày một tệp">
<title>${escHtml(input.title)}</title>
<style>
${input.fontCss}
html, body { margin: 0; height: 100%; background: ${input.background}; overflow: hidden; font-family: 'Noto Sans', 'Segoe UI', Roboto, Arial, sans-serif; }
.frame { position: fixed; inset: 0; display: flex; align-items: center; justify-content: center; }
.frame[hidden] { display: none; }
.frame > svg { width: 100vw; height: 100vh; display: block; }
body.blank .frame { visibility: hidden; }
body.blank { background: #000; }
#typed { position: fixed; right: 2vw; top: 2vh; font-size: 4vh; font-weight: 700; background: #000; color: #fff; padding: 0.2em 0.6em; border-radius: 0.3em; }
#fs { position: fixed; right: 0.8vw; top: 1vh; font: inherit; font-size: max(12px, 1.4vh); opacity: 0; background: #fff; border: 1px solid #888; border-radius: 4px; padding: 0.2em 0.6em; cursor: pointer; color: #333; transition: opacity 0.2s; }
#fs:hover, #fs:focus-visible, body.fresh #fs { opacity: 0.9; }
:fullscreen #fs { display: none; }
</style>
</head>
<body class="fresh" data-slide="1" data-step="0">
${frames}
<div id="typed" hidden></div>
<button id="fs" type="button" title="Toàn màn hình (F). Phím → ← Space PgUp PgDn, số trang + Enter, Home, End.">Toàn màn hình</button>
<script type="application/json" id="deck-data">${scriptJson(input.data)}</script>
<script>${playerScript(input.counts)}</script>
</body>
</html>
`;
}
