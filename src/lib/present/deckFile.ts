// "Tải bài trình bày": the deck as ONE self-contained HTML file that presents from disk (file://) with
// no server and no network: every frame (slide × build step) as an SVG picture, the fonts as data: URLs,
// the deck and the numbers behind each chart as JSON, and a small inline script for the keyboard —
// the same state machine as the app (navigation.ts), embedded from its source. Pure string work.
// "#dien-gia" (key S) opens the same file as the presenter view: current and next frame, speaker notes,
// elapsed time and clock, kept in step with the audience's window by the app's own presenterSync.
import { navigate, nextFrame } from './navigation';
import { formatClock, formatElapsed } from './presenterClock';
import { readSync, syncLink } from './presenterSync';
import { escapeMarkup as escHtml } from '../text/markup';

export interface DeckFileFrame {
  /** 0 = title slide. */
  slide: number;
  step: number;
  svg: string;
}

export interface DeckFileInput {
  title: string;
  /** The deck's id: windows of the same deck follow each other. */
  deckId: string;
  /** Speaker notes per slide (title slide included, '' for none): shown in the presenter view only. */
  notes: string[];
  /** Frames per slide (title slide included), as stepCounts gives them. */
  counts: number[];
  frames: DeckFileFrame[];
  /** @font-face rules with data: URLs ('' = system fonts). */
  fontCss: string;
  background: string;
  /** The deck and each chart slide's view model: the numbers behind the pictures. */
  data: unknown;
}

