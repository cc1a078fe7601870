/// The verification page's script (`verify.js`): the checks of `Verifier.swift` in the browser (Web Crypto Ed25519 and SHA-256, gzip through `DecompressionStream`), loading the data files beside the page with `fetch`, or with `<script>` tags from `file://`.
enum VerificationSiteScript {
    static let text = #"""
'use strict';
// The verification page: checks an Open Badges 3.0 certificate (a compact JWS signed with Ed25519)
// in the browser, as `sana cert verify` does (Sources/Certificates/Verifier.swift), against the
// trust file and the status list published beside this page. Text from a certificate or a data
// file reaches the page only through textContent.
(() => {
  const TEXTS = window.SANA_TEXTS;
  const LANGS = ['kk', 'ru', 'en'];
  const CHECK_NAMES = ['well-formed', 'signature', 'key trusted', 'key valid when issued', 'not revoked', 'dates', 'Open Badges fields', 'identity'];
  const VC_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
  const MIN_STATUS_ENTRIES = 131072;
  const STATUS_INFLATE_LIMIT = 16 * 1024 * 1024;
  const FILE_LIMIT = 4 << 20;
  // A status list without validUntil counts as valid this long after its validFrom.
  const STATUS_DEFAULT_LIFETIME = 7 * 86400;

  // ---- messages: an id and parameters, rendered in the chosen language ----
  const M = (id, p) => ({ id, p: p || {} });

  let lang = 'en';

  function render(message) {
    if (message === null || message === undefined) return '';
    if (typeof message !== 'object') return String(message);
    const p = {};
    for (const [key, value] of Object.entries(message.p)) {
      p[key] = Array.isArray(value) ? value.map(render).join('; ') : value !== null && typeof value === 'object' ? render(value) : value;
    }
    const text = TEXTS[lang][message.id];
    if (text === undefined) return message.id;
    return typeof text === 'function' ? text(p) : text;
  }

  // ---- encodings ----
  const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const B64URL_VALUES = new Int16Array(128).fill(-1);
  for (let i = 0; i < 64; i++) B64URL_VALUES[B64URL.charCodeAt(i)] = i;

  // URL-safe base64 without padding; null on any other character or non-zero trailing bits.
  function base64urlDecode(text) {
    const out = new Uint8Array(Math.floor(text.length * 3 / 4));
    let accumulator = 0, bits = 0, o = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const value = code < 128 ? B64URL_VALUES[code] : -1;
      if (value < 0) return null;
      accumulator = ((accumulator << 6) | value) & 0xffffff;
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        out[o++] = (accumulator >> bits) & 0xff;
      }
    }
    if (bits >= 6) return null;
    if ((accumulator & ((1 << bits) - 1)) !== 0) return null;
    return out.subarray(0, o);
  }

  function base64urlEncode(bytes) {
    let out = '';
    for (let i = 0; i < bytes.length; i += 3) {
      const n = (bytes[i] << 16) | ((bytes[i + 1] || 0) << 8) | (bytes[i + 2] || 0);
      const chars = B64URL[n >> 18 & 63] + B64URL[n >> 12 & 63] + B64URL[n >> 6 & 63] + B64URL[n & 63];
      out += chars.slice(0, Math.min(4, bytes.length - i + 1));
    }
    return out;
  }

  const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

  function base58Decode(text) {
    let zeros = 0;
    while (zeros < text.length && text[zeros] === '1') zeros++;
    const bytes = [];
    for (let i = zeros; i < text.length; i++) {
      let carry = B58.indexOf(text[i]);
      if (carry < 0) return null;
      for (let j = 0; j < bytes.length; j++) {
        carry += bytes[j] * 58;
        bytes[j] = carry & 0xff;
        carry >>= 8;
      }
      while (carry > 0) {
        bytes.push(carry & 0xff);
        carry >>= 8;
      }
    }
    return new Uint8Array(new Array(zeros).fill(0).concat(bytes.reverse()));
  }

  const utf8 = new TextDecoder('utf-8');
  const encoder = new TextEncoder();

  function parseObject(bytes) {
    try {
      const value = JSON.parse(utf8.decode(bytes));
      return isObject(value) ? value : null;
    } catch (_) {
      return null;
    }
  }

  const isObject = v => v !== null && typeof v === 'object' && !Array.isArray(v);
  const own = (o, key) => (isObject(o) && Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined);
  const str = v => (typeof v === 'string' ? v : null);
  const int = v => (typeof v === 'number' && Number.isInteger(v) && Math.abs(v) < 9e15 ? v : null);
  const strList = v => {
    if (typeof v === 'string') return [v];
    if (Array.isArray(v) && v.every(x => typeof x === 'string')) return v;
    return null;
  };
  // payload["a"]["b"]... as Verifier.swift reads it: undefined at the first missing step.
  const at = (value, ...path) => path.reduce((v, key) => own(v, key), value);

