/* aliases.c — names to ids for the importers, until the library has a
 * name index of its own: the ISO 3166 names of iso-codes (also turned
 * round: "Korea, Republic of" is "Republic of Korea"), the alias list
 * below (how Wikipedia and Wikidata name countries), the entities that
 * have no ISO code, and the organizations the importers know.
 * docs/import.md lists the same tables for users.
 *
 * The tables are built once, on first use, and kept for the life of the
 * process (the library is not thread-safe; see dipgraph.h). */
#include "import.h"

/* Entities without an ISO 3166-1 code.  Kosovo is XK (the code the EU and
 * the IMF use); the others get readable ids.  A region is part of its
 * parent: as a sender it is a country of the data set, as a jurisdiction
 * inside its parent a consular district. */
static const imp_entity entities[] = {
    {"XK", "Kosovo", IMP_COUNTRY, NULL, 0, NULL},
    {"SMOM", "Sovereign Military Order of Malta", IMP_COUNTRY, NULL, 0,
     "A sovereign entity without territory that keeps diplomatic relations."},
    {"CTA", "Central Tibetan Administration", IMP_COUNTRY, NULL, 0, "The Tibetan government in exile."},
    {"SADR", "Sahrawi Arab Democratic Republic", IMP_COUNTRY, NULL, 0,
     "The state that claims Western Sahara (ISO EH, the territory)."},
    {"TRNC", "Turkish Republic of Northern Cyprus", IMP_COUNTRY, NULL, 0, NULL},
    {"Abkhazia", "Abkhazia", IMP_COUNTRY, NULL, 0, NULL},
    {"SouthOssetia", "South Ossetia", IMP_COUNTRY, NULL, 0, NULL},
    {"Somaliland", "Somaliland", IMP_COUNTRY, NULL, 0, NULL},
    {"Transnistria", "Transnistria", IMP_COUNTRY, NULL, 0, NULL},
    {"Artsakh", "Artsakh", IMP_COUNTRY, NULL, 0, NULL},
    {"CA-QC", "Quebec", IMP_REGION, "CA", 0, "A province of Canada (ISO 3166-2 CA-QC)."},
    {"ES-CT", "Catalonia", IMP_REGION, "ES", 0, "An autonomous community of Spain (ISO 3166-2 ES-CT)."},
    {"ES-PV", "Basque Country", IMP_REGION, "ES", 0, "An autonomous community of Spain (ISO 3166-2 ES-PV)."},
    {"DE-SN", "Saxony", IMP_REGION, "DE", 0, "A state of Germany (ISO 3166-2 DE-SN)."},
    {"DE-BY", "Bavaria", IMP_REGION, "DE", 0, "A state of Germany (ISO 3166-2 DE-BY)."},
    {"US-NM", "New Mexico", IMP_REGION, "US", 0, "A state of the United States (ISO 3166-2 US-NM)."},
    {"GB-SCT", "Scotland", IMP_REGION, "GB", 0, "A country of the United Kingdom (ISO 3166-2 GB-SCT)."},
    {"BE-VLG", "Flanders", IMP_REGION, "BE", 0, "A region of Belgium (ISO 3166-2 BE-VLG)."},
    {"BE-WAL", "Wallonia", IMP_REGION, "BE", 0, "A region of Belgium (ISO 3166-2 BE-WAL)."},
    /* Organizations: ids as data/belarus.yaml has them where it has them. */
    {"UN", "United Nations", IMP_ORG, NULL, DG_ORG_INTERGOVERNMENTAL, NULL},
    {"EU", "European Union", IMP_ORG, NULL, DG_ORG_REGIONAL, NULL},
    {"OSCE", "Organization for Security and Co-operation in Europe", IMP_ORG, NULL, DG_ORG_REGIONAL, NULL},
    {"CIS", "Commonwealth of Independent States", IMP_ORG, NULL, DG_ORG_REGIONAL, NULL},
    {"CoE", "Council of Europe", IMP_ORG, NULL, DG_ORG_REGIONAL, NULL},
    {"NonAligned", "Non-Aligned Movement", IMP_ORG, NULL, DG_ORG_FORUM, NULL},
    {"EurAsEC", "Eurasian Economic Community", IMP_ORG, NULL, DG_ORG_ECONOMIC, NULL},
    {"EAEU", "Eurasian Economic Union", IMP_ORG, NULL, DG_ORG_ECONOMIC, NULL},
    {"CSTO", "Collective Security Treaty Organization", IMP_ORG, NULL, DG_ORG_MILITARY, NULL},
    {"CEI", "Central European Initiative", IMP_ORG, NULL, DG_ORG_FORUM, NULL},
    {"BakuInitiative", "Baku Initiative", IMP_ORG, NULL, DG_ORG_FORUM, NULL},
    {"CES", "Common Economic Space", IMP_ORG, NULL, DG_ORG_ECONOMIC, NULL},
    {"NATO", "North Atlantic Treaty Organization", IMP_ORG, NULL, DG_ORG_MILITARY, NULL},
    {"PfP", "Partnership for Peace", IMP_ORG, NULL, DG_ORG_MILITARY, NULL},
    {"WTO", "World Trade Organization", IMP_ORG, NULL, DG_ORG_ECONOMIC, NULL},
    {"IMF", "International Monetary Fund", IMP_ORG, NULL, DG_ORG_FINANCIAL, NULL},
    {"WorldBank", "World Bank", IMP_ORG, NULL, DG_ORG_FINANCIAL, NULL},
    {"AfricanUnion", "African Union", IMP_ORG, NULL, DG_ORG_REGIONAL, NULL},
    {"UNESCO", "UNESCO", IMP_ORG, NULL, DG_ORG_INTERGOVERNMENTAL, NULL},
    {"ASEAN", "Association of Southeast Asian Nations", IMP_ORG, NULL, DG_ORG_REGIONAL, NULL},
    {"OAS", "Organization of American States", IMP_ORG, NULL, DG_ORG_REGIONAL, NULL},
    {"ArabLeague", "Arab League", IMP_ORG, NULL, DG_ORG_REGIONAL, NULL},
    {"OIC", "Organisation of Islamic Cooperation", IMP_ORG, NULL, DG_ORG_INTERGOVERNMENTAL, NULL},
    {"SCO", "Shanghai Cooperation Organisation", IMP_ORG, NULL, DG_ORG_REGIONAL, NULL},
    {"BSEC", "Organization of the Black Sea Economic Cooperation", IMP_ORG, NULL, DG_ORG_ECONOMIC, NULL},
    {"GUAM", "GUAM Organization for Democracy and Economic Development", IMP_ORG, NULL, DG_ORG_REGIONAL, NULL},
    {"Commonwealth", "Commonwealth of Nations", IMP_ORG, NULL, DG_ORG_INTERGOVERNMENTAL, NULL},
    {"OECD", "Organisation for Economic Co-operation and Development", IMP_ORG, NULL, DG_ORG_ECONOMIC, NULL},
};

