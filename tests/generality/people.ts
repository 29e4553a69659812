/**
 * The people the generator writes into articles. Kept here and read by no file under src/: the
 * linter has to find these people the way it finds any others, from what the article says.
 * The given names and surnames are ordinary names of each language, combined freely: the people
 * are made up. Where a surname is said to mean an English word, the meaning is the word's in that
 * language (the source is a dictionary of the language, cited per row).
 */
export interface Person {
  given: string;
  surname: string;
  /** ISO 639-1 code of the name's language. */
  language: string;
  /** The name order of the language: "Wang Yi" writes the surname first. */
  surnameFirst?: true;
}

/** How an article introduces someone: "{description} {name}". */
export const descriptions = [
  'Foreign Minister',
  'Interior Minister',
  'the finance minister',
  'opposition leader',
  'the party chair',
  'Prime Minister',
  'government spokesperson',
  'the economist',
  'China researcher',
  'the defence analyst',
  'Deputy Prime Minister',
  'the central bank governor',
  'the union leader',
  'the mayor',
  'Supreme Court judge',
  'the energy minister',
] as const;

const byLanguage: Record<string, { given: string[]; surnames: string[] }> = {
  fi: {
    given: ['Aino', 'Eero', 'Helmi', 'Jussi', 'Kaisa', 'Lauri', 'Maija', 'Oskari', 'Riikka', 'Tapio', 'Sanni', 'Ville'],
    surnames: ['Virtanen', 'Korhonen', 'Nieminen', 'Mäkinen', 'Hämäläinen', 'Laaksonen', 'Heikkinen', 'Koskinen', 'Järvinen', 'Lehtonen', 'Saarinen', 'Salminen', 'Rantanen', 'Tuominen', 'Karjalainen', 'Leppänen', 'Ahonen', 'Ojala', 'Kallio', 'Pesonen'],
  },
  et: {
    given: ['Kersti', 'Urmas', 'Margus', 'Liina', 'Jaanus', 'Kadri'],
    surnames: ['Tamm', 'Saar', 'Sepp', 'Mägi', 'Kask', 'Kukk', 'Rebane', 'Ilves', 'Pärn', 'Koppel', 'Lepik', 'Raudsepp'],
  },
  de: {
    given: ['Jürgen', 'Katrin', 'Matthias', 'Ulrike', 'Wolfgang', 'Annegret', 'Sebastian', 'Franziska', 'Hubertus', 'Dörte'],
    surnames: ['Schröder', 'Zimmermann', 'Hoffmann', 'Schäfer', 'Krüger', 'Lehmann', 'Neumann', 'Schwarzkopf', 'Hartmann', 'Kretschmer', 'Weidenfeld', 'Scheuermann', 'Brinkhaus', 'Lindemann', 'Reichenbach', 'Ziegler', 'Seehofer', 'Kaiser'],
  },
  pl: {
    given: ['Małgorzata', 'Krzysztof', 'Agnieszka', 'Wojciech', 'Grzegorz', 'Elżbieta'],
    surnames: ['Wiśniewski', 'Wójcik', 'Kamiński', 'Lewandowska', 'Zieliński', 'Szymański', 'Dąbrowski', 'Kozłowski', 'Jankowski', 'Mazurek', 'Kwiatkowski', 'Sikorski'],
  },
  tr: {
    given: ['Mehmet', 'Ayşe', 'Hakan', 'Zeynep', 'Mustafa', 'Emine'],
    surnames: ['Yıldırım', 'Öztürk', 'Aydın', 'Çelik', 'Şahin', 'Kılıçdaroğlu', 'Karaosmanoğlu', 'Demirtaş', 'Akşener', 'Bahçeli', 'Soylu', 'Kurtulmuş'],
  },
  es: {
    given: ['José', 'María', 'Andrés', 'Inés', 'Teresa', 'Ramón'],
    surnames: ['Fernández', 'González', 'Gutiérrez', 'Domínguez', 'Vázquez', 'Albares', 'Castellanos', 'Echeverría', 'Montalvo', 'Sarmiento', 'Villanueva', 'Urtasun'],
  },
  pt: {
    given: ['João', 'Conceição', 'Gonçalo', 'Luísa'],
    surnames: ['Gonçalves', 'Magalhães', 'Figueiredo', 'Carvalho', 'Rebelo', 'Nogueira'],
  },
  fr: {
    given: ['François', 'Hélène', 'Jérôme', 'Sébastien', 'Ségolène', 'Amélie'],
    surnames: ['Lefèvre', 'Dufresne', 'Marchetti', 'Delacroix', 'Bérégovoy', 'Castaner', 'Lecornu', 'Darmanin', 'Gabriel', 'Borne', 'Véran', 'Attal'],
  },
  hu: {
    given: ['Gergely', 'Zsófia', 'Péter', 'Katalin', 'Tibor'],
    surnames: ['Szijjártó', 'Gulyás', 'Kovács', 'Horváth', 'Varga', 'Novák', 'Rétvári', 'Semjén'],
  },
  sv: {
    given: ['Magdalena', 'Ulf', 'Jonas', 'Ingrid', 'Tobias', 'Ebba'],
    surnames: ['Andersson', 'Kristersson', 'Bergström', 'Lindqvist', 'Johansson', 'Forssmed', 'Strömmer', 'Wallström', 'Busch', 'Pehrson'],
  },
  nb: {
    given: ['Jonas', 'Trygve', 'Anniken', 'Espen', 'Hadia'],
    surnames: ['Støre', 'Vedum', 'Huitfeldt', 'Brenna', 'Tajik', 'Sandberg', 'Solberg', 'Haugland'],
  },
  cs: {
    given: ['Jiří', 'Petr', 'Markéta', 'Zuzana', 'Vít'],
    surnames: ['Dvořák', 'Novotný', 'Procházka', 'Rakušan', 'Lipavský', 'Stanjura', 'Pekarová'],
  },
  ru: {
    given: ['Sergei', 'Dmitry', 'Yekaterina', 'Alexei', 'Tatyana', 'Vladimir'],
    surnames: ['Vorobyov', 'Tikhonov', 'Zakharchenko', 'Shuvalov', 'Peskovsky', 'Nebenzya', 'Ryabkov', 'Grushko', 'Zhuravlev', 'Kolokoltsev'],
  },
  it: {
    given: ['Giorgia', 'Matteo', 'Antonio', 'Elly', 'Giancarlo', 'Guido'],
    surnames: ['Tajani', 'Salvini', 'Giorgetti', 'Crosetto', 'Piantedosi', 'Schlein', 'Lollobrigida', 'Santanchè', 'Urso', 'Nordio'],
  },
  nl: {
    given: ['Dilan', 'Pieter', 'Caspar', 'Sigrid', 'Hugo', 'Wopke'],
    surnames: ['Yeşilgöz', 'Omtzigt', 'Veldkamp', 'Kaag', 'Hoekstra', 'Schoof', 'Klaver', 'Timmermans'],
  },
};

