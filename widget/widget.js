/*! avis widget - moderated public feedback with one script tag. See widget/README.md. */
(() => {
  'use strict';
  const script = document.currentScript;
  if (!script || !script.src) return; // needs its own <script src> for configuration
  const mark = (n) => { try { performance.mark(n); } catch (e) { /* no User Timing */ } };
  mark('avis:start');

  // All words, one table per language. %s is replaced by a number.
  const WORDS = {
    fr: {
      open: 'Je donne mon avis',
      title: 'Donner mon avis sur la démarche',
      close: 'Fermer',
      required: 'Les champs suivis d’un astérisque (*) sont obligatoires.',
      rating: 'Comment s’est passée votre démarche ?',
      ratings: { good: 'Bien', average: 'Moyennement', bad: 'Mal' },
      channel: 'Comment avez-vous fait la démarche ?',
      choose: 'Choisir (facultatif)',
      channels: { online: 'En ligne', counter: 'Au guichet', phone: 'Par téléphone', email: 'Par courriel', 'france-services': 'Dans une maison France Services', other: 'Autrement' },
      clarity: 'Les informations étaient-elles claires ?',
      clarities: ['Pas du tout claires', 'Peu claires', 'Assez claires', 'Claires', 'Très claires'],
      text: 'Racontez votre expérience',
      textHint: 'Ne citez pas le nom des agents et ne donnez pas de données personnelles (adresse, téléphone, numéro de dossier ou de sécurité sociale).',
      count: '%s caractères sur 2000',
      email: 'Votre adresse électronique (facultatif)',
      emailHint: 'Pour être prévenu si l’administration répond. Elle n’est jamais publiée. Format attendu : nom@domaine.fr',
      send: 'Envoyer mon avis',
      sending: 'Envoi en cours…',
      caps: 'Votre texte est écrit en majuscules : il sera relu avant publication. Écrivez-le en minuscules pour qu’il paraisse plus vite.',
      spotted: 'Votre texte semble contenir %s : cette information sera masquée. Mieux vaut la retirer.',
      kinds: { email: 'une adresse électronique', phone: 'un numéro de téléphone', nir: 'un numéro de sécurité sociale' },
      errors: { rating: 'Choisissez comment s’est passée votre démarche.', text: 'Racontez votre expérience en quelques mots.', email: 'Adresse électronique invalide. Exemple : nom@domaine.fr', channel: 'Choisissez un moyen dans la liste.', clarity: 'Choisissez une note dans la liste.' },
      fix: 'Le formulaire contient des erreurs : corrigez les champs signalés.',
      published: 'Merci, votre avis est publié.',
      masked: 'Des noms ou des données personnelles ont été masqués.',
      pending: 'Merci, votre avis a bien été reçu. Un modérateur le lira avant sa publication.',
      rejected: 'Votre avis ne peut pas être publié : %s.',
      why: { threat: 'il contient des menaces', abuse: 'il contient des insultes', spam: 'il ressemble à de la publicité', other: 'il ne respecte pas la charte de modération' },
      see: 'Voir votre avis',
      seeAll: 'Lire les avis publiés',
      newWin: ' (nouvelle fenêtre)',
      retry: 'Le service est encombré : nouvel essai dans %s s…',
      offline: 'Vous semblez hors ligne. Votre avis est gardé : envoyez-le à nouveau quand la connexion revient.',
      online: 'La connexion est revenue : vous pouvez envoyer votre avis.',
      busy: 'Trop d’envois en peu de temps. Votre avis est gardé : réessayez dans quelques minutes.',
      down: 'Le service est momentanément indisponible. Votre avis est gardé : réessayez dans quelques instants.',
      forbidden: 'Ce site n’est pas autorisé à envoyer des avis à ce service.',
      failed: 'L’envoi a échoué : %s'
    },
    en: {
      open: 'Give feedback',
      title: 'Give feedback on this procedure',
      close: 'Close',
      required: 'Fields followed by an asterisk (*) are required.',
      rating: 'How did the procedure go?',
      ratings: { good: 'Well', average: 'So-so', bad: 'Badly' },
      channel: 'How did you go through the procedure?',
      choose: 'Choose (optional)',
      channels: { online: 'Online', counter: 'At a counter', phone: 'By phone', email: 'By e-mail', 'france-services': 'In a France Services office', other: 'Another way' },
      clarity: 'Was the information clear?',
      clarities: ['Not clear at all', 'Not very clear', 'Fairly clear', 'Clear', 'Very clear'],
      text: 'Tell us what happened',
      textHint: 'Do not name agents and do not give personal data (address, phone, file or social security number).',
      count: '%s characters out of 2000',
      email: 'Your e-mail address (optional)',
      emailHint: 'To be told if the administration answers. It is never published. Expected format: name@example.com',
      send: 'Send my feedback',
      sending: 'Sending…',
      caps: 'Your text is in capital letters: it will be read by a moderator first. Write it in lower case to have it published sooner.',
      spotted: 'Your text seems to contain %s: it will be masked. Better remove it.',
      kinds: { email: 'an e-mail address', phone: 'a phone number', nir: 'a social security number' },
      errors: { rating: 'Choose how the procedure went.', text: 'Tell us what happened in a few words.', email: 'Invalid e-mail address. Example: name@example.com', channel: 'Choose a way from the list.', clarity: 'Choose a mark from the list.' },
      fix: 'The form has errors: please correct the marked fields.',
      published: 'Thank you, your feedback is published.',
      masked: 'Names or personal data were masked.',
      pending: 'Thank you, your feedback was received. A moderator will read it before it is published.',
      rejected: 'Your feedback cannot be published: %s.',
      why: { threat: 'it contains threats', abuse: 'it contains insults', spam: 'it looks like advertising', other: 'it does not follow the moderation charter' },
      see: 'See your feedback',
      seeAll: 'Read published feedback',
      newWin: ' (new window)',
      retry: 'The service is busy: trying again in %s s…',
      offline: 'You seem to be offline. Your feedback is kept: send it again when the connection is back.',
      online: 'The connection is back: you can send your feedback.',
      busy: 'Too many submissions in a short time. Your feedback is kept: try again in a few minutes.',
      down: 'The service is temporarily unavailable. Your feedback is kept: try again in a moment.',
      forbidden: 'This website is not allowed to send feedback to this service.',
      failed: 'Sending failed: %s'
    }
  };

  const cfg = script.dataset;
  if (!cfg.service) {
    console.warn('avis: add data-service="<service slug>" to the widget\'s script tag');
    return;
  }
  // avis's base is everything before /widget/v…/widget.js in the script's
  // own URL, so that avis works mounted under a path prefix
  // (https://x.fr/avis/widget/v1/widget.js -> https://x.fr/avis).
  const src = new URL(script.src, location.href);
  const origin = src.origin;
  const prefix = src.pathname.match(/^(.*)\/widget\/v[^/]+\/widget\.js$/);
  const avisBase = origin + (prefix ? prefix[1] : '');
  const api = avisBase + '/api/v1/feedback';
  const pick = (l) => { l = String(l || '').slice(0, 2).toLowerCase(); return WORDS[l] ? l : ''; };
  const lang = pick(cfg.lang) || pick(document.documentElement.lang) || 'fr';
  const w = WORDS[lang];
  const fmt = (s, v) => s.replace('%s', v);
  const MAX = 2000;
  const RETRIES = 3;
  const MAX_WAIT = 20000;

  // themeColor keeps a data-color only if it reaches 4.5:1 with white text on
  // it and as text on the light grey (#f6f6f6) of the outcome box.
  const themeColor = (c) => {
    if (!/^#[0-9a-f]{6}$/i.test(c || '')) return '#000091';
    const lin = (i) => { const v = parseInt(c.substr(i, 2), 16) / 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    const lum = 0.2126 * lin(1) + 0.7152 * lin(3) + 0.0722 * lin(5);
    return 0.97 / (lum + 0.05) >= 4.5 ? c : '#000091';
  };

  const CSS = `
:host{all:initial;display:block}
:host([data-avis-floating]){position:fixed;right:1em;bottom:1em;z-index:2147483000}
.r{all:initial;display:block;font:normal 400 medium/1.5 Marianne,Arial,sans-serif;color:#161616;text-align:left;-webkit-text-size-adjust:100%}
*,*::before,*::after{box-sizing:border-box}
button,input,select,textarea{font:inherit;color:inherit;margin:0;letter-spacing:normal;text-transform:none}
.open,.send{background:%C;color:#fff;border:2px solid %C;border-radius:.25em;padding:.5em 1em;font-weight:700;cursor:pointer;min-height:2.75em}
.open:hover,.send:hover{text-decoration:underline}
:host([data-avis-floating]) .open{box-shadow:0 2px 8px rgba(0,0,0,.35)}
:focus-visible{outline:3px solid #0a76f6;outline-offset:2px}
dialog{border:0;border-radius:.25em;padding:0;margin:auto;width:min(40em,calc(100% - 1em));max-height:calc(100% - 1em);overflow:auto;background:#fff;color:#161616;box-shadow:0 4px 24px rgba(0,0,0,.4);animation:in .15s ease-out}
dialog::backdrop{background:rgba(22,22,22,.64)}
@keyframes in{from{opacity:0;transform:translateY(.5em)}}
@media (prefers-reduced-motion:reduce){dialog{animation:none}}
.head{display:flex;gap:1em;align-items:flex-start;justify-content:space-between;padding:1em 1em 0;border-top:4px solid %C}
h2{font-size:1.375em;line-height:1.3;margin:0;font-weight:700}
.close{background:#fff;color:%C;border:1px solid currentColor;border-radius:.25em;padding:.25em .75em;cursor:pointer;flex:none;font-weight:500}
form,.out{padding:0 1em 1em}
.req{font-size:.875em;color:#3a3a3a}
fieldset{border:0;padding:0;margin:1em 0 0;min-width:0}
legend,label{display:block;font-weight:700;padding:0;margin-bottom:.25em}
.opts{display:flex;flex-wrap:wrap;gap:.5em}
.opt{display:flex;align-items:center;gap:.5em;font-weight:400;border:1px solid #929292;border-radius:.25em;padding:.5em .75em;margin:0;cursor:pointer}
.opt:has(:checked){border-color:%C;box-shadow:inset 0 0 0 1px %C}
input[type=radio]{accent-color:%C;width:1.25em;height:1.25em}
.f{margin-top:1em}
select,input[type=email],textarea{display:block;width:100%;background:#f6f6f6;border:0;border-bottom:2px solid #3a3a3a;border-radius:.25em .25em 0 0;padding:.5em .75em}
textarea{min-height:8em;resize:vertical}
.hint,.count{font-size:.875em;color:#3a3a3a;margin:0 0 .25em}
.count{margin:.25em 0 0}
.warn{font-size:.875em;margin:.5em 0 0;padding:.5em .75em;background:#fef7da;color:#3a3a3a;border-left:4px solid #b34000}
.err{color:#ce0500;font-size:.875em;margin:.25em 0 0}
.r [aria-invalid=true]{border-bottom-color:#ce0500}
fieldset[aria-invalid=true]{border-left:2px solid #ce0500;padding-left:.75em}
.actions{margin-top:1.25em}
.status:not(:empty){margin:0 1em 1em;padding:.75em 1em;border-left:4px solid %C;background:#f6f6f6}
.status p{margin:0}
.status p+p{margin-top:.5em}
.status .bad{color:#ce0500}
.status.ok{border-color:#18753c}
.status.bad{border-color:#ce0500}
.status [tabindex]:focus{outline:none}
a{color:%C}
[hidden]{display:none!important}
.hp{position:absolute;left:-100vw;width:1px;height:1px;overflow:hidden}
@media (max-width:30em){.opts{flex-direction:column}.head{padding:.75em .75em 0}form,.out{padding:0 .75em .75em}}
`.replace(/%C/g, themeColor(cfg.color));

  // el builds an element; attributes only, never markup or style attributes.
  const el = (tag, attrs, ...kids) => {
    const e = document.createElement(tag);
    for (const k in attrs || {}) {
      if (k === 'text') e.textContent = attrs[k];
      else if (attrs[k] !== false && attrs[k] != null) e.setAttribute(k, attrs[k] === true ? '' : attrs[k]);
    }
    e.append(...kids);
    return e;
  };

  const whenReady = (fn) => document.readyState === 'loading' ? document.addEventListener('DOMContentLoaded', fn, { once: true }) : fn();

  whenReady(() => {
    let mount = null;
    try { mount = cfg.avisMount ? document.querySelector(cfg.avisMount) : null; } catch (e) { /* bad selector: float */ }
    const host = el('avis-feedback');
    if (!mount) host.setAttribute('data-avis-floating', '');
    const root = host.attachShadow({ mode: 'open' });
    if ('adoptedStyleSheets' in Document.prototype) { // older browsers get the unstyled, still usable form
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
      root.adoptedStyleSheets = [sheet];
    }
    const wrap = el('div', { class: 'r', lang });
    const trigger = el('button', { type: 'button', class: 'open', 'aria-haspopup': 'dialog', text: w.open });
    wrap.append(trigger);
    root.append(wrap);
    (mount || document.body).append(host);
    let dialog = null;
    trigger.addEventListener('click', () => {
      dialog = dialog || buildDialog(wrap, trigger);
      dialog.open();
    });
    mark('avis:ready');
  });

  function buildDialog(wrap, trigger) {
    const id = (n) => 'avis-' + n;
    const err = {};
    const errorP = (n) => (err[n] = el('p', { class: 'err', id: id('e-' + n), hidden: true }));
    const radios = Object.keys(w.ratings).map((v) => el('input', { type: 'radio', name: 'rating', value: v, id: id('r-' + v) }));
    const rating = el('fieldset', { role: 'radiogroup', 'aria-labelledby': id('l-rating') },
      el('legend', { id: id('l-rating'), text: w.rating + ' *' }),
      el('div', { class: 'opts' }, ...radios.map((r) => el('label', { class: 'opt', for: r.id }, r, w.ratings[r.value]))),
      errorP('rating'));
    const select = (n, label, opts) => {
      const s = el('select', { id: id(n), name: n }, el('option', { value: '', text: w.choose }),
        ...opts.map(([v, t]) => el('option', { value: v, text: t })));
      return [s, el('div', { class: 'f' }, el('label', { for: s.id, text: label }), s, errorP(n))];
    };
    const [channel, channelF] = select('channel', w.channel, Object.entries(w.channels));
    const [clarity, clarityF] = select('clarity', w.clarity, w.clarities.map((t, i) => [String(i + 1), i + 1 + ' – ' + t]));
    const count = el('p', { class: 'count', id: id('c-text') });
    const warn = el('div', { 'aria-live': 'polite' });
    const text = el('textarea', { id: id('text'), name: 'text', rows: 6, maxlength: MAX, 'aria-required': 'true', 'aria-describedby': id('h-text') + ' ' + count.id });
    const email = el('input', { type: 'email', id: id('email'), name: 'email', autocomplete: 'email', spellcheck: 'false', 'aria-describedby': id('h-email') });
    const send = el('button', { type: 'submit', class: 'send', text: w.send });
    const trap = el('input', { type: 'text', id: id('website'), name: 'website', tabindex: '-1', autocomplete: 'off' });
    const form = el('form', { novalidate: true },
      el('p', { class: 'req', text: w.required }),
      rating, channelF, clarityF,
      el('div', { class: 'f' }, el('label', { for: text.id, text: w.text + ' *' }),
        el('p', { class: 'hint', id: id('h-text'), text: w.textHint }), text, count, warn, errorP('text')),
      el('div', { class: 'f' }, el('label', { for: email.id, text: w.email }),
        el('p', { class: 'hint', id: id('h-email'), text: w.emailHint }), email, errorP('email')),
      // Left empty by people: hidden from sight, keyboard and screen readers.
      el('div', { class: 'hp', 'aria-hidden': 'true' }, el('label', { for: id('website'), text: 'website' }), trap),
      el('div', { class: 'actions' }, send));
    const status = el('div', { class: 'status', role: 'status' });
    const close = el('button', { type: 'button', class: 'close', text: w.close });
    const dlg = el('dialog', { 'aria-labelledby': id('title') },
      el('div', { class: 'head' }, el('h2', { id: id('title'), text: w.title }), close), form, status);
    wrap.append(dlg);
    const fields = { rating, channel, clarity, text, email };

    const onText = () => {
      count.textContent = fmt(w.count, text.value.length);
      clearTimeout(onText.t);
      onText.t = setTimeout(() => hints(text.value, warn), 400);
    };
    onText();
    text.addEventListener('input', onText);
    close.addEventListener('click', () => dlg.close());
    dlg.addEventListener('close', () => trigger.focus());
    dlg.addEventListener('keydown', (e) => trapTab(e, dlg));
    form.addEventListener('change', (e) => { const f = fields[e.target.name]; if (f && f.getAttribute('aria-invalid')) setError(e.target.name, ''); });

    function setError(name, msg) {
      const f = fields[name];
      const p = err[name];
      p.textContent = msg;
      p.hidden = !msg;
      const base = (f.getAttribute('aria-describedby') || '').split(' ').filter((x) => x && x !== p.id);
      if (msg) base.unshift(p.id);
      f.setAttribute('aria-describedby', base.join(' '));
      if (msg) f.setAttribute('aria-invalid', 'true');
      else f.removeAttribute('aria-invalid');
    }

    let busy = false;
    let last = { body: '', key: '' };
    let shownAt = 0;
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      if (busy) return;
      const checked = radios.find((r) => r.checked);
      const bad = [];
      const check = (n, ok) => { setError(n, ok ? '' : w.errors[n]); if (!ok) bad.push(n); };
      check('rating', !!checked);
      check('text', text.value.trim() !== '');
      check('email', email.value.trim() === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.value.trim()));
      if (bad.length) return fail(w.fix, bad[0]);
      const payload = { service: cfg.service, channel: channel.value || undefined, rating: checked.value, text: text.value.trim(), lang };
      if (cfg.procedure) payload.procedure = cfg.procedure;
      if (clarity.value) payload.clarity = +clarity.value;
      if (email.value.trim()) payload.email = email.value.trim();
      const body = JSON.stringify(payload);
      if (body !== last.body) last = { body, key: uuid() };
      payload.idempotency_key = last.key;
      payload.website = trap.value; // the server's honeypot
      payload.elapsed_ms = Math.round(performance.now() - shownAt); // people take seconds, bots do not
      busy = true;
      send.setAttribute('aria-disabled', 'true');
      say(w.sending);
      try {
        await outcome(await post(JSON.stringify(payload), say));
      } finally {
        busy = false;
        send.removeAttribute('aria-disabled');
      }
    });

    function say(...lines) {
      status.className = 'status';
      status.replaceChildren(...lines.map((l) => typeof l === 'string' ? el('p', { text: l }) : l));
    }
    function fail(msg, field) {
      say(el('p', { class: 'bad', text: msg }));
      status.className = 'status bad';
      if (field) (field === 'rating' ? radios.find((r) => r.checked) || radios[0] : fields[field]).focus();
    }

    async function outcome(res) {
      if (!res && navigator.onLine === false) {
        window.addEventListener('online', () => { if (!busy && !form.hidden) say(w.online); }, { once: true });
        return fail(w.offline);
      }
      if (!res) return fail(w.down);
      let data = {};
      try { data = await res.json(); } catch (e) { /* empty or not JSON */ }
      if (res.ok) {
        const flags = data.flags || [];
        let link = null;
        try { if (data.url) link = new URL(data.url, origin); } catch (e) { /* no usable link: say the outcome without it */ }
        let lines;
        if (data.status === 'published') {
          lines = [w.published];
          if (flags.includes('person_name') || flags.includes('personal_data')) lines.push(w.masked);
        } else if (data.status === 'rejected') {
          const k = ['threat', 'abuse', 'spam'].find((f) => flags.includes(f)) || 'other';
          lines = [fmt(w.rejected, w.why[k])];
          link = new URL(avisBase + '/s/' + encodeURIComponent(cfg.service));
        } else {
          lines = [w.pending];
        }
        if (link && /^https?:$/.test(link.protocol)) {
          lines.push(el('p', {}, el('a', { href: link.href, target: '_blank', rel: 'noopener', text: (data.status === 'rejected' ? w.seeAll : w.see) + w.newWin })));
        }
        form.hidden = true;
        last = { body: '', key: '' };
        say(...lines);
        status.className = 'status ' + ({ published: 'ok', rejected: 'bad' }[data.status] || '');
        status.firstChild.setAttribute('tabindex', '-1');
        status.firstChild.focus();
        return;
      }
      const e = data.error || {};
      if (res.status === 429) return fail(w.busy);
      if (e.field && fields[e.field]) {
        setError(e.field, w.errors[e.field] || e.message);
        return fail(w.fix, e.field);
      }
      if (res.status === 403) return fail(w.forbidden);
      if (res.status >= 500) return fail(w.down);
      fail(fmt(w.failed, e.message || res.status));
    }

    return {
      open() {
        if (form.hidden) { // a new contribution after a sent one
          form.reset();
          form.hidden = false;
          say();
          onText();
          shownAt = 0;
        }
        shownAt = shownAt || performance.now();
        dlg.showModal();
        (radios.find((r) => r.checked) || radios[0]).focus();
      }
    };
  }

  // trapTab keeps Tab and Shift+Tab inside the open dialog.
  function trapTab(e, dlg) {
    if (e.key !== 'Tab') return;
    const all = [...dlg.querySelectorAll('button,a[href],input,select,textarea')]
      .filter((x) => !x.disabled && x.tabIndex >= 0 && x.getClientRects().length && (x.type !== 'radio' || x.checked || !dlg.querySelector('input[name=' + x.name + ']:checked')));
    const first = all[0];
    const lastEl = all[all.length - 1];
    const active = dlg.getRootNode().activeElement;
    if (e.shiftKey ? active === first || !dlg.contains(active) : active === lastEl) {
      e.preventDefault();
      (e.shiftKey ? lastEl : first).focus();
    }
  }

  // hints warns before sending about text the moderation would hold or mask.
  function hints(v, box) {
    const lines = [];
    const up = (v.match(/\p{Lu}/gu) || []).length;
    const low = (v.match(/\p{Ll}/gu) || []).length;
    if (up >= 12 && up > 2 * low) lines.push(w.caps);
    const found = [];
    if (/[^\s@]+@[^\s@]+\.[a-z]{2,}/i.test(v)) found.push(w.kinds.email);
    if (/(?:\+33|0033|\b0)\s?[1-9](?:[\s.-]?\d\d){4}\b/.test(v)) found.push(w.kinds.phone);
    if (/\b[12]\s?\d\d\s?(?:0[1-9]|1[0-2]|[2-9]\d)\s?(?:\d\d|2[ab])\s?\d{3}\s?\d{3}(?:\s?\d\d)?\b/i.test(v)) found.push(w.kinds.nir);
    if (found.length) lines.push(fmt(w.spotted, found.join(', ')));
    const now = lines.join('\n');
    if (now === box.dataset.v) return; // unchanged: do not repeat it to screen readers
    box.dataset.v = now;
    box.replaceChildren(...lines.map((l) => el('p', { class: 'warn', text: l })));
  }

  // post sends one contribution, retrying network errors, 429, 502, 503 and
  // 504 with exponential backoff or the server's Retry-After. It resolves to
  // the last Response, or null when the network never answered.
  async function post(body, say) {
    for (let i = 0; ; i++) {
      let res = null;
      try {
        res = await fetch(api, { method: 'POST', mode: 'cors', credentials: 'omit', cache: 'no-store', headers: { 'Content-Type': 'application/json' }, body });
      } catch (e) { /* network error: retried below */ }
      if (res && ![429, 502, 503, 504].includes(res.status)) return res;
      if (i >= RETRIES || (!res && navigator.onLine === false)) return res;
      const wait = retryAfter(res) ?? Math.min(1000 * 2 ** i, 8000) * (0.75 + Math.random() / 2);
      if (wait > MAX_WAIT) return res;
      say(fmt(w.retry, Math.ceil(wait / 1000)));
      await new Promise((ok) => setTimeout(ok, wait));
    }
  }

  // retryAfter reads Retry-After (seconds or an HTTP date) in milliseconds.
  function retryAfter(res) {
    const v = res && res.headers.get('Retry-After');
    if (!v) return null;
    const ms = /^\d+$/.test(v) ? +v * 1000 : Date.parse(v) - Date.now();
    return isNaN(ms) ? null : Math.max(0, ms);
  }

  function uuid() {
    if (crypto.randomUUID) return crypto.randomUUID();
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 15) | 64;
    b[8] = (b[8] & 63) | 128;
    const h = [...b].map((x) => (x + 256).toString(16).slice(1)).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }
})();