/* Names that are not (or not only) iso-codes' names, as Wikipedia and
 * Wikidata write them.  Checked before every other table. */
static const char *const aliases[][2] = {
    {"Russia", "RU"}, {"Soviet Union", "SU"}, {"USSR", "SU"}, {"Turkey", "TR"}, {"Türkiye", "TR"},
    {"Republic of Ireland", "IE"}, {"Ireland", "IE"}, {"Vatican", "VA"}, {"Vatican City", "VA"},
    {"Holy See", "VA"}, {"Ivory Coast", "CI"}, {"Brunei", "BN"}, {"Cape Verde", "CV"},
    {"East Timor", "TL"}, {"Macau", "MO"}, {"People's Republic of China", "CN"}, {"PRC", "CN"},
    {"Republic of China", "TW"}, {"Taiwan", "TW"}, {"Czech Republic", "CZ"}, {"South Korea", "KR"},
    {"North Korea", "KP"}, {"Syria", "SY"}, {"Laos", "LA"}, {"Vietnam", "VN"},
    {"United States", "US"}, {"United States of America", "US"}, {"USA", "US"}, {"U.S.", "US"},
    {"UK", "GB"}, {"Great Britain", "GB"}, {"Britain", "GB"}, {"Kingdom of Denmark", "DK"},
    {"Swaziland", "SZ"}, {"Burma", "MM"}, {"Macedonia", "MK"}, {"Republic of Macedonia", "MK"},
    {"Republic of the Congo", "CG"}, {"Congo-Brazzaville", "CG"}, {"Congo-Kinshasa", "CD"},
    {"DR Congo", "CD"}, {"DRC", "CD"}, {"Democratic Republic of Congo", "CD"},
    {"State of Palestine", "PS"}, {"Palestine", "PS"}, {"Palestinian territories", "PS"},
    {"Bosnia", "BA"}, {"Bosnia-Herzegovina", "BA"}, {"Moldova", "MD"}, {"Belarus", "BY"},
    {"Republic of Belarus", "BY"}, {"Byelorussia", "BY"}, {"Russian Federation", "RU"},
    {"Iran", "IR"}, {"Bolivia", "BO"}, {"Venezuela", "VE"}, {"Tanzania", "TZ"},
    {"Micronesia", "FM"}, {"Federated States of Micronesia", "FM"}, {"Netherlands", "NL"},
    {"Holland", "NL"}, {"Timor-Leste", "TL"}, {"Sao Tome", "ST"}, {"The Gambia", "GM"},
    {"The Bahamas", "BS"}, {"Kyrgyz Republic", "KG"}, {"Slovak Republic", "SK"},
    {"Yugoslavia", "YU"}, {"Czechoslovakia", "CSK"}, {"East Germany", "DD"}, {"West Germany", "DE"},
    {"Hong Kong", "HK"}, {"Kosovo", "XK"}, {"Republic of Kosovo", "XK"},
    {"Government of Sweden", "SE"},
    {"Ministry of Foreign Affairs of the People's Republic of China", "CN"},
    {"Ministry of Foreign Affairs of the Russian Federation", "RU"},
    {"Ministry of Foreign Affairs and Cooperation of the Republic of Rwanda", "RW"},
    {"Order of Malta", "SMOM"}, {"Sovereign Military Order of Malta", "SMOM"},
    {"Sovereign Order of Malta", "SMOM"}, {"Western Sahara", "EH"},
    {"Sahrawi Republic", "SADR"}, {"Northern Cyprus", "TRNC"}, {"North Cyprus", "TRNC"},
    {"Republic of Abkhazia", "Abkhazia"}, {"Republic of South Ossetia", "SouthOssetia"},
    {"Pridnestrovian Moldavian Republic", "Transnistria"}, {"Nagorno-Karabakh Republic", "Artsakh"},
    {"Republic of Artsakh", "Artsakh"}, {"Québec", "CA-QC"}, {"Government of Quebec", "CA-QC"},
    {"Government of Catalonia", "ES-CT"}, {"Generalitat de Catalunya", "ES-CT"},
    {"Government of New Mexico", "US-NM"}, {"Free State of Saxony", "DE-SN"},
};

