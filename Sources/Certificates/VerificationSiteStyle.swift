/// The verification page's style sheet (`verify.css`).
enum VerificationSiteStyle {
    static let text = #"""
:root {
  color-scheme: light dark;
  --ink: #1b1f24;
  --paper: #ffffff;
  --muted: #57606a;
  --line: #d0d7de;
  --valid: #116329;
  --valid-bg: #dafbe1;
  --invalid: #a40e26;
  --invalid-bg: #ffebe9;
  --undecided: #7d4e00;
  --undecided-bg: #fff8c5;
}
@media (prefers-color-scheme: dark) {
  :root {
    --ink: #e6edf3;
    --paper: #0d1117;
    --muted: #9198a1;
    --line: #30363d;
    --valid: #7ee2a8;
    --valid-bg: #0f2e1b;
    --invalid: #ffa198;
    --invalid-bg: #3d1116;
    --undecided: #f2cc60;
    --undecided-bg: #332701;
  }
}
* { box-sizing: border-box; }
body {
  margin: 0 auto;
  max-width: 46rem;
  padding: 1.5rem 1rem 3rem;
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
  color: var(--ink);
  background: var(--paper);
}
body.dragging { outline: 3px dashed var(--muted); outline-offset: -0.5rem; }
h1 { font-size: 1.6rem; margin: 0.5rem 0; }
h2 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
#languages { display: flex; gap: 0.25rem; justify-content: flex-end; }
#languages button {
  border: 1px solid var(--line);
  background: none;
  color: var(--ink);
  border-radius: 0.3rem;
  padding: 0.2rem 0.6rem;
  font: inherit;
  font-size: 0.9rem;
  cursor: pointer;
}
#languages button[aria-pressed="true"] { background: var(--ink); color: var(--paper); }
#issuer { font-weight: 600; }
#result { margin: 1.5rem 0 2rem; padding-bottom: 1rem; border-bottom: 1px solid var(--line); }
form { display: grid; gap: 0.9rem; margin: 1.5rem 0; }
.field { display: grid; gap: 0.3rem; }
label { font-weight: 600; }
label.quiet { font-weight: normal; color: var(--muted); font-size: 0.9rem; }
input, textarea {
  font: inherit;
  color: inherit;
  background: var(--paper);
  border: 1px solid var(--line);
  border-radius: 0.3rem;
  padding: 0.45rem 0.6rem;
  width: 100%;
}
#code, #holder { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; letter-spacing: 0.05em; text-transform: uppercase; }
textarea { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.8rem; word-break: break-all; }
button[type="submit"] {
  justify-self: start;
  font: inherit;
  font-weight: 600;
  padding: 0.5rem 1.6rem;
  border: 0;
  border-radius: 0.3rem;
  background: var(--ink);
  color: var(--paper);
  cursor: pointer;
}
button[disabled] { opacity: 0.6; cursor: progress; }
#working { color: var(--muted); }
.verdict, .message { border-radius: 0.4rem; padding: 1rem 1.2rem; border: 2px solid; }
.message { border-color: var(--undecided); background: var(--undecided-bg); }
.verdict strong { font-size: 1.8rem; display: block; }
.verdict p { margin: 0.3rem 0 0; }
.verdict.valid { color: var(--valid); background: var(--valid-bg); border-color: var(--valid); }
.verdict.invalid { color: var(--invalid); background: var(--invalid-bg); border-color: var(--invalid); }
.verdict.undecided { color: var(--undecided); background: var(--undecided-bg); border-color: var(--undecided); }
.verdict.valid strong::before { content: "✓ "; }
.verdict.invalid strong::before { content: "✗ "; }
.verdict.undecided strong::before { content: "? "; }
#source { color: var(--muted); }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 1rem 0; }
dt { color: var(--muted); }
dd { margin: 0; overflow-wrap: anywhere; }
ol#checks { list-style: none; padding: 0; margin: 0; }
li.check {
  display: grid;
  grid-template-columns: 1.5rem 1fr auto;
  gap: 0 0.5rem;
  padding: 0.5rem 0;
  border-top: 1px solid var(--line);
}
li.check .mark { font-weight: 700; }
li.check .outcome { font-size: 0.9rem; color: var(--muted); }
li.check p { grid-column: 2 / 4; margin: 0.2rem 0 0; font-size: 0.9rem; overflow-wrap: anywhere; }
li.check.passed .mark { color: var(--valid); }
li.check.failed .mark, li.check.failed .outcome { color: var(--invalid); }
li.check.undecided .mark, li.check.undecided .outcome { color: var(--undecided); }
li.check.skipped { color: var(--muted); }
#as-of { color: var(--muted); font-size: 0.9rem; }
footer { margin-top: 2.5rem; color: var(--muted); font-size: 0.85rem; border-top: 1px solid var(--line); }
@media (max-width: 32rem) {
  dl { grid-template-columns: 1fr; gap: 0; }
  dd { margin-bottom: 0.4rem; }
}
@media print {
  #languages, form, footer { display: none; }
}
"""#
}
