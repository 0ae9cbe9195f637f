// Who volunteers in the demo office: names by where people (or their parents)
// came from, with the languages that go with them, as in Lower Saxony's
// integration work (more than half of the Lotsen have a migration background).
// The demo office draws from these lists with a fixed seed (demo-office.ts).
import type { LanguageLevel } from "../../generated/prisma/client.ts";

export interface Origin {
  key: string;
  /** How often the origin is drawn. */
  weight: number;
  firstNames: readonly string[];
  lastNames: readonly string[];
  /** German levels people of this group bring, drawn evenly. */
  germanLevels: readonly LanguageLevel[];
  /** The first language (ISO 639-1), spoken natively; none for German speakers. */
  native: string | null;
  /** Further languages, each with a chance and the levels drawn from. */
  more: readonly { code: string; chance: number; levels: readonly LanguageLevel[] }[];
}

export const ORIGINS: readonly Origin[] = [
  {
    key: "german",
    weight: 30,
    firstNames: ["Hannelore", "Jürgen", "Sabine", "Thomas", "Katrin", "Wiebke", "Hauke", "Gesa", "Insa", "Frauke", "Ole", "Jonas", "Lena", "Birgit", "Dieter", "Renate", "Ulrike", "Marlies", "Friederike", "Tjark", "Heike", "Martin", "Anke", "Bernd", "Clara", "Paul"],
    lastNames: ["Janssen", "Meyer", "Schröder", "Hinrichs", "Oltmanns", "Gerdes", "Wilken", "Brunken", "Ahlers", "Eilers", "Cordes", "Lüken", "Bruns", "Harms", "Osterloh", "Tönjes", "Wübbena", "Stöver", "Rüdebusch", "Hullmann", "Kramer", "Böhmer"],
    germanLevels: ["NATIVE"],
    native: null,
    more: [
      { code: "en", chance: 0.8, levels: ["B1", "B2", "C1"] },
      { code: "fr", chance: 0.25, levels: ["A2", "B1", "B2"] },
      { code: "es", chance: 0.1, levels: ["A2", "B1"] },
      { code: "ru", chance: 0.05, levels: ["A2", "B1"] },
    ],
  },
  {
    key: "syrian",
    weight: 16,
    firstNames: ["Amira", "Rania", "Yasmin", "Nour", "Lina", "Mahmoud", "Omar", "Khaled", "Samer", "Rami", "Hiba", "Fadi", "Reem", "Bashar", "Dima", "Tarek"],
    lastNames: ["Haddad", "Al-Hussein", "Khalil", "Mansour", "Darwish", "Hamdan", "Nasser", "Saleh", "Aziz", "Kassem", "Al-Ali", "Suleiman"],
    germanLevels: ["B1", "B2", "B2", "C1", "C1"],
    native: "ar",
    more: [
      { code: "en", chance: 0.6, levels: ["A2", "B1", "B2"] },
      { code: "ku", chance: 0.1, levels: ["B1", "B2"] },
      { code: "fr", chance: 0.1, levels: ["A2", "B1"] },
    ],
  },
  {
    key: "afghan-iranian",
    weight: 12,
    firstNames: ["Fatemeh", "Zahra", "Maryam", "Reza", "Ali", "Hamid", "Parisa", "Sohrab", "Farid", "Shirin", "Mina", "Navid", "Mahsa", "Jawad"],
    lastNames: ["Ahmadi", "Rahimi", "Hosseini", "Karimi", "Mohammadi", "Sadeghi", "Azizi", "Rezaei", "Jafari", "Noori", "Habibi"],
    germanLevels: ["B1", "B2", "B2", "C1"],
    native: "fa",
    more: [
      { code: "ps", chance: 0.25, levels: ["B1", "B2", "C1"] },
      { code: "en", chance: 0.5, levels: ["A2", "B1", "B2"] },
    ],
  },
  {
    key: "ukrainian",
    weight: 14,
    firstNames: ["Olena", "Iryna", "Oksana", "Tetiana", "Nataliia", "Yuliia", "Andrii", "Dmytro", "Serhii", "Mykola", "Kateryna", "Viktoriia", "Halyna", "Bohdan"],
    lastNames: ["Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchenko", "Boiko", "Savchenko", "Marchenko", "Lysenko", "Hnatiuk"],
    germanLevels: ["A2", "B1", "B1", "B2", "C1"],
    native: "uk",
    more: [
      { code: "ru", chance: 0.85, levels: ["C1", "C2", "NATIVE"] },
      { code: "en", chance: 0.6, levels: ["B1", "B2", "C1"] },
      { code: "pl", chance: 0.1, levels: ["A2", "B1"] },
    ],
  },
  {
    key: "turkish",
    weight: 12,
    firstNames: ["Ayşe", "Elif", "Zeynep", "Mehmet", "Mustafa", "Emre", "Derya", "Hakan", "Gül", "Burak", "Serkan", "Esra", "Cem", "Filiz"],
    lastNames: ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Arslan", "Doğan", "Kılıç", "Koç"],
    germanLevels: ["C1", "C2", "NATIVE", "NATIVE"],
    native: "tr",
    more: [
      { code: "en", chance: 0.6, levels: ["B1", "B2"] },
      { code: "ku", chance: 0.15, levels: ["B1", "B2", "NATIVE"] },
    ],
  },
  {
    key: "kurdish",
    weight: 7,
    firstNames: ["Rojda", "Dilan", "Berivan", "Azad", "Rezan", "Hêvî", "Shivan", "Nesrin", "Serhat", "Zozan", "Baran"],
    lastNames: ["Murad", "Ibrahim", "Qasim", "Osman", "Rashid", "Sido", "Khalaf", "Hasso"],
    germanLevels: ["B1", "B2", "C1"],
    native: "ku",
    more: [
      { code: "ar", chance: 0.6, levels: ["B2", "C1", "NATIVE"] },
      { code: "tr", chance: 0.35, levels: ["B1", "B2", "C1"] },
      { code: "en", chance: 0.3, levels: ["A2", "B1"] },
    ],
  },
  {
    key: "russian-german",
    weight: 7,
    firstNames: ["Swetlana", "Natalja", "Olga", "Irina", "Alexander", "Viktor", "Waldemar", "Jelena", "Tatjana", "Lydia"],
    lastNames: ["Becker", "Fischer", "Janzen", "Klassen", "Friesen", "Dück", "Neufeld", "Wiebe", "Schäfer", "Braun"],
    germanLevels: ["C1", "C2", "NATIVE"],
    native: "ru",
    more: [
      { code: "uk", chance: 0.2, levels: ["B1", "B2"] },
      { code: "en", chance: 0.3, levels: ["A2", "B1"] },
    ],
  },
  {
    key: "eritrean",
    weight: 4,
    firstNames: ["Senait", "Yonas", "Filmon", "Helen", "Selam", "Tesfay", "Mehari", "Luwam"],
    lastNames: ["Tesfamariam", "Gebremedhin", "Haile", "Kidane", "Berhane", "Tekle"],
    germanLevels: ["A2", "B1", "B2"],
    native: "ti",
    more: [
      { code: "am", chance: 0.4, levels: ["B1", "B2"] },
      { code: "en", chance: 0.6, levels: ["B1", "B2"] },
      { code: "ar", chance: 0.2, levels: ["A2", "B1"] },
    ],
  },
  {
    key: "west-african",
    weight: 4,
    firstNames: ["Aminata", "Mamadou", "Fatoumata", "Ibrahima", "Mariama", "Ousmane", "Grace", "Chinedu"],
    lastNames: ["Diallo", "Bah", "Camara", "Sow", "Barry", "Okafor", "Mensah"],
    germanLevels: ["B1", "B2", "C1"],
    native: "fr",
    more: [{ code: "en", chance: 0.7, levels: ["B2", "C1", "NATIVE"] }],
  },
  {
    key: "somali",
    weight: 3,
    firstNames: ["Hodan", "Abdirahman", "Fadumo", "Ayaan", "Mohamed", "Sahra"],
    lastNames: ["Warsame", "Abdi", "Farah", "Hassan", "Jama"],
    germanLevels: ["A2", "B1", "B2"],
    native: "so",
    more: [
      { code: "ar", chance: 0.5, levels: ["B1", "B2"] },
      { code: "en", chance: 0.5, levels: ["B1", "B2"] },
    ],
  },
  {
    key: "polish",
    weight: 3,
    firstNames: ["Agnieszka", "Katarzyna", "Tomasz", "Magdalena", "Piotr", "Joanna"],
    lastNames: ["Nowak", "Wójcik", "Mazur", "Krawczyk", "Kaczmarek", "Zając"],
    germanLevels: ["B2", "C1", "C2"],
    native: "pl",
    more: [{ code: "en", chance: 0.6, levels: ["B1", "B2"] }],
  },
];