static const char *const org_aliases[][2] = {
    {"OSCE", "OSCE"}, {"Organization for Security and Cooperation in Europe", "OSCE"},
    {"Organisation for Security and Co-operation in Europe", "OSCE"}, {"CIS", "CIS"},
    {"NAM", "NonAligned"}, {"Non Aligned Movement", "NonAligned"}, {"EurAsEC", "EurAsEC"},
    {"Eurasian Economic Union", "EAEU"}, {"EAEU", "EAEU"}, {"EEU", "EAEU"}, {"CSTO", "CSTO"},
    {"Collective Security Treaty Organisation", "CSTO"}, {"CEI", "CEI"}, {"UN", "UN"},
    {"United Nations Organization", "UN"}, {"EU", "EU"}, {"European Parliament", "EU"},
    {"European Commission", "EU"}, {"NATO", "NATO"}, {"North Atlantic Treaty Organisation", "NATO"},
    {"WTO", "WTO"}, {"IMF", "IMF"}, {"AU", "AfricanUnion"}, {"ASEAN", "ASEAN"}, {"OAS", "OAS"},
    {"League of Arab States", "ArabLeague"}, {"Organization of Islamic Cooperation", "OIC"},
    {"Organisation of the Islamic Conference", "OIC"}, {"Shanghai Cooperation Organization", "SCO"},
    {"Black Sea Economic Cooperation", "BSEC"}, {"GUAM", "GUAM"},
    {"Commonwealth of Nations", "Commonwealth"}, {"OECD", "OECD"},
};

