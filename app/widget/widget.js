/* referral-router widget <referral-router-widget>: vanilla JS, no dependencies, no build.
 * Need data leaves only in a POST body to this script's origin (key in X-API-Key); never in
 * URLs, cookies or storage. Crisis items render first. Service data is rendered as text only;
 * links are limited to tel:, sms:, https: and http:. See docs/widget.md. */
(() => {
  "use strict";
  const script = document.currentScript;
  const API = new URL(script && script.src ? script.src : location.href).origin;
  const TAG = "referral-router-widget";
  const SCHEMES = ["tel:", "sms:", "https:", "http:"];
  const RANK = { emergency: 0, crisis_line: 1 };
  const NAMES = { medicaid: "Medicaid", medicare: "Medicare", tricare: "TRICARE" };

  const T = {
    en: {
      other: "es", otherName: "Español",
      title: "Find support",
      intro: "Answer a few questions to see services that fit.",
      where: "Where are you?", zip: "ZIP code", zipHint: "5 digits, for example 27701",
      geo: "Use my location", locating: "Finding your location…",
      located: "Using your current location.",
      geoFailed: "We could not get your location. Please enter a ZIP code.",
      help: "What would you like help with?", helpHint: "Choose any that fit.",
      // The form offers the first eight topics; a partner's prefill can add any other.
      topics: { anxiety: "Anxiety or stress", depression: "Depression or low mood",
        trauma: "Trauma", grief: "Grief or loss", substance_use: "Alcohol or drug use",
        relationships: "Relationships or family", domestic_violence: "Abuse or violence at home",
        housing: "Housing", eating_disorder: "Eating", suicide: "Suicidal thoughts",
        sexual_assault: "Sexual assault", psychosis: "Hearing or seeing things",
        parenting: "Parenting", perinatal: "Pregnancy or new baby", other: "Something else" },
      pay: "What can you pay?", payAny: "Not sure, show everything", payFree: "Free only",
      payUpto: "Up to an amount per session", amount: "Dollars per session",
      payInsurance: "Private insurance",
      soon: "How soon do you need help?", soonToday: "Today", soonWeek: "This week",
      soonRoutine: "No rush",
      safety: "Are you thinking about suicide or worried about your safety?",
      yes: "Yes", unsure: "Not sure", no: "No",
      danger: "Are you in danger right now, or have you already hurt yourself?",
      now: "You can call or text 988 now, day or night. If you are in danger, call 911.",
      search: "Find help", searching: "Searching…",
      found: "{n} results", none: "No services matched. Try fewer choices or a larger area.",
      crisisHead: "Talk to someone now", servicesHead: "Services",
      why: "Why we suggest it:", miles: "{d} miles away", hours: "Hours: ",
      start: "How to start: ", website: "Website", free: "Free",
      sliding: "Sliding scale", range: "{a}–{b} per session", fee: "{a} per session",
      accepts: "Accepts: ",
      payments: { ...NAMES, private_insurance: "private insurance", self_pay: "self-pay" },
      delivery: { in_person: "In person", video: "Video", phone: "Phone", text: "Text",
        chat: "Chat" },
      call: "Call {n}", text: "Text {n}", textKw: "Text {k} to {n}", tty: "TTY {n}",
      video: "Videophone {n}", press: ", then press {p}", call911: "Call 911",
      errZip: "Please enter a 5-digit US ZIP code, or use your location.",
      errBusy: "Too many searches right now. Please try again in a minute.",
      errFailed: "Search is not available right now.",
      errKey: "This widget is not set up for this site.",
      footCall: "Call 988", footText: "Text 988",
      privacy: "Your answers are used only for this search. They are not stored.",
    },
    es: {
      other: "en", otherName: "English",
      title: "Encuentre apoyo",
      intro: "Responda unas preguntas para ver servicios adecuados.",
      where: "¿Dónde está?", zip: "Código postal", zipHint: "5 dígitos, por ejemplo 27701",
      geo: "Usar mi ubicación", locating: "Buscando su ubicación…",
      located: "Usando su ubicación actual.",
      geoFailed: "No pudimos obtener su ubicación. Escriba un código postal.",
      help: "¿Con qué le gustaría recibir ayuda?", helpHint: "Elija todas las que apliquen.",
      topics: { anxiety: "Ansiedad o estrés", depression: "Depresión o tristeza",
        trauma: "Trauma", grief: "Duelo o pérdida", substance_use: "Alcohol o drogas",
        relationships: "Relaciones o familia", domestic_violence: "Abuso o violencia en casa",
        housing: "Vivienda", eating_disorder: "Alimentación", suicide: "Pensamientos suicidas",
        sexual_assault: "Agresión sexual", psychosis: "Oír o ver cosas",
        parenting: "Crianza", perinatal: "Embarazo o bebé recién nacido", other: "Otra cosa" },
      pay: "¿Cuánto puede pagar?", payAny: "No sé, mostrar todo", payFree: "Solo gratis",
      payUpto: "Hasta una cantidad por sesión", amount: "Dólares por sesión",
      payInsurance: "Seguro privado",
      soon: "¿Qué tan pronto necesita ayuda?", soonToday: "Hoy", soonWeek: "Esta semana",
      soonRoutine: "Sin prisa",
      safety: "¿Está pensando en el suicidio o le preocupa su seguridad?",
      yes: "Sí", unsure: "No estoy seguro/a", no: "No",
      danger: "¿Está en peligro ahora mismo, o ya se ha hecho daño?",
      now: "Puede llamar o enviar un texto al 988 ahora, de día o de noche. Si está en peligro, llame al 911.",
      search: "Buscar ayuda", searching: "Buscando…",
      found: "{n} resultados", none: "Ningún servicio coincide. Pruebe con menos opciones o un área más amplia.",
      crisisHead: "Hable con alguien ahora", servicesHead: "Servicios",
      why: "Por qué lo sugerimos:", miles: "a {d} millas", hours: "Horario: ",
      start: "Cómo empezar: ", website: "Sitio web", free: "Gratis",
      sliding: "Tarifa según ingresos", range: "{a}–{b} por sesión", fee: "{a} por sesión",
      accepts: "Acepta: ",
      payments: { ...NAMES, private_insurance: "seguro privado", self_pay: "pago propio" },
      onlyEs: "Solo servicios en español",
      delivery: { in_person: "En persona", video: "Video", phone: "Teléfono", text: "Texto",
        chat: "Chat" },
      call: "Llamar al {n}", text: "Texto al {n}", textKw: "Enviar {k} al {n}", tty: "TTY {n}",
      video: "Videoteléfono {n}", press: ", luego marque {p}", call911: "Llamar al 911",
      errZip: "Escriba un código postal de 5 dígitos, o use su ubicación.",
      errBusy: "Hay demasiadas búsquedas ahora. Inténtelo de nuevo en un minuto.",
      errFailed: "La búsqueda no está disponible en este momento.",
      errKey: "Este widget no está configurado para este sitio.",
      footCall: "Llamar al 988", footText: "Texto al 988",
      privacy: "Sus respuestas se usan solo para esta búsqueda. No se guardan.",
    },
  };

  // Every colour pair below has a contrast ratio of at least 4.5:1 (WCAG AA).
  const CSS = `
:host{all:initial;display:block;max-width:42rem}
*{box-sizing:border-box}
[hidden]{display:none!important}
.w{padding:1rem;border:1px solid #6b6b6b;border-radius:8px;background:#fff;color:#1b1b1b;font:16px/1.5 system-ui,"Segoe UI",Roboto,Arial,sans-serif;text-align:left}
.top{display:flex;justify-content:space-between;align-items:center;gap:1rem;flex-wrap:wrap}
h2{font-size:1.35rem;margin:0}
h3{font-size:1.15rem;margin:1rem 0 .5rem}
h4{margin:0}
p{margin:.35rem 0}
fieldset{border:0;padding:0;margin:1rem 0 0}
legend{font-weight:700;padding:0;margin-bottom:.25rem}
label{display:inline-flex;align-items:center;gap:.4rem;margin:.15rem 1rem .15rem 0}
.hint{color:#4a4a4a;font-size:.92rem}
#zip,#amount{font:inherit;color:#1b1b1b;background:#fff;border:2px solid #6b6b6b;border-radius:4px;padding:.35rem .5rem;width:6rem}
[type=radio],[type=checkbox]{width:1.2rem;height:1.2rem;margin:0;accent-color:#0b57a4}
button{font:inherit;cursor:pointer;border-radius:6px;padding:.5rem 1rem;min-height:44px}
.primary{background:#0b57a4;color:#fff;border:2px solid #0b57a4;margin-top:1rem;font-weight:700}
.secondary,.lang{background:#fff;color:#0b57a4;border:2px solid #0b57a4}
a{color:#0b57a4}
:focus-visible{outline:3px solid #0b57a4;outline-offset:2px}
.err{color:#a4161a;font-weight:600}
.now,.alert{background:#fdeceb;color:#5f0f0b;border:2px solid #a4161a;border-radius:6px;padding:.75rem;margin:1rem 0}
.actions a{font-weight:700}
.now a,.alert a,.crisis a,.emergency a{color:#8a1c14;font-weight:700}
.big{display:inline-block;background:#a4161a;color:#fff!important;padding:.6rem 1.2rem;border-radius:6px;text-decoration:none;font-size:1.2rem;margin:.25rem 0}
ol{list-style:none;padding:0;margin:0}
li.item{border:1px solid #6b6b6b;border-radius:6px;padding:.75rem;margin:.5rem 0;background:#fff}
li.crisis,li.emergency{background:#fdeceb;border-color:#a4161a;color:#5f0f0b}
.org,.meta{color:#4a4a4a;font-size:.95rem}
.notice{background:#fff3c4;color:#4d3800;padding:.25rem .5rem;border-radius:4px;font-weight:600}
ul.reasons{margin:.25rem 0;padding-left:1.25rem}
.actions{display:flex;flex-wrap:wrap;gap:.25rem 1rem;margin-top:.35rem}
.foot{border-top:1px solid #6b6b6b;margin-top:1rem;padding-top:.5rem;font-size:.92rem}
`;

  const fmt = (s, v) => s.replace(/\{(\w+)\}/g, (_, k) => v[k]);
  const risky = (s) => s.safety === "yes" || s.safety === "unsure";

  /** Return a link target only for tel:, sms:, https: and http: URLs; anything else is null. */
  function safeHref(value) {
    try {
      const url = new URL(value);
      return SCHEMES.includes(url.protocol) ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  /** Build an element. Children that are not nodes become text nodes: never markup. */
  function h(tag, props, ...kids) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(props || {})) {
      if (v == null || v === false) continue;
      if (k === "href") { if (safeHref(v)) node.setAttribute(k, safeHref(v)); }
      else node.setAttribute(k, v === true ? "" : v);
    }
    node.append(...kids.filter((k) => k != null && k !== false)
      .map((k) => (k instanceof Node ? k : String(k))));
    return node;
  }

  const money = (value, lang) => new Intl.NumberFormat(lang + "-US", { style: "currency",
    currency: "USD", maximumFractionDigits: value % 1 ? 2 : 0 }).format(value);

  function costText(c, t, lang) {
    const parts = [];
    if (c.free) parts.push(t.free);
    else if (c.min_fee != null && c.max_fee != null && c.max_fee !== c.min_fee)
      parts.push(fmt(t.range, { a: money(c.min_fee, lang), b: money(c.max_fee, lang) }));
    else if (c.min_fee != null) parts.push(fmt(t.fee, { a: money(c.min_fee, lang) }));
    if (c.sliding_scale && !c.free) parts.push(t.sliding);
    const pays = (c.payments || []).filter((p) => t.payments[p]);
    if (pays.length) parts.push(t.accepts + pays.map((p) => t.payments[p]).join(", "));
    return parts.join(" · ");
  }

  function phoneLink(p, t) {
    const n = p.display || p.number;
    const label = (p.type === "text" ? fmt(p.text_keyword ? t.textKw : t.text,
      { k: p.text_keyword, n }) : fmt(t[p.type === "tty" || p.type === "video" ? p.type : "call"],
      { n })) + (p.press ? fmt(t.press, { p: p.press }) : "");
    // Descriptions that only repeat the link ("Call 988") are left out.
    const same = (x) => String(x).toLowerCase().replace(/[^a-z0-9]/g, "");
    return h("span", {}, safeHref(p.href) ? h("a", { href: p.href }, label) : label,
      p.description && same(p.description) !== same(label)
        ? h("span", { class: "meta" }, " ", p.description) : null);
  }

  const crisisLinks = (t) => h("p", { class: "actions" }, h("a", { href: "tel:988" }, t.footCall),
    h("a", { href: "sms:988" }, t.footText), h("a", { href: "tel:911" }, t.call911));

  class ReferralRouterWidget extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      const d = this.dataset;
      const root = this.attachShadow({ mode: "open" });
      if (root.adoptedStyleSheets && CSSStyleSheet.prototype.replaceSync) {
        // A constructed sheet needs no inline <style>, so the /embed page's CSP stays strict.
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(CSS);
        root.adoptedStyleSheets = [sheet];
      } else root.append(h("style", {}, CSS));
      const hostLang = document.documentElement.lang.slice(0, 2);
      this.lang_ = [d.lang, this.lang, hostLang].find((l) => T[l]) || "en";
      this.key = d.key || "";
      this.state = {
        zip: /^\d{5}$/.test(d.zip) ? d.zip : "", pay: "any", amount: "", soon: "soon",
        topics: (d.topics || "").split(",").map((x) => x.trim()).filter((x) => T.en.topics[x]),
      };
      this.seq = 0;
      this.render();
      if ("embed" in d && window.parent !== window) this.reportHeight(d.parentOrigins || "");
    }

    get t() { return T[this.lang_]; }

    $(sel) { return this.shadowRoot.querySelector(sel); }

    choice(type, name, value, label, on) {
      return h("label", {}, h("input", { type, name, value, checked: on }), label);
    }

    group(legend, name, options, props) {
      return h("fieldset", props, h("legend", {}, legend), ...options.map(([v, label]) =>
        this.choice("radio", name, v, label, this.state[name] === v)));
    }

    render() {
      const t = this.t;
      const s = this.state;
      const shown = Object.keys(t.topics).slice(0, 8);
      const topics = shown.concat(s.topics.filter((x) => !shown.includes(x)));
      const pay = this.group(t.pay, "pay", [["any", t.payAny], ["free", t.payFree],
        ["upto", t.payUpto], ["medicaid", NAMES.medicaid], ["medicare", NAMES.medicare],
        ["private_insurance", t.payInsurance]]);
      pay.children[3].after(h("label", {}, "$", h("input", { type: "number", id: "amount",
        name: "amount", min: "0", step: "5", value: s.amount, "aria-label": t.amount })));
      const yesNo = [["yes", t.yes], ["no", t.no]];
      this.form = h("form", { novalidate: true },
        h("fieldset", {}, h("legend", {}, t.where),
          h("label", { for: "zip" }, t.zip),
          h("input", { type: "text", id: "zip", name: "zip", value: s.zip, inputmode: "numeric",
            autocomplete: "postal-code", maxlength: "5", "aria-describedby": "zip-hint zip-err" }),
          h("button", { type: "button", class: "secondary", id: "geo" }, t.geo),
          h("p", { id: "zip-hint", class: "hint" }, t.zipHint),
          h("p", { id: "geo-status", class: "hint", "aria-live": "polite" },
            this.coords ? t.located : ""),
          h("p", { id: "zip-err", class: "err", hidden: true })),
        h("fieldset", {}, h("legend", {}, t.help, " ", h("span", { class: "hint" }, t.helpHint)),
          ...topics.map((x) => this.choice("checkbox", "topics", x, t.topics[x],
            s.topics.includes(x))),
          this.lang_ === "es" ? this.choice("checkbox", "onlyEs", "1", t.onlyEs, s.onlyEs) : null),
        pay,
        this.group(t.soon, "soon", [["immediate", t.soonToday], ["soon", t.soonWeek],
          ["routine", t.soonRoutine]]),
        this.group(t.safety, "safety", [["yes", t.yes], ["unsure", t.unsure], ["no", t.no]]),
        h("div", { class: "now", id: "now", hidden: !risky(s) }, t.now, crisisLinks(t)),
        this.group(t.danger, "danger", yesNo, { id: "danger", hidden: !risky(s) }),
        h("button", { type: "submit", class: "primary" }, t.search));
      this.results = h("div", { class: "results", "aria-live": "polite" });
      this.shadowRoot.replaceChildren(...this.shadowRoot.querySelectorAll("style"),
        h("section", { class: "w", lang: this.lang_, "aria-labelledby": "title" },
          h("div", { class: "top" }, h("h2", { id: "title" }, t.title),
            h("button", { type: "button", class: "lang", lang: t.other, id: "lang" }, t.otherName)),
          h("p", { class: "hint" }, t.intro), this.form, this.results,
          h("div", { class: "foot" }, crisisLinks(t), t.privacy)));
      this.bind();
      if (!this.key) this.showError(t.errKey);
      else if (this.result) this.showResults(this.result, false);
    }

    bind() {
      this.$("#lang").addEventListener("click", () => {
        this.read();
        this.lang_ = this.t.other;
        this.render();
        this.$("#lang").focus();
      });
      this.$("#geo").addEventListener("click", () => this.locate());
      this.$("#zip").addEventListener("input", () => {
        this.coords = null;
        this.$("#geo-status").textContent = "";
      });
      this.$("#amount").addEventListener("focus", () => {
        this.form.elements.pay.value = "upto";
      });
      this.form.addEventListener("change", (e) => {
        if (e.target.name !== "safety") return;
        this.$("#now").hidden = this.$("#danger").hidden = e.target.value === "no";
      });
      this.form.addEventListener("submit", (e) => { e.preventDefault(); this.search(); });
    }

    read() {
      const f = this.form.elements;
      const checked = (name) => Array.from(this.form.querySelectorAll(`[name=${name}]:checked`),
        (i) => i.value);
      this.state = { zip: f.zip.value.trim(), amount: f.amount.value, pay: f.pay.value || "any",
        soon: f.soon.value || "soon", safety: f.safety.value, danger: f.danger.value,
        topics: checked("topics"), onlyEs: checked("onlyEs").length > 0 };
      return this.state;
    }

    locate() {
      const say = (text) => { this.$("#geo-status").textContent = text; };
      if (!navigator.geolocation) return say(this.t.geoFailed);
      say(this.t.locating);
      navigator.geolocation.getCurrentPosition((pos) => {
        // Two decimals (about 1 km) is enough to rank services and reveals less.
        const round = (x) => Math.round(x * 100) / 100;
        this.coords = { lat: round(pos.coords.latitude), lon: round(pos.coords.longitude) };
        this.$("#zip").value = "";
        say(this.t.located);
      }, () => say(this.t.geoFailed), { timeout: 15000, maximumAge: 600000 });
    }

    profile(s) {
      // "Not sure" counts as yes: a crisis line first costs little, missing one costs much.
      const flags = risky(s) ? ["suicidal_ideation"] : [];
      const also = { domestic_violence: "interpersonal_violence", sexual_assault: "sexual_violence" };
      if (flags.length) {
        if (s.danger === "yes") flags.push("imminent_danger");
        for (const x of s.topics) if (also[x]) flags.push(also[x]);
      }
      const body = {
        location: s.zip ? { zip: s.zip } : this.coords,
        urgency: s.soon, risk_flags: flags, topics: s.topics, limit: 10,
      };
      if (s.pay === "free") body.cost = { max_per_session: 0 };
      else if (s.pay === "upto" && s.amount !== "" && +s.amount >= 0)
        body.cost = { max_per_session: +s.amount };
      else if (!["any", "upto"].includes(s.pay)) body.cost = { payment: [s.pay] };
      // Spanish speakers see Spanish-speaking services first; only them if they ask.
      if (this.lang_ === "es") body.languages = s.onlyEs ? ["es"] : ["es", "en"];
      return body;
    }

    async search() {
      const t = this.t;
      const s = this.read();
      const zipErr = this.$("#zip-err");
      const zip = this.$("#zip");
      const badZip = (bad) => {
        zipErr.hidden = !bad;
        zipErr.textContent = bad ? t.errZip : "";
        zip.setAttribute("aria-invalid", bad);
        if (bad) zip.focus();
      };
      badZip(!(/^\d{5}$/.test(s.zip) || (!s.zip && this.coords)));
      if (!zipErr.hidden) return;
      const seq = ++this.seq;
      this.results.setAttribute("aria-busy", "true");
      this.results.replaceChildren(h("p", {}, t.searching));
      const res = await fetch(API + "/v1/referrals", {
        method: "POST", mode: "cors", credentials: "omit", cache: "no-store",
        referrerPolicy: "no-referrer", body: JSON.stringify(this.profile(s)),
        headers: { "Content-Type": "application/json", "X-API-Key": this.key },
      }).catch(() => null);
      const data = res && (await res.json().catch(() => ({})));
      if (seq !== this.seq) return;
      this.results.removeAttribute("aria-busy");
      if (res && res.ok) {
        this.result = data;
        return this.showResults(data, true);
      }
      const status = res ? res.status : 0;
      if (status === 422 && (data.errors || []).some((e) => /^location/.test(e.field))) badZip(true);
      this.showError(status === 429 ? t.errBusy : status === 401 || status === 403 ? t.errKey
        : t.errFailed);
    }

    showError(message) {
      const t = this.t;
      const alarm = risky(this.state);
      this.results.replaceChildren(h("div", { class: alarm ? "alert" : "", role: alarm && "alert" },
        h("p", { class: "err" }, message), crisisLinks(t)));
    }

    showResults(data, focus) {
      const t = this.t;
      // The API already puts crisis items first; sorting again keeps that true here too.
      const items = (data.results || []).map((r, i) => [RANK[r.kind] ?? 2, i, r])
        .sort((a, b) => a[0] - b[0] || a[1] - b[1]).map((x) => x[2]);
      const crisis = items.filter((r) => r.kind in RANK);
      const services = items.filter((r) => !(r.kind in RANK));
      const list = (title, rs) => (rs.length ? [h("h3", {}, title), h("ol", {}, ...rs.map((r) =>
        this.item(r)))] : []);
      const tri = data.triage || {};
      const head = h("h3", { tabindex: "-1" }, items.length ? fmt(t.found, { n: items.length })
        : t.none);
      this.results.replaceChildren(
        tri.level === "emergency" || tri.level === "crisis" ? h("div", { class: "alert",
          role: "alert" }, tri.level === "emergency" ? h("a", { class: "big", href: "tel:911" },
          t.call911) : null, tri.message ? h("p", {}, tri.message) : null) : "",
        head, ...(data.notices || []).map((n) => h("p", { class: "notice" }, n)),
        ...list(t.crisisHead, crisis), ...list(t.servicesHead, services));
      if (focus) head.focus();
    }

    item(r) {
      const t = this.t;
      const s = r.service || {};
      const kind = r.kind === "service" || r.kind === "emergency" ? r.kind : "crisis";
      const facts = [r.distance_miles != null ? fmt(t.miles, { d: (+r.distance_miles).toFixed(1) })
        : r.distance_band, (s.delivery || []).map((d) => t.delivery[d] || d).join(", "),
      kind === "service" && s.cost ? costText(s.cost, t, this.lang_) : ""].filter(Boolean);
      const site = /^https?:/.test(s.url) && safeHref(s.url);
      return h("li", { class: "item " + kind },
        h("h4", {}, s.name),
        s.organization && s.organization !== s.name ? h("p", { class: "org" }, s.organization) : null,
        s.notice ? h("p", { class: "notice" }, s.notice) : null,
        s.description ? h("p", {}, s.description) : null,
        facts.length ? h("p", { class: "meta" }, facts.join(" · ")) : null,
        (r.reasons || []).length ? h("div", {}, h("p", { class: "meta" }, t.why),
          h("ul", { class: "reasons" }, ...r.reasons.map((x) => h("li", {}, x.text)))) : null,
        s.hours ? h("p", { class: "meta" }, t.hours + s.hours) : null,
        s.how_to_start ? h("p", {}, t.start + s.how_to_start) : null,
        h("p", { class: "actions" }, ...(s.phones || []).map((p) => phoneLink(p, t)),
          site ? h("a", { href: site, target: "_blank", rel: "noopener noreferrer" }, t.website)
            : null));
    }

    reportHeight(origins) {
      // Tell the embedding page our height, and only if it is one of the key's origins.
      const allowed = origins.split(" ").filter(Boolean);
      const ancestors = location.ancestorOrigins;
      let parent = ancestors && ancestors.length ? ancestors[0] : null;
      if (!parent && document.referrer) parent = new URL(document.referrer).origin;
      const target = parent ? allowed.find((o) => o === parent)
        : allowed.length === 1 && allowed[0];
      if (!target || !window.ResizeObserver) return;
      document.body.style.margin = "0";
      let last = 0;
      new ResizeObserver(() => {
        const height = Math.ceil(this.getBoundingClientRect().height);
        if (height !== last) {
          last = height;
          window.parent.postMessage({ type: "referral-router:height", height }, target);
        }
      }).observe(this);
    }
  }

  if (!customElements.get(TAG)) customElements.define(TAG, ReferralRouterWidget);
  if (script && script.dataset.key) {
    const widget = document.createElement(TAG);
    for (const name of ["key", "zip", "lang", "topics"]) {
      if (script.dataset[name]) widget.dataset[name] = script.dataset[name];
    }
    if (script.parentNode && script.parentNode !== document.head) script.after(widget);
    else if (document.readyState !== "loading") document.body.prepend(widget);
    else document.addEventListener("DOMContentLoaded", () => document.body.prepend(widget));
  }
})();