/** Notes volunteers type with their hours, by activity (reference-data.ts keys). */
export const HOUR_NOTES: Record<string, readonly string[]> = {
  ESCORT: [
    "Begleitung zur Ausländerbehörde",
    "Termin beim Jobcenter begleitet",
    "Arzttermin begleitet",
    "Begleitung zum Bürgerbüro (Anmeldung)",
    "Wohnungsbesichtigung begleitet",
    "Kontoeröffnung bei der Sparkasse",
    "Begleitung zur Familienkasse",
    "Termin bei der Schuldnerberatung",
    "Anmeldung in der Kita begleitet",
    "Elterngespräch in der Grundschule",
    "Begleitung zum Sozialamt",
    "Formulare Kindergeld gemeinsam ausgefüllt",
    "Mietvertrag gemeinsam durchgesehen",
  ],
  INTERPRETING: [
    "Elternabend gedolmetscht",
    "Sprachmittlung beim Kinderarzt",
    "Sprachmittlung im Jobcenter",
    "Beratungsgespräch Schuleinstieg gedolmetscht",
    "Sprachmittlung beim Gesundheitsamt",
    "Telefonat mit der Vermieterin übersetzt",
    "Hilfeplangespräch Jugendamt gedolmetscht",
    "Sprachmittlung in der Migrationsberatung",
  ],
  EVENT: [
    "Sprachcafé in der Stadtbibliothek",
    "Sommerfest im Stadtteiltreff",
    "Interkulturelles Frauenfrühstück",
    "Infoabend für neue Lotsinnen und Lotsen",
    "Fahrradwerkstatt im Nachbarschaftshaus",
    "Stand beim Tag der offenen Tür",
    "Spielenachmittag mit Familien",
  ],
  ADMINISTRATION: ["Teamtreffen der Lotsinnen und Lotsen", "Supervision", "Dienstbesprechung im Amt", "Fallbesprechung mit der Koordination"],
  COURSE: ["Fortbildung Aufenthaltsrecht", "Workshop Traumasensibler Umgang", "Fortbildung Datenschutz im Ehrenamt"],
  OTHER: ["Hausaufgabenhilfe", "Telefonische Beratung", "Unterstützung beim Umzug", "Nachhilfe Deutsch", "Spendenausgabe in der Kleiderkammer"],
};