/* Adjectives of nationality, for "the Swiss ambassador" and "Moscow (Russian)". */
static const char *const demonyms[][2] = {
    {"Afghan", "AF"}, {"Albanian", "AL"}, {"Algerian", "DZ"}, {"American", "US"}, {"Andorran", "AD"},
    {"Angolan", "AO"}, {"Argentine", "AR"}, {"Argentinian", "AR"}, {"Armenian", "AM"},
    {"Australian", "AU"}, {"Austrian", "AT"}, {"Azerbaijani", "AZ"}, {"Azeri", "AZ"},
    {"Bahraini", "BH"}, {"Bangladeshi", "BD"}, {"Belarusian", "BY"}, {"Belarussian", "BY"},
    {"Byelorussian", "BY"}, {"Belgian", "BE"}, {"Bolivian", "BO"}, {"Bosnian", "BA"},
    {"Brazilian", "BR"}, {"British", "GB"}, {"Bulgarian", "BG"}, {"Cambodian", "KH"},
    {"Cameroonian", "CM"}, {"Canadian", "CA"}, {"Chilean", "CL"}, {"Chinese", "CN"},
    {"Colombian", "CO"}, {"Croatian", "HR"}, {"Cuban", "CU"}, {"Cypriot", "CY"}, {"Czech", "CZ"},
    {"Danish", "DK"}, {"Dutch", "NL"}, {"Ecuadorian", "EC"}, {"Egyptian", "EG"},
    {"Estonian", "EE"}, {"Ethiopian", "ET"}, {"Filipino", "PH"}, {"Philippine", "PH"},
    {"Finnish", "FI"}, {"French", "FR"}, {"Georgian", "GE"}, {"German", "DE"}, {"Ghanaian", "GH"},
    {"Greek", "GR"}, {"Hungarian", "HU"}, {"Icelandic", "IS"}, {"Indian", "IN"},
    {"Indonesian", "ID"}, {"Iranian", "IR"}, {"Iraqi", "IQ"}, {"Irish", "IE"}, {"Israeli", "IL"},
    {"Italian", "IT"}, {"Japanese", "JP"}, {"Jordanian", "JO"}, {"Kazakh", "KZ"},
    {"Kazakhstani", "KZ"}, {"Kenyan", "KE"}, {"Kuwaiti", "KW"}, {"Kyrgyz", "KG"},
    {"Latvian", "LV"}, {"Lebanese", "LB"}, {"Libyan", "LY"}, {"Lithuanian", "LT"},
    {"Luxembourgish", "LU"}, {"Macedonian", "MK"}, {"Malaysian", "MY"}, {"Maltese", "MT"},
    {"Mexican", "MX"}, {"Moldovan", "MD"}, {"Mongolian", "MN"}, {"Montenegrin", "ME"},
    {"Moroccan", "MA"}, {"Nepalese", "NP"}, {"Nigerian", "NG"}, {"Norwegian", "NO"},
    {"Omani", "OM"}, {"Pakistani", "PK"}, {"Palestinian", "PS"}, {"Peruvian", "PE"},
    {"Polish", "PL"}, {"Portuguese", "PT"}, {"Qatari", "QA"}, {"Romanian", "RO"},
    {"Russian", "RU"}, {"Saudi", "SA"}, {"Serbian", "RS"}, {"Singaporean", "SG"},
    {"Slovak", "SK"}, {"Slovakian", "SK"}, {"Slovenian", "SI"}, {"Slovene", "SI"},
    {"South African", "ZA"}, {"South Korean", "KR"}, {"North Korean", "KP"}, {"Spanish", "ES"},
    {"Sri Lankan", "LK"}, {"Sudanese", "SD"}, {"Swedish", "SE"}, {"Swiss", "CH"},
    {"Syrian", "SY"}, {"Taiwanese", "TW"}, {"Tajik", "TJ"}, {"Thai", "TH"}, {"Tunisian", "TN"},
    {"Turkish", "TR"}, {"Turkmen", "TM"}, {"Ukrainian", "UA"}, {"Emirati", "AE"},
    {"Uruguayan", "UY"}, {"Uzbek", "UZ"}, {"Venezuelan", "VE"}, {"Vietnamese", "VN"},
    {"Yemeni", "YE"}, {"Zambian", "ZM"}, {"Zimbabwean", "ZW"}, {"Kosovar", "XK"},
};

/* The city where a country's embassies are, first; then other cities of
 * the same country that a sentence may name without its country, and
 * that Wikidata's smallest units are merged into (wdcity.c). */
