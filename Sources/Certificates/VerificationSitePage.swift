/// The verification site's page (`index.html`): the form and where results go. Its Content-Security-Policy lets it load only its own folder's scripts, styles and data, and only through the Trusted Types policy `sana-data`.
enum VerificationSitePage {
    static let text = #"""
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'; trusted-types sana-data">
<meta name="referrer" content="no-referrer">
<title>Check a certificate</title>
<link rel="icon" href="favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="verify.css">
<script src="verify-texts.js" defer></script>
<script src="verify.js" defer></script>
</head>
<body>
<header>
  <nav id="languages" aria-label="Тіл · Язык · Language">
    <button type="button" data-lang="kk" lang="kk" aria-pressed="false">Қазақша</button>
    <button type="button" data-lang="ru" lang="ru" aria-pressed="false">Русский</button>
    <button type="button" data-lang="en" lang="en" aria-pressed="false">English</button>
  </nav>
  <h1 data-text="title">Check a certificate</h1>
  <p id="issuer"></p>
  <p data-text="intro"></p>
</header>
<main>
  <section id="result" aria-live="polite" hidden>
    <div id="message" class="message" hidden></div>
    <div id="verdict" class="verdict" hidden>
      <strong id="verdict-word"></strong>
      <p id="verdict-reason"></p>
    </div>
    <div id="details" hidden>
      <p id="source"></p>
      <dl id="summary"></dl>
      <h2 data-text="checks">Checks</h2>
      <ol id="checks"></ol>
      <p id="as-of"></p>
    </div>
  </section>
  <form id="form" novalidate autocomplete="off">
    <div class="field">
      <label for="code" data-text="label.code">Certificate code</label>
      <input id="code" name="code" spellcheck="false" autocapitalize="characters" placeholder="XXXX-XXXX-XXXX-XXXX-X">
    </div>
    <div class="field">
      <label for="iin" data-text="label.iin">Holder's IIN (optional)</label>
      <input id="iin" name="iin" inputmode="numeric" spellcheck="false" placeholder="000000000000">
    </div>
    <div class="field">
      <label for="holder" data-text="label.holder">Holder code (optional)</label>
      <input id="holder" name="holder" spellcheck="false" autocapitalize="characters" placeholder="XXXX-XXXX-XX">
    </div>
    <div class="field">
      <label for="file" data-text="label.file">Or choose the certificate file</label>
      <input id="file" type="file" accept=".jwt,.jws,.txt">
      <label for="paste" class="quiet" data-text="label.paste">Certificate text</label>
      <textarea id="paste" rows="3" spellcheck="false" placeholder="eyJhbGciOiJFZERTQSIs…"></textarea>
    </div>
    <button id="check" type="submit" data-text="button.check">Check</button>
    <span id="working" data-text="working" hidden></span>
  </form>
  <noscript><p lang="kk">Сертификатты тексеру үшін JavaScript қосулы болуы керек.</p><p lang="ru">Для проверки сертификата включите JavaScript.</p><p lang="en">Checking a certificate needs JavaScript.</p></noscript>
</main>
<footer><p data-text="footer"></p></footer>
</body>
</html>
"""#
}