/** People whose names are written surname first. */
const eastAsian: Person[] = [
  { surname: 'Wang', given: 'Wentao', language: 'zh', surnameFirst: true },
  { surname: 'Zhao', given: 'Lijian', language: 'zh', surnameFirst: true },
  { surname: 'Hua', given: 'Chunying', language: 'zh', surnameFirst: true },
  { surname: 'Qin', given: 'Gang', language: 'zh', surnameFirst: true },
  { surname: 'Mao', given: 'Ning', language: 'zh', surnameFirst: true },
  { surname: 'Han', given: 'Zheng', language: 'zh', surnameFirst: true },
  { surname: 'Park', given: 'Jin', language: 'ko', surnameFirst: true },
  { surname: 'Choo', given: 'Kyung-ho', language: 'ko', surnameFirst: true },
  { surname: 'Yoon', given: 'Suk-yeol', language: 'ko', surnameFirst: true },
];

export function peopleOf(options: { eastAsian?: boolean } = {}): Person[] {
  const people: Person[] = [];
  for (const [language, { given, surnames }] of Object.entries(byLanguage)) {
    surnames.forEach((surname, index) => {
      people.push({ given: given[index % given.length] ?? given[0] ?? 'Anna', surname, language });
    });
  }
  return options.eastAsian ? [...people, ...eastAsian] : people;
}

/**
 * Surnames that are words of their language, with the English the word means (the rendering a
 * machine translation gives). Sources: Wiktionary entries of each word in its language.
 */
export interface MeaningfulSurname {
  surname: string;
  given: string;
  language: string;
  /** The English word MT puts in its place, as it would be capitalised standing for a name. */
  rendering: string;
}

export const meaningfulSurnames: MeaningfulSurname[] = [
  { surname: 'Rhein', given: 'Boris', language: 'de', rendering: 'Rhine' },
  { surname: 'Turkki', given: 'Teppo', language: 'fi', rendering: 'Turkey' },
  { surname: 'Orpo', given: 'Petteri', language: 'fi', rendering: 'Orphan' },
  { surname: 'Kivi', given: 'Aleksis', language: 'fi', rendering: 'Stone' },
  { surname: 'Karhu', given: 'Mikko', language: 'fi', rendering: 'Bear' },
  { surname: 'Koivu', given: 'Saku', language: 'fi', rendering: 'Birch' },
  { surname: 'Mäki', given: 'Anni', language: 'fi', rendering: 'Hill' },
  { surname: 'Järvi', given: 'Olli', language: 'fi', rendering: 'Lake' },
  { surname: 'Vogel', given: 'Dieter', language: 'de', rendering: 'Bird' },
  { surname: 'Fuchs', given: 'Petra', language: 'de', rendering: 'Fox' },
  { surname: 'Stein', given: 'Gunter', language: 'de', rendering: 'Stone' },
  { surname: 'Schwarz', given: 'Hanna', language: 'de', rendering: 'Black' },
  { surname: 'Weil', given: 'Stephan', language: 'de', rendering: 'Because' },
  { surname: 'Klein', given: 'Kerstin', language: 'de', rendering: 'Small' },
  { surname: 'Bär', given: 'Dorothee', language: 'de', rendering: 'Bear' },
  { surname: 'Bach', given: 'Thomas', language: 'de', rendering: 'Brook' },
  { surname: 'Merz', given: 'Friedrich', language: 'de', rendering: 'March' },
  { surname: 'Meloni', given: 'Giorgia', language: 'it', rendering: 'Melons' },
  { surname: 'Conte', given: 'Giuseppe', language: 'it', rendering: 'Count' },
  { surname: 'Monti', given: 'Mario', language: 'it', rendering: 'Mountains' },
  { surname: 'Iglesias', given: 'Pablo', language: 'es', rendering: 'Churches' },
  { surname: 'Calvo', given: 'Carmen', language: 'es', rendering: 'Bald' },
  { surname: 'Lind', given: 'Annie', language: 'sv', rendering: 'Linden' },
  { surname: 'Nowak', given: 'Anna', language: 'pl', rendering: 'Newcomer' },
  { surname: 'Le Maire', given: 'Bruno', language: 'fr', rendering: 'the Mayor' },
];