static const char *const cities[][2] = {
    {"AF", "Kabul"}, {"AL", "Tirana"}, {"DZ", "Algiers"}, {"AD", "Andorra la Vella"},
    {"AO", "Luanda"}, {"AG", "Saint John's"}, {"AR", "Buenos Aires"}, {"AM", "Yerevan"},
    {"AU", "Canberra"}, {"AT", "Vienna"}, {"AZ", "Baku"}, {"BS", "Nassau"}, {"BH", "Manama"},
    {"BD", "Dhaka"}, {"BB", "Bridgetown"}, {"BY", "Minsk"}, {"BE", "Brussels"}, {"BZ", "Belmopan"},
    {"BJ", "Cotonou"}, {"BJ", "Porto-Novo"}, {"BT", "Thimphu"}, {"BO", "La Paz"}, {"BO", "Sucre"},
    {"BA", "Sarajevo"}, {"BW", "Gaborone"}, {"BR", "Brasília"}, {"BN", "Bandar Seri Begawan"},
    {"BG", "Sofia"}, {"BF", "Ouagadougou"}, {"BI", "Bujumbura"}, {"BI", "Gitega"},
    {"CV", "Praia"}, {"KH", "Phnom Penh"}, {"CM", "Yaoundé"}, {"CA", "Ottawa"},
    {"CF", "Bangui"}, {"TD", "N'Djamena"}, {"CL", "Santiago"}, {"CN", "Beijing"},
    {"CO", "Bogotá"}, {"KM", "Moroni"}, {"CG", "Brazzaville"}, {"CD", "Kinshasa"},
    {"CR", "San José"}, {"CI", "Abidjan"}, {"CI", "Yamoussoukro"}, {"HR", "Zagreb"},
    {"CU", "Havana"}, {"CY", "Nicosia"}, {"CZ", "Prague"}, {"DK", "Copenhagen"},
    {"DJ", "Djibouti"}, {"DM", "Roseau"}, {"DO", "Santo Domingo"}, {"EC", "Quito"},
    {"EG", "Cairo"}, {"SV", "San Salvador"}, {"GQ", "Malabo"}, {"ER", "Asmara"},
    {"EE", "Tallinn"}, {"SZ", "Mbabane"}, {"ET", "Addis Ababa"}, {"FJ", "Suva"},
    {"FI", "Helsinki"}, {"FR", "Paris"}, {"GA", "Libreville"}, {"GM", "Banjul"},
    {"GE", "Tbilisi"}, {"DE", "Berlin"}, {"GH", "Accra"}, {"GR", "Athens"}, {"GD", "St. George's"},
    {"GT", "Guatemala City"}, {"GN", "Conakry"}, {"GW", "Bissau"}, {"GY", "Georgetown"},
    {"HT", "Port-au-Prince"}, {"VA", "Vatican City"}, {"HN", "Tegucigalpa"}, {"HU", "Budapest"},
    {"IS", "Reykjavík"}, {"IN", "New Delhi"}, {"ID", "Jakarta"}, {"IR", "Tehran"},
    {"IQ", "Baghdad"}, {"IE", "Dublin"}, {"IL", "Tel Aviv"}, {"IT", "Rome"}, {"JM", "Kingston"},
    {"JP", "Tokyo"}, {"JO", "Amman"}, {"KZ", "Astana"}, {"KZ", "Nur-Sultan"}, {"KZ", "Almaty"},
    {"KE", "Nairobi"}, {"KI", "Tarawa"}, {"KP", "Pyongyang"}, {"KR", "Seoul"},
    {"KW", "Kuwait City"}, {"KG", "Bishkek"}, {"LA", "Vientiane"}, {"LV", "Riga"},
    {"LB", "Beirut"}, {"LS", "Maseru"}, {"LR", "Monrovia"}, {"LY", "Tripoli"}, {"LI", "Vaduz"},
    {"LT", "Vilnius"}, {"LU", "Luxembourg"}, {"MG", "Antananarivo"}, {"MW", "Lilongwe"},
    {"MY", "Kuala Lumpur"}, {"MV", "Malé"}, {"ML", "Bamako"}, {"MT", "Valletta"},
    {"MH", "Majuro"}, {"MR", "Nouakchott"}, {"MU", "Port Louis"}, {"MX", "Mexico City"},
    {"FM", "Palikir"}, {"MD", "Chișinău"}, {"MD", "Chisinau"}, {"MC", "Monaco"},
    {"MN", "Ulaanbaatar"}, {"ME", "Podgorica"}, {"MA", "Rabat"}, {"MZ", "Maputo"},
    {"MM", "Yangon"}, {"MM", "Naypyidaw"}, {"NA", "Windhoek"}, {"NP", "Kathmandu"},
    {"NL", "The Hague"}, {"NL", "Amsterdam"}, {"NZ", "Wellington"}, {"NI", "Managua"},
    {"NE", "Niamey"}, {"NG", "Abuja"}, {"NG", "Lagos"}, {"MK", "Skopje"}, {"NO", "Oslo"},
    {"OM", "Muscat"}, {"PK", "Islamabad"}, {"PK", "Karachi"}, {"PS", "Ramallah"},
    {"PA", "Panama City"}, {"PG", "Port Moresby"}, {"PY", "Asunción"}, {"PE", "Lima"},
    {"PH", "Manila"}, {"PL", "Warsaw"}, {"PT", "Lisbon"}, {"QA", "Doha"}, {"RO", "Bucharest"},
    {"RU", "Moscow"}, {"RU", "Saint Petersburg"}, {"RW", "Kigali"}, {"KN", "Basseterre"},
    {"LC", "Castries"}, {"VC", "Kingstown"}, {"WS", "Apia"}, {"SM", "San Marino"},
    {"ST", "São Tomé"}, {"SA", "Riyadh"}, {"SN", "Dakar"}, {"RS", "Belgrade"}, {"SC", "Victoria"},
    {"SL", "Freetown"}, {"SG", "Singapore"}, {"SK", "Bratislava"}, {"SI", "Ljubljana"},
    {"SB", "Honiara"}, {"SO", "Mogadishu"}, {"ZA", "Pretoria"}, {"ZA", "Cape Town"},
    {"SS", "Juba"}, {"ES", "Madrid"}, {"LK", "Colombo"}, {"SD", "Khartoum"},
    {"SR", "Paramaribo"}, {"SE", "Stockholm"}, {"CH", "Bern"}, {"CH", "Geneva"},
    {"SY", "Damascus"}, {"TW", "Taipei"}, {"TJ", "Dushanbe"}, {"TZ", "Dar es Salaam"},
    {"TZ", "Dodoma"}, {"TH", "Bangkok"}, {"TL", "Dili"}, {"TG", "Lomé"}, {"TO", "Nukuʻalofa"},
    {"TT", "Port of Spain"}, {"TN", "Tunis"}, {"TR", "Ankara"}, {"TR", "Istanbul"},
    {"TM", "Ashgabat"}, {"TV", "Funafuti"}, {"UG", "Kampala"}, {"UA", "Kyiv"}, {"UA", "Kiev"},
    {"AE", "Abu Dhabi"}, {"AE", "Dubai"}, {"GB", "London"}, {"US", "Washington, D.C."},
    {"US", "Washington"}, {"US", "New York"}, {"UY", "Montevideo"}, {"UZ", "Tashkent"},
    {"VU", "Port Vila"}, {"VE", "Caracas"}, {"VN", "Hanoi"}, {"YE", "Sanaa"}, {"ZM", "Lusaka"},
    {"ZW", "Harare"}, {"XK", "Pristina"}, {"HK", "Hong Kong"}, {"MO", "Macau"},
    {"DK", "Copenhagen"}, {"IT", "Milan"}, {"DE", "Munich"}, {"DE", "Frankfurt"},
    {"DE", "Hamburg"}, {"CN", "Shanghai"}, {"CN", "Guangzhou"}, {"CN", "Hong Kong"},
    {"IN", "Mumbai"}, {"BR", "São Paulo"}, {"BR", "Rio de Janeiro"}, {"CA", "Toronto"},
    {"CA", "Montreal"}, {"CA", "Vancouver"}, {"AU", "Sydney"}, {"AU", "Melbourne"},
    {"JP", "Osaka"}, {"US", "Chicago"}, {"US", "Los Angeles"}, {"US", "San Francisco"},
    {"US", "Houston"}, {"US", "Miami"}, {"ES", "Barcelona"}, {"NL", "Rotterdam"},
    {"GB", "Edinburgh"}, {"TR", "Izmir"}, {"RU", "Yekaterinburg"}, {"PL", "Kraków"},
    {"PL", "Gdańsk"}, {"BY", "Brest"}, {"BY", "Hrodna"}, {"BY", "Grodno"}, {"BY", "Vitebsk"},
    /* Known cities whose country the table does not state. */
    {"", "Jerusalem"},
};

