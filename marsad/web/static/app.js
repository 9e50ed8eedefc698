// Marsad's page: a small hash-routed front end over the JSON API.
//
// Safety rule, kept without exception: every piece of data reaches the DOM as a text node
// (textContent / createTextNode) or an attribute set by name from this file; nothing is ever parsed
// as HTML. Article text is untrusted input, and this is what makes "<script>" in it plain text.
// Links built from data go through safeHref, which only lets internal routes and http(s) through.
"use strict";
(function () {
  // ------------------------------------------------------------------------------- i18n
  const I18N = {
    ar: {
      search: "بحث", entities: "الفاعلون", timeline: "الخط الزمني", network: "شبكة الفاعلين", sources: "المصادر",
      overview: "نظرة عامة", langSwitch: "English", query: "كلمات البحث", searchBtn: "ابحث", outlet: "المصدر",
      anyOutlet: "كل المصادر", from: "من", to: "إلى", eventType: "نوع الحدث", anyType: "كل الأنواع",
      entity: "فاعل", results: "نتيجة", noResults: "لا نتائج.", prev: "السابق", next: "التالي", page: "صفحة",
      of: "من", latest: "أحدث المقالات", loading: "جارٍ التحميل…", error: "خطأ", notFound: "غير موجود",
      published: "النشر", author: "الكاتب", source: "الملف", url: "الرابط", facts: "الوقائع", clickFact:
      "انقر على أي كلمة مظللة لرؤية الواقعة كاملة.", ents: "كيانات", times: "تواريخ", quantities: "كميات",
      quotes: "أقوال", events: "أحداث", value: "القيمة", unit: "الوحدة", counted: "المعدود", speaker: "القائل",
      cue: "فعل القول", content: "المضمون", via: "عبر", anonymous: "مصدر مجهول", type: "النوع", trigger: "الدال",
      srcActor: "الفاعل", tgtActor: "المفعول به", place: "المكان", time: "الزمن", negated: "منفي",
      future: "مستقبلي", hypothetical: "افتراضي", estimated: "تقديري", entityPage: "صفحة الفاعل",
      searchWith: "مقالات تذكره", variants: "صيغ الاسم", latin: "بالحروف اللاتينية", documents: "مقالات",
      mentions: "إشارات", overTime: "الإشارات عبر الزمن", said: "ما قاله", did: "ما فعله", doneTo: "ما وقع عليه",
      cooc: "يرد مع", articles: "المقالات", name: "الاسم", allTypes: "كل الأنواع", filterName: "جزء من الاسم",
      sentence: "الجملة ←", zoomOut: "تصغير", zoomHint: "انقر على عمود لتكبيره.", all: "الكل",
      onlyEvents: "الأحداث", onlyQuotes: "الأقوال", undated: "بلا تاريخ", dateOfDoc: "تاريخ المقال",
      acts: "يفعل في", quotesEdge: "ينقل عن", minWeight: "أدنى وزن", showGraph: "اعرض", outletCol: "المصدر",
      period: "الفترة", claims: "أقوال منقولة", topSpeakers: "أكثر من نُقل عنهم", vocab: "مفردات مميزة",
      comparison: "من يغطي من", noData: "لا بيانات بعد.", docsPerMonth: "المقالات شهريا",
      mentionsByType: "الإشارات حسب النوع", eventsByType: "الأحداث حسب النوع", factsByKind: "الوقائع حسب الصنف",
      byOutlet: "المقالات حسب المصدر", total: "المجموع", show: "عرض", none: "—", anonymousShare: "منها مجهولة",
      tooltipDate: "القيمة", highlightKinds: "إظهار", sentences: "جمل", hijri: "هجري", gregorian: "ميلادي",
      quoteContent: "نص الأقوال ومدى الأحداث", undatedNotShown: "بلا تاريخ لا تظهر في الرسم",
      undatedDocs: "بلا تاريخ نشر لا تظهر في الرسم", coarseNotShown: "تاريخها أعمّ من فترات الرسم فلا تظهر فيه", outsideRange: "خارج المدى المعروض", showAll: "اعرض الكل",
      country: "البلد", sector: "القطاع", kind: "الصنف", office: "المنصب", coords: "الإحداثيات", anyCountry: "كل البلدان",
      anySector: "كل القطاعات", topN: "أكثر العقد صلات", expand: "انقر على عقدة لإظهار جيرانها.", expanded: "أضيف",
      neighbours: "جيرانها", onMap: "على الخريطة", basis: { crawled: "تاريخ الجمع", metadata: "من بيانات الصفحة",
        estimated: "تقديري من النص" },
      ttype: { DATE: "تاريخ", TIME: "وقت", DURATION: "مدة", SET: "تكرار" },
      refs: { PRESENT: "الحاضر", PAST: "الماضي", FUTURE: "المستقبل" },
      parts: { MO: "صباحا", MI: "ظهرا", AF: "بعد الظهر", EV: "مساء", NI: "ليلا", DT: "نهارا", SP: "الربيع", SU: "الصيف", FA: "الخريف", WI: "الشتاء" },
      sectors: { government: "حكومة", ministry: "وزارة", parliament: "برلمان", military: "جيش", security: "أمن",
        "armed group": "جماعة مسلحة", party: "حزب", igo: "منظمة دولية", media: "إعلام", company: "شركة", ngo: "منظمة غير حكومية" },
      kinds: { country: "دولة", city: "مدينة", region: "منطقة", governorate: "محافظة", province: "ولاية", district: "قضاء",
        base: "قاعدة عسكرية", airport: "مطار", camp: "مخيم", "oil field": "حقل نفط" },
      quals: { approx: "تقريبا", about: "نحو", more: "أكثر من", less: "أقل من", at_least: "على الأقل", at_most: "على الأكثر" },
      types: {
        PER: "شخص", ORG: "منظمة", LOC: "مكان", MISC: "أخرى", GPE: "كيان سياسي", FAC: "منشأة", NORP: "جماعة",
        OUTLET: "وسيلة إعلام", ANON: "مصدر مجهول", ACTOR: "فاعل" },
      ev: { ASSAULT: "اعتداء", PROTEST: "احتجاج", CONSULT: "تشاور", COERCE: "إكراه", RETREAT: "انسحاب",
        ACCUSE: "اتهام", REQUEST: "طلب", AGREE: "اتفاق", AID: "مساعدة", THREATEN: "تهديد", SUPPORT: "دعم",
        SANCTION: "عقوبات", MOBILIZE: "تعبئة", REJECT: "رفض", CONCEDE: "تنازل", COOPERATE: "تعاون" },
    },
    en: {
      search: "Search", entities: "Actors", timeline: "Timeline", network: "Actor network", sources: "Sources",
      overview: "Overview", langSwitch: "العربية", query: "Search words", searchBtn: "Search", outlet: "Outlet",
      anyOutlet: "All outlets", from: "From", to: "To", eventType: "Event type", anyType: "All types",
      entity: "Actor", results: "results", noResults: "No results.", prev: "Previous", next: "Next", page: "Page",
      of: "of", latest: "Latest articles", loading: "Loading…", error: "Error", notFound: "Not found",
      published: "Published", author: "Author", source: "File", url: "URL", facts: "Facts", clickFact:
      "Click any highlighted word to see the whole fact.", ents: "Entities", times: "Dates", quantities: "Amounts",
      quotes: "Quotes", events: "Events", value: "Value", unit: "Unit", counted: "Counted", speaker: "Speaker",
      cue: "Cue", content: "Content", via: "Via", anonymous: "anonymous source", type: "Type", trigger: "Trigger",
      srcActor: "Source", tgtActor: "Target", place: "Place", time: "Time", negated: "negated",
      future: "future", hypothetical: "hypothetical", estimated: "estimated", entityPage: "Actor page",
      searchWith: "Articles naming it", variants: "Name variants", latin: "Latin", documents: "articles",
      mentions: "mentions", overTime: "Mentions over time", said: "What it said", did: "What it did",
      doneTo: "What was done to it", cooc: "Appears with", articles: "Articles", name: "Name", allTypes: "All types",
      filterName: "Part of a name", sentence: "sentence →", zoomOut: "Zoom out", zoomHint: "Click a bar to zoom in.",
      all: "All", onlyEvents: "Events", onlyQuotes: "Quotes", undated: "undated", dateOfDoc: "article date",
      acts: "acts on", quotesEdge: "quotes", minWeight: "Min. weight", showGraph: "Show", outletCol: "Outlet",
      period: "Period", claims: "Quoted claims", topSpeakers: "Most quoted", vocab: "Distinctive words",
      comparison: "Who covers whom", noData: "No data yet.", docsPerMonth: "Articles per month",
      mentionsByType: "Mentions by type", eventsByType: "Events by type", factsByKind: "Facts by kind",
      byOutlet: "Articles by outlet", total: "Total", show: "Show", none: "—", anonymousShare: "anonymous",
      tooltipDate: "Value", highlightKinds: "Show", sentences: "sentences", hijri: "Hijri", gregorian: "Gregorian",
      quoteContent: "quote text and event extent", undatedNotShown: "undated, not in the chart",
      undatedDocs: "without a publication date, not in the chart", coarseNotShown: "dated too coarsely for the chart's periods, not in it", outsideRange: "outside the range shown", showAll: "show all",
      country: "Country", sector: "Sector", kind: "Kind", office: "Office", coords: "Coordinates", anyCountry: "All countries",
      anySector: "All sectors", topN: "Most connected nodes", expand: "Click a node to show its neighbours.", expanded: "added",
      neighbours: "neighbours", onMap: "on the map", basis: { crawled: "date crawled", metadata: "from the page",
        estimated: "estimated from the text" },
      ttype: { DATE: "date", TIME: "time", DURATION: "duration", SET: "recurrence" },
      refs: { PRESENT: "present", PAST: "past", FUTURE: "future" },
      parts: { MO: "morning", MI: "midday", AF: "afternoon", EV: "evening", NI: "night", DT: "daytime", SP: "spring", SU: "summer", FA: "autumn", WI: "winter" },
      sectors: { igo: "intergovernmental organisation", ngo: "NGO" }, kinds: {}, quals: {},
      types: {
        PER: "person", ORG: "organisation", LOC: "place", MISC: "other", GPE: "polity", FAC: "facility",
        NORP: "group", OUTLET: "outlet", ANON: "anonymous source", ACTOR: "actor" },
      ev: {},
    },
  };
  let LANG = (localStorage.getItem("marsad.lang") === "en") ? "en" : "ar";
  const t = (k) => (I18N[LANG][k] !== undefined ? I18N[LANG][k] : (I18N.en[k] !== undefined ? I18N.en[k] : k));
  const typeName = (ty) => (I18N[LANG].types[ty] || ty || "?");
  // PLOVER codes are shown by their name; English shows the code spelt as words (ASSAULT → assault)
  const evName = (ty) => (I18N[LANG].ev[ty] || (ty ? ty.toLowerCase().replace(/_/g, " ") : "?"));
  const LOCALE = () => (LANG === "ar" ? "ar-u-nu-latn" : "en");
  const num = (n) => (n == null ? t("none") : Number(n).toLocaleString(LOCALE()));

  // ------------------------------------------------------------------------------- plurals
  // Arabic counts agree with the noun: 1 مقال، 2 مقالان، 3–10 مقالات، 11–99 مقالاً، 100 مقال (the CLDR
  // categories one / two / few / many / other, which Intl.PluralRules gives; zero takes the plural).
  const NOUNS = {
    article: ["مقال", "مقالان", "مقالات", "مقالاً", "مقال", "article", "articles"],
    result: ["نتيجة", "نتيجتان", "نتائج", "نتيجةً", "نتيجة", "result", "results"],
    mention: ["إشارة", "إشارتان", "إشارات", "إشارةً", "إشارة", "mention", "mentions"],
    item: ["عنصر", "عنصران", "عناصر", "عنصراً", "عنصر", "item", "items"],
    event: ["حدث", "حدثان", "أحداث", "حدثاً", "حدث", "event", "events"],
    quote: ["قول", "قولان", "أقوال", "قولاً", "قول", "quote", "quotes"],
    actor: ["فاعل", "فاعلان", "فاعلين", "فاعلاً", "فاعل", "actor", "actors"],
    link: ["صلة", "صلتان", "صلات", "صلةً", "صلة", "link", "links"],
    year: ["سنة", "سنتان", "سنوات", "سنةً", "سنة", "year", "years"],
    month: ["شهر", "شهران", "أشهر", "شهراً", "شهر", "month", "months"],
    week: ["أسبوع", "أسبوعان", "أسابيع", "أسبوعاً", "أسبوع", "week", "weeks"],
    day: ["يوم", "يومان", "أيام", "يوماً", "يوم", "day", "days"],
    hour: ["ساعة", "ساعتان", "ساعات", "ساعةً", "ساعة", "hour", "hours"],
    minute: ["دقيقة", "دقيقتان", "دقائق", "دقيقةً", "دقيقة", "minute", "minutes"],
    decade: ["عقد", "عقدان", "عقود", "عقداً", "عقد", "decade", "decades"],
  };
  const PLURAL_AR = new Intl.PluralRules("ar");
  const CAT = { one: 0, two: 1, few: 2, many: 3, other: 4, zero: 2 };
  function count(n, noun) {
    const f = NOUNS[noun];
    const k = Number(n) || 0;
    if (LANG !== "ar") return num(k) + " " + (k === 1 ? f[5] : f[6]);
    return num(k) + " " + f[CAT[PLURAL_AR.select(k)]];
  }

  // ------------------------------------------------------------------------------- dates
  // Values are ISO 8601 in the API; the page shows them as dates a reader reads (22 أغسطس 2024),
  // in the Gregorian calendar or, on demand (the header's toggle), the Hijri one (Umm al-Qura, as
  // the Saudi press dates). The ISO value stays in the element's title for whoever wants it.
  let HIJRI = localStorage.getItem("marsad.calendar") === "hijri";
  const fmtCache = {};
  function dtf(opts) {
    const loc = (LANG === "ar" ? "ar" : "en") + (HIJRI ? "-u-ca-islamic-umalqura-nu-latn" : "-u-nu-latn");
    const key = loc + JSON.stringify(opts);
    if (!fmtCache[key]) fmtCache[key] = new Intl.DateTimeFormat(loc, Object.assign({ timeZone: "UTC" }, opts));
    return fmtCache[key];
  }
  const utc = (y, m, d) => new Date(Date.UTC(y, m - 1, d));
  const DUR_UNIT = { Y: "year", M: "month", W: "week", D: "day", H: "hour", TM: "minute", DE: "decade" };
  function fmtDuration(v, every) {
    const m = /^P(?:T)?(\d+(?:\.\d+)?)(Y|M|W|D|H|DE)$/.exec(v);
    if (!m) return null;
    const unit = DUR_UNIT[v.startsWith("PT") && m[2] === "M" ? "TM" : m[2]];
    const n = Number(m[1]);
    if (every) return (LANG === "ar" ? "كل " : "every ") + (n === 1 ? NOUNS[unit][LANG === "ar" ? 0 : 5] : count(n, unit));
    return count(n, unit);
  }
  function fmtDate(v, opts) {
    if (v == null || v === "") return t("none");
    const s = String(v);
    if (s.includes("/")) {
      const [a, b] = s.split("/");
      if (/^\d{4}$/.test(a) && /^\d{4}$/.test(b) && !HIJRI) return a + "–" + b;
      return fmtDate(a, opts) + " – " + fmtDate(b, opts);
    }
    if (s.startsWith("P")) return fmtDuration(s, opts && opts.every) || s;
    let m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(s);
    if (m) {
      const d = utc(+m[1], +m[2], +m[3]);
      const day = dtf({ day: "numeric", month: "long", year: "numeric" }).format(d);
      return m[4] ? day + "، " + m[4] + ":" + m[5] : day;
    }
    m = /^XXXX-(\d{2})-(\d{2})$/.exec(s);  // day and month, year unknown
    if (m) return new Intl.DateTimeFormat(LANG === "ar" ? "ar-u-nu-latn" : "en", { day: "numeric", month: "long", timeZone: "UTC" }).format(utc(2000, +m[1], +m[2]));
    m = /^(\d{4})-(\d{2})$/.exec(s);
    if (m) {
      if (!HIJRI) return dtf({ month: "long", year: "numeric" }).format(utc(+m[1], +m[2], 1));
      // a Gregorian month straddles two Hijri months: name both ends
      const last = new Date(Date.UTC(+m[1], +m[2], 0)).getUTCDate();
      return dtf({ day: "numeric", month: "long", year: "numeric" }).formatRange(utc(+m[1], +m[2], 1), utc(+m[1], +m[2], last));
    }
    m = /^(\d{4})-W(\d{2})$/.exec(s);
    if (m) return (LANG === "ar" ? "الأسبوع " + num(+m[2]) + " من " : "week " + num(+m[2]) + " of ") + m[1];
    m = /^(\d{4})$/.exec(s);
    if (m) {
      if (!HIJRI) return m[1];
      const a = dtf({ year: "numeric" }).format(utc(+m[1], 1, 1)), b = dtf({ year: "numeric" }).format(utc(+m[1], 12, 31));
      return m[1] + " (" + (a === b ? a : a.replace(/\s*هـ|\s*AH/, "") + "–" + b) + ")";
    }
    return s;
  }
  // what a time fact means, in words: its value, or its reference (حاليا → the present), and its part of day
  function timeText(x) {
    const parts = [];
    if (x.value) parts.push(x.type === "SET" ? fmtDate(x.value, { every: true }) : fmtDate(x.value));
    else if (x.ref) parts.push((I18N[LANG].refs || {})[x.ref] || I18N.en.refs[x.ref] || x.ref);
    if (x.part) parts.push((I18N[LANG].parts || {})[x.part] || I18N.en.parts[x.part] || x.part);
    return parts.join("، ") || "?";
  }
  const UNITS = { ar: { PIASTRE: "قرش", barrel: "برميل", km: "كم", km2: "كم²", m: "متر", m2: "م²", m3: "م³", cm: "سم", kg: "كغ",
    g: "غرام", t: "طن", l: "لتر", ha: "هكتار", dunam: "دونم", mile: "ميل", degree: "درجة", MW: "ميغاواط", kW: "كيلوواط", "%": "%" },
  en: { PIASTRE: "piastres", dunam: "dunams", degree: "°" } };
  function unitName(u) {
    if (!u) return "";
    if ((UNITS[LANG] || {})[u]) return UNITS[LANG][u];
    if (/^[A-Z]{3}$/.test(u)) {
      try { return new Intl.DisplayNames([LANG], { type: "currency" }).of(u); } catch (e) { return u; }
    }
    return u;
  }
  function quantityText(x) {
    const q = x.qualifier ? ((I18N[LANG].quals || {})[x.qualifier] || x.qualifier.replace(/_/g, " ")) + " " : "";
    const u = unitName(x.unit);
    return q + num(x.value) + (u ? (x.unit === "%" ? "" : " ") + u : "") + (x.rate ? " " + fmtDate(x.rate, { every: true }) : "");
  }
  function basisText(b) {
    if (!b) return null;
    const B = I18N[LANG].basis;
    return b.startsWith("estimated") ? B.estimated : (B[b] || b);
  }
  const countryName = (cc) => {
    if (!cc) return null;
    try { return new Intl.DisplayNames([LANG], { type: "region" }).of(cc); } catch (e) { return cc; }
  };
  const sectorName = (x) => (x ? ((I18N[LANG].sectors || {})[x] || x) : null);
  const kindName = (x) => (x ? ((I18N[LANG].kinds || {})[x] || x) : null);

  const HMONTHS = { ar: ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"],
    en: ["Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Thani", "Jumada al-Ula", "Jumada al-Akhirah", "Rajab", "Shaban", "Ramadan", "Shawwal", "Dhu al-Qadah", "Dhu al-Hijjah"] };
  // a Hijri date as the article wrote it (1436-10-11, 1436-10, 1436) → 11 شوال 1436 هـ
  function hijriWritten(v) {
    const [y, m, d] = String(v).split("-");
    const mon = m && HMONTHS[LANG][+m - 1];
    if (LANG === "ar") return [d ? +d : null, mon, y].filter(Boolean).join(" ") + " هـ";
    return (mon ? mon + " " : "") + (d ? +d + ", " : "") + y + " AH";
  }
  // the actor dictionary's attributes of an entity, as rows of a fact's or an entity's details
  function actorRows(a, row) {
    if (!a) return;
    row("kind", kindName(a.kind));
    row("sector", sectorName(a.sector));
    if (a.office) row("office", h("span", { dir: "ltr", lang: "en" }, a.office));
    row("country", countryName(a.country));
    if (a.lat != null && a.lon != null) row("coords", h("bdi", { dir: LANG === "ar" ? "rtl" : "ltr" }, fmtCoord(a.lat, "N", "S") + (LANG === "ar" ? "، " : ", ") + fmtCoord(a.lon, "E", "W")));
  }
  // in Arabic without the degree sign, which the bidi algorithm moves to the wrong side of the number
  const fmtCoord = (v, pos, neg) => (LANG === "ar"
    ? Math.abs(v).toFixed(2) + " " + (v >= 0 ? { N: "شمالاً", E: "شرقاً" }[pos] : { S: "جنوباً", W: "غرباً" }[neg])
    : Math.abs(v).toFixed(2) + "° " + (v >= 0 ? pos : neg));

  // a date as a node: readable text, the ISO value in its title
  const dateNode = (v, opts) => h("bdi", { class: "date", title: v || null }, fmtDate(v, opts));
  // the short label of a chart bucket (a day, a month or a year)
  function fmtPeriod(p) {
    if (!p) return "";
    if (p.length === 10) return dtf({ day: "numeric", month: "short" }).format(utc(+p.slice(0, 4), +p.slice(5, 7), +p.slice(8, 10)));
    if (p.length === 7) return dtf({ month: "short", year: "numeric" }).format(utc(+p.slice(0, 4), +p.slice(5, 7), HIJRI ? 15 : 1));
    return fmtDate(p);
  }

  // ------------------------------------------------------------------------------- DOM helpers
  function safeHref(v) {
    const s = String(v == null ? "" : v);
    if (s.startsWith("#/") || s.startsWith("/api/")) return s;
    try {
      const u = new URL(s, location.href);
      if (u.protocol === "http:" || u.protocol === "https:") return u.href;
    } catch (e) { /* not a URL */ }
    return "#";
  }

  // h("a", {href: "#/x", class: "c", onclick: fn}, "text", node, [more]) — children are text or nodes.
  function h(tag, attrs, ...kids) {
    const el = document.createElement(tag);
    if (attrs) {
      for (const k of Object.keys(attrs)) {
        const v = attrs[k];
        if (v == null || v === false) continue;
        if (k === "class") el.className = v;
        else if (k === "text") el.textContent = String(v);
        else if (k.startsWith("on") && typeof v === "function") el.addEventListener(k.slice(2), v);
        else if (k === "href") el.setAttribute("href", safeHref(v));
        else if (k === "value") el.value = v;
        else el.setAttribute(k, v === true ? "" : String(v));
      }
    }
    for (const c of kids.flat(Infinity)) {
      if (c == null || c === false) continue;
      el.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return el;
  }
  const route = (view, arg, params) => {
    let s = "#/" + view + (arg != null ? "/" + encodeURIComponent(arg) : "");
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params || {})) if (v != null && v !== "") q.set(k, v);
    const qs = q.toString();
    return qs ? s + "?" + qs : s;
  };
  const badge = (ty) => h("span", { class: "badge t-" + ty, text: typeName(ty) });
  const kindBadge = (k) => h("span", { class: "badge k-" + k, text: k === "event" ? t("events") : t("quotes") });
  // the badge sits outside the bidi-isolated name, so it stays at the line's start in both directions
  const entLink = (id, name, type) => h("span", null, type ? badge(type) : null,
    id ? h("a", { href: route("entity", id), dir: "auto" }, name) : h("span", { dir: "auto" }, name || t("none")));

  async function api(path, params) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params || {})) if (v != null && v !== "") q.set(k, v);
    const r = await fetch("/api/" + path + (q.toString() ? "?" + q : ""), { headers: { Accept: "application/json" } });
    let body = null;
    try { body = await r.json(); } catch (e) { body = null; }
    if (!r.ok) {
      let msg = (body && body.detail) || r.statusText;
      if (Array.isArray(msg)) msg = msg.map((d) => (d.loc || []).slice(-1)[0] + ": " + d.msg).join("; ");
      const err = new Error(r.status === 404 ? t("notFound") + " — " + msg : msg);
      err.status = r.status;
      throw err;
    }
    return body;
  }

  // vendored libraries are loaded on first use, so search and article pages stay light
  const loaded = {};
  function need(file) {
    if (!loaded[file]) {
      loaded[file] = new Promise((resolve, reject) => {
        const s = document.createElement("script");
        s.src = "/static/vendor/" + file;
        s.onload = resolve;
        s.onerror = () => reject(new Error("could not load " + file));
        document.head.append(s);
      });
    }
    return loaded[file];
  }

  // charts and graphs made by a view, torn down when the route changes
  let live = [];
  function keep(x) { live.push(x); return x; }
  function teardown() { for (const x of live) { try { x.destroy(); } catch (e) { /* already gone */ } } live = []; }

  async function chart(canvas, config) {
    await need("chart.umd.min.js");
    await document.fonts.ready;
    const C = window.Chart;
    C.defaults.font.family = getComputedStyle(document.body).fontFamily;
    C.defaults.color = "#1d2430";
    config.options = Object.assign({ responsive: true, maintainAspectRatio: false, animation: false,
      locale: LANG === "ar" ? "ar-u-nu-latn" : "en" }, config.options || {});
    config.options.plugins = Object.assign({ legend: { rtl: LANG === "ar", display: (config.data.datasets || []).length > 1 },
      tooltip: { rtl: LANG === "ar" } }, config.options.plugins || {});
    return keep(new C(canvas, config));
  }
  // A bar chart over a real time axis: each period's bar stands at its place in time (a linear axis in
  // milliseconds, ticks at period starts), so gaps are gaps and a year is as wide as twelve months.
  const SPAN = { day: 864e5, month: 30.44 * 864e5, year: 365.25 * 864e5 };
  function periodStart(p) {
    return Date.UTC(+p.slice(0, 4), p.length >= 7 ? +p.slice(5, 7) - 1 : 0, p.length >= 10 ? +p.slice(8, 10) : 1);
  }
  async function timeChart(canvas, buckets, gran, series, stacked, onPick) {
    const unit = SPAN[gran] || SPAN.day;
    const starts = buckets.map((b) => periodStart(b.period));
    // a period's label stands under its bar (the period's middle)
    const label = new Map(starts.map((v, i) => [v + unit / 2, fmtPeriod(buckets[i].period)]));
    const lo = starts.length ? starts[0] : 0, hi = starts.length ? starts[starts.length - 1] + unit : 1;
    const x = { type: "linear", min: lo, max: hi, reverse: LANG === "ar", stacked: !!stacked, grid: { display: false },
      afterBuildTicks: (axis) => { axis.ticks = starts.map((v) => ({ value: v + unit / 2 })); },
      ticks: { autoSkip: true, maxRotation: 0, callback: (v) => label.get(v) || "" } };
    const cfg = { type: "bar",
      data: { datasets: series.map((s) => ({ label: s.label, backgroundColor: s.colour, stack: stacked ? "s" : s.key,
        data: buckets.map((b, i) => ({ x: starts[i] + unit / 2, y: b[s.key] })), barPercentage: 0.9, categoryPercentage: 0.9 })) },
      options: { parsing: false, scales: { x, y: { stacked: !!stacked, beginAtZero: true, position: LANG === "ar" ? "right" : "left", ticks: { precision: 0 } } },
        plugins: { tooltip: { rtl: LANG === "ar", callbacks: { title: (items) => (items.length ? fmtDate(buckets[items[0].dataIndex].period) : "") } } } } };
    if (onPick) {
      cfg.options.onClick = (_ev, els) => { if (els.length) onPick(buckets[els[0].index]); };
      cfg.options.onHover = (ev, els) => { ev.native.target.style.cursor = els.length ? "zoom-in" : "default"; };
    }
    return chart(canvas, cfg);
  }
  const PALETTE = ["#0f6b5c", "#2f6fd6", "#7b3fc9", "#c26a12", "#d2452d", "#13807f", "#b38600", "#a8324a", "#1f8a4c", "#5b6575"];
  const TYPE_COLOUR = { PER: "#2f6fd6", ORG: "#7b3fc9", LOC: "#1f8a4c", GPE: "#1f8a4c", FAC: "#1f8a4c", MISC: "#c26a12",
    NORP: "#c26a12", OUTLET: "#0d3b36", ANON: "#8a8f98", ACTOR: "#b0a48a" };

  const main = document.getElementById("main");
  let renderId = 0;
  function show(...nodes) { main.replaceChildren(...nodes); }
  function fail(e) { show(h("div", { class: "error", role: "alert" }, t("error") + ": " + (e && e.message ? e.message : e))); }

  // ------------------------------------------------------------------------------- stats (shared)
  let statsCache = null;
  async function stats() { if (!statsCache) statsCache = await api("stats"); return statsCache; }

  // ------------------------------------------------------------------------------- offsets
  // The API counts offsets in Unicode code points (Python strings); JavaScript strings count UTF-16
  // units, so one character outside the BMP (an emoji, a math letter) before a fact would shift every
  // highlight after it and could cut a surrogate pair in two. Offsets are converted once, on arrival.
  function toUnits(text) {
    if (!/[\uD800-\uDFFF]/.test(text)) return (i) => i;
    const map = [0];
    let u = 0;
    for (const ch of text) { u += ch.length; map.push(u); }
    return (i) => (i == null || !Number.isFinite(i) ? i : map[Math.max(0, Math.min(i, map.length - 1))]);
  }
  const OFFSET_KEYS = ["start", "end", "content_start", "content_end", "speaker_start", "speaker_end", "cue_start", "cue_end"];
  function docToUnits(doc) {
    const U = toUnits(doc.text || "");
    for (const k of ["entities", "times", "quantities", "quotes", "events"]) {
      for (const f of doc[k] || []) for (const key of OFFSET_KEYS) if (f[key] != null) f[key] = U(f[key]);
    }
    doc.sentences = (doc.sentences || []).map(([a, b]) => [U(a), U(b)]);
    return U;
  }

  // ------------------------------------------------------------------------------- search
  function snippetNode(sn) {
    const p = h("p", { class: "snippet", dir: "auto" });
    let pos = 0;
    const text = sn.text.replace(/\n/g, " ");
    const U = toUnits(text);
    for (let [a, b] of sn.highlights) {
      a = U(a); b = U(b);
      if (a < pos) continue;
      p.append(text.slice(pos, a), h("mark", null, text.slice(a, b)));
      pos = b;
    }
    p.append(text.slice(pos));
    if (sn.start > 0) p.prepend("… ");
    return p;
  }

  async function viewSearch(_arg, params, my) {
    const st = await stats();
    const q = params.get("q") || "";
    const page = Math.max(1, parseInt(params.get("page") || "1", 10) || 1);
    const size = 20;
    const f = { q, outlet: params.get("outlet"), date_from: params.get("date_from"), date_to: params.get("date_to"),
      entity: params.get("entity"), event_type: params.get("event_type") };
    const qIn = h("input", { class: "q", type: "search", name: "q", maxlength: "500", value: q, placeholder: t("query"), dir: "auto", "aria-label": t("query") });
    const outletSel = h("select", { name: "outlet" }, h("option", { value: "" }, t("anyOutlet")),
      Object.keys(st.outlets || {}).map((o) => h("option", { value: o, selected: o === f.outlet }, o)));
    const evSel = h("select", { name: "event_type" }, h("option", { value: "" }, t("anyType")),
      Object.keys(st.event_types || {}).map((o) => h("option", { value: o, selected: o === f.event_type }, evName(o))));
    const dFrom = h("input", { type: "date", name: "date_from", value: f.date_from || "" });
    const dTo = h("input", { type: "date", name: "date_to", value: f.date_to || "" });
    const form = h("form", { class: "row", role: "search", onsubmit: (ev) => {
      ev.preventDefault();
      location.hash = route("search", null, { q: qIn.value.trim(), outlet: outletSel.value, event_type: evSel.value,
        date_from: dFrom.value, date_to: dTo.value, entity: f.entity });
    } }, h("label", null, t("query"), qIn), h("label", null, t("outlet"), outletSel), h("label", null, t("from"), dFrom),
    h("label", null, t("to"), dTo), h("label", null, t("eventType"), evSel), h("button", { class: "btn", type: "submit" }, t("searchBtn")));
    const results = h("div", { id: "results" }, h("p", { class: "loading" }, t("loading")));
    const card = h("div", { class: "card" }, form);
    show(card, h("div", { class: "card" }, results));
    const res = await api("search", Object.assign({}, f, { limit: size, offset: (page - 1) * size }));
    if (my !== renderId) return;
    if (res.entity) {
      const nf = Object.assign({}, f, { entity: null });
      card.append(h("div", null, h("span", { class: "chip" }, t("entity") + ": ", entLink(res.entity.entity_id, res.entity.name, res.entity.type),
        h("button", { type: "button", title: "×", "aria-label": "remove", onclick: () => { location.hash = route("search", null, nf); } }, "✕"))));
    }
    const list = h("ol", { class: "hits" });
    for (const hit of res.hits) {
      list.append(h("li", { class: "hit" },
        h("h3", null, h("a", { href: route("doc", hit.id, { q }), dir: "auto" }, hit.title || ("#" + hit.id))),
        h("div", { class: "meta" }, hit.outlet ? h("span", { dir: "auto" }, hit.outlet) : null, hit.outlet && hit.published ? " · " : null,
          hit.published ? dateNode(hit.published) : null),
        snippetNode(hit.snippet)));
    }
    const pages = Math.max(1, Math.ceil(res.total / size));
    const pager = h("div", { class: "pager" },
      h("button", { class: "btn ghost", type: "button", disabled: page <= 1, onclick: () => { location.hash = route("search", null, Object.assign({}, f, { page: page - 1 })); } }, t("prev")),
      h("span", { class: "muted" }, t("page") + " " + num(page) + " " + t("of") + " " + num(pages)),
      h("button", { class: "btn ghost", type: "button", disabled: page >= pages, onclick: () => { location.hash = route("search", null, Object.assign({}, f, { page: page + 1 })); } }, t("next")));
    const any = q || f.outlet || f.date_from || f.date_to || f.entity || f.event_type;
    results.replaceChildren(
      h("h2", null, any ? count(res.total, "result") : t("latest")),
      res.hits.length ? list : h("p", { class: "muted" }, t("noResults")),
      res.total > size ? pager : null);
  }

  // ------------------------------------------------------------------------------- article
  function factTitle(f) {
    const x = f.fact;
    switch (f.kind) {
      case "entities": return typeName(x.type) + " · " + x.text;
      case "times": return t("times") + " · " + x.text + " = " + timeText(x) + (x.estimated ? " (" + t("estimated") + ")" : "");
      case "quantities": return t("quantities") + " · " + x.text + " = " + quantityText(x) + (x.counted ? " · " + x.counted : "");
      case "quotes": return t("quotes") + " · " + (x.speaker || "?") + (x.anonymous ? " (" + t("anonymous") + ")" : "");
      case "events": return t("events") + " · " + evName(x.type) + " · " + (x.source || "?") + " → " + (x.target || "?");
      default: return "";
    }
  }

  // Every fact as [start, end) pieces with the classes they give the text under them.
  function pieces(doc) {
    const out = [];
    const add = (s, e, cls, kind, fact) => { if (s != null && e != null && e > s) out.push({ s, e, cls, kind, fact }); };
    doc.entities.forEach((x) => add(x.start, x.end, ["ent", "ent-" + x.type], "entities", x));
    doc.times.forEach((x) => add(x.start, x.end, ["time"], "times", x));
    doc.quantities.forEach((x) => add(x.start, x.end, ["qty"], "quantities", x));
    doc.quotes.forEach((x) => {
      const cs = x.content_start != null ? x.content_start : x.start;
      const ce = x.content_end != null ? x.content_end : x.end;
      add(cs, ce, ["qc"], "quotes", x);
      add(x.speaker_start, x.speaker_end, ["qs"], "quotes", x);
      add(x.cue_start, x.cue_end, ["qcue"], "quotes", x);
    });
    doc.events.forEach((x) => {
      add(x.start, x.end, ["ev"], "events", x);
      if (x.trigger) {
        const i = doc.text.slice(x.start, x.end).indexOf(x.trigger);
        if (i >= 0) add(x.start + i, x.start + i + x.trigger.length, ["evt"], "events", x);
      }
    });
    return out;
  }

  function detailNode(kind, x, doc) {
    const rows = [];
    const row = (k, v) => { if (v != null && v !== "" && !(Array.isArray(v) && !v.length)) rows.push(h("dt", null, t(k)), h("dd", { dir: "auto" }, v)); };
    let head;
    if (kind === "entities") {
      head = h("div", null, badge(x.type), h("b", { dir: "auto" }, x.text));
      const r = x.canonical_id && doc.entity_names[x.canonical_id];
      if (r) {
        row("entityPage", entLink(r.entity_id, r.name));
        row("latin", r.latin);
        actorRows(r.actor || x.actor, row);
        row("documents", count(r.documents, "article"));
        row("searchWith", h("a", { href: route("search", null, { entity: r.entity_id }) }, r.name));
      }
    } else if (kind === "times") {
      head = h("div", null, h("span", { class: "badge t-MISC" }, (I18N[LANG].ttype || {})[x.type || "DATE"] || x.type), h("b", { dir: "auto" }, x.text));
      row("value", h("span", { title: x.value || null }, timeText(x)));
      if (x.hijri) row("hijri", hijriWritten(x.hijri));
      if (x.estimated) row("estimated", "✓");
    } else if (kind === "quantities") {
      head = h("div", null, h("b", { dir: "auto" }, x.text));
      row("value", quantityText(x));
      row("counted", x.counted);
    } else if (kind === "quotes") {
      head = h("div", null, kindBadge("quote"), h("b", { dir: "auto" }, x.speaker || "?"));
      const sid = x.speaker_canonical_id;
      row("speaker", sid ? entLink(sid, (doc.entity_names[sid] || {}).name || x.speaker) : x.speaker);
      row("cue", x.cue);
      row("content", h("span", { class: "quote-text" }, x.content));
      row("via", (x.via || []).join(" ← "));
      if (x.anonymous) row("anonymous", "✓");
    } else {
      head = h("div", null, kindBadge("event"), h("b", null, evName(x.type)));
      const actor = (name, id) => (id ? entLink(id, (doc.entity_names[id] || {}).name || name) : name);
      row("trigger", x.trigger);
      row("srcActor", actor(x.source, x.source_canonical_id));
      row("tgtActor", actor(x.target, x.target_canonical_id));
      row("time", x.time ? h("span", { title: x.time }, fmtDate(x.time)) : null); row("place", x.place);
      row("type", ["negated", "future", "hypothetical"].filter((k) => x[k]).map(t).join("، ") || null);
    }
    return h("div", { class: "detail" }, head, h("dl", null, rows));
  }

  async function viewDoc(id, params, my) {
    const doc = await api("documents/" + encodeURIComponent(id));
    if (my !== renderId) return;
    const U = docToUnits(doc);
    const text = doc.text;
    const ps = pieces(doc);
    // segment the text at every fact boundary; each segment carries the facts covering it
    // the headline is the text's first paragraph (body_start): it is drawn as the heading, its facts marked
    const bodyStart = doc.body_start > 0 && doc.body_start <= text.length ? doc.body_start : 0;
    const heading = h("h1", { dir: "auto" });
    const cuts = new Set([0, bodyStart, text.length]);
    ps.forEach((p) => { cuts.add(p.s); cuts.add(p.e); });
    const bounds = [...cuts].filter((x) => x >= 0 && x <= text.length).sort((a, b) => a - b);
    const body = h("div", { class: "article-text", dir: "rtl", lang: doc.language || "ar", id: "article-text" });
    const segs = [];
    const sorted = ps.slice().sort((a, b) => a.s - b.s);
    let active = [];
    let next = 0;
    for (let i = 0; i + 1 < bounds.length; i++) {
      const a = bounds[i], b = bounds[i + 1];
      while (next < sorted.length && sorted[next].s <= a) active.push(sorted[next++]);
      active = active.filter((p) => p.e > a);
      const cover = active.filter((p) => p.s <= a && p.e >= b);
      const into = a < bodyStart ? heading : body;
      if (!cover.length) { into.append(a < bodyStart ? text.slice(a, b).replace(/\s+$/, "") : text.slice(a, b)); continue; }
      const cls = new Set(["seg"]);
      cover.forEach((p) => p.cls.forEach((c) => cls.add(c)));
      const facts = [...new Set(cover.map((p) => p.fact))].map((f) => cover.find((p) => p.fact === f));
      const span = h("span", { class: [...cls].join(" "), "data-s": a, "data-e": b,
        title: facts.map(factTitle).join("\n") }, text.slice(a, b));
      span.addEventListener("click", () => select(facts, span));
      // the quiet marks (a quote's speaker and cue, an event's trigger) light up their whole fact on hover
      const whole = cover.filter((p) => p.cls.some((c) => c === "qs" || c === "qcue" || c === "evt")).map((p) => p.fact);
      if (whole.length) {
        span.addEventListener("mouseenter", () => whole.forEach((f) => {
          const [fs, fe] = f.content_start != null ? [f.content_start, f.content_end] : [f.start, f.end];
          for (const sg of segs) if (sg.a < fe && sg.b > fs) sg.el.classList.add("hover");
        }));
        span.addEventListener("mouseleave", () => segs.forEach((sg) => sg.el.classList.remove("hover")));
      }
      segs.push({ a, b, el: span });
      into.append(span);
    }
    const panel = h("div", { id: "fact-detail" }, h("p", { class: "muted small" }, t("clickFact")));
    function mark(s, e, cls) {
      document.querySelectorAll(".seg." + cls).forEach((x) => x.classList.remove(cls));
      let first = null;
      for (const sg of segs) if (sg.a < e && sg.b > s) { sg.el.classList.add(cls); first = first || sg.el; }
      return first;
    }
    function select(facts, span) {
      panel.replaceChildren(...facts.map((p) => detailNode(p.kind, p.fact, doc)));
      if (span) { document.querySelectorAll(".seg.sel").forEach((x) => x.classList.remove("sel")); span.classList.add("sel"); }
    }
    function goTo(kind, f) {
      select([{ kind, fact: f }], null);
      const el = mark(f.start, f.end, "focus");
      if (el) el.scrollIntoView({ block: "center", behavior: "smooth" });
    }
    const kinds = [["entities", "ents", "ent"], ["times", "times", "time"], ["quantities", "quantities", "qty"],
      ["quotes", "quotes", "quote"], ["events", "events", "event"]];
    const legend = h("div", { class: "legend" }, h("span", { class: "muted" }, t("highlightKinds") + ":"),
      kinds.map(([k, label, cls]) => h("label", null, h("input", { type: "checkbox", checked: true, onchange: (e) => {
        body.classList.toggle("hide-" + cls, !e.target.checked);
      } }), t(label) + " (" + num(doc[k].length) + ")")),
      // quotations and event sentences can cover most of an article: their extent is shown on demand
      h("label", { class: "muted" }, h("input", { type: "checkbox", id: "toggle-extent", onchange: (e) => {
        body.classList.toggle("show-extent", e.target.checked);
      } }), t("quoteContent")));
    const lists = kinds.map(([k, label]) => {
      const items = doc[k].map((f) => h("li", { dir: "auto", onclick: () => goTo(k, f) },
        k === "entities" ? badge(f.type) : null,
        k === "events" ? evName(f.type) + ": " + (f.source || "?") + " → " + (f.target || "?")
          : k === "quotes" ? (f.speaker || "?") + ": «" + (f.content || "").slice(0, 90) + "»"
            : k === "times" ? f.text + " = " + timeText(f)
              : k === "quantities" ? f.text + " = " + quantityText(f) : f.text));
      return h("details", { open: doc[k].length > 0 && doc[k].length <= 40 }, h("summary", null, t(label) + " (" + num(doc[k].length) + ")"),
        h("ul", null, items));
    });
    const meta = h("div", { class: "meta-line" },
      doc.outlet ? h("span", null, t("outlet") + ": ", h("a", { href: route("search", null, { outlet: doc.outlet }), dir: "auto" }, doc.outlet)) : null,
      doc.published ? h("span", null, t("published") + ": ", dateNode(doc.published),
        doc.published_basis ? h("span", { title: doc.published_basis }, " (" + basisText(doc.published_basis) + ")") : "") : null,
      doc.author ? h("span", { dir: "auto" }, t("author") + ": " + doc.author) : null,
      doc.source ? h("span", null, t("source") + ": ", h("bdi", { dir: "ltr" }, doc.source)) : null,
      doc.url ? h("span", null, t("url") + ": ", safeHref(doc.url) !== "#" ? h("a", { href: doc.url, rel: "noopener noreferrer nofollow", target: "_blank", dir: "ltr" }, doc.url) : h("bdi", { dir: "ltr" }, doc.url)) : null,
      h("span", null, "#" + doc.id));
    if (!bodyStart) heading.append(doc.title || ("#" + doc.id));
    const article = h("article", { class: "card" }, heading, meta, legend, body);
    const aside = h("aside", { class: "card sticky facts" }, h("h2", null, t("facts")), panel, lists);
    show(h("div", { class: "grid2" }, article, aside));
    const s = U(parseInt(params.get("s"), 10)), e = U(parseInt(params.get("e"), 10));
    if (Number.isFinite(s)) {
      // link from the timeline / entity pages: light up the whole sentence around the fact
      const sent = (doc.sentences || []).find(([a, b]) => a <= s && s < b);
      const [a, b] = sent ? [sent[0], Math.max(sent[1], Number.isFinite(e) ? e : s + 1)] : [s, Number.isFinite(e) ? e : s + 1];
      if (!segs.some((sg) => sg.a < b && sg.b > a)) {
        // no fact segment there: wrap the sentence's plain text so it can be shown
        wrapRange(body, a, b);
      }
      const el = mark(a, b, "focus") || body.querySelector(".focus");
      if (el) setTimeout(() => el.scrollIntoView({ block: "center" }), 50);
    }
  }

  // Put the text at [a, b) of the article body in .focus spans (text nodes only; no HTML involved).
  function wrapRange(body, a, b) {
    let pos = 0;
    for (const node of [...body.childNodes]) {
      const len = node.textContent.length;
      if (node.nodeType === Node.TEXT_NODE && pos < b && pos + len > a) {
        const s = Math.max(a, pos) - pos, e = Math.min(b, pos + len) - pos;
        const txt = node.textContent;
        node.replaceWith(txt.slice(0, s), h("span", { class: "seg focus" }, txt.slice(s, e)), txt.slice(e));
      } else if (node.nodeType === Node.ELEMENT_NODE && pos < b && pos + len > a) {
        node.classList.add("focus");
      }
      pos += len;
    }
  }

  // ------------------------------------------------------------------------------- entities
  async function viewEntities(_arg, params, my) {
    const type = params.get("type") || "", q = params.get("q") || "";
    const page = Math.max(1, parseInt(params.get("page") || "1", 10) || 1), size = 50;
    const res = await api("entities", { type, q, limit: size, offset: (page - 1) * size });
    if (my !== renderId) return;
    const typeSel = h("select", { name: "type" }, h("option", { value: "" }, t("allTypes")),
      Object.keys(res.types).map((ty) => h("option", { value: ty, selected: ty === type }, typeName(ty) + " (" + num(res.types[ty]) + ")")));
    const qIn = h("input", { type: "search", value: q, maxlength: "100", placeholder: t("filterName"), dir: "auto" });
    const form = h("form", { class: "row", onsubmit: (e) => { e.preventDefault(); location.hash = route("entities", null, { type: typeSel.value, q: qIn.value.trim() }); } },
      h("label", null, t("type"), typeSel), h("label", null, t("name"), qIn), h("button", { class: "btn", type: "submit" }, t("show")));
    const maxDocs = Math.max(1, ...res.entities.map((e) => e.documents));
    const table = h("table", null, h("thead", null, h("tr", null, h("th", null, t("name")), h("th", null, t("latin")),
      h("th", { class: "num" }, t("documents")), h("th", { class: "num" }, t("mentions")), h("th", null, t("country")), h("th", null, t("variants")))),
    h("tbody", null, res.entities.map((e) => h("tr", null,
      h("td", null, entLink(e.entity_id, e.name, e.type)), h("td", { dir: "ltr" }, e.latin || ""),
      h("td", { class: "num" }, h("span", { class: "bar", style: "width:" + Math.round(60 * e.documents / maxDocs) + "px" }), " ", num(e.documents)),
      h("td", { class: "num" }, num(e.mentions)),
      h("td", { class: "small" }, e.actor ? [countryName(e.actor.country), sectorName(e.actor.sector)].filter(Boolean).join(" · ") : ""),
      h("td", { class: "small muted", dir: "auto" }, e.variants.filter((v) => v !== e.name).slice(0, 5).join("، "))))));
    const pages = Math.max(1, Math.ceil(res.total / size));
    show(h("div", { class: "card" }, form), h("div", { class: "card" }, h("h2", null, t("entities") + " (" + num(res.total) + ")"),
      res.entities.length ? table : h("p", { class: "muted" }, t("noData")),
      pages > 1 ? h("div", { class: "pager" },
        h("button", { class: "btn ghost", disabled: page <= 1, onclick: () => { location.hash = route("entities", null, { type, q, page: page - 1 }); } }, t("prev")),
        h("span", { class: "muted" }, num(page) + " / " + num(pages)),
        h("button", { class: "btn ghost", disabled: page >= pages, onclick: () => { location.hash = route("entities", null, { type, q, page: page + 1 }); } }, t("next"))) : null));
  }

  function actItem(a, opts) {
    const link = h("a", { href: route("doc", a.document, { s: a.start, e: a.end }) }, t("sentence"));
    let head;
    if (a.kind === "quote") {
      head = h("div", null, (opts && opts.noSpeaker) ? null : h("b", { dir: "auto" }, (a.speaker || "?") + " "),
        a.cue ? h("span", { class: "muted" }, a.cue + ": ") : null, h("span", { class: "quote-text", dir: "auto" }, a.content || ""));
    } else {
      head = h("div", null, h("b", null, evName(a.type)), " · ",
        h("span", { dir: "auto" }, (a.source || "?") + " → " + (a.target || "?")),
        a.place ? h("span", { class: "muted" }, " · " + a.place) : null,
        ["negated", "future", "hypothetical"].filter((k) => a[k]).map((k) => h("span", { class: "badge t-MISC" }, t(k))));
    }
    return h("li", null, head,
      a.evidence && a.kind === "event" ? h("div", { class: "evidence small", dir: "auto" }, a.evidence) : null,
      h("div", { class: "small muted" }, a.outlet ? h("span", { dir: "auto" }, a.outlet + " · ") : null,
        a.date ? [dateNode(a.date), a.date_basis === "document" ? " (" + t("dateOfDoc") + ")" : "", " · "] : null, link));
  }

  async function viewEntity(id, _params, my) {
    const e = await api("entities/" + encodeURIComponent(id));
    if (my !== renderId) return;
    const canvas = h("canvas", { id: "mentions-chart", "aria-label": t("overTime") });
    const list = (items, empty, opts) => (items.length ? h("ul", { class: "list" }, items.map((a) => actItem(a, opts))) : h("p", { class: "muted" }, empty || t("noData")));
    const maxC = Math.max(1, ...e.cooccurring.map((c) => c.together));
    show(
      h("div", { class: "card" },
        h("h1", { dir: "auto" }, badge(e.type), e.name),
        h("div", { class: "meta-line" }, e.latin ? h("span", { dir: "ltr" }, e.latin) : null,
          h("span", null, count(e.documents, "article")), h("span", null, count(e.mentions, "mention")),
          h("a", { href: route("search", null, { entity: e.entity_id }) }, t("searchWith")),
          h("a", { href: route("timeline", null, { entity: e.entity_id }) }, t("timeline")),
          h("a", { href: route("network", null, { entity: e.entity_id }) }, t("network"))),
        h("div", null, h("span", { class: "muted small" }, t("variants") + ": "), e.variants.map((v) => h("span", { class: "chip", dir: "auto" }, v))),
        e.actor ? actorCard(e) : null),
      h("div", { class: "cols" },
        h("div", { class: "card" }, h("h2", null, t("overTime")), h("div", { class: "chart-box" }, canvas)),
        h("div", { class: "card" }, h("h2", null, t("cooc")),
          e.cooccurring.length ? h("table", null, h("tbody", null, e.cooccurring.map((c) => h("tr", null,
            h("td", null, entLink(c.entity_id, c.name, c.type)),
            h("td", { class: "num" }, h("span", { class: "bar", style: "width:" + Math.round(80 * c.together / maxC) + "px" }), " ", num(c.together))))))
            : h("p", { class: "muted" }, t("noData")))),
      h("div", { class: "cols" },
        h("div", { class: "card" }, h("h2", null, t("said") + " (" + num(e.quotes.length) + ")"), list(e.quotes, null, { noSpeaker: true })),
        h("div", { class: "card" }, h("h2", null, t("did") + " (" + num(e.events_as_source.length) + ")"), list(e.events_as_source)),
        h("div", { class: "card" }, h("h2", null, t("doneTo") + " (" + num(e.events_as_target.length) + ")"), list(e.events_as_target))),
      h("div", { class: "card" }, h("h2", null, t("articles")), h("ul", { class: "list" }, e.documents_list.map((d) => h("li", null,
        h("a", { href: route("doc", d.id), dir: "auto" }, d.title || "#" + d.id), " ",
        h("span", { class: "small muted" }, d.outlet ? h("span", { dir: "auto" }, d.outlet + " · ") : null,
          d.published ? [dateNode(d.published), " · "] : null, count(d.mentions, "mention")))))));
    const b = e.over_time.buckets;
    if (e.over_time.undated_documents) {
      canvas.parentNode.after(h("p", { class: "small muted", id: "mentions-undated" }, count(e.over_time.undated_documents, "article") + " " + t("undatedDocs")));
    }
    await timeChart(canvas, b, e.over_time.granularity, [{ label: t("mentions"), key: "mentions", colour: "#2f6fd6" },
      { label: t("documents"), key: "documents", colour: "#8cc7bb" }], false);
    const map = document.getElementById("place-map");
    if (map) await drawMap(map, e);
  }

  // The actor dictionary's attributes of an entity, with a small map for a place.
  function actorCard(e) {
    const rows = [];
    actorRows(e.actor, (k, v) => { if (v != null && v !== "") rows.push(h("dt", null, t(k)), h("dd", { dir: "auto" }, v)); });
    const place = e.type === "LOC" && (e.actor.lat != null || e.actor.kind === "country");
    return h("div", { class: "actor-card" }, h("dl", { class: "attrs" }, rows),
      place ? h("div", { id: "place-map", class: "place-map", role: "img", "aria-label": e.name + " " + t("onMap") }) : null);
  }

  // A place on the vendored world outline (static/vendor/world): plain SVG, equirectangular (x = lon,
  // y = −lat), framed on the point (a city) or on the country's own outline (a country).
  let worldCache = null;
  async function drawMap(box, e) {
    if (!worldCache) {
      const r = await fetch("/static/vendor/world/countries.json");
      worldCache = await r.json();
    }
    const a = e.actor;
    const NS = "http://www.w3.org/2000/svg";
    const el = (tag, attrs) => { const x = document.createElementNS(NS, tag); for (const k in attrs) x.setAttribute(k, String(attrs[k])); return x; };
    const latin = (e.latin || "").toLowerCase();
    // the place's country: by its ISO code (a city's country is shaded too), else by its English name
    const own = worldCache.countries.find((c) => a.country && c.cc === a.country)
      || (a.lat == null ? worldCache.countries.find((c) => (c.name || "").toLowerCase() === latin) : null);
    let x0, y0, w, hgt;
    if (a.lat != null) {
      w = 36; hgt = 22; x0 = a.lon - w / 2; y0 = -a.lat - hgt / 2;
    } else if (own && a.kind === "country") {
      const nums = own.d.match(/-?\d+(\.\d+)?/g).map(Number);
      const xs = nums.filter((_, i) => i % 2 === 0), ys = nums.filter((_, i) => i % 2 === 1);
      const [minx, maxx, miny, maxy] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
      w = Math.max(12, (maxx - minx) * 1.6); hgt = Math.max(8, (maxy - miny) * 1.6);
      if (w / hgt < 1.6) w = hgt * 1.6; else hgt = w / 1.6;
      x0 = (minx + maxx) / 2 - w / 2; y0 = (miny + maxy) / 2 - hgt / 2;
    } else {
      box.remove();
      return;
    }
    const svg = el("svg", { viewBox: [x0, y0, w, hgt].map((v) => v.toFixed(2)).join(" "), width: "100%", height: "100%",
      preserveAspectRatio: "xMidYMid meet", class: "world" });
    svg.append(el("rect", { x: x0, y: y0, width: w, height: hgt, fill: "#dcebf2" }));
    for (const c of worldCache.countries) {
      const p = el("path", { d: c.d, fill: c === own ? "#9fd3b0" : "#f3f1ea", stroke: "#8d9aa6", "stroke-width": w / 400 });
      const tt = el("title", {});
      tt.textContent = c.name || "";
      p.append(tt);
      svg.append(p);
    }
    if (a.lat != null) {
      svg.append(el("circle", { cx: a.lon, cy: -a.lat, r: w / 60, fill: "#d2452d", stroke: "#fff", "stroke-width": w / 300, class: "pin" }));
    }
    box.replaceChildren(svg);
  }

  // ------------------------------------------------------------------------------- timeline
  function periodRange(p) {
    if (p.length === 4) return [p + "-01-01", p + "-12-31"];
    if (p.length === 7) {
      const [y, m] = p.split("-").map(Number);
      const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
      return [p + "-01", p + "-" + String(last).padStart(2, "0")];
    }
    return [p, p];
  }
  function zoomOutRange(from, to) {
    // one level up: a day range → its month(s), a month range → its year(s), a year range → everything
    if (!from && !to) return null;
    const f = from || to, tt = to || from;
    if (f.slice(0, 7) === tt.slice(0, 7) && f.length === 10 && !(f.endsWith("-01") && periodRange(f.slice(0, 7))[1] === tt)) return periodRange(f.slice(0, 7));
    if (f.slice(0, 4) === tt.slice(0, 4) && !(f.endsWith("-01-01") && tt.endsWith("-12-31"))) return periodRange(f.slice(0, 4));
    return [null, null];
  }

  async function viewTimeline(_arg, params, my) {
    const st = await stats();
    const f = { date_from: params.get("date_from"), date_to: params.get("date_to"), entity: params.get("entity"),
      kind: params.get("kind") || "all", event_type: params.get("event_type"), full: params.get("full") };
    const offset = Math.max(0, parseInt(params.get("offset") || "0", 10) || 0), size = 200;
    const res = await api("timeline", Object.assign({ limit: size, offset }, f));
    if (my !== renderId) return;
    // any change of filter or zoom starts again from the first page of items
    const nav = (over) => { location.hash = route("timeline", null, Object.assign({}, f, over)); };
    const page = (o) => { location.hash = route("timeline", null, Object.assign({}, f, { offset: o })); };
    const listed = res.listed != null ? res.listed : res.total;  // the list leaves out the range's tails too
    const pager = listed > size ? h("div", { class: "pager" },
      h("button", { class: "btn ghost", type: "button", disabled: offset <= 0, onclick: () => page(Math.max(0, offset - size)) }, t("prev")),
      h("span", { class: "muted" }, num(offset + 1) + "–" + num(Math.min(listed, offset + size)) + " / " + num(listed)),
      h("button", { class: "btn ghost", type: "button", disabled: offset + size >= listed, onclick: () => page(offset + size) }, t("next"))) : null;
    const kindSel = h("select", { onchange: (e) => nav({ kind: e.target.value }) },
      [["all", "all"], ["event", "onlyEvents"], ["quote", "onlyQuotes"]].map(([v, k]) => h("option", { value: v, selected: v === f.kind }, t(k))));
    const evSel = h("select", { onchange: (e) => nav({ event_type: e.target.value }) }, h("option", { value: "" }, t("anyType")),
      Object.keys(st.event_types || {}).map((o) => h("option", { value: o, selected: o === f.event_type }, evName(o))));
    const dFrom = h("input", { type: "date", value: f.date_from || "", onchange: (e) => nav({ date_from: e.target.value }) });
    const dTo = h("input", { type: "date", value: f.date_to || "", onchange: (e) => nav({ date_to: e.target.value }) });
    const out = zoomOutRange(f.date_from, f.date_to);
    const controls = h("div", { class: "row" }, h("label", null, t("from"), dFrom), h("label", null, t("to"), dTo),
      h("label", null, t("type"), kindSel), h("label", null, t("eventType"), evSel),
      out ? h("button", { class: "btn ghost", type: "button", onclick: () => nav({ date_from: out[0], date_to: out[1] }) }, "⊖ " + t("zoomOut")) : null,
      res.entity ? h("span", { class: "chip" }, t("entity") + ": ", entLink(res.entity.entity_id, res.entity.name, res.entity.type),
        h("button", { type: "button", onclick: () => nav({ entity: null }) }, "✕")) : null);
    const canvas = h("canvas", { id: "timeline-chart" });
    const groups = new Map();
    for (const it of res.items) {
      const k = it.date || t("undated");
      if (!groups.has(k)) groups.set(k, []);
      groups.get(k).push(it);
    }
    const list = h("div", null, [...groups.entries()].map(([d, its]) => h("section", { class: "tl-day" }, h("h3", null, d === t("undated") ? d : dateNode(d)),
      its.map((it) => h("div", { class: "tl-item" }, h("div", null, kindBadge(it.kind)),
        h("div", null,
          it.kind === "quote"
            ? h("div", null, h("b", { dir: "auto" }, (it.speaker || "?") + ": "), h("span", { class: "quote-text", dir: "auto" }, it.content || ""))
            : h("div", null, h("b", null, evName(it.type)), " · ", h("span", { dir: "auto" }, (it.source || "?") + " → " + (it.target || "?")),
              h("div", { class: "evidence small", dir: "auto" }, it.evidence || "")),
          h("div", { class: "small muted" }, h("span", { dir: "auto" }, (it.outlet || "") + " · " + (it.title || "")), " · ",
            it.date_basis === "document" ? t("dateOfDoc") + " · " : "",
            it.kind === "event" && it.time && it.time !== it.date ? h("span", { title: it.time }, fmtDate(it.time) + " · ") : "",
            h("a", { href: route("doc", it.document, { s: it.start, e: it.end }) }, t("sentence")))))))));
    // what the chart leaves out is said, never silently dropped: undated items, and the tails of the range
    const note = h("p", { class: "small muted", id: "timeline-note" },
      res.undated ? count(res.undated, "item") + " " + t("undatedNotShown") : null,
      res.undated && (res.outside || res.coarse) ? " · " : null,
      res.coarse ? count(res.coarse, "item") + " " + t("coarseNotShown") : null,
      res.coarse && res.outside ? " · " : null,
      res.outside ? [count(res.outside, "item") + " " + t("outsideRange") + " (", h("a", { href: route("timeline", null, Object.assign({}, f, { full: 1 })) }, t("showAll")), ")"] : null);
    show(h("div", { class: "card" }, controls),
      h("div", { class: "card" }, h("h2", null, t("timeline") + " — " + count(res.total, "item")), note,
        h("p", { class: "muted small" }, t("zoomHint")), h("div", { class: "chart-box" }, canvas)),
      h("div", { class: "card" }, res.items.length ? list : h("p", { class: "muted" }, t("noData")), pager));
    await timeChart(canvas, res.buckets, res.granularity, [{ label: t("events"), key: "events", colour: "#d2452d" },
      { label: t("quotes"), key: "quotes", colour: "#a8324a88" }], true, (bucket) => {
      const [a, z] = periodRange(bucket.period);
      nav({ date_from: a, date_to: z, full: null });
    });
  }

  // ------------------------------------------------------------------------------- network
  // The API aggregates by entity id and keeps the most connected nodes (top), so the first view is
  // readable; clicking a node fetches its neighbours (node=…) and adds them to the graph in place.
  const MIN_LABEL_PX = 12;  // labels never render smaller than this, whatever the zoom
  function facetSelect(name, facets, value, anyKey, label, onchange) {
    return h("select", { name, onchange }, h("option", { value: "" }, t(anyKey)),
      Object.entries(facets || {}).map(([k, n]) => h("option", { value: k, selected: k === value }, label(k) + " (" + num(n) + ")")));
  }

  async function viewNetwork(_arg, params, my) {
    const f = { entity: params.get("entity"), kind: params.get("kind") || "all", min_weight: params.get("min_weight") || "1",
      top: params.get("top") || "40", country: params.get("country"), sector: params.get("sector") };
    const res = await api("network", Object.assign({ limit: 300 }, f));
    if (my !== renderId) return;
    const nav = (over) => { location.hash = route("network", null, Object.assign({}, f, over)); };
    const kindSel = h("select", { name: "kind", onchange: (e) => nav({ kind: e.target.value }) },
      [["all", "all"], ["acts", "acts"], ["quotes", "quotesEdge"]].map(([v, k]) => h("option", { value: v, selected: v === f.kind }, t(k))));
    const mw = h("input", { type: "number", name: "min_weight", min: "1", max: "1000", value: f.min_weight, onchange: (e) => nav({ min_weight: e.target.value }) });
    const topSel = h("select", { name: "top", onchange: (e) => nav({ top: e.target.value }) },
      [...new Set(["20", "40", "80", "150", "300", f.top])].map((v) => h("option", { value: v, selected: v === f.top }, num(+v))));
    const countrySel = facetSelect("country", res.facets.countries, f.country, "anyCountry", countryName, (e) => nav({ country: e.target.value }));
    const sectorSel = facetSelect("sector", res.facets.sectors, f.sector, "anySector", sectorName, (e) => nav({ sector: e.target.value }));
    const side = h("div", { class: "card sticky", id: "network-side" }, h("p", { class: "muted small" }, t("expand")));
    const box = h("div", { id: "cy", role: "img", "aria-label": t("network") });
    const keys = h("div", null, ["PER", "ORG", "LOC", "MISC", "OUTLET", "ANON", "ACTOR"].map((ty) => h("span", { class: "key" }, h("i", { style: "background:" + TYPE_COLOUR[ty] }), typeName(ty))),
      h("span", { class: "key" }, h("i", { class: "line", style: "background:#d2452d" }), t("acts")),
      h("span", { class: "key" }, h("i", { class: "line", style: "background:#2f6fd6" }), t("quotesEdge")));
    const summary = h("p", { class: "small muted", id: "network-summary" },
      count(res.nodes.length, "actor") + " · " + count(res.edges.length, "link") + " (" + t("total") + ": " + count(res.total_nodes, "actor") + ")");
    show(h("div", { class: "card" }, h("div", { class: "row" }, h("label", null, t("type"), kindSel), h("label", null, t("minWeight"), mw),
      h("label", null, t("topN"), topSel), h("label", null, t("country"), countrySel), h("label", null, t("sector"), sectorSel),
      res.entity ? h("span", { class: "chip" }, t("entity") + ": ", entLink(res.entity.entity_id, res.entity.name, res.entity.type),
        h("button", { type: "button", onclick: () => nav({ entity: null }) }, "✕")) : null), keys, summary),
    h("div", { class: "grid2" }, h("div", null, res.edges.length ? box : h("p", { class: "card muted" }, t("noData"))), side));
    if (!res.edges.length) return;
    await need("cytoscape.min.js");
    await document.fonts.ready;
    if (my !== renderId) return;
    const edgeData = new Map();
    let maxW = Math.max(1, ...res.nodes.map((n) => n.weight));
    const nodeEl = (n) => ({ group: "nodes", data: { id: n.id, label: n.label, type: n.type, entity: n.entity, weight: n.weight, actor: n.actor,
      size: 18 + 42 * Math.sqrt(Math.min(1, n.weight / maxW)) } });
    const edgeKey = (e) => e.kind + "|" + e.source + "|" + e.target;
    const edgeEl = (e) => { edgeData.set(edgeKey(e), e); return { group: "edges", data: { id: edgeKey(e), source: e.source, target: e.target, kind: e.kind, weight: e.weight, w: 1 + Math.min(8, e.weight) } }; };
    const cy = keep(window.cytoscape({ container: box, elements: res.nodes.map(nodeEl).concat(res.edges.map(edgeEl)),
      style: [
        { selector: "node", style: { label: "data(label)", "background-color": (n) => TYPE_COLOUR[n.data("type")] || "#999",
          width: "data(size)", height: "data(size)", "font-family": "Noto Sans Arabic, sans-serif", "font-size": 13,
          "text-valign": "bottom", "text-margin-y": 4, color: "#1d2430", "text-outline-color": "#fff", "text-outline-width": 2,
          "text-wrap": "ellipsis", "text-max-width": 180 } },
        { selector: "node.expanded", style: { "border-width": 2, "border-color": "#0d3b36" } },
        { selector: "edge", style: { width: "data(w)", "curve-style": "bezier", "target-arrow-shape": "triangle", opacity: 0.7,
          "line-color": (e) => (e.data("kind") === "acts" ? "#d2452d" : "#2f6fd6"),
          "target-arrow-color": (e) => (e.data("kind") === "acts" ? "#d2452d" : "#2f6fd6") } },
        { selector: ":selected", style: { "border-width": 3, "border-color": "#f59e0b", "line-color": "#f59e0b", "target-arrow-color": "#f59e0b" } },
      ],
      layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: () => 12000, idealEdgeLength: () => 110, padding: 30 } }));
    box.cy = cy;  // for the browser tests, which read the rendered label size
    // Cytoscape scales labels with the zoom: a fitted 40-node graph drew them at 6–7 px. Font size in
    // model units is set so that, rendered, it is never under MIN_LABEL_PX (nor over twice that).
    const fitLabels = () => {
      const z = cy.zoom();
      cy.style().selector("node").style({ "font-size": Math.max(MIN_LABEL_PX / z, Math.min(13, 2 * MIN_LABEL_PX / z)),
        "text-max-width": 180 / Math.max(z, 0.2) }).update();
    };
    fitLabels();
    cy.on("zoom", fitLabels);
    const nodeLabel = (id) => (cy.getElementById(id).data("label"));
    const edgeList = (edges) => h("ul", { class: "list" }, edges.map((e) => h("li", { dir: "auto" },
      nodeLabel(e.source) + " — " + (e.kind === "acts" ? Object.keys(e.labels).map(evName).join("، ") : t("quotesEdge")) + " → " + nodeLabel(e.target) + " (" + num(e.weight) + ") ",
      e.examples.map((x) => h("a", { href: route("doc", x.document, { s: x.start, e: x.end }) }, " #" + x.document)))));
    async function expand(n) {
      const node = cy.getElementById(n.id);
      if (node.hasClass("expanded")) return 0;
      node.addClass("expanded");
      const more = await api("network", { node: n.id, kind: f.kind, min_weight: f.min_weight, country: f.country, sector: f.sector, top: 30, limit: 60 });
      if (my !== renderId) return 0;
      const add = [];
      for (const m of more.nodes) if (cy.getElementById(m.id).empty()) add.push(nodeEl(m));
      for (const e of more.edges) if (cy.getElementById(edgeKey(e)).empty()) add.push(edgeEl(e));
      if (!add.length) return 0;
      const added = cy.add(add);
      // place the newcomers around the node, then let the layout settle only them
      const p = node.position();
      added.nodes().forEach((x, i) => { const a = 2 * Math.PI * i / Math.max(1, added.nodes().length); x.position({ x: p.x + 140 * Math.cos(a), y: p.y + 140 * Math.sin(a) }); });
      fitLabels();
      return added.nodes().length;
    }
    cy.on("tap", "node", async (ev) => {
      const n = ev.target.data();
      const edgesOf = () => cy.getElementById(n.id).connectedEdges().map((x) => edgeData.get(x.id())).filter(Boolean);
      const head = [h("h2", { dir: "auto" }, badge(n.type), n.label),
        n.actor ? h("dl", { class: "attrs" }, (() => { const r = []; actorRows(n.actor, (k, v) => { if (v) r.push(h("dt", null, t(k)), h("dd", { dir: "auto" }, v)); }); return r; })()) : null,
        n.entity ? h("p", null, h("a", { href: route("entity", n.id) }, t("entityPage")), " · ",
          h("a", { href: route("network", null, { entity: n.id }) }, t("network"))) : null].filter(Boolean);
      side.replaceChildren(...head, edgeList(edgesOf()));
      const added = await expand(n);
      if (added) side.replaceChildren(...head, h("p", { class: "small muted", id: "expand-note" }, t("expanded") + ": " + count(added, "actor")), edgeList(edgesOf()));
    });
    cy.on("tap", "edge", (ev) => {
      const e = edgeData.get(ev.target.id());
      side.replaceChildren(h("h2", { dir: "auto" }, nodeLabel(e.source) + " → " + nodeLabel(e.target)),
        h("p", null, (e.kind === "acts" ? t("acts") : t("quotesEdge")) + " · " + num(e.weight)),
        h("ul", { class: "list" }, Object.entries(e.labels).map(([k, n]) => h("li", null, (e.kind === "acts" ? evName(k) : t("quotesEdge")) + ": " + num(n)))),
        h("p", null, e.examples.map((x) => h("a", { href: route("doc", x.document, { s: x.start, e: x.end }) }, t("sentence") + " #" + x.document + "  "))));
    });
  }

  // ------------------------------------------------------------------------------- sources
  async function viewSources(_arg, params, my) {
    const f = { country: params.get("country"), sector: params.get("sector") };
    const res = await api("sources", Object.assign({ limit: 12 }, f));
    if (my !== renderId) return;
    const nav = (over) => { location.hash = route("sources", null, Object.assign({}, f, over)); };
    const filters = h("div", { class: "row" },
      h("label", null, t("country"), facetSelect("country", res.facets.countries, f.country, "anyCountry", countryName, (e) => nav({ country: e.target.value }))),
      h("label", null, t("sector"), facetSelect("sector", res.facets.sectors, f.sector, "anySector", sectorName, (e) => nav({ sector: e.target.value }))));
    const names = res.outlet_names;
    const grid = h("table", null, h("thead", null, h("tr", null, h("th", null, t("entity")), names.map((o) => h("th", { class: "num", dir: "auto" }, o || "?")))),
      h("tbody", null, res.grid.map((g) => h("tr", null, h("td", null, entLink(g.entity_id, g.name, g.type)),
        names.map((o) => { const n = g.by_outlet[o || "?"] || 0; const alpha = Math.min(1, n / Math.max(1, ...Object.values(g.by_outlet)));
          return h("td", { class: "num", style: "background: rgba(15,107,92," + (0.08 + 0.5 * alpha).toFixed(2) + ")" }, n ? num(n) : ""); })))));
    const cards = res.outlets.map((o) => {
      const maxE = Math.max(1, ...o.entities.map((e) => e.in_outlet));
      const maxZ = Math.max(1, ...o.vocabulary.map((w) => w.z));
      return h("section", { class: "card outlet" },
        h("h2", { dir: "auto" }, h("a", { href: route("search", null, { outlet: o.outlet }) }, o.outlet || "?")),
        h("div", { class: "small muted" }, count(o.documents, "article"), o.first ? [" · ", dateNode(o.first), " … ", dateNode(o.last)] : null),
        h("h3", null, t("entities")),
        o.entities.length ? h("table", null, h("tbody", null, o.entities.map((e) => h("tr", null, h("td", null, entLink(e.entity_id, e.name, e.type)),
          h("td", { class: "num" }, h("span", { class: "bar", style: "width:" + Math.round(50 * e.in_outlet / maxE) + "px" }), " ", num(e.in_outlet))))))
          : h("p", { class: "muted small" }, t("noData")),
        h("h3", null, t("claims") + ": " + num(o.quotes) + (o.quotes ? " (" + num(o.anonymous) + " " + t("anonymousShare") + ")" : "")),
        o.speakers.length ? h("ul", { class: "list small" }, o.speakers.map((s) => h("li", null, entLink(s.entity_id, s.name), " · " + num(s.quotes)))) : null,
        h("h3", null, t("events")),
        Object.keys(o.event_types).length ? h("div", null, Object.entries(o.event_types).map(([k, n]) => h("span", { class: "chip" }, evName(k) + " " + num(n))))
          : h("p", { class: "muted small" }, t("noData")),
        h("h3", null, t("vocab")),
        h("div", { class: "words" }, o.vocabulary.map((w) => h("a", { href: route("search", null, { q: w.word, outlet: o.outlet }),
          style: "font-size:" + (0.85 + 0.6 * w.z / maxZ).toFixed(2) + "rem", title: "z=" + w.z + " · " + w.count }, w.word))));
    });
    show(h("div", { class: "card" }, filters), h("div", { class: "card" }, h("h2", null, t("comparison")), res.grid.length ? h("div", { style: "overflow-x:auto" }, grid) : h("p", { class: "muted" }, t("noData"))),
      h("div", { class: "outlets" }, cards));
  }

  // ------------------------------------------------------------------------------- overview (charts)
  async function viewOverview(_arg, _params, my) {
    const st = await stats();
    if (my !== renderId) return;
    const c = () => h("canvas");
    const [months, types, events, kinds, outlets] = [c(), c(), c(), c(), c()];
    const stat = (label, n) => h("span", { class: "stat" }, h("b", null, num(n)), t(label));
    show(h("div", { class: "card" }, h("h1", null, t("overview")),
      stat("documents", st.documents), stat("ents", st.entities || 0), stat("times", st.times || 0),
      stat("quantities", st.quantities || 0), stat("quotes", st.quotes || 0), stat("events", st.events || 0),
      st.date_range && st.date_range[0] ? h("p", { class: "muted" }, dateNode(st.date_range[0]), " … ", dateNode(st.date_range[1])) : null),
    h("div", { class: "cols" },
      h("div", { class: "card" }, h("h2", null, t("docsPerMonth")), h("div", { class: "chart-box" }, months)),
      h("div", { class: "card" }, h("h2", null, t("mentionsByType")), h("div", { class: "chart-box" }, types)),
      h("div", { class: "card" }, h("h2", null, t("eventsByType")), h("div", { class: "chart-box" }, events)),
      h("div", { class: "card" }, h("h2", null, t("factsByKind")), h("div", { class: "chart-box" }, kinds)),
      h("div", { class: "card" }, h("h2", null, t("byOutlet")), h("div", { class: "chart-box tall" }, outlets))));
    const rev = { x: { reverse: LANG === "ar" }, y: { beginAtZero: true, position: LANG === "ar" ? "right" : "left", ticks: { precision: 0 } } };
    const barOf = (canvas, labels, data, colours, horizontal) => chart(canvas, { type: "bar",
      data: { labels, datasets: [{ data, backgroundColor: colours }] },
      options: Object.assign({ scales: horizontal ? { x: { beginAtZero: true, reverse: LANG === "ar", ticks: { precision: 0 } }, y: { position: LANG === "ar" ? "right" : "left" } } : rev },
        horizontal ? { indexAxis: "y" } : {}) });
    await timeChart(months, st.months, "month", [{ label: t("documents"), key: "documents", colour: "#0f6b5c" }], false);
    const et = Object.keys(st.entity_types || {});
    await chart(types, { type: "doughnut", data: { labels: et.map(typeName), datasets: [{ data: et.map((k) => st.entity_types[k]),
      backgroundColor: et.map((k) => TYPE_COLOUR[k] || "#999") }] }, options: { plugins: { legend: { display: true, position: "bottom", rtl: LANG === "ar" } } } });
    const ev = Object.keys(st.event_types || {});
    await barOf(events, ev.map(evName), ev.map((k) => st.event_types[k]), "#d2452d", true);
    const kk = ["entities", "times", "quantities", "quotes", "events"];
    await barOf(kinds, kk.map((k) => t(k === "entities" ? "ents" : k)), kk.map((k) => st[k] || 0), PALETTE);
    const ou = Object.keys(st.outlets || {}).slice(0, 20);
    await barOf(outlets, ou, ou.map((k) => st.outlets[k]), "#13807f", true);
  }

  // ------------------------------------------------------------------------------- router
  const VIEWS = { search: viewSearch, doc: viewDoc, entities: viewEntities, entity: viewEntity, timeline: viewTimeline,
    network: viewNetwork, sources: viewSources, overview: viewOverview };
  const NAV = [["search", "search"], ["overview", "overview"], ["entities", "entities"], ["timeline", "timeline"],
    ["network", "network"], ["sources", "sources"]];

  function chrome() {
    document.documentElement.lang = LANG;
    document.documentElement.dir = LANG === "ar" ? "rtl" : "ltr";
    document.getElementById("lang").textContent = t("langSwitch");
    const cal = document.getElementById("cal");
    if (cal) {  // the calendar dates are shown in: the button names the other one
      cal.textContent = HIJRI ? t("gregorian") : t("hijri");
      cal.setAttribute("aria-pressed", HIJRI ? "true" : "false");
    }
    const nav = document.getElementById("nav");
    nav.replaceChildren(...NAV.map(([v, k]) => h("a", { href: "#/" + v, "data-view": v }, t(k))));
  }

  async function render() {
    const my = ++renderId;
    teardown();
    const raw = location.hash.replace(/^#\/?/, "");
    const [path, qs] = raw.split("?");
    const parts = path.split("/").filter(Boolean);
    const view = VIEWS[parts[0]] ? parts[0] : "search";
    let arg = null;
    try { arg = parts[1] != null ? decodeURIComponent(parts[1]) : null; } catch (e) { arg = null; }
    document.querySelectorAll("#nav a").forEach((a) => a.classList.toggle("on", a.dataset.view === view || (view === "entity" && a.dataset.view === "entities")));
    show(h("p", { class: "loading" }, t("loading")));
    try {
      await VIEWS[view](arg, new URLSearchParams(qs || ""), my);
      if (my === renderId) document.body.setAttribute("data-ready", view);
    } catch (e) {
      if (my === renderId) { fail(e); document.body.setAttribute("data-ready", "error"); }
    }
  }

  document.getElementById("lang").addEventListener("click", () => {
    LANG = LANG === "ar" ? "en" : "ar";
    localStorage.setItem("marsad.lang", LANG);
    chrome();
    render();
  });
  const calButton = document.getElementById("cal");
  if (calButton) calButton.addEventListener("click", () => {
    HIJRI = !HIJRI;
    localStorage.setItem("marsad.calendar", HIJRI ? "hijri" : "gregorian");
    chrome();
    render();
  });
  window.addEventListener("hashchange", () => { document.body.removeAttribute("data-ready"); render(); });
  chrome();
  render();
})();
