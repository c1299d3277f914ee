import type { SignalType } from "../schemas/qualification";

// Buying and intent phrases in English, German, French, Spanish (and a few Dutch/Italian ones).
// Each pattern carries the strength it alone gives. Patterns are our own, case-insensitive and
// free of nested quantifiers, so native RegExp is safe here (user patterns go through RE2).
// \b is avoided next to accented letters: in JS it only knows ASCII word characters.

export interface SignalPattern {
  re: RegExp;
  weight: number;
}

type Table = Record<SignalType, { text: [string, number][]; url: [string, number][] }>;

const TABLE: Table = {
  hiring: {
    text: [
      [
        "we(?:'re| are) hiring|now hiring|join (?:our|the) team|open (?:positions|roles|vacancies)|job openings",
        0.8,
      ],
      ["wir stellen ein|stellenangebote|offene stellen|jetzt bewerben|karriere bei", 0.8],
      ["nous recrutons|on recrute|offres d'emploi|rejoignez[- ]nous|postes? ouverts?", 0.8],
      [
        "estamos contratando|nete a nuestro equipo|ofertas de (?:empleo|trabajo)|trabaja con nosotros|vacantes",
        0.8,
      ],
      [
        "\\bcareers\\b|\\bkarriere\\b|\\bcarri[eè]res?\\b|\\bempleo\\b|vacatures|lavora con noi",
        0.5,
      ],
    ],
    url: [
      ["/(?:careers?|jobs|karriere|stellen|carrieres?|empleo|trabaja|vacatures)(?:[/?#.-]|$)", 0.6],
    ],
  },
  funding: {
    text: [
      [
        "series [a-e] (?:round|funding|financing)|seed (?:round|funding)|funding round|raised (?:\\$|€|£|us\\$)?\\s?\\d",
        0.9,
      ],
      [
        "finanzierungsrunde|series[- ][a-e][- ]finanzierung|millionen (?:euro )?(?:eingesammelt|investment)",
        0.9,
      ],
      ["lev[ée]e de fonds|tour de table|l[eè]ve \\d|s[ée]rie [a-e]\\b", 0.9],
      ["ronda de (?:financiaci[oó]n|inversi[oó]n)|levanta \\d|serie [a-e] de", 0.9],
      ["backed by|investors include|venture[- ]backed|investoren|investisseurs|inversores", 0.5],
    ],
    url: [],
  },
  expansion: {
    text: [
      [
        "new office in|opens? (?:an? )?(?:new )?office|expan(?:ds|ding|sion) (?:to|into)|now in \\d+ countries",
        0.7,
      ],
      ["neuer standort|neues b[üu]ro|expandiert nach|expansion nach", 0.7],
      ["nouveau bureau|ouvre un bureau|s'[ée]tend [àa]|expansion (?:en|vers|[àa]) ", 0.7],
      ["nueva oficina|expansi[oó]n (?:a|en|hacia) |se expande a", 0.7],
    ],
    url: [],
  },
  new_product: {
    text: [
      ["introducing|launch(?:es|ed)? (?:our|the|a) new|new feature|now available|announcing", 0.6],
      ["jetzt verf[üu]gbar|neues produkt|neue funktion|stellt vor", 0.6],
      ["nouveau produit|nouvelle fonctionnalit[ée]|d[ée]sormais disponible|lancement", 0.6],
      ["nuevo producto|nueva funci[oó]n|ya disponible|lanzamiento", 0.6],
    ],
    url: [["/(?:changelog|releases|whats-new|new|launch)(?:[/?#.-]|$)", 0.4]],
  },
  pricing_page: {
    text: [
      ["\\bpricing\\b|per (?:user|seat) per month|plans (?:and|&) pricing|\\bfree trial\\b", 0.7],
      ["\\bpreise\\b|pro (?:monat|nutzer)|kostenlos testen|\\btarife\\b", 0.7],
      ["\\btarifs\\b|par (?:mois|utilisateur)|essai gratuit", 0.7],
      ["\\bprecios\\b|por (?:mes|usuario)|prueba (?:gratis|gratuita)", 0.7],
    ],
    url: [["/(?:pricing|prices|preise|tarife|tarifs|prix|precios|plans)(?:[/?#.-]|$)", 0.9]],
  },
  demo_request: {
    text: [
      ["(?:book|request|schedule|get|see) a (?:free |live )?demo|talk to sales|contact sales", 0.8],
      ["demo (?:buchen|anfragen|vereinbaren)|kostenlose demo|vertrieb kontaktieren", 0.8],
      ["(?:demander|r[ée]server|planifier) une d[ée]mo|demande de d[ée]mo", 0.8],
      ["(?:solicita|solicitar|reserva|agenda|pide) una demo|demostraci[oó]n gratuita", 0.8],
    ],
    url: [["/(?:demo|book-a-demo|request-demo|get-a-demo)(?:[/?#.-]|$)", 0.8]],
  },
  integrations: {
    text: [
      [
        "integrates? with|integrations? with|native integration|\\bzapier\\b|\\bsalesforce\\b|\\bhubspot\\b|rest api|open api",
        0.6,
      ],
      ["integration(?:en)? mit|schnittstellen?|anbindung an", 0.6],
      ["int[ée]gration(?:s)? avec|s'int[èe]gre (?:avec|[àa])", 0.6],
      ["integraci[oó]n(?:es)? con|se integra con", 0.6],
    ],
    url: [["/(?:integrations?|integrationen|integraciones|marketplace|apps)(?:[/?#.-]|$)", 0.7]],
  },
  compliance: {
    text: [
      ["soc ?2(?: type (?:i|ii|1|2))?|iso[ /-]?27001|\\bhipaa\\b|\\btisax\\b", 0.8],
      [
        "gdpr[- ]compliant|gdpr compliance|compliant with (?:the )?gdpr|dsgvo[- ]konform|conforme au rgpd|cumple (?:con )?el rgpd",
        0.6,
      ],
    ],
    url: [["/(?:security|trust|compliance|soc-?2|gdpr)(?:[/?#.-]|$)", 0.6]],
  },
  contact_intent: {
    text: [
      ["contact us|get in touch|request a (?:quote|callback)|contact form", 0.5],
      ["kontaktieren sie uns|kontaktformular|angebot anfordern|r[üu]ckruf", 0.5],
      ["contactez[- ]nous|formulaire de contact|demander un devis", 0.5],
      [
        "cont[áa]ct(?:enos|anos)|formulario de contacto|solicitar (?:presupuesto|cotizaci[oó]n)",
        0.5,
      ],
    ],
    url: [["/(?:contact|contact-us|kontakt|contacto|contactez-nous)(?:[/?#.-]|$)", 0.5]],
  },
};