/* Short English names where iso-codes' name is long or inverted. */
static const char *const short_names[][2] = {
    {"RU", "Russia"}, {"SY", "Syria"}, {"LA", "Laos"}, {"VN", "Vietnam"}, {"BN", "Brunei"},
    {"VA", "Vatican City"}, {"PS", "Palestine"}, {"KR", "South Korea"}, {"KP", "North Korea"},
    {"CD", "Democratic Republic of the Congo"}, {"CG", "Republic of the Congo"},
    {"TW", "Taiwan"}, {"TR", "Turkey"}, {"CZ", "Czech Republic"}, {"NL", "Netherlands"},
    {"SU", "Soviet Union"},
};

static struct {
    bool ready;
    dg_arena *arena;
    dg_map names, orgs, demonyms, city_of, short_of, entity_ids;
    const char **ids; /* map values index this */
    size_t n_ids, cap_ids;
} T;

static uint32_t intern_id(const char *id)
{
    *DG_PUSH(T.ids, T.n_ids, T.cap_ids) = id;
    return (uint32_t)(T.n_ids - 1);
}

/* Add a name (normalized) -> id; the first to claim a name keeps it. */
static void add_name(dg_map *m, const char *name, size_t n, const char *id)
{
    char key[256];
    imp_norm_name(name, n, key, sizeof key);
    if (!key[0] || dg_map_get(m, key) != DG_NONE)
        return;
    dg_map_put(m, dg_arena_strdup(T.arena, key), intern_id(id));
}