  // ---- time: whole UTC seconds, as Timestamp+Seconds.swift ----
  function parseTime(text) {
    if (typeof text !== 'string') return null;
    let clock = text.trim().replace(/T/g, ' ');
    if (clock.endsWith('Z')) clock = clock.slice(0, -1);
    const m = /^([+-]?\d+)-([+-]?\d+)-([+-]?\d+) ([+-]?\d+):([+-]?\d+):([+-]?\d+)(?:\.(\d*))?$/.exec(clock);
    if (!m) return null;
    const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || hour < 0 || minute > 59 || minute < 0 || second > 60 || second < 0) return null;
    const date = new Date(Date.UTC(2000, month - 1, day, hour, minute, second));
    date.setUTCFullYear(year);
    if (date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) return null;
    return Math.floor(date.getTime() / 1000);
  }

  const isoString = seconds => new Date(seconds * 1000).toISOString().slice(0, 19) + 'Z';
  const T = seconds => M('time', { date: isoString(seconds).slice(0, 10), time: isoString(seconds).slice(11, 16) });
  // A date as the credential or trust file wrote it, shown as a time when it parses.
  const TT = text => {
    const seconds = parseTime(text);
    return seconds === null ? String(text) : T(seconds);
  };

  // ---- did:key (DIDKey.swift) ----
  function didKey(text) {
    if (typeof text !== 'string' || !text.startsWith('did:key:z')) return null;
    const parts = text.slice('did:key:'.length).split('#');
    if (!(parts.length === 1 || (parts.length === 2 && parts[1] === parts[0]))) return null;
    const decoded = base58Decode(parts[0].slice(1));
    if (!decoded || decoded.length !== 34 || decoded[0] !== 0xed || decoded[1] !== 0x01) return null;
    const did = 'did:key:' + parts[0];
    return { publicKey: decoded.slice(2), did, kid: did + '#' + parts[0] };
  }

  // ---- compact JWS (CompactJWS.swift) ----
  function parseJWS(text) {
    const trimmed = text.replace(/^[\n\r \t]+|[\n\r \t]+$/g, '');
    const parts = trimmed.split('.');
    if (parts.length !== 3) throw M('jws.parts', { n: parts.length });
    const headerBytes = base64urlDecode(parts[0]);
    if (!headerBytes) throw M('jws.headerB64');
    const payloadBytes = base64urlDecode(parts[1]);
    if (!payloadBytes) throw M('jws.payloadB64');
    const signature = base64urlDecode(parts[2]);
    if (!signature) throw M('jws.sigB64');
    const header = parseObject(headerBytes);
    if (!header) throw M('jws.headerJSON');
    const payload = parseObject(payloadBytes);
    if (!payload) throw M('jws.payloadJSON');
    return { header, payload, signature, signingInput: encoder.encode(parts[0] + '.' + parts[1]) };
  }

  // ---- Web Crypto ----
  const subtle = window.crypto && window.crypto.subtle;
  const keyCache = new Map();

  // True when the browser verifies Ed25519 at all (a fixed valid key imports).
  const ed25519Support = (async () => {
    if (!subtle) return false;
    try {
      await subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' }, { name: 'Ed25519' }, false, ['verify']);
      return true;
    } catch (_) {
      return false;
    }
  })();

  // true / false, or 'unsupported' when the browser has no Ed25519.
  async function ed25519Verify(publicKey, signature, message) {
    if (!(await ed25519Support)) return 'unsupported';
    const x = base64urlEncode(publicKey);
    let key = keyCache.get(x);
    if (!key) {
      try {
        key = await subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed25519', x }, { name: 'Ed25519' }, false, ['verify']);
      } catch (_) {
        return false;
      }
      keyCache.set(x, key);
    }
    try {
      return await subtle.verify({ name: 'Ed25519' }, key, signature, message);
    } catch (_) {
      return false;
    }
  }

  async function sha256Hex(text) {
    const digest = new Uint8Array(await subtle.digest('SHA-256', encoder.encode(text)));
    return Array.from(digest, b => b.toString(16).padStart(2, '0')).join('');
  }

  async function gunzip(bytes, limit) {
    if (typeof DecompressionStream !== 'function') throw M('bits.noGzip');
    const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip')).getReader();
    const chunks = [];
    let total = 0;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.length;
        if (total > limit) {
          reader.cancel().catch(() => {});
          throw M('bits.tooLarge', { limit });
        }
        chunks.push(value);
      }
    } catch (error) {
      if (error && error.id) throw error;
      throw M('bits.gzip');
    }
    const out = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
      out.set(chunk, offset);
      offset += chunk.length;
    }
    return out;
  }

  // ---- typed inputs ----
  const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

  function codeCheckValue(values) {
    let sum = 0, double = true;
    for (let i = values.length - 1; i >= 0; i--) {
      let addend = double ? values[i] * 2 : values[i];
      addend = Math.floor(addend / 32) + addend % 32;
      sum += addend;
      double = !double;
    }
    return (32 - sum % 32) % 32;
  }

  // HumanCode.normalize: case, spaces and hyphens ignored, O read as 0, I and L as 1. Returns
  // {code} or {problem}.
  function normalizeCode(typed) {
    const values = [];
    for (const char of typed.toUpperCase()) {
      if (char === '-' || char === ' ') continue;
      if (char === 'O') values.push(0);
      else if (char === 'I' || char === 'L') values.push(1);
      else {
        const value = CODE_ALPHABET.indexOf(char);
        if (value < 0) return { problem: M('in.codeShape', { typed }) };
        values.push(value);
      }
    }
    if (values.length !== 17) return { problem: M('in.codeShape', { typed }) };
    if (codeCheckValue(values.slice(0, 16)) !== values[16]) return { problem: M('in.code', { typed }) };
    const chars = values.map(v => CODE_ALPHABET[v]).join('');
    return { code: chars.replace(/(.{4})(?=.)/g, '$1-') };
  }

  // IIN.read: spaces ignored; 11 digits that are valid with a leading 0 get it back; then 12
  // digits, a 7th digit 1-6, a real birth date and a valid check digit. Returns {iin} or {problem}.
  function readIIN(typed) {
    const value = typed.replace(/\s+/g, '');
    if (/^\d{11}$/.test(value) && iinProblem('0' + value) === null) return { iin: '0' + value };
    const problem = iinProblem(value);
    return problem ? { problem: M('in.iin', { problem }) } : { iin: value };
  }

  function iinProblem(value) {
    if (!/^\d*$/.test(value)) return M('iin.notDigits', { value });
    if (value.length !== 12) return M('iin.wrongLength', { value, n: value.length });
    const d = i => value.charCodeAt(i) - 48;
    const centuryDigit = d(6);
    if (centuryDigit < 1 || centuryDigit > 6) return M('iin.badCentury', { value, digit: centuryDigit });
    const year = 1800 + 100 * Math.floor((centuryDigit - 1) / 2) + d(0) * 10 + d(1);
    const month = d(2) * 10 + d(3), day = d(4) * 10 + d(5);
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
    if (month < 1 || month > 12 || day < 1 || day > days) return M('iin.badDate', { value, date: value.slice(0, 6) });
    let check = 0;
    for (let i = 0; i < 11; i++) check += d(i) * (i + 1);
    check %= 11;
    if (check === 10) {
      check = 0;
      for (let i = 0; i < 11; i++) check += d(i) * ((i + 2) % 11 + 1);
      check %= 11;
      if (check === 10) return M('iin.neverIssued', { value });
    }
    // Never the digit it should be: that would invite making up a valid IIN, perhaps someone else's.
    if (check !== d(11)) return M('iin.badCheck', { value });
    return null;
  }

  // The holder code from the holder's printout: upper case, spaces and hyphens removed, and the
  // letters a code never uses read as the digits they look like (O as 0, I and L as 1).
  const normalizeHolderCode = typed => typed.toUpperCase().replace(/[\s-]+/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');

  // ---- the trust file (TrustList.swift), checked as TrustList.load checks it ----
  function readTrust(text) {
    let list;
    try {
      list = JSON.parse(text);
    } catch (_) {
      return { problem: M('tf.malformed', { reason: 'JSON' }) };
    }
    if (!isObject(list) || !Array.isArray(list.keys)) return { problem: M('tf.malformed', { reason: 'keys' }) };
    const keys = [];
    for (const key of list.keys) {
      const kid = str(own(key, 'kid'));
      const did = kid && didKey(kid);
      if (!did || did.kid !== kid) return { problem: M('tf.malformed', { reason: String(kid) }) };
      const notBefore = parseTime(own(key, 'notBefore'));
      const notAfterText = own(key, 'notAfter');
      const notAfter = notAfterText === undefined || notAfterText === null ? null : parseTime(notAfterText);
      const compromisedText = own(key, 'compromisedAt');
      const compromisedAt = compromisedText === undefined || compromisedText === null ? null : parseTime(compromisedText);
      if (notBefore === null || (notAfterText != null && notAfter === null) || (compromisedText != null && compromisedAt === null)) {
        return { problem: M('tf.malformed', { reason: kid }) };
      }
      keys.push({ kid, did: str(own(key, 'did')), notBefore, notBeforeText: own(key, 'notBefore'), notAfter, notAfterText, compromisedAt });
    }
    return {
      issuerName: str(own(list, 'issuerName')),
      issuerURL: str(own(list, 'issuerURL')),
      keys,
      key: kid => keys.find(k => k.kid === kid) || null,
    };
  }

  // ---- the status list (StatusListDocument.swift) ----
  async function readStatusList(text, trust) {
    let jws;
    try {
      jws = parseJWS(text);
    } catch (reason) {
      return { problem: M('sl.notJWS', { reason }) };
    }
    const kid = str(own(jws.header, 'kid'));
    const did = own(jws.header, 'alg') === 'EdDSA' && kid ? didKey(kid) : null;
    if (!did) return { problem: M('sl.notEd25519') };
    const verified = await ed25519Verify(did.publicKey, jws.signature, jws.signingInput);
    if (verified === 'unsupported') return { problem: M('sig.unsupported') };
    if (!verified) return { problem: M('sl.badSignature') };
    if (!trust || trust.problem) return { problem: M('sl.noTrust') };
    const trusted = trust.key(kid);
    if (!trusted) return { problem: M('sl.untrusted', { kid }) };
    if (trusted.compromisedAt !== null) return { problem: M('sl.compromised', { date: T(trusted.compromisedAt) }) };
    const payload = jws.payload;
    const validFromText = str(own(payload, 'validFrom'));
    const nbf = int(own(payload, 'nbf'));
    if (nbf !== null && (nbf < trusted.notBefore || (trusted.notAfter !== null && nbf > trusted.notAfter))) {
      return { problem: M('sl.window') };
    }
    const subject = own(payload, 'credentialSubject');
    const encoded = str(own(subject, 'encodedList'));
    if (!(strList(own(payload, 'type')) || []).includes('BitstringStatusListCredential') || own(subject, 'type') !== 'BitstringStatusList' ||
        own(subject, 'statusPurpose') !== 'revocation' || encoded === null) {
      return { problem: M('sl.notRevocation') };
    }
    const url = str(own(payload, 'id'));
    const validFrom = parseTime(validFromText);
    const untilText = own(payload, 'validUntil');
    const validUntil = untilText === undefined || untilText === null ? (validFrom === null ? null : validFrom + STATUS_DEFAULT_LIFETIME) : parseTime(untilText);
    let bits;
    try {
      if (!encoded.startsWith('u')) throw M('bits.prefix');
      const compressed = base64urlDecode(encoded.slice(1));
      if (!compressed) throw M('bits.prefix');
      bits = await gunzip(compressed, STATUS_INFLATE_LIMIT);
      if (bits.length * 8 < MIN_STATUS_ENTRIES) throw M('bits.tooFew', { n: bits.length * 8 });
    } catch (reason) {
      return { url, problem: M('sl.encoding', { reason }) };
    }
    return { url, bits, validFrom, validFromText, validUntil };
  }

  // ---- the checks (Verifier.swift) ----
  function report(checks, summary) {
    let verdict = 'valid';
    if (checks.some(c => c.outcome === 'failed')) verdict = 'invalid';
    else if (checks.some(c => c.outcome === 'undecided')) verdict = 'undecided';
    return { checks, verdict, summary };
  }

  const C = (name, outcome, detail) => ({ name, outcome, detail });

  // ctx: {trust, status, iin, holderCode, now}
  async function verify(text, ctx) {
    const skippedRest = name => CHECK_NAMES.slice(CHECK_NAMES.indexOf(name) + 1)
      .filter(n => n !== 'identity' || ctx.iin)
      .map(n => C(n, 'skipped', M('skip.notWellFormed')));
    const malformed = (detail, summary) => report([C('well-formed', 'failed', detail)].concat(skippedRest('well-formed')), summary);
    let jws;
    try {
      jws = parseJWS(text);
    } catch (reason) {
      return malformed(M('wf.notJWS', { reason }), null);
    }
    const { header, payload } = jws;
    const summary = summarize(payload);
    const alg = own(header, 'alg');
    if (alg !== 'EdDSA') {
      return malformed(typeof alg === 'string' ? M('wf.alg', { alg }) : M('wf.noAlg'), summary);
    }
    const kid = str(own(header, 'kid'));
    const did = kid && kid.includes('#') ? didKey(kid) : null;
    if (!did) return malformed(M('wf.kid'), summary);
    const typ = str(own(header, 'typ'));
    if (typ !== null && typ !== 'JWT') return malformed(M('wf.typ', { typ }), summary);
    const checks = [C('well-formed', 'passed', M('wf.ok', { kid }))];

    const signature = await ed25519Verify(did.publicKey, jws.signature, jws.signingInput);
    checks.push(signature === 'unsupported' ? C('signature', 'undecided', M('sig.unsupported'))
      : signature ? C('signature', 'passed', M('sig.ok')) : C('signature', 'failed', M('sig.bad', { kid })));

    const trust = ctx.trust && !ctx.trust.problem ? ctx.trust : null;
    const trusted = trust ? trust.key(kid) : null;
    if (trust) {
      if (trusted) {
        const issuerID = str(at(payload, 'issuer', 'id'));
        const iss = str(own(payload, 'iss'));
        if (trusted.compromisedAt !== null) {
          checks.push(C('key trusted', 'failed', M('trust.compromised', { date: T(trusted.compromisedAt) })));
        } else if (issuerID !== trusted.did || iss !== trusted.did) {
          checks.push(C('key trusted', 'failed', M('trust.mismatch', { issuerID: issuerID || '—', iss: iss || '—', did: trusted.did || '—' })));
        } else {
          checks.push(C('key trusted', 'passed', trust.issuerName ? M('trust.ok', { issuer: trust.issuerName }) : M('trust.okNoName')));
        }
      } else {
        checks.push(C('key trusted', 'failed', M('trust.unknown', { kid })));
      }
    } else {
      const problem = ctx.trust && ctx.trust.problem ? ctx.trust.problem : M('tf.notLoaded');
      checks.push(C('key trusted', 'undecided', M('trust.missing', { problem, did: did.did })));
    }

    const nbf = int(own(payload, 'nbf'));
    if (trusted && nbf !== null) {
      if (nbf < trusted.notBefore) {
        checks.push(C('key valid when issued', 'failed', M('window.before', { issued: T(nbf), notBefore: T(trusted.notBefore) })));
      } else if (trusted.notAfter !== null && nbf > trusted.notAfter) {
        checks.push(C('key valid when issued', 'failed', M('window.after', { issued: T(nbf), notAfter: T(trusted.notAfter) })));
      } else if (trusted.notAfter !== null) {
        checks.push(C('key valid when issued', 'passed', M('window.ok', { issued: T(nbf), from: T(trusted.notBefore), to: T(trusted.notAfter) })));
      } else {
        checks.push(C('key valid when issued', 'passed', M('window.okOpen', { issued: T(nbf), from: T(trusted.notBefore) })));
      }
    } else if (!trust) {
      checks.push(C('key valid when issued', 'undecided', M('window.noTrust')));
    } else if (!trusted) {
      checks.push(C('key valid when issued', 'skipped', M('window.untrusted')));
    } else {
      checks.push(C('key valid when issued', 'failed', M('window.noNbf')));
    }

    checks.push(revocationCheck(payload, ctx));
    checks.push(datesCheck(payload, ctx.now));
    checks.push(openBadgesCheck(payload));
    if (ctx.iin) checks.push(await identityCheck(payload, ctx.iin, ctx.holderCode));
    return report(checks, summary);
  }

  function revocationCheck(payload, ctx) {
    const name = 'not revoked';
    const status = own(payload, 'credentialStatus');
    if (status === undefined) return C(name, 'passed', M('rev.none'));
    const listURL = str(own(status, 'statusListCredential'));
    const indexText = str(own(status, 'statusListIndex'));
    const index = indexText !== null && /^\+?\d+$/.test(indexText) ? Number(indexText) : NaN;
    if (own(status, 'type') !== 'BitstringStatusListEntry' || own(status, 'statusPurpose') !== 'revocation' || listURL === null ||
        !Number.isSafeInteger(index)) {
      return C(name, 'failed', M('rev.badEntry'));
    }
    const list = ctx.status;
    if (!list || list.missing) return C(name, 'undecided', M('rev.noList', { url: listURL }));
    if (list.problem) return C(name, 'undecided', M('rev.problem', { problem: list.problem }));
    if (list.url !== listURL || !list.bits) return C(name, 'undecided', M('rev.other', { given: list.url || '—', named: listURL }));
    if (index >= list.bits.length * 8) return C(name, 'undecided', M('rev.beyond', { index, length: list.bits.length * 8 }));
    const asOf = list.validFrom !== null ? T(list.validFrom) : '—';
    const certFrom = parseTime(own(payload, 'validFrom'));
    // A list older than the certificate knows nothing of it.
    if (list.validFrom !== null && certFrom !== null && list.validFrom < certFrom) {
      return C(name, 'undecided', M('rev.older', { listFrom: asOf, certFrom: T(certFrom) }));
    }
    // Revocation is final: a set bit stands even in a list past its validUntil.
    if (list.bits[index >> 3] & (0x80 >> (index & 7))) return C(name, 'failed', M('rev.revoked', { index, asOf }));
    if (list.validUntil === null || ctx.now > list.validUntil) {
      return C(name, 'undecided', M('rev.stale', { until: list.validUntil === null ? '—' : T(list.validUntil), now: T(ctx.now) }));
    }
    return C(name, 'passed', M('rev.ok', { asOf }));
  }

  function datesCheck(payload, now) {
    const name = 'dates';
    const validFromText = str(own(payload, 'validFrom'));
    const validFrom = parseTime(validFromText);
    if (validFrom === null) return C(name, 'failed', M('dates.noFrom'));
    const nbf = int(own(payload, 'nbf'));
    if (nbf === null || nbf !== validFrom) return C(name, 'failed', M('dates.nbf', { validFrom: validFromText }));
    const untilText = str(own(payload, 'validUntil'));
    const exp = int(own(payload, 'exp'));
    let validUntil = null;
    if (untilText !== null || exp !== null) {
      const until = parseTime(untilText);
      if (until === null || exp !== until) return C(name, 'failed', M('dates.exp'));
      validUntil = until;
    }
    if (now < validFrom) return C(name, 'failed', M('dates.notYet', { from: T(validFrom), now: T(now) }));
    if (validUntil !== null && now >= validUntil) return C(name, 'failed', M('dates.expired', { until: T(validUntil), now: T(now) }));
    return validUntil !== null
      ? C(name, 'passed', M('dates.ok', { from: T(validFrom), until: T(validUntil) }))
      : C(name, 'passed', M('dates.okOpen', { from: T(validFrom) }));
  }

  function openBadgesCheck(payload) {
    const missing = [];
    const need = (condition, what) => { if (!condition) missing.push(what); };
    const context = strList(own(payload, '@context')) || [];
    need(context[0] === VC_CONTEXT, M('ob.vcContext', { url: VC_CONTEXT }));
    need(context.some(c => c.startsWith('https://purl.imsglobal.org/spec/ob/v3p0/context')), M('ob.obContext'));
    const types = strList(own(payload, 'type')) || [];
    need(types.includes('VerifiableCredential') && (types.includes('OpenBadgeCredential') || types.includes('AchievementCredential')),
      'type VerifiableCredential, OpenBadgeCredential');
    const id = str(own(payload, 'id'));
    need(id !== null && id.startsWith('urn:uuid:'), 'id (urn:uuid)');
    need(str(at(payload, 'issuer', 'id')) !== null, 'issuer.id');
    need((strList(at(payload, 'issuer', 'type')) || []).includes('Profile'), 'issuer.type Profile');
    need(str(at(payload, 'issuer', 'name')) !== null, 'issuer.name');
    need(str(own(payload, 'validFrom')) !== null, 'validFrom');
    const subject = own(payload, 'credentialSubject');
    need((strList(own(subject, 'type')) || []).includes('AchievementSubject'), 'credentialSubject.type AchievementSubject');
    const identifier = own(subject, 'identifier');
    need(str(own(subject, 'id')) !== null || (Array.isArray(identifier) && identifier.length > 0), M('ob.subjectID'));
    const achievement = own(subject, 'achievement');
    need(str(own(achievement, 'id')) !== null, 'achievement.id');
    need((strList(own(achievement, 'type')) || []).includes('Achievement'), 'achievement.type Achievement');
    need(str(own(achievement, 'name')) !== null, 'achievement.name');
    need(str(own(achievement, 'description')) !== null, 'achievement.description');
    need(isObject(own(achievement, 'criteria')), 'achievement.criteria');
    need(str(own(payload, 'jti')) === id, M('ob.jti'));
    need(str(own(payload, 'sub')) === str(own(subject, 'id')), M('ob.sub'));
    if (missing.length === 0) return C('Open Badges fields', 'passed', M('ob.ok'));
    return C('Open Badges fields', 'failed', M('ob.missing', { list: missing }));
  }

  // The IIN hashed with the salt the certificate carries (older certificates), or with the holder
  // code from the holder's printout (certificates without a salt).
  async function identityCheck(payload, iin, holderCode) {
    const identifier = at(payload, 'credentialSubject', 'identifier');
    const hashed = (Array.isArray(identifier) ? identifier : []).filter(o => own(o, 'hashed') === true && own(o, 'identityType') === 'nationalIdentityNumber');
    const identity = hashed[0];
    const hash = str(own(identity, 'identityHash'));
    if (!identity || hash === null) return C('identity', 'failed', M('id.none'));
    const salt = own(identity, 'salt');
    if (salt !== undefined) {
      if (typeof salt !== 'string') return C('identity', 'failed', M('id.none'));
      return 'sha256$' + await sha256Hex(iin + salt) === hash ? C('identity', 'passed', M('id.ok')) : C('identity', 'failed', M('id.bad'));
    }
    if (!holderCode) return C('identity', 'undecided', M('id.needCode'));
    return 'sha256$' + await sha256Hex(iin + holderCode) === hash ? C('identity', 'passed', M('id.okCode')) : C('identity', 'failed', M('id.badCode'));
  }

  // CertificateSummary.swift
  function summarize(payload) {
    const subject = own(payload, 'credentialSubject');
    const identifier = own(subject, 'identifier');
    const name = (Array.isArray(identifier) ? identifier : []).find(o => own(o, 'identityType') === 'name' && own(o, 'hashed') === false);
    const result = own(subject, 'result');
    return {
      id: str(own(payload, 'id')),
      holder: str(own(name, 'identityHash')),
      course: str(at(subject, 'achievement', 'name')),
      score: str(own(Array.isArray(result) ? result[0] : undefined, 'value')),
      issuerName: str(at(payload, 'issuer', 'name')),
      validFrom: str(own(payload, 'validFrom')),
      validUntil: str(own(payload, 'validUntil')),
    };
  }

  // ---- the data files beside this page: fetch over http(s), <script> tags from file:// ----
  const onFile = location.protocol === 'file:';
  const scriptPolicy = window.trustedTypes && window.trustedTypes.createPolicy
    ? window.trustedTypes.createPolicy('sana-data', {
      createScriptURL: url => {
        if (/^(c\/[0-9A-Z]{2}\/[0-9A-Z-]{21}\.js|trust\.js|status\.js)$/.test(url)) return url;
        throw new TypeError('not a data script of this site: ' + url);
      },
    })
    : { createScriptURL: url => url };
  const delivered = new Map();
  const waiting = new Map();

  function deliver(key, text) {
    if (typeof text !== 'string') return;
    delivered.set(key, text);
    const resolve = waiting.get(key);
    if (resolve) resolve(text);
  }
  window.sanaCertificate = (code, jws) => deliver('c:' + code, jws);
  window.sanaTrust = text => deliver('trust', text);
  window.sanaStatusList = jws => deliver('status', jws);

  // The text a data script hands over, or null when the script is missing or hands over nothing.
  function loadScript(path, key) {
    if (delivered.has(key)) return Promise.resolve(delivered.get(key));
    return new Promise(resolve => {
      const script = document.createElement('script');
      const done = value => {
        waiting.delete(key);
        script.remove();
        resolve(value);
      };
      waiting.set(key, done);
      script.onload = () => done(delivered.has(key) ? delivered.get(key) : null);
      script.onerror = () => done(null);
      script.src = scriptPolicy.createScriptURL(path);
      document.head.appendChild(script);
    });
  }

  // {text} or {missing: true}.
  async function loadData(base, key, fresh) {
    if (!onFile) {
      try {
        const response = await fetch(base, { cache: fresh ? 'no-cache' : 'default', credentials: 'omit' });
        if (response.ok) return { text: await response.text() };
        if (response.status === 404 || response.status === 410) return { missing: true };
      } catch (_) {
        // A host that refuses fetch: the script form below still loads.
      }
    }
    const jsPath = base.replace(/\.(jwt|json)$/, '.js');
    const text = await loadScript(jsPath, key);
    return text === null ? { missing: true } : { text };
  }

  const shard = code => 'c/' + code.slice(0, 2) + '/' + code;
  let trustPromise = null;
  let statusPromise = null;

  const loadTrust = () => trustPromise || (trustPromise = loadData('trust.json', 'trust', true).then(loaded => {
    const trust = loaded.missing ? { problem: M('tf.notLoaded') } : readTrust(loaded.text);
    showIssuer(trust);
    return trust;
  }));

  const loadStatus = () => statusPromise || (statusPromise = Promise.all([loadData('status.jwt', 'status', true), loadTrust()]).then(([loaded, trust]) =>
    loaded.missing ? { missing: true } : readStatusList(loaded.text, trust)));

  // ---- the page ----
  const $ = id => document.getElementById(id);
  let current = null;      // what the last check was about: {kind: 'code'|'file'|'paste', ...}
  let lastShown = null;    // what is on screen, to re-render in another language
  let runs = 0;
  let generation = 0;

  function chooseLanguage() {
    let stored = null;
    try {
      stored = localStorage.getItem('sana-verify-lang');
    } catch (_) { /* no storage on this origin */ }
    if (LANGS.includes(stored)) return stored;
    for (const wanted of navigator.languages || [navigator.language || 'en']) {
      const base = String(wanted).toLowerCase().split('-')[0];
      if (LANGS.includes(base)) return base;
    }
    return 'en';
  }

  function setLanguage(chosen) {
    lang = chosen;
    document.documentElement.lang = chosen;
    for (const element of document.querySelectorAll('[data-text]')) element.textContent = render(M(element.dataset.text));
    for (const button of document.querySelectorAll('#languages button')) {
      button.setAttribute('aria-pressed', String(button.dataset.lang === chosen));
    }
    document.title = render(M('title'));
    if (issuerShown) showIssuer(issuerShown);
    if (lastShown) lastShown();
  }

  let issuerShown = null;
  function showIssuer(trust) {
    issuerShown = trust;
    const line = $('issuer');
    line.textContent = trust && !trust.problem && trust.issuerName ? render(M('issuer.line', { name: trust.issuerName, url: trust.issuerURL })) : '';
  }

  function setState(state) {
    document.documentElement.dataset.state = state;
    $('check').disabled = state === 'working';
    $('working').hidden = state !== 'working';
  }

  function finish(show, ms) {
    lastShown = show;
    show();
    runs += 1;
    const result = $('result');
    result.dataset.ms = ms.toFixed(1);
    result.dataset.sinceNavigation = performance.now().toFixed(1);
    document.documentElement.dataset.runs = String(runs);
    setState('done');
    if (result.getBoundingClientRect().top < 0) result.scrollIntoView({ block: 'start' });
  }

  function showMessage(message) {
    const result = $('result');
    result.hidden = false;
    result.dataset.verdict = '';
    result.dataset.message = message.id;
    $('verdict').hidden = true;
    $('details').hidden = true;
    const box = $('message');
    box.hidden = false;
    box.textContent = render(message);
  }

  function showReport(outcome, source, now) {
    const result = $('result');
    result.hidden = false;
    result.dataset.verdict = outcome.verdict;
    result.dataset.message = '';
    $('message').hidden = true;
    const verdict = $('verdict');
    verdict.hidden = false;
    verdict.className = 'verdict ' + outcome.verdict;
    $('verdict-word').textContent = render(M('verdict.' + outcome.verdict));
    const named = outcome.checks.filter(c => c.outcome === (outcome.verdict === 'invalid' ? 'failed' : 'undecided')).map(c => render(M('check.' + c.name)));
    $('verdict-reason').textContent = outcome.verdict === 'valid' ? render(M('reason.valid')) : render(M('reason.' + outcome.verdict, { checks: named.join(', ') }));
    $('details').hidden = false;
    $('source').textContent = render(source);

    const summary = $('summary');
    summary.replaceChildren();
    const s = outcome.summary;
    if (s) {
      const rows = [
        ['summary.holder', s.holder], ['summary.course', s.course], ['summary.score', s.score === null ? null : s.score + '%'],
        ['summary.issuer', s.issuerName], ['summary.validFrom', s.validFrom === null ? null : render(TT(s.validFrom))],
        ['summary.validUntil', s.validFrom === null ? null : s.validUntil === null ? render(M('summary.noExpiry')) : render(TT(s.validUntil))],
        ['summary.id', s.id],
      ];
      for (const [label, value] of rows) {
        if (value === null || value === undefined) continue;
        const dt = document.createElement('dt');
        dt.textContent = render(M(label));
        const dd = document.createElement('dd');
        dd.textContent = value;
        summary.append(dt, dd);
      }
    }

    const list = $('checks');
    list.replaceChildren();
    for (const check of outcome.checks) {
      const item = document.createElement('li');
      item.className = 'check ' + check.outcome;
      item.dataset.check = check.name;
      item.dataset.outcome = check.outcome;
      const mark = document.createElement('span');
      mark.className = 'mark';
      mark.setAttribute('aria-hidden', 'true');
      mark.textContent = { passed: '✓', failed: '✗', undecided: '?', skipped: '–' }[check.outcome];
      const name = document.createElement('strong');
      name.textContent = render(M('check.' + check.name));
      const state = document.createElement('span');
      state.className = 'outcome';
      state.textContent = render(M('outcome.' + check.outcome));
      const detail = document.createElement('p');
      detail.textContent = render(check.detail);
      item.append(mark, name, state, detail);
      list.append(item);
    }
    $('as-of').textContent = render(M('as.of', { now: T(now) }));
  }

  // Reads the IIN and holder code fields: {iin, holderCode} or {problem}.
  function holderInputs() {
    const iinText = $('iin').value.trim();
    const holderCode = normalizeHolderCode($('holder').value);
    if (!iinText) return holderCode ? { problem: M('in.holderWithoutIIN') } : { iin: null, holderCode: null };
    const read = readIIN(iinText);
    if (read.problem) return { problem: read.problem };
    return { iin: read.iin, holderCode: holderCode || null };
  }

  async function run(source) {
    const mine = ++generation;
    const started = performance.now();
    setState('working');
    const stale = () => mine !== generation;
    const say = message => { if (!stale()) finish(() => showMessage(message), performance.now() - started); };
    try {
      if (!subtle) return say(M('in.noCrypto'));
      const holder = holderInputs();
      if (holder.problem) return say(holder.problem);
      let text, shown;
      if (source.kind === 'code') {
        const normalized = normalizeCode(source.typed);
        if (normalized.problem) return say(normalized.problem);
        const code = normalized.code;
        if (location.hash.slice(1) !== code) history.replaceState(null, '', '#' + code);
        $('code').value = code;
        const [loaded] = await Promise.all([loadData(shard(code) + '.jwt', 'c:' + code, false), loadTrust(), loadStatus()]);
        if (loaded.missing) return say(M('in.notFound', { code }));
        text = loaded.text;
        shown = M('source.code', { code });
      } else {
        text = source.text;
        shown = source.kind === 'file' ? M('source.file', { name: source.name }) : M('source.paste');
      }
      const [trust, status] = await Promise.all([loadTrust(), loadStatus()]);
      const now = Math.floor(Date.now() / 1000);
      const outcome = await verify(text, { trust, status, iin: holder.iin, holderCode: holder.holderCode, now });
      if (stale()) return;
      finish(() => showReport(outcome, shown, now), performance.now() - started);
    } catch (error) {
      if (!stale()) say(M('in.loadFailed', { what: M('what.certificate') }));
      throw error;
    }
  }

  function takeFile(file) {
    if (!file) return;
    if (file.size > FILE_LIMIT) {
      generation++;
      finish(() => showMessage(M('in.fileTooLarge', { name: file.name })), 0);
      return;
    }
    file.text().then(text => {
      current = { kind: 'file', name: file.name, text: text.replace(/^\uFEFF/, '') };
      $('paste').value = '';
      run(current);
    }, () => {
      generation++;
      finish(() => showMessage(M('in.fileUnreadable', { name: file.name })), 0);
    });
  }

  function submit() {
    const typed = $('code').value.trim();
    const pasted = $('paste').value.trim();
    if (current && current.kind === 'file' && !typed && !pasted) return run(current);
    if (pasted && (!typed || (current && current.kind === 'paste'))) {
      current = { kind: 'paste', text: pasted };
      return run(current);
    }
    if (!typed) {
      generation++;
      return finish(() => showMessage(M('in.noInput')), 0);
    }
    current = { kind: 'code', typed };
    return run(current);
  }

  function fromHash() {
    const typed = decodeURIComponent(location.hash.slice(1)).trim();
    if (!typed) return;
    const normalized = normalizeCode(typed);
    if (normalized.code && current && current.kind === 'code' && $('code').value === normalized.code) return;
    $('code').value = typed;
    $('paste').value = '';
    current = { kind: 'code', typed };
    run(current);
  }

  function start() {
    setLanguage(chooseLanguage());
    for (const button of document.querySelectorAll('#languages button')) {
      button.addEventListener('click', () => {
        try {
          localStorage.setItem('sana-verify-lang', button.dataset.lang);
        } catch (_) { /* no storage on this origin */ }
        setLanguage(button.dataset.lang);
      });
    }
    $('form').addEventListener('submit', event => {
      event.preventDefault();
      submit();
    });
    $('code').addEventListener('input', () => { current = null; });
    $('paste').addEventListener('input', () => { current = { kind: 'paste', text: $('paste').value.trim() }; });
    $('file').addEventListener('change', () => takeFile($('file').files[0]));
    document.addEventListener('dragover', event => {
      event.preventDefault();
      document.body.classList.add('dragging');
    });
    document.addEventListener('dragleave', () => document.body.classList.remove('dragging'));
    document.addEventListener('drop', event => {
      event.preventDefault();
      document.body.classList.remove('dragging');
      const file = event.dataTransfer && event.dataTransfer.files[0];
      if (file) {
        $('code').value = '';
        history.replaceState(null, '', location.pathname + location.search);
        takeFile(file);
      }
    });
    window.addEventListener('hashchange', fromHash);
    document.documentElement.dataset.runs = '0';
    setState('idle');
    loadTrust();
    fromHash();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
"""#
}
