// Per-organisation lists a new organisation starts with: topics, activities,
// districts with their centroids, and the first consent text. Organisations
// edit them later; these are the seeds named in the volunteers issue.

export const DEFAULT_TOPICS = [
  "Behördengänge",
  "Wohnungssuche",
  "Schule und Kita",
  "Arbeit und Ausbildung",
  "Deutsch üben",
  "Gesundheit",
  "Freizeit",
];

export const DEFAULT_ACTIVITIES: { key: string; name: string }[] = [
  { key: "ESCORT", name: "Begleitung" },
  { key: "INTERPRETING", name: "Sprachmittlung" },
  { key: "COURSE", name: "Kursbesuch" },
  { key: "EVENT", name: "Veranstaltung" },
  { key: "ADMINISTRATION", name: "Verwaltung" },
  { key: "OTHER", name: "Sonstiges" },
];

/** Approximate centroids (WGS 84), good enough for "how far apart" in matching. */
export const DEFAULT_DISTRICTS: Record<string, [string, number, number][]> = {
  oldenburg: [
    ["Innenstadt", 53.1412, 8.2146],
    ["Bloherfelde", 53.1353, 8.1712],
    ["Bümmerstede", 53.1003, 8.2297],
    ["Bürgerfelde", 53.1571, 8.2078],
    ["Dietrichsfeld", 53.1652, 8.1995],
    ["Donnerschwee", 53.1497, 8.2352],
    ["Ehnern", 53.1402, 8.1898],
    ["Etzhorn", 53.1903, 8.2002],
    ["Eversten", 53.1281, 8.1949],
    ["Haarentor", 53.1448, 8.1852],
    ["Kreyenbrück", 53.1102, 8.2251],
    ["Nadorst", 53.1601, 8.2203],
    ["Neuenwege", 53.1004, 8.2001],
    ["Ofenerdiek", 53.1802, 8.2148],
    ["Ohmstede", 53.1598, 8.2502],
    ["Osternburg", 53.1303, 8.2301],
  ],
  osnabrueck: [
    ["Bad Essen", 52.3211, 8.3402],
    ["Bad Iburg", 52.1589, 8.0451],
    ["Bad Laer", 52.1031, 8.0902],
    ["Bad Rothenfelde", 52.1079, 8.1612],
    ["Belm", 52.3001, 8.1352],
    ["Bersenbrück", 52.5532, 7.9481],
    ["Bissendorf", 52.2349, 8.1661],
    ["Bramsche", 52.4081, 7.9802],
    ["Dissen am Teutoburger Wald", 52.1151, 8.2001],
    ["Fürstenau", 52.5171, 7.6762],
    ["Georgsmarienhütte", 52.2031, 8.0471],
    ["Glandorf", 52.0861, 7.9991],
    ["Hagen am Teutoburger Wald", 52.1971, 7.9802],
    ["Hasbergen", 52.2351, 7.9601],
    ["Hilter am Teutoburger Wald", 52.1361, 8.1472],
    ["Melle", 52.2041, 8.3391],
    ["Ostercappeln", 52.3521, 8.2281],
    ["Quakenbrück", 52.6762, 7.9481],
    ["Wallenhorst", 52.3521, 8.0201],
  ],
};

export const DEFAULT_CONSENT_TEXT = `Einwilligung in die Verarbeitung personenbezogener Daten

Ich willige ein, dass {organization} meine bei der Anmeldung und später im Profil angegebenen Daten (Name, Kontaktdaten, Sprachen, Themen, Verfügbarkeit, Stadtteil, geleistete Stunden) zur Koordination meines ehrenamtlichen Engagements verarbeitet (Art. 6 Abs. 1 lit. a DSGVO). Die Daten werden nur den Mitarbeitenden gezeigt, die sie für die Koordination brauchen, und nicht an andere Organisationen weitergegeben.

Ich kann diese Einwilligung jederzeit in meinem Profil widerrufen. Mein Engagement ruht dann; bereits erfasste Stunden bleiben als anonyme Summen erhalten. Ich habe das Recht auf Auskunft, Berichtigung und Löschung meiner Daten.`;