/* "Korea, Republic of" also as "Republic of Korea", and "Bolivia,
 * Plurinational State of" also as "Bolivia" when no other name starts so. */
static void add_iso_forms(const char *name, const char *id, dg_map *prefixes)
{
    const char *comma = strstr(name, ", ");
    if (!comma)
        return;
    char turned[256];
    snprintf(turned, sizeof turned, "%s %.*s", comma + 2, (int)(comma - name), name);
    add_name(&T.names, turned, strlen(turned), id);
    char key[256];
    imp_norm_name(name, (size_t)(comma - name), key, sizeof key);
    uint32_t prev = dg_map_get(prefixes, key);
    if (prev == DG_NONE)
        dg_map_put(prefixes, dg_arena_strdup(T.arena, key), intern_id(id));
    else if (strcmp(T.ids[prev], id) != 0)
        T.ids[prev] = ""; /* shared by two countries: not a name */
}

static void add_iso_names(void)
{
    dg_map prefixes = {0};
    for (int pass = 0; pass < 2; pass++) /* current countries first */
        for (size_t i = 0; i < dg_iso_count(); i++) {
            const char *id;
            const char *name = dg_iso_row_name(i, &id);
            bool former = false;
            dg_iso_lookup(id, NULL, &former);
            if ((int)former != pass)
                continue;
            add_name(&T.names, name, strlen(name), id);
            add_iso_forms(name, id, &prefixes);
        }
    for (size_t s = 0; s < prefixes.cap; s++)
        if (prefixes.keys && prefixes.keys[s] && T.ids[prefixes.vals[s]][0])
            add_name(&T.names, prefixes.keys[s], strlen(prefixes.keys[s]), T.ids[prefixes.vals[s]]);
    dg_map_free(&prefixes);
}

static void build(void)
{
    if (T.ready)
        return;
    T.ready = true;
    T.arena = dg_arena_new();
    for (size_t i = 0; i < sizeof aliases / sizeof *aliases; i++)
        add_name(&T.names, aliases[i][0], strlen(aliases[i][0]), aliases[i][1]);
    for (size_t i = 0; i < sizeof entities / sizeof *entities; i++) {
        dg_map_put(&T.entity_ids, entities[i].id, (uint32_t)i);
        dg_map *m = entities[i].kind == IMP_ORG ? &T.orgs : &T.names;
        add_name(m, entities[i].name, strlen(entities[i].name), entities[i].id);
        if (entities[i].kind == IMP_ORG)
            add_name(m, entities[i].id, strlen(entities[i].id), entities[i].id);
    }
    for (size_t i = 0; i < sizeof org_aliases / sizeof *org_aliases; i++)
        add_name(&T.orgs, org_aliases[i][0], strlen(org_aliases[i][0]), org_aliases[i][1]);
    add_iso_names();
    for (size_t i = 0; i < sizeof demonyms / sizeof *demonyms; i++)
        add_name(&T.demonyms, demonyms[i][0], strlen(demonyms[i][0]), demonyms[i][1]);
    for (size_t i = 0; i < sizeof cities / sizeof *cities; i++)
        add_name(&T.city_of, cities[i][1], strlen(cities[i][1]), cities[i][0]);
}