/** JSON safe inside <script>: no "</script>", no "<!--", no line separators that end a JS string. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The inline script: keys → navigate() → which frame is shown; F for fullscreen, B to blank, S for the presenter view. */
function playerScript(input: Pick<DeckFileInput, 'counts' | 'deckId' | 'notes'>): string {
  return `(function () {
  "use strict";
  var navigate = ${navigate.toString()};
  var nextFrame = ${nextFrame.toString()};
  var readSync = ${readSync.toString()};
  var syncLink = ${syncLink.toString()};
  var formatElapsed = ${formatElapsed.toString()};
  var formatClock = ${formatClock.toString()};
  var counts = ${JSON.stringify(input.counts)};
  var notes = ${scriptJson(input.notes)};
  var deckId = ${scriptJson(input.deckId)};
  var frames = Array.prototype.slice.call(document.querySelectorAll(".frame"));
  var typedBox = document.getElementById("typed");
  var consoleMode = location.hash.indexOf("#dien-gia") === 0;
  var state = { slide: 0, step: 0, typed: "" };
  var blank = false;
  var m = /^#(?:dien-gia-?)?(\\d+)?(?:\\.(\\d+))?$/.exec(location.hash);
  if (m && m[1]) state = { slide: Math.min(counts.length - 1, Math.max(0, +m[1] - 1)), step: m[2] ? +m[2] : 0, typed: "" };
  var started = Date.now();
  if (consoleMode) {
    document.body.classList.add("console");
    document.body.classList.remove("fresh");
    document.getElementById("console").hidden = false;
    setInterval(function () { tick(); }, 1000);
  }
  function stepText(slide, step) { return counts[slide] > 1 ? " · bước " + (step + 1) + "/" + counts[slide] : ""; }
  function tick() {
    document.getElementById("elapsed").textContent = formatElapsed(Date.now() - started);
    document.getElementById("clock").textContent = formatClock(new Date());
  }
  function show() {
    var step = Math.min(state.step, counts[state.slide] - 1);
    var next = nextFrame({ slide: state.slide, step: step }, counts);
    frames.forEach(function (f) {
      var s = +f.getAttribute("data-slide"), st = +f.getAttribute("data-step");
      var on = s === state.slide && st === step;
      var isNext = consoleMode && !!next && s === next.slide && st === next.step;
      f.hidden = !(on || isNext);
      f.classList.toggle("now", on);
      f.classList.toggle("next", isNext);
    });
    typedBox.textContent = state.typed ? "Đến trang: " + state.typed : "";
    typedBox.hidden = !state.typed;
    document.body.classList.toggle("blank", blank && !consoleMode);
    document.body.setAttribute("data-slide", String(state.slide + 1));
    document.body.setAttribute("data-step", String(state.step));
    if (consoleMode) {
      document.getElementById("position").textContent = "Trang " + (state.slide + 1) + "/" + counts.length + stepText(state.slide, step);
      document.getElementById("next-title").textContent = next ? "Tiếp theo: trang " + (next.slide + 1) + stepText(next.slide, next.step) : "Hết bài trình bày.";
      var box = document.getElementById("notes");
      box.textContent = "";
      var text = (notes[state.slide] || "").trim();
      (text ? text.split(/\\n+/) : ["Trang này chưa có ghi chú."]).forEach(function (line) {
        var p = document.createElement("p");
        p.textContent = line;
        box.appendChild(p);
      });
      box.classList.toggle("none", !text);
      document.getElementById("audience-blank").hidden = !blank;
      tick();
    }
    if (history.replaceState) history.replaceState(null, "", "#" + (consoleMode ? "dien-gia-" : "") + (state.slide + 1) + (state.step ? "." + state.step : ""));
  }
  var link = syncLink(window, deckId, function (msg) {
    var r = readSync(msg, deckId, counts);
    if (!r || r.hello) return;
    state = { slide: r.slide, step: r.step, typed: "" };
    blank = r.blank;
    show();
  }, function () { return { slide: state.slide, step: state.step, blank: blank }; });
  function openConsole() {
    var w = window.open(location.href.split("#")[0] + "#dien-gia-" + (state.slide + 1) + (state.step ? "." + state.step : ""), "chiso-dien-gia-" + deckId, "popup,width=1280,height=800");
    link.adopt(w);
  }
  function act(key) {
    document.body.classList.remove("fresh");
    if (!consoleMode && (key === "s" || key === "S")) { openConsole(); return true; }
    var r = navigate(state, key, counts);
    state = r.state;
    if (r.action === "fullscreen" && !consoleMode) {
      if (document.fullscreenElement) document.exitFullscreen();
      else if (document.documentElement.requestFullscreen) document.documentElement.requestFullscreen().catch(function () {});
    } else if (r.action === "exit" && document.fullscreenElement) document.exitFullscreen();
    else if (r.action === "blank") blank = !blank;
    else if (r.action === "move") blank = false;
    if (r.action === "move" || r.action === "blank") link.send({ slide: state.slide, step: state.step, blank: blank });
    show();
    return r.handled;
  }
  document.addEventListener("keydown", function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.target && e.target.closest && e.target.closest("button") && (e.key === " " || e.key === "Enter")) return;
    if (act(e.key)) e.preventDefault();
  });
  document.addEventListener("click", function (e) {
    if (consoleMode || (e.target && e.target.closest && e.target.closest("button"))) return;
    act(e.clientX < window.innerWidth / 4 ? "ArrowLeft" : "ArrowRight");
  });
  document.getElementById("fs").addEventListener("click", function () { act("f"); });
  document.getElementById("open-console").addEventListener("click", function (e) { e.currentTarget.blur(); openConsole(); });
  document.getElementById("timer-reset").addEventListener("click", function (e) { e.currentTarget.blur(); started = Date.now(); tick(); });
  show();
  if (consoleMode) link.hello();
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
#tools { position: fixed; right: 0.8vw; top: 1vh; display: flex; gap: 0.5em; opacity: 0; transition: opacity 0.2s; }
#tools button { font: inherit; font-size: max(12px, 1.4vh); background: #fff; border: 1px solid #888; border-radius: 4px; padding: 0.2em 0.6em; cursor: pointer; color: #333; }
#tools:hover, #tools:focus-within, body.fresh #tools { opacity: 0.9; }
:fullscreen #tools, body.console #tools { display: none; }
/* The presenter view: the current frame left, the next one and the notes right, clocks on top. */
body.console { background: #1f2933; color: #f5f7fa; }
body.console .frame { inset: auto; }
body.console .frame.now, body.console .frame.next { display: block; }
body.console .frame.now { left: 1vw; top: 9vh; width: 60vw; height: 33.75vw; outline: 3px solid #3e9cf2; background: ${input.background}; }
body.console .frame.next { left: 63vw; top: 13vh; width: 36vw; height: 20.25vw; background: ${input.background}; }
body.console .frame > svg { width: 100%; height: 100%; }
#console[hidden] { display: none; }
#console .bar { position: fixed; left: 0; right: 0; top: 0; height: 7vh; display: flex; align-items: center; gap: 1.2em; padding: 0 1vw; background: #111820; font-size: max(16px, 2.4vh); }
#console .bar b { font-variant-numeric: tabular-nums; font-size: 1.3em; }
#console .bar .spacer { flex: 1; }
#console .bar button { font: inherit; font-size: 0.8em; }
#console #audience-blank { background: #f0b429; color: #111; padding: 0 0.5em; border-radius: 4px; }
#console #next-title { position: fixed; left: 63vw; top: 8.5vh; margin: 0; font-size: max(15px, 2.2vh); color: #cbd2d9; }
#console #notes { position: fixed; left: 63vw; right: 1vw; top: calc(15vh + 20.25vw); bottom: 2vh; overflow: auto; background: #111820; border-radius: 6px; padding: 0.6em 0.9em; font-size: max(18px, 2.8vh); line-height: 1.45; }
#console #notes p { margin: 0 0 0.5em; }
#console #notes.none { color: #9aa5b1; }
</style>
</head>
<body class="fresh" data-slide="1" data-step="0">
${frames}
<div id="typed" hidden></div>
<div id="tools">
<button id="fs" type="button" title="Toàn màn hình (F). Phím → ← Space PgUp PgDn, số trang + Enter, Home, End.">Toàn màn hình</button>
<button id="open-console" type="button" title="Mở màn hình người trình bày (S): trang hiện tại, trang tiếp theo, ghi chú, đồng hồ.">Màn hình người trình bày (S)</button>
</div>
<div id="console" hidden>
<div class="bar"><b id="position"></b><span id="audience-blank" hidden>Màn hình khán giả đang tắt (B để bật)</span><span class="spacer"></span><span>Đã trình bày <b id="elapsed">00:00</b> <button id="timer-reset" type="button">Đặt lại</button></span><span>Giờ <b id="clock"></b></span></div>
<h2 id="next-title"></h2>
<div id="notes"></div>
</div>
<script type="application/json" id="deck-data">${scriptJson(input.data)}</script>
<script>${playerScript(input)}</script>
</body>
</html>
`;
}