/** Why a coordinator rejected an hour entry. */
export const HOUR_REJECTIONS = [
  "Doppelt eingetragen",
  "Bitte als Begleitung statt Sprachmittlung eintragen",
  "Privater Termin, kein Ehrenamt",
  "Datum stimmt nicht, bitte neu eintragen",
];

/** Why a coordinator rejected a sign-up. */
export const SIGN_UP_REJECTIONS = [
  "Wohnt außerhalb unseres Gebiets; wir haben an die Freiwilligenagentur im Landkreis verwiesen.",
  "Möchte ausschließlich bezahlt dolmetschen; dafür ist der Sprachmittlerpool nicht gedacht.",
  "Nach dem Kennenlerngespräch gemeinsam entschieden, dass es gerade nicht passt.",
];

/** Why volunteering ended. */
export const END_REASONS = ["Umzug nach Hamburg", "Neue Arbeitsstelle, keine Zeit mehr", "Studium beendet, zieht weg", "Aus gesundheitlichen Gründen"];

/** Why a coordinator paused someone. */
export const PAUSE_REASONS = ["Elternzeit bis zum Sommer", "Längerer Auslandsaufenthalt"];

/** ASCII for an email address: umlauts and Turkish or Kurdish letters spelt out. */
export function asciiName(text: string): string {
  const map: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss", ğ: "g", ş: "s", ı: "i", ç: "c", ê: "e", î: "i", é: "e", ó: "o", ń: "n", ł: "l", ą: "a", ę: "e", ś: "s", ż: "z", ź: "z" };
  return text
    .toLowerCase()
    .split("")
    .map((c) => map[c] ?? c)
    .join("")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
