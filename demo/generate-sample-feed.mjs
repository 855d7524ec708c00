#!/usr/bin/env node
// Writes a realistic, deterministic sample feed: fictional schools at real town coordinates in all 35
// arbeidsmarktregio's, every soort, profiel and niveau represented, some schools with several routes, some contacts
// with and some without consent. Same seed, same feed: the demo and the tests can rely on it.
//
//   node demo/generate-sample-feed.mjs demo/sample-feed.json            (520 routes)
//   node demo/generate-sample-feed.mjs out.json --routes 10000 --seed 7 (benchmarks)
import { writeFileSync } from 'node:fs';
import { TOWNS } from './towns.mjs';

const REGION_NAMES = {
  AM01: 'Groningen',
  AM02: 'Friesland',
  AM03: 'Drenthe',
  AM05: 'Twente',
  AM06: 'Veluwe Stedendriehoek',
  AM07: 'Midden-Gelderland',
  AM08: 'Rijk van Nijmegen',
  AM09: 'Achterhoek',
  AM10: 'Rivierenland',
  AM11: 'Flevoland',
  AM12: 'Gooi en Vechtstreek',
  AM13: 'Midden-Utrecht',
  AM14: 'Amersfoort',
  AM15: 'Noord-Holland Noord',
  AM17: 'Zaanstreek/Waterland',
  AM18: 'Groot Amsterdam',
  AM19: 'Holland Rijnland',
  AM20: 'Midden-Holland',
  AM21: 'Haaglanden',
  AM22: 'Rijnmond',
  AM23: 'Drechtsteden',
  AM24: 'Zeeland',
  AM25: 'West-Brabant',
  AM26: 'Midden-Brabant',
  AM27: 'Noordoost-Brabant',
  AM28: 'Zuidoost-Brabant',
  AM29: 'Noord-Limburg',
  AM30: 'Zuid-Limburg',
  AM32: 'Helmond-De Peel',
  AM33: 'Midden-Limburg',
  AM34: 'Zuid-Holland Centraal',
  AM35: 'Gorinchem',
  AM36: 'Regio Zwolle',
  AM37: 'Zuid-Kennemerland en IJmond',
  AM38: 'FoodValley',
};

const PROFIELEN = {
  BWI: 'Bouw',
  'D&P': 'Dienstverlening',
  'E&O': 'Ondernemen',
  Groen: 'Groen',
  HBR: 'Horeca',
  MaT: 'Maritiem',
  MVI: 'Media',
  'M&T': 'Mobiliteit',
  PIE: 'Techniek',
  'Z&W': 'Zorg',
};
const SECTOR_TEXT = {
  BWI: 'bouw, infra en interieur',
  'D&P': 'dienstverlening, sport en veiligheid',
  'E&O': 'handel, logistiek en ondernemen',
  Groen: 'groen, dier en voedsel',
  HBR: 'horeca, bakkerij en toerisme',
  MaT: 'haven, scheepvaart en maritieme techniek',
  MVI: 'media, vormgeving en ICT',
  'M&T': 'mobiliteit, transport en logistiek',
  PIE: 'installatietechniek en energie',
  'Z&W': 'zorg, welzijn en kinderopvang',
};
const LEERWEGEN = ['bb', 'kb', 'gl', 'tl'];
const SCHOOL_NAMES = [
  'Vakcollege',
  'Scholengemeenschap De Linde',
  'Het Praktijkcollege',
  'Lyceum De Horizon',
  'Techniek College',
  'Het Stedelijk vmbo',
  'Groene Campus',
  'De Brug vmbo',
  'Het Vakmanschap',
  'College De Kempen',
  'Talentcampus',
  'Het Beroepscollege',
];
const MBO_NAMES = ['Vakschool', 'mbo College', 'Regiocollege', 'Technisch College', 'Zorgacademie', 'Groencollege'];
const FIRST = [
  'Anouk',
  'Bram',
  'Fatima',
  'Joost',
  'Lotte',
  'Mehmet',
  'Noor',
  'Pieter',
  'Sanne',
  'Youssef',
  'Eva',
  'Kees',
];
const LAST = [
  'de Vries',
  'Jansen',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'Yilmaz',
  'Bos',
  'El Amrani',
];
const FUNCTIES = [
  'coördinator doorlopende leerroutes',
  'teamleider vmbo',
  'projectleider',
  'decaan',
  'opleidingsmanager',
];