static const char *get(const dg_map *m, const char *name, size_t n)
{
    char key[256];
    imp_norm_name(name, n, key, sizeof key);
    uint32_t v = dg_map_get(m, key);
    return v == DG_NONE ? NULL : T.ids[v];
}

/* "Republic of Abkhazia" -> "Abkhazia", as a last resort. */
static const char *without_title(const char *name)
{
    static const char *const titles[] = {"republic of ", "kingdom of ", "state of ",
                                         "commonwealth of ", "principality of ",
                                         "grand duchy of ", "federal republic of "};
    char key[256];
    imp_norm_name(name, strlen(name), key, sizeof key);
    for (size_t i = 0; i < sizeof titles / sizeof *titles; i++) {
        size_t k = strlen(titles[i]);
        if (strncmp(key, titles[i], k) == 0)
            return get(&T.names, key + k, strlen(key + k));
    }
    return NULL;
}

const char *imp_country_id(const char *name)
{
    build();
    /* Codes as codes: "BLR" in {{flagcountry|BLR}}. */
    size_t n = strlen(name);
    if ((n == 2 || n == 3) && name[0] >= 'A' && name[0] <= 'Z' && name[1] >= 'A' &&
        name[1] <= 'Z' && (n == 2 || (name[2] >= 'A' && name[2] <= 'Z'))) {
        const char *canon;
        if (dg_iso_lookup(name, &canon, NULL))
            return canon;
    }
    /* This file's tables first (iso-codes' English names, the names as
     * Wikipedia and Wikidata write them, the entities without an ISO
     * code); then the library's name index, which also knows iso-codes'
     * translations, for names in another script ("Россия").  Latin-script
     * names that are no country (Wikidata's "Bavaria") do not go there: the
     * index reads every catalog on its first miss, which would cost an
     * import of the world's embassies more than the rest of its work. */
    const char *id = get(&T.names, name, n);
    if (!id && imp_other_script(name))
        id = dg_country_id_for_name(name, NULL);
    return id ? id : without_title(name);
}

const char *imp_org_id(const char *name)
{
    build();
    return get(&T.orgs, name, strlen(name));
}

const imp_entity *imp_entity_of(const char *id)
{
    build();
    uint32_t i = dg_map_get(&T.entity_ids, id);
    return i == DG_NONE ? NULL : &entities[i];
}

const char *imp_country_name(const char *id)
{
    for (size_t i = 0; i < sizeof short_names / sizeof *short_names; i++)
        if (strcmp(short_names[i][0], id) == 0)
            return short_names[i][1];
    const imp_entity *e = imp_entity_of(id);
    if (e)
        return e->name;
    const char *name = dg_iso_lookup(id, NULL, NULL);
    const char *comma = name ? strstr(name, ", ") : NULL;
    if (!name || !comma)
        return name ? name : id;
    /* "Bolivia, Plurinational State of" reads as "Bolivia"; made once per
     * id and kept with the tables. */
    build();
    uint32_t v = dg_map_get(&T.short_of, id);
    if (v != DG_NONE)
        return T.ids[v];
    char *s = dg_arena_strndup(T.arena, name, (size_t)(comma - name));
    dg_map_put(&T.short_of, dg_arena_strdup(T.arena, id), intern_id(s));
    return s;
}

const char *imp_demonym_id(const char *word)
{
    build();
    return get(&T.demonyms, word, strlen(word));
}

const char *imp_embassy_city(const char *id)
{
    for (size_t i = 0; i < sizeof cities / sizeof *cities; i++)
        if (strcmp(cities[i][0], id) == 0)
            return cities[i][1];
    return NULL;
}

const char *imp_city_country(const char *city)
{
    build();
    const char *id = get(&T.city_of, city, strlen(city));
    return id && id[0] ? id : NULL;
}

bool imp_known_city(const char *city, const char *in)
{
    build();
    const char *id = get(&T.city_of, city, strlen(city));
    return id && (!id[0] || strcmp(id, in) == 0);
}