export interface TextPattern {
  type: SignalType;
  weight: number;
}

/**
 * Every text pattern of every type in one alternation, one capture group each: a page is scanned
 * once, and the group that matched says which type and weight it was.
 */
const SCAN_ALTERNATIVES = (Object.keys(TABLE) as SignalType[])
  .flatMap((type) => TABLE[type].text.map(([src]) => `(${src.replace(/\((?!\?)/g, "(?:")})`))
  .join("|");
// Every pattern starts at a word boundary, and saying so up front lets V8 skip the mid-word
// positions of a text without trying any alternative there.
const SCAN_SOURCE = `\\b(?:${SCAN_ALTERNATIVES})`;
/** For lowercased text: case-sensitive matching is markedly faster in V8 than the "i" flag. */
export const TEXT_SCAN = new RegExp(SCAN_SOURCE, "g");
/** For the rare text whose lowercase form changes length (offsets would not line up). */
export const TEXT_SCAN_ANY_CASE = new RegExp(SCAN_SOURCE, "gi");
export const TEXT_GROUPS: TextPattern[] = (Object.keys(TABLE) as SignalType[]).flatMap((type) =>
  TABLE[type].text.map(([, weight]) => ({ type, weight })),
);

export const URL_PATTERNS: (SignalPattern & { type: SignalType })[] = (
  Object.keys(TABLE) as SignalType[]
).flatMap((type) =>
  TABLE[type].url.map(([src, weight]) => ({ type, re: new RegExp(src, "i"), weight })),
);