/** mulberry32: small, fast, deterministic. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateFeed({ routes: routeCount = 520, seed = 2026, schools: schoolsWanted } = {}) {
  const rnd = random(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const jitter = (spread) => (rnd() - 0.5) * spread;
  const regionCodes = Object.keys(REGION_NAMES);
  const profielCodes = Object.keys(PROFIELEN);
  const usedBrin = new Set();
  const newBrin = () => {
    for (;;) {
      const brin = `${String(Math.floor(rnd() * 100)).padStart(2, '0')}${String.fromCharCode(65 + Math.floor(rnd() * 26))}${String.fromCharCode(65 + Math.floor(rnd() * 26))}`;
      if (!usedBrin.has(brin)) {
        usedBrin.add(brin);
        return brin;
      }
    }
  };

  // About one school per 3.4 routes (unless asked otherwise: `schools: routes` gives every route a pin of its own);
  // every region gets schools.
  const schoolCount = schoolsWanted ?? Math.max(regionCodes.length, Math.round(routeCount / 3.4));
  const schools = Array.from({ length: schoolCount }, (_, i) => {
    const regionCode = regionCodes[i % regionCodes.length];
    const [plaats, lon, lat] = pick(TOWNS[regionCode]);
    const spread = routeCount > 2000 ? 0.12 : 0.05;
    return {
      naam: `${pick(SCHOOL_NAMES)} ${plaats}`,
      brin: newBrin(),
      vestiging: rnd() < 0.3 ? '01' : undefined,
      plaats,
      regionCode,
      coordinates: [round(lon + jitter(spread)), round(lat + jitter(spread * 0.6))],
    };
  });

  const features = [];
  for (let i = 0; i < routeCount; i++) {
    // The first schools get several routes; cycling guarantees every school at least one.
    const school = i < schools.length ? schools[i] : schools[Math.floor(rnd() ** 2 * schools.length)];
    const soort = i % 10 < 6 ? 'DLR' : i % 10 < 9 ? 'GLR' : 'leerlab';
    // Cycle profielen and niveaus at the start so each is present even in a small feed.
    const profiel = i < profielCodes.length ? profielCodes[i] : pick(profielCodes);
    const profielen = [profiel, ...(rnd() < 0.25 ? [pick(profielCodes)] : [])].filter(
      (p, j, all) => all.indexOf(p) === j,
    );
    const niveaus = soort === 'GLR' ? [{ van: 'bb', naar: 2 }] : dlrNiveaus(i, rnd, pick);
    const plaats = school.plaats;
    const region = REGION_NAMES[school.regionCode];
    const startjaar = 2016 + Math.floor(rnd() * 11);
    const id = `${soort.toLowerCase()}-${startjaar}-${String(i + 1).padStart(4, '0')}`;
    const mbo = `${pick(MBO_NAMES)} ${region}`;
    const properties = {
      soort,
      naam:
        soort === 'leerlab'
          ? `Leerlab ${PROFIELEN[profiel]} ${region}`
          : `${PROFIELEN[profiel]}route ${plaats}${soort === 'GLR' ? ' (GLR)' : ''}`,
      beschrijving: describe(soort, profiel, plaats, mbo, niveaus),
      school: {
        naam: school.naam,
        plaats,
        ...(soort === 'leerlab' && rnd() < 0.3 ? {} : { brin: school.brin }),
        ...(school.vestiging ? { vestiging: school.vestiging } : {}),
      },
      arbeidsmarktregio: rnd() < 0.1 ? school.regionCode : region,
      ...(rnd() < 0.2
        ? { arbeidsmarktregios: [region, REGION_NAMES[pick(regionCodes)]].filter((r, j, all) => all.indexOf(r) === j) }
        : {}),
      ...(soort === 'leerlab' && rnd() < 0.4 ? {} : { profielen }),
      ...(soort === 'leerlab' && rnd() < 0.5 ? {} : { niveaus }),
      ...(soort === 'leerlab' && rnd() < 0.5 ? {} : { startjaar }),
      vmboScholen: [{ naam: school.naam, brin: school.brin }],
      mboInstellingen: [{ naam: mbo }, ...(rnd() < 0.2 ? [{ naam: `${pick(MBO_NAMES)} ${plaats}` }] : [])],
    };
    // The leerlab pins of schools without BRIN sit next to the school, so they get their own pin.
    const coordinates = properties.school.brin
      ? school.coordinates
      : [round(school.coordinates[0] + 0.004), school.coordinates[1]];
    if (rnd() < 0.6) {
      const naam = `${pick(FIRST)} ${pick(LAST)}`;
      const consent = rnd() < 0.7;
      properties.contact = {
        naam,
        functie: pick(FUNCTIES),
        email: `${naam.toLowerCase().replace(/[^a-z]+/g, '.')}@voorbeeldschool.nl`,
        telefoon: `0${10 + Math.floor(rnd() * 89)} ${100 + Math.floor(rnd() * 899)} ${10 + Math.floor(rnd() * 89)} ${10 + Math.floor(rnd() * 89)}`,
        toestemming: consent ? true : rnd() < 0.5 ? false : undefined,
      };
      if (properties.contact.toestemming === undefined) delete properties.contact.toestemming;
    }
    if (rnd() < 0.5) properties.website = `https://example.nl/leerroutes/${id}`;
    if (rnd() < 0.3) properties.wijzigingUrl = `https://example.nl/wijzigingsformulier?route=${id}`;
    features.push({ type: 'Feature', id, geometry: { type: 'Point', coordinates }, properties });
  }

  return {
    type: 'FeatureCollection',
    feedVersie: 1,
    bijgewerkt: '2026-10-15',
    bron: 'Voorbeeldgegevens (fictief) — Sterk beroepsonderwijs',
    features,
  };
}

function dlrNiveaus(i, rnd, pick) {
  if (i < 12) return [{ van: LEERWEGEN[i % 4], naar: 2 + (Math.floor(i / 4) % 3) }];
  const van = pick(LEERWEGEN);
  // bb mostly leads to 2, kb to 3, gl/tl to 4, as in practice; sometimes a second pair.
  const usual = { bb: 2, kb: 3, gl: 4, tl: 4 }[van];
  const naar = rnd() < 0.75 ? usual : 2 + Math.floor(rnd() * 3);
  const pairs = [{ van, naar }];
  if (rnd() < 0.3) {
    const second = { van: pick(LEERWEGEN), naar: 2 + Math.floor(rnd() * 3) };
    if (second.van !== van || second.naar !== naar) pairs.push(second);
  }
  return pairs;
}

function describe(soort, profiel, plaats, mbo, niveaus) {
  const sector = SECTOR_TEXT[profiel];
  if (soort === 'leerlab') {
    return `In dit leerlab werken vmbo-scholen en ${mbo} samen aan betere overstappen naar het mbo in ${sector}.\n\nDocenten van vo en mbo ontwikkelen samen lessen, loopbaanbegeleiding en gezamenlijke praktijkopdrachten.`;
  }
  const route = niveaus.map((n) => `${n.van} naar mbo ${n.naar}`).join(' en ');
  const kind = soort === 'GLR' ? 'geïntegreerde leerroute' : 'doorlopende leerroute';
  return `In deze ${kind} in ${plaats} starten leerlingen in leerjaar 3 met één programma van vmbo en ${mbo}, in ${sector}.\n\nDe route loopt van ${route}. Leerlingen leren veel in de praktijk, bij bedrijven in de regio, en stromen zonder extra overstap door naar het mbo.`;
}

const round = (n) => Math.round(n * 10000) / 10000;

// CLI
if (import.meta.url === `file://${process.argv[1]}`) {
  const [, , out = 'demo/sample-feed.json', ...rest] = process.argv;
  const option = (name, fallback) => {
    const at = rest.indexOf(`--${name}`);
    return at >= 0 ? Number(rest[at + 1]) : fallback;
  };
  const feed = generateFeed({ routes: option('routes', 520), seed: option('seed', 2026) });
  writeFileSync(out, `${JSON.stringify(feed, null, 1)}\n`);
  console.log(`${out}: ${feed.features.length} routes`);
}
