# ruff: noqa: E501  (data tables: one entry a line reads better than wrapped lines)
"""Hand-curated country tables; the generator merges them with pycountry and babel (CLDR) names.

Every Russian entry is given in the nominative: the generator adds the case forms.
"""

# Canonical English short name, where CLDR's differs from common news usage.
EN_NAME = {
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "CI": "Côte d'Ivoire",
    "HK": "Hong Kong",
    "MO": "Macao",
    "MM": "Myanmar",
    "PS": "Palestine",
    "TR": "Turkey",
    "CZ": "Czech Republic",
    "VA": "Holy See",
    "FM": "Micronesia",
    "AG": "Antigua and Barbuda",
    "BA": "Bosnia and Herzegovina",
    "KN": "Saint Kitts and Nevis",
    "VC": "Saint Vincent and the Grenadines",
    "LC": "Saint Lucia",
    "ST": "São Tomé and Príncipe",
    "TT": "Trinidad and Tobago",
    "PM": "Saint Pierre and Miquelon",
    "TC": "Turks and Caicos Islands",
    "WF": "Wallis and Futuna",
    "SJ": "Svalbard and Jan Mayen",
    "HM": "Heard Island and McDonald Islands",
    "GS": "South Georgia and the South Sandwich Islands",
    "CC": "Cocos (Keeling) Islands",
    "TL": "Timor-Leste",
    "CV": "Cape Verde",
    "SZ": "Eswatini",
}

# Names added to CLDR's, per language (official names, short forms, older names still in use).
EXTRA_NAMES = {
    "US": {
        "en": ["United States of America"],
        "id": ["Amerika Serikat"],
        "es": ["Estados Unidos de América"],
        "fr": ["États-Unis d'Amérique", "Etats-Unis"],
        "ru": ["Соединённые Штаты Америки", "Соединённые Штаты"],
    },
    "CN": {
        "en": ["People's Republic of China", "Mainland China"],
        "id": ["China", "Republik Rakyat Tiongkok", "Republik Rakyat China", "Tiongkok Daratan"],
        "es": ["República Popular China", "República Popular de China"],
        "fr": ["République populaire de Chine", "Chine populaire"],
        "ru": ["Китайская Народная Республика", "Поднебесная"],
    },
    "RU": {
        "en": ["Russian Federation"],
        "id": ["Federasi Rusia"],
        "es": ["Federación de Rusia", "Federación Rusa"],
        "fr": ["Fédération de Russie"],
        "ru": ["Российская Федерация"],
    },
    "GB": {
        "en": ["Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"],
        "id": ["Inggris", "Britania Raya", "Kerajaan Bersatu", "Kerajaan Bersatu Britania Raya dan Irlandia Utara"],
        "es": ["Gran Bretaña", "Reino Unido de Gran Bretaña e Irlanda del Norte"],
        "fr": ["Grande-Bretagne", "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord"],
        "ru": ["Соединённое Королевство", "Британия", "Соединённое Королевство Великобритании и Северной Ирландии"],
    },
    "KR": {
        "en": ["Republic of Korea"],
        "id": ["Republik Korea", "Korsel"],
        "es": ["República de Corea"],
        "fr": ["République de Corée"],
        "ru": ["Южная Корея"],
    },
    "KP": {
        "en": ["Democratic People's Republic of Korea"],
        "id": ["Republik Demokratik Rakyat Korea", "Korut"],
        "es": ["República Popular Democrática de Corea"],
        "fr": ["République populaire démocratique de Corée"],
        "ru": ["Северная Корея", "Корейская Народно-Демократическая Республика"],
    },
    "IR": {
        "en": ["Islamic Republic of Iran"],
        "id": ["Republik Islam Iran"],
        "es": ["República Islámica de Irán", "Iran"],
        "fr": ["République islamique d'Iran"],
        "ru": ["Исламская Республика Иран"],
    },
    "VN": {
        "en": ["Viet Nam", "Socialist Republic of Vietnam"],
        "id": ["Republik Sosialis Vietnam"],
        "es": ["Viet Nam", "República Socialista de Vietnam", "República Socialista de Viet Nam"],
        "fr": ["Vietnam", "Viet Nam", "République socialiste du Viêt Nam", "République socialiste du Vietnam"],
        "ru": ["Социалистическая Республика Вьетнам"],
    },
    "LA": {
        "en": ["Lao PDR", "Lao People's Democratic Republic"],
        "id": ["Republik Demokratik Rakyat Laos"],
        "es": ["República Democrática Popular Lao"],
        "fr": ["République démocratique populaire lao"],
        "ru": ["Лаосская Народно-Демократическая Республика"],
    },
    "SY": {
        "en": ["Syrian Arab Republic"],
        "id": ["Syria", "Republik Arab Suriah"],
        "es": ["República Árabe Siria"],
        "fr": ["République arabe syrienne"],
        "ru": ["Сирийская Арабская Республика"],
    },
    "BO": {
        "en": ["Plurinational State of Bolivia"],
        "es": ["Estado Plurinacional de Bolivia"],
        "fr": ["État plurinational de Bolivie"],
        "ru": ["Многонациональное Государство Боливия"],
        "id": ["Negara Plurinasional Bolivia"],
    },
    "VE": {
        "en": ["Bolivarian Republic of Venezuela"],
        "es": ["República Bolivariana de Venezuela"],
        "fr": ["République bolivarienne du Venezuela"],
        "ru": ["Боливарианская Республика Венесуэла"],
        "id": ["Republik Bolivarian Venezuela"],
    },
    "TZ": {
        "en": ["United Republic of Tanzania"],
        "es": ["República Unida de Tanzania"],
        "fr": ["République-Unie de Tanzanie"],
        "ru": ["Объединённая Республика Танзания"],
        "id": ["Republik Persatuan Tanzania"],
    },
    "MD": {
        "en": ["Republic of Moldova"],
        "es": ["República de Moldavia", "Moldova"],
        "fr": ["République de Moldavie", "Moldova"],
        "ru": ["Молдавия", "Республика Молдова"],
        "id": ["Republik Moldova"],
    },
    "CD": {
        "en": ["DR Congo", "Democratic Republic of Congo", "Congo-Kinshasa"],
        "id": ["Republik Demokratik Kongo", "RD Kongo", "Kongo-Kinshasa"],
        "es": ["RD Congo", "Congo-Kinsasa"],
        "fr": ["République démocratique du Congo", "RD Congo"],
        "ru": ["Демократическая Республика Конго", "Конго-Киншаса"],
    },
    "CG": {
        "en": ["Republic of Congo", "Congo-Brazzaville"],
        "id": ["Republik Kongo", "Kongo-Brazzaville"],
        "es": ["República del Congo", "Congo-Brazzaville"],
        "fr": ["République du Congo"],
        "ru": ["Республика Конго", "Конго-Браззавиль"],
    },
    "CI": {
        "en": ["Ivory Coast", "Côte d’Ivoire", "Cote d'Ivoire"],
        "id": ["Pantai Gading"],
        "es": ["Costa de Marfil", "República de Côte d'Ivoire", "República de Costa de Marfil"],
        "fr": ["Côte d'Ivoire", "République de Côte d'Ivoire"],
        "ru": ["Кот-д'Ивуар", "Республика Кот-д'Ивуар"],
    },
    "PS": {
        "en": ["State of Palestine", "Palestinian Territories", "Occupied Palestinian Territory"],
        "id": ["Palestina", "Negara Palestina"],
        "es": ["Palestina", "Estado de Palestina"],
        "fr": ["Palestine", "État de Palestine"],
        "ru": ["Палестина", "Государство Палестина"],
    },
    "MM": {
        "en": ["Burma", "Republic of the Union of Myanmar"],
        "es": ["Birmania", "República de la Unión de Myanmar"],
        "fr": ["Birmanie", "République de l'Union du Myanmar"],
        "ru": ["Бирма", "Республика Союз Мьянма"],
        "id": ["Republik Persatuan Myanmar"],
    },
    "TR": {
        "en": ["Türkiye", "Turkiye", "Republic of Türkiye"],
        "id": ["Turkiye", "Türkiye"],
        "es": ["Türkiye", "República de Türkiye", "República de Turquía"],
        "fr": ["Türkiye", "République de Türkiye", "République de Turquie"],
        "ru": ["Турецкая Республика", "Республика Турция"],
    },
    "CZ": {
        "en": ["Czechia"],
        "id": ["Republik Ceko"],
        "es": ["República Checa"],
        "fr": ["République tchèque"],
        "ru": ["Чешская Республика"],
    },
    "SZ": {
        "en": ["Swaziland", "Kingdom of Eswatini"],
        "id": ["Eswatini", "Swaziland", "Kerajaan Eswatini"],
        "es": ["Suazilandia", "Reino de Esuatini"],
        "fr": ["Swaziland", "Royaume d'Eswatini"],
        "ru": ["Свазиленд", "Королевство Эсватини"],
    },
    "MK": {
        "en": ["Republic of North Macedonia"],
        "ru": ["Республика Северная Македония"],
        "id": ["Republik Makedonia Utara"],
        "es": ["República de Macedonia del Norte"],
        "fr": ["République de Macédoine du Nord"],
    },
    "VA": {
        "en": ["Holy See", "Vatican"],
        "id": ["Takhta Suci", "Vatikan"],
        "es": ["Santa Sede", "Vaticano"],
        "fr": ["Saint-Siège", "Vatican"],
        "ru": ["Святой Престол"],
    },
    "HK": {
        "en": ["Hong Kong SAR", "Hong Kong Special Administrative Region"],
        "id": ["Hong Kong"],
        "es": ["Hong Kong"],
        "fr": ["Hong Kong"],
        "ru": ["Гонконг", "Сянган"],
    },
    "MO": {
        "en": ["Macau", "Macao SAR"],
        "id": ["Makau", "Macau"],
        "es": ["Macao"],
        "fr": ["Macao"],
        "ru": ["Макао", "Аомынь"],
    },
    "TW": {"en": ["Taiwan"], "id": ["Taiwan"], "es": ["Taiwán"], "fr": ["Taïwan", "Taiwan"], "ru": ["Тайвань"]},
    "AE": {
        "en": ["Emirates"],
        "id": ["Uni Emirat Arab", "Emirat Arab", "Persatuan Emirat Arab"],
        "es": ["Emiratos"],
        "fr": ["Émirats", "Emirats arabes unis"],
        "ru": ["Объединённые Арабские Эмираты", "Эмираты"],
    },
    "SA": {
        "en": ["Kingdom of Saudi Arabia"],
        "id": ["Kerajaan Arab Saudi"],
        "es": ["Arabia Saudita", "Arabia Saudí", "Reino de Arabia Saudí", "Reino de Arabia Saudita"],
        "fr": ["Royaume d'Arabie saoudite"],
        "ru": ["Королевство Саудовская Аравия"],
    },
    "ZA": {
        "en": ["Republic of South Africa"],
        "id": ["Republik Afrika Selatan", "Afsel"],
        "es": ["República de Sudáfrica"],
        "fr": ["République d'Afrique du Sud"],
        "ru": ["Южно-Африканская Республика", "Южная Африка"],
    },
    "NL": {
        "en": ["the Netherlands", "Holland"],
        "id": ["Belanda", "Kerajaan Belanda"],
        "es": ["Holanda", "Reino de los Países Bajos"],
        "fr": ["Hollande", "Royaume des Pays-Bas"],
        "ru": ["Голландия", "Королевство Нидерландов"],
    },
    "DE": {
        "en": ["Federal Republic of Germany"],
        "id": ["Republik Federal Jerman"],
        "es": ["República Federal de Alemania"],
        "fr": ["République fédérale d'Allemagne"],
        "ru": ["Федеративная Республика Германия"],
    },
    "FR": {
        "en": ["French Republic"],
        "id": ["Perancis", "Prancis", "Republik Prancis", "Republik Perancis"],
        "es": ["República Francesa"],
        "fr": ["République française"],
        "ru": ["Французская Республика"],
    },
    "IN": {
        "en": ["Republic of India", "Bharat"],
        "es": ["República de la India", "La India"],
        "fr": ["République de l'Inde"],
        "ru": ["Республика Индия"],
        "id": ["Republik India"],
    },
    "ID": {
        "en": ["Republic of Indonesia"],
        "id": ["Republik Indonesia", "NKRI"],
        "es": ["República de Indonesia"],
        "fr": ["République d'Indonésie"],
        "ru": ["Республика Индонезия"],
    },
    "BY": {
        "en": ["Republic of Belarus"],
        "id": ["Belarus", "Republik Belarus"],
        "es": ["Belarús", "Bielorrusia", "República de Belarús"],
        "fr": ["Bélarus", "Biélorussie", "République du Bélarus"],
        "ru": ["Белоруссия", "Беларусь", "Республика Беларусь"],
    },
    "KZ": {
        "en": ["Republic of Kazakhstan"],
        "id": ["Kazakstan", "Republik Kazakhstan"],
        "es": ["Kazajistán", "Kazajstán", "República de Kazajistán"],
        "fr": ["République du Kazakhstan"],
        "ru": ["Республика Казахстан"],
    },
    "KG": {
        "en": ["Kyrgyz Republic", "Kirghizia"],
        "id": ["Kirgistan", "Kirgizstan", "Kyrgyzstan"],
        "es": ["Kirguistán", "Kirguizistán", "República Kirguisa"],
        "fr": ["Kirghizstan", "Kirghizistan", "République kirghize"],
        "ru": ["Киргизия", "Кыргызстан", "Киргизская Республика", "Кыргызская Республика"],
    },
    "TJ": {
        "en": ["Republic of Tajikistan"],
        "id": ["Tajikistan", "Republik Tajikistan"],
        "es": ["Tayikistán", "República de Tayikistán"],
        "fr": ["Tadjikistan", "République du Tadjikistan"],
        "ru": ["Республика Таджикистан"],
    },
    "TM": {
        "en": ["Turkmenia"],
        "id": ["Turkmenistan"],
        "es": ["Turkmenistán"],
        "fr": ["Turkménistan"],
        "ru": ["Туркмения", "Туркменистан"],
    },
    "UZ": {
        "en": ["Republic of Uzbekistan"],
        "id": ["Uzbekistan", "Republik Uzbekistan"],
        "es": ["Uzbekistán", "República de Uzbekistán"],
        "fr": ["Ouzbékistan", "République d'Ouzbékistan"],
        "ru": ["Республика Узбекистан"],
    },
    "UA": {"id": ["Ukraina"], "es": ["Ucrania"], "fr": ["Ukraine"], "ru": ["Украина"]},
    "AZ": {
        "en": ["Republic of Azerbaijan"],
        "ru": ["Азербайджанская Республика"],
        "id": ["Republik Azerbaijan"],
        "es": ["República de Azerbaiyán"],
        "fr": ["République d'Azerbaïdjan"],
    },
    "EG": {
        "en": ["Arab Republic of Egypt"],
        "id": ["Mesir", "Republik Arab Mesir"],
        "es": ["República Árabe de Egipto"],
        "fr": ["République arabe d'Égypte", "Egypte"],
        "ru": ["Арабская Республика Египет"],
    },
    "ET": {
        "en": ["Federal Democratic Republic of Ethiopia"],
        "id": ["Etiopia", "Republik Demokratik Federal Etiopia"],
        "es": ["Etiopía", "República Democrática Federal de Etiopía"],
        "fr": ["Éthiopie", "Ethiopie", "République fédérale démocratique d'Éthiopie"],
        "ru": ["Федеративная Демократическая Республика Эфиопия"],
    },
    "BR": {
        "en": ["Federative Republic of Brazil"],
        "id": ["Brasil", "Brazil", "Republik Federatif Brasil"],
        "es": ["República Federativa de Brasil"],
        "fr": ["République fédérative du Brésil"],
        "ru": ["Федеративная Республика Бразилия"],
    },
    "MX": {
        "en": ["United Mexican States"],
        "id": ["Meksiko"],
        "es": ["Estados Unidos Mexicanos"],
        "fr": ["États-Unis du Mexique"],
        "ru": ["Мексиканские Соединённые Штаты"],
    },
    "AR": {
        "en": ["Argentine Republic"],
        "es": ["República Argentina"],
        "fr": ["République argentine"],
        "ru": ["Аргентинская Республика"],
        "id": ["Republik Argentina"],
    },
    "PH": {
        "en": ["Republic of the Philippines"],
        "id": ["Filipina", "Republik Filipina"],
        "es": ["República de Filipinas"],
        "fr": ["République des Philippines"],
        "ru": ["Республика Филиппины"],
    },
    "CL": {
        "id": ["Chili", "Republik Chili"],
        "es": ["República de Chile"],
        "fr": ["République du Chili"],
        "ru": ["Республика Чили"],
    },
    "EC": {
        "en": ["Republic of Ecuador"],
        "fr": ["République de l'Équateur"],
        "es": ["República del Ecuador"],
        "id": ["Republik Ekuador"],
        "ru": ["Республика Эквадор"],
    },
    "DM": {"fr": ["Commonwealth de la Dominique"]},
    "SG": {
        "en": ["Republic of Singapore"],
        "id": ["Singapura", "Republik Singapura"],
        "es": ["República de Singapur"],
        "fr": ["République de Singapour"],
        "ru": ["Республика Сингапур"],
    },
    "MY": {"fr": ["Malaisie"], "es": ["Malasia"], "ru": ["Малайзия"]},
    "TH": {
        "en": ["Kingdom of Thailand"],
        "id": ["Thailand", "Muangthai", "Kerajaan Thailand"],
        "es": ["Reino de Tailandia"],
        "fr": ["Royaume de Thaïlande"],
        "ru": ["Королевство Таиланд", "Тайланд"],
    },
    "KH": {
        "en": ["Kingdom of Cambodia"],
        "id": ["Kamboja", "Kerajaan Kamboja"],
        "es": ["Reino de Camboya"],
        "fr": ["Royaume du Cambodge"],
        "ru": ["Королевство Камбоджа"],
    },
    "BN": {
        "en": ["Brunei Darussalam"],
        "id": ["Brunei Darussalam", "Negara Brunei Darussalam"],
        "es": ["Brunéi Darussalam"],
        "fr": ["Brunei Darussalam"],
        "ru": ["Бруней-Даруссалам", "Государство Бруней-Даруссалам"],
    },
    "TL": {
        "en": ["East Timor", "Timor Leste", "Democratic Republic of Timor-Leste"],
        "id": ["Timor Leste", "Timor-Leste", "Republik Demokratik Timor-Leste", "Republik Demokratik Timor Leste"],
        "es": ["Timor Oriental", "República Democrática de Timor-Leste"],
        "fr": ["Timor oriental", "République démocratique du Timor-Leste"],
        "ru": ["Восточный Тимор", "Демократическая Республика Тимор-Лесте"],
    },
    "JP": {"id": ["Jepang"], "ru": ["Страна восходящего солнца"]},
    "AF": {
        "en": ["Islamic Emirate of Afghanistan"],
        "id": ["Afganistan", "Afghanistan", "Emirat Islam Afghanistan", "Imarah Islam Afghanistan"],
        "ru": ["Исламский Эмират Афганистан"],
        "es": ["Emirato Islámico de Afganistán"],
        "fr": ["Émirat islamique d'Afghanistan"],
    },
    "PK": {
        "en": ["Islamic Republic of Pakistan"],
        "es": ["República Islámica de Pakistán"],
        "fr": ["République islamique du Pakistan"],
        "ru": ["Исламская Республика Пакистан"],
        "id": ["Republik Islam Pakistan"],
    },
    "BD": {
        "en": ["People's Republic of Bangladesh"],
        "ru": ["Народная Республика Бангладеш"],
        "id": ["Republik Rakyat Bangladesh"],
        "es": ["República Popular de Bangladesh", "República Popular de Bangladés"],
        "fr": ["République populaire du Bangladesh"],
    },
    "LK": {
        "en": ["Democratic Socialist Republic of Sri Lanka"],
        "ru": ["Демократическая Социалистическая Республика Шри-Ланка"],
        "id": ["Republik Sosialis Demokratik Sri Lanka"],
        "es": ["República Socialista Democrática de Sri Lanka"],
        "fr": ["République socialiste démocratique de Sri Lanka"],
    },
    "IQ": {
        "en": ["Republic of Iraq"],
        "id": ["Irak", "Republik Irak"],
        "es": ["Irak", "República de Irak", "República del Irak"],
        "fr": ["Irak", "République d'Irak"],
        "ru": ["Республика Ирак"],
    },
    "JO": {
        "en": ["Hashemite Kingdom of Jordan"],
        "id": ["Yordania", "Kerajaan Yordania Hasyimiyah"],
        "es": ["Reino Hachemí de Jordania", "Reino Hachemita de Jordania"],
        "fr": ["Royaume hachémite de Jordanie"],
        "ru": ["Иорданское Хашимитское Королевство"],
    },
    "QA": {
        "en": ["State of Qatar"],
        "id": ["Qatar", "Katar", "Negara Qatar"],
        "es": ["Catar", "Qatar", "Estado de Catar", "Estado de Qatar"],
        "fr": ["Qatar", "État du Qatar"],
        "ru": ["Государство Катар"],
    },
    "KW": {
        "en": ["State of Kuwait"],
        "es": ["Kuwait", "Estado de Kuwait"],
        "fr": ["Koweït", "Koweit", "État du Koweït"],
        "ru": ["Государство Кувейт"],
        "id": ["Negara Kuwait"],
    },
    "OM": {
        "en": ["Sultanate of Oman"],
        "id": ["Kesultanan Oman"],
        "es": ["Sultanato de Omán"],
        "fr": ["Sultanat d'Oman"],
        "ru": ["Султанат Оман"],
    },
    "BH": {
        "en": ["Kingdom of Bahrain"],
        "es": ["Baréin", "Bahréin", "Bahrein", "Reino de Baréin", "Reino de Bahréin"],
        "fr": ["Bahreïn", "Royaume de Bahreïn"],
        "ru": ["Королевство Бахрейн"],
        "id": ["Kerajaan Bahrain"],
    },
    "YE": {
        "en": ["Republic of Yemen"],
        "id": ["Yaman", "Republik Yaman"],
        "ru": ["Йеменская Республика"],
        "es": ["República del Yemen", "República de Yemen"],
        "fr": ["République du Yémen"],
    },
    "IL": {
        "en": ["State of Israel"],
        "es": ["Estado de Israel"],
        "fr": ["État d'Israël", "Israel"],
        "ru": ["Государство Израиль"],
    },
    "LB": {
        "en": ["Lebanese Republic"],
        "ru": ["Ливанская Республика"],
        "id": ["Republik Lebanon"],
        "es": ["República Libanesa"],
        "fr": ["République libanaise"],
    },
    "LY": {
        "en": ["State of Libya"],
        "ru": ["Государство Ливия"],
        "id": ["Negara Libya"],
        "es": ["Estado de Libia"],
        "fr": ["État de Libye"],
    },
    "DZ": {
        "en": ["People's Democratic Republic of Algeria"],
        "id": ["Aljazair", "Republik Demokratik Rakyat Aljazair"],
        "es": ["República Argelina Democrática y Popular"],
        "fr": ["République algérienne démocratique et populaire"],
        "ru": ["Алжирская Народная Демократическая Республика"],
    },
    "MA": {
        "en": ["Kingdom of Morocco"],
        "id": ["Maroko", "Kerajaan Maroko"],
        "es": ["Reino de Marruecos"],
        "fr": ["Royaume du Maroc"],
        "ru": ["Королевство Марокко"],
    },
    "SD": {
        "en": ["Republic of the Sudan", "Republic of Sudan"],
        "ru": ["Республика Судан"],
        "id": ["Republik Sudan"],
        "es": ["República del Sudán"],
        "fr": ["République du Soudan"],
    },
    "SS": {
        "en": ["Republic of South Sudan"],
        "ru": ["Республика Южный Судан"],
        "id": ["Republik Sudan Selatan"],
        "es": ["República de Sudán del Sur"],
        "fr": ["République du Soudan du Sud"],
    },
    "NG": {
        "en": ["Federal Republic of Nigeria"],
        "ru": ["Федеративная Республика Нигерия"],
        "id": ["Republik Federal Nigeria"],
        "es": ["República Federal de Nigeria"],
        "fr": ["République fédérale du Nigeria"],
    },
    "KE": {
        "en": ["Republic of Kenya"],
        "ru": ["Республика Кения"],
        "id": ["Republik Kenya"],
        "es": ["República de Kenia"],
        "fr": ["République du Kenya"],
    },
    "GE": {"ru": ["Сакартвело"]},
    "AM": {
        "en": ["Republic of Armenia"],
        "ru": ["Республика Армения"],
        "id": ["Republik Armenia"],
        "es": ["República de Armenia"],
        "fr": ["République d'Arménie"],
    },
    "MN": {"en": ["Mongolian People's Republic"]},
    "NZ": {"en": ["Aotearoa"], "id": ["Selandia Baru"]},
    "AU": {"en": ["Commonwealth of Australia"], "ru": ["Австралийский Союз"]},
    "CU": {
        "en": ["Republic of Cuba"],
        "es": ["República de Cuba"],
        "fr": ["République de Cuba"],
        "ru": ["Республика Куба", "Остров Свободы"],
        "id": ["Republik Kuba"],
    },
    "NI": {
        "en": ["Republic of Nicaragua"],
        "es": ["República de Nicaragua"],
        "ru": ["Республика Никарагуа"],
        "id": ["Republik Nikaragua"],
        "fr": ["République du Nicaragua"],
    },
    "CV": {
        "en": ["Cabo Verde"],
        "es": ["Cabo Verde", "República de Cabo Verde"],
        "fr": ["Cabo Verde", "République de Cabo Verde"],
        "ru": ["Кабо-Верде", "Республика Кабо-Верде"],
    },
    "BA": {"en": ["Bosnia-Herzegovina"], "ru": ["Босния и Герцеговина"]},
    "MU": {
        "fr": ["Île Maurice", "République de Maurice"],
        "id": ["Republik Mauritius"],
        "ru": ["Республика Маврикий"],
    },
    "JE": {
        "en": ["Bailiwick of Jersey"],
        "id": ["Bailiwick Jersey"],
        "es": ["Bailía de Jersey"],
        "fr": ["Bailliage de Jersey"],
    },
    "PG": {
        "ru": ["Папуа — Новая Гвинея", "Папуа-Новая Гвинея"],
        "es": ["Estado Independiente de Papúa Nueva Guinea"],
        "fr": ["État indépendant de Papouasie-Nouvelle-Guinée"],
    },
    "TG": {
        "ru": ["Республика Того", "Тоголезская Республика"],
        "en": ["Togolese Republic"],
        "id": ["Republik Togo"],
        "es": ["República Togolesa"],
        "fr": ["République togolaise"],
    },
    "XK": {"en": ["Kosovo"], "id": ["Kosovo"], "es": ["Kosovo"], "fr": ["Kosovo"], "ru": ["Косово"]},
    "AL": {
        "id": ["Republik Albania"],
        "es": ["República de Albania"],
        "fr": ["République d'Albanie"],
        "ru": ["Республика Албания"],
    },
    "AD": {"es": ["Principado de Andorra"], "fr": ["Principauté d'Andorre"], "ru": ["Княжество Андорра"]},
    "AO": {
        "id": ["Republik Angola"],
        "es": ["República de Angola"],
        "fr": ["République d'Angola"],
        "ru": ["Республика Ангола"],
    },
    "AT": {
        "id": ["Republik Austria"],
        "es": ["República de Austria"],
        "fr": ["République d'Autriche"],
        "ru": ["Австрийская Республика"],
    },
    "BE": {
        "id": ["Kerajaan Belgia"],
        "es": ["Reino de Bélgica"],
        "fr": ["Royaume de Belgique"],
        "ru": ["Королевство Бельгия"],
    },
    "BJ": {
        "id": ["Republik Benin"],
        "es": ["República de Benín"],
        "fr": ["République du Bénin"],
        "ru": ["Республика Бенин"],
    },
    "BT": {
        "id": ["Kerajaan Bhutan"],
        "es": ["Reino de Bután"],
        "fr": ["Royaume du Bhoutan"],
        "ru": ["Королевство Бутан"],
    },
    "BW": {
        "id": ["Republik Botswana"],
        "es": ["República de Botsuana"],
        "fr": ["République du Botswana"],
        "ru": ["Республика Ботсвана"],
    },
    "BG": {
        "id": ["Republik Bulgaria"],
        "es": ["República de Bulgaria"],
        "fr": ["République de Bulgarie"],
        "ru": ["Республика Болгария"],
    },
    "BI": {
        "id": ["Republik Burundi"],
        "es": ["República de Burundi"],
        "fr": ["République du Burundi"],
        "ru": ["Республика Бурунди"],
    },
    "CM": {
        "id": ["Republik Kamerun"],
        "es": ["República de Camerún", "República del Camerún"],
        "fr": ["République du Cameroun"],
        "ru": ["Республика Камерун"],
    },
    "TD": {
        "id": ["Republik Chad"],
        "es": ["República del Chad"],
        "fr": ["République du Tchad"],
        "ru": ["Республика Чад"],
    },
    "CO": {
        "id": ["Republik Kolombia"],
        "es": ["República de Colombia"],
        "fr": ["République de Colombie"],
        "ru": ["Республика Колумбия"],
    },
    "KM": {
        "id": ["Uni Komoro"],
        "es": ["Unión de las Comoras"],
        "fr": ["Union des Comores"],
        "ru": ["Союз Коморских Островов"],
    },
    "CR": {
        "id": ["Republik Kosta Rika"],
        "es": ["República de Costa Rica"],
        "fr": ["République du Costa Rica"],
        "ru": ["Республика Коста-Рика"],
    },
    "HR": {
        "id": ["Republik Kroasia"],
        "es": ["República de Croacia"],
        "fr": ["République de Croatie"],
        "ru": ["Республика Хорватия"],
    },
    "CY": {
        "id": ["Republik Siprus"],
        "es": ["República de Chipre"],
        "fr": ["République de Chypre"],
        "ru": ["Республика Кипр"],
    },
    "DK": {
        "id": ["Kerajaan Denmark"],
        "es": ["Reino de Dinamarca"],
        "fr": ["Royaume du Danemark"],
        "ru": ["Королевство Дания"],
    },
    "DJ": {
        "id": ["Republik Djibouti"],
        "es": ["República de Yibuti"],
        "fr": ["République de Djibouti"],
        "ru": ["Республика Джибути"],
    },
    "SV": {
        "id": ["Republik El Salvador"],
        "es": ["República de El Salvador"],
        "fr": ["République d'El Salvador"],
        "ru": ["Республика Эль-Сальвадор"],
    },
    "GQ": {
        "id": ["Republik Guinea Ekuatorial"],
        "es": ["República de Guinea Ecuatorial"],
        "fr": ["République de Guinée équatoriale"],
        "ru": ["Республика Экваториальная Гвинея"],
    },
    "ER": {
        "en": ["State of Eritrea"],
        "id": ["Negara Eritrea"],
        "es": ["Estado de Eritrea"],
        "fr": ["État d'Érythrée"],
        "ru": ["Государство Эритрея"],
    },
    "EE": {
        "id": ["Republik Estonia"],
        "es": ["República de Estonia"],
        "fr": ["République d'Estonie"],
        "ru": ["Эстонская Республика"],
    },
    "FJ": {
        "id": ["Republik Fiji"],
        "es": ["República de Fiyi"],
        "fr": ["République des Fidji"],
        "ru": ["Республика Фиджи"],
    },
    "FI": {
        "id": ["Republik Finlandia"],
        "es": ["República de Finlandia"],
        "fr": ["République de Finlande"],
        "ru": ["Финляндская Республика"],
    },
    "GA": {
        "id": ["Republik Gabon"],
        "es": ["República Gabonesa"],
        "fr": ["République gabonaise"],
        "ru": ["Габонская Республика"],
    },
    "GM": {
        "id": ["Republik Gambia"],
        "es": ["República de Gambia"],
        "fr": ["République de Gambie"],
        "ru": ["Республика Гамбия"],
    },
    "GH": {
        "id": ["Republik Ghana"],
        "es": ["República de Ghana"],
        "fr": ["République du Ghana"],
        "ru": ["Республика Гана"],
    },
    "GR": {"es": ["República Helénica"], "fr": ["République hellénique"], "ru": ["Греческая Республика"]},
    "GT": {
        "id": ["Republik Guatemala"],
        "es": ["República de Guatemala"],
        "fr": ["République du Guatemala"],
        "ru": ["Республика Гватемала"],
    },
    "GN": {
        "id": ["Republik Guinea"],
        "es": ["República de Guinea"],
        "fr": ["République de Guinée"],
        "ru": ["Гвинейская Республика"],
    },
    "GW": {
        "id": ["Republik Guinea-Bissau"],
        "es": ["República de Guinea-Bisáu"],
        "fr": ["République de Guinée-Bissau"],
        "ru": ["Республика Гвинея-Бисау"],
    },
    "GY": {
        "en": ["Co-operative Republic of Guyana", "Cooperative Republic of Guyana"],
        "id": ["Republik Kooperasi Guyana"],
        "es": ["República Cooperativa de Guyana"],
        "fr": ["République coopérative du Guyana"],
        "ru": ["Кооперативная Республика Гайана"],
    },
    "HT": {
        "id": ["Republik Haiti"],
        "es": ["República de Haití"],
        "fr": ["République d'Haïti"],
        "ru": ["Республика Гаити"],
    },
    "HN": {
        "id": ["Republik Honduras"],
        "es": ["República de Honduras"],
        "fr": ["République du Honduras"],
        "ru": ["Республика Гондурас"],
    },
    "IT": {
        "id": ["Republik Italia"],
        "es": ["República Italiana"],
        "fr": ["République italienne"],
        "ru": ["Итальянская Республика"],
    },
    "KI": {"es": ["República de Kiribati"], "fr": ["République de Kiribati"], "ru": ["Республика Кирибати"]},
    "LV": {
        "id": ["Republik Latvia"],
        "es": ["República de Letonia"],
        "fr": ["République de Lettonie"],
        "ru": ["Латвийская Республика"],
    },
    "LS": {
        "id": ["Kerajaan Lesotho"],
        "es": ["Reino de Lesoto"],
        "fr": ["Royaume du Lesotho"],
        "ru": ["Королевство Лесото"],
    },
    "LR": {
        "id": ["Republik Liberia"],
        "es": ["República de Liberia"],
        "fr": ["République du Liberia"],
        "ru": ["Республика Либерия"],
    },
    "LI": {
        "es": ["Principado de Liechtenstein"],
        "fr": ["Principauté de Liechtenstein"],
        "ru": ["Княжество Лихтенштейн"],
    },
    "LT": {"es": ["República de Lituania"], "fr": ["République de Lituanie"], "ru": ["Литовская Республика"]},
    "LU": {
        "es": ["Gran Ducado de Luxemburgo"],
        "fr": ["Grand-Duché de Luxembourg"],
        "ru": ["Великое Герцогство Люксембург"],
    },
    "MG": {
        "id": ["Republik Madagaskar"],
        "es": ["República de Madagascar"],
        "fr": ["République de Madagascar"],
        "ru": ["Республика Мадагаскар"],
    },
    "MW": {
        "id": ["Republik Malawi"],
        "es": ["República de Malaui"],
        "fr": ["République du Malawi"],
        "ru": ["Республика Малави"],
    },
    "MV": {
        "id": ["Republik Maladewa"],
        "es": ["República de Maldivas"],
        "fr": ["République des Maldives"],
        "ru": ["Мальдивская Республика"],
    },
    "ML": {
        "id": ["Republik Mali"],
        "es": ["República de Malí"],
        "fr": ["République du Mali"],
        "ru": ["Республика Мали"],
    },
    "MT": {
        "id": ["Republik Malta"],
        "es": ["República de Malta"],
        "fr": ["République de Malte"],
        "ru": ["Республика Мальта"],
    },
    "MH": {
        "es": ["República de las Islas Marshall"],
        "fr": ["République des Îles Marshall"],
        "ru": ["Республика Маршалловы Острова"],
    },
    "MR": {
        "id": ["Republik Islam Mauritania"],
        "es": ["República Islámica de Mauritania"],
        "fr": ["République islamique de Mauritanie"],
        "ru": ["Исламская Республика Мавритания"],
    },
    "FM": {"es": ["Estados Federados de Micronesia"], "fr": ["États fédérés de Micronésie"]},
    "MC": {"es": ["Principado de Mónaco"], "fr": ["Principauté de Monaco"], "ru": ["Княжество Монако"]},
    "MZ": {
        "id": ["Republik Mozambik"],
        "es": ["República de Mozambique"],
        "fr": ["République du Mozambique"],
        "ru": ["Республика Мозамбик"],
    },
    "NA": {
        "id": ["Republik Namibia"],
        "es": ["República de Namibia"],
        "fr": ["République de Namibie"],
        "ru": ["Республика Намибия"],
    },
    "NR": {"es": ["República de Nauru"], "fr": ["République de Nauru"], "ru": ["Республика Науру"]},
    "NP": {
        "id": ["Republik Demokratik Federal Nepal"],
        "es": ["República Democrática Federal de Nepal"],
        "fr": ["République démocratique fédérale du Népal"],
        "ru": ["Федеративная Демократическая Республика Непал"],
    },
    "NE": {
        "en": ["Republic of Niger"],
        "id": ["Republik Niger"],
        "es": ["República del Níger"],
        "fr": ["République du Niger"],
        "ru": ["Республика Нигер"],
    },
    "NO": {
        "id": ["Kerajaan Norwegia"],
        "es": ["Reino de Noruega"],
        "fr": ["Royaume de Norvège"],
        "ru": ["Королевство Норвегия"],
    },
    "PW": {"es": ["República de Palaos"], "fr": ["République des Palaos"], "ru": ["Республика Палау"]},
    "PA": {
        "id": ["Republik Panama"],
        "es": ["República de Panamá"],
        "fr": ["République du Panama"],
        "ru": ["Республика Панама"],
    },
    "PY": {
        "id": ["Republik Paraguay"],
        "es": ["República del Paraguay"],
        "fr": ["République du Paraguay"],
        "ru": ["Республика Парагвай"],
    },
    "PE": {
        "id": ["Republik Peru"],
        "es": ["República del Perú"],
        "fr": ["République du Pérou"],
        "ru": ["Республика Перу"],
    },
    "PL": {
        "id": ["Republik Polandia"],
        "es": ["República de Polonia"],
        "fr": ["République de Pologne"],
        "ru": ["Республика Польша"],
    },
    "PT": {
        "id": ["Republik Portugal"],
        "es": ["República Portuguesa"],
        "fr": ["République portugaise"],
        "ru": ["Португальская Республика"],
    },
    "RW": {
        "en": ["Republic of Rwanda"],
        "id": ["Republik Rwanda"],
        "es": ["República de Ruanda"],
        "fr": ["République du Rwanda"],
        "ru": ["Республика Руанда"],
    },
    "KN": {
        "en": ["Federation of Saint Kitts and Nevis"],
        "es": ["Federación de San Cristóbal y Nieves"],
        "fr": ["Fédération de Saint-Christophe-et-Niévès"],
    },
    "WS": {
        "es": ["Estado Independiente de Samoa"],
        "fr": ["État indépendant du Samoa"],
        "ru": ["Независимое Государство Самоа"],
    },
    "SM": {"es": ["República de San Marino"], "fr": ["République de Saint-Marin"], "ru": ["Республика Сан-Марино"]},
    "ST": {
        "en": ["Democratic Republic of São Tomé and Príncipe"],
        "es": ["República Democrática de Santo Tomé y Príncipe"],
        "fr": ["République démocratique de Sao Tomé-et-Principe"],
        "ru": ["Демократическая Республика Сан-Томе и Принсипи"],
    },
    "SN": {
        "id": ["Republik Senegal"],
        "es": ["República de Senegal", "República del Senegal"],
        "fr": ["République du Sénégal"],
        "ru": ["Республика Сенегал"],
    },
    "RS": {
        "id": ["Republik Serbia"],
        "es": ["República de Serbia"],
        "fr": ["République de Serbie"],
        "ru": ["Республика Сербия"],
    },
    "SC": {
        "id": ["Republik Seychelles"],
        "es": ["República de Seychelles"],
        "fr": ["République des Seychelles"],
        "ru": ["Республика Сейшельские Острова"],
    },
    "SL": {
        "id": ["Republik Sierra Leone"],
        "es": ["República de Sierra Leona"],
        "fr": ["République de Sierra Leone"],
        "ru": ["Республика Сьерра-Леоне"],
    },
    "SK": {
        "id": ["Republik Slovakia"],
        "es": ["República Eslovaca"],
        "fr": ["République slovaque"],
        "ru": ["Словацкая Республика"],
    },
    "SI": {
        "id": ["Republik Slovenia"],
        "es": ["República de Eslovenia"],
        "fr": ["République de Slovénie"],
        "ru": ["Республика Словения"],
    },
    "SO": {
        "id": ["Republik Federal Somalia"],
        "es": ["República Federal de Somalia"],
        "fr": ["République fédérale de Somalie"],
        "ru": ["Федеративная Республика Сомали"],
    },
    "ES": {
        "id": ["Kerajaan Spanyol"],
        "es": ["Reino de España"],
        "fr": ["Royaume d'Espagne"],
        "ru": ["Королевство Испания"],
    },
    "SR": {
        "id": ["Republik Suriname"],
        "es": ["República de Surinam"],
        "fr": ["République du Suriname"],
        "ru": ["Республика Суринам"],
    },
    "SE": {
        "id": ["Kerajaan Swedia"],
        "es": ["Reino de Suecia"],
        "fr": ["Royaume de Suède"],
        "ru": ["Королевство Швеция"],
    },
    "CH": {
        "id": ["Konfederasi Swiss"],
        "es": ["Confederación Suiza"],
        "fr": ["Confédération suisse"],
        "ru": ["Швейцарская Конфедерация"],
    },
    "TO": {
        "id": ["Kerajaan Tonga"],
        "es": ["Reino de Tonga"],
        "fr": ["Royaume des Tonga"],
        "ru": ["Королевство Тонга"],
    },
    "TT": {
        "es": ["República de Trinidad y Tobago"],
        "fr": ["République de Trinité-et-Tobago"],
        "ru": ["Республика Тринидад и Тобаго"],
    },
    "TN": {
        "id": ["Republik Tunisia"],
        "es": ["República Tunecina"],
        "fr": ["République tunisienne"],
        "ru": ["Тунисская Республика"],
    },
    "UG": {
        "id": ["Republik Uganda"],
        "es": ["República de Uganda"],
        "fr": ["République de l'Ouganda"],
        "ru": ["Республика Уганда"],
    },
    "UY": {
        "en": ["Oriental Republic of Uruguay"],
        "es": ["República Oriental del Uruguay"],
        "fr": ["République orientale de l'Uruguay"],
        "ru": ["Восточная Республика Уругвай"],
    },
    "VU": {"es": ["República de Vanuatu"], "fr": ["République de Vanuatu"], "ru": ["Республика Вануату"]},
    "ZM": {
        "id": ["Republik Zambia"],
        "es": ["República de Zambia"],
        "fr": ["République de Zambie"],
        "ru": ["Республика Замбия"],
    },
    "ZW": {
        "id": ["Republik Zimbabwe"],
        "es": ["República de Zimbabue"],
        "fr": ["République du Zimbabwe"],
        "ru": ["Республика Зимбабве"],
    },
}

# Names CLDR gives that should not be used as aliases (replaced by the extras above).
DROP_NAMES = {
    "HK": ["Hong Kong SAR China", "Hong Kong DAK Tiongkok", "RAE de Hong Kong", "R.A.S. chinoise de Hong Kong"],
    "MO": ["Macao SAR China", "Makau DAK Tiongkok", "RAE de Macao", "R.A.S. chinoise de Macao"],
    "PS": ["Wilayah Palestina"],
}

# Case-sensitive abbreviations (any language).
ACRONYMS = {
    "US": ["US", "U.S.", "USA", "U.S.A.", "AS", "EE. UU.", "EE.UU.", "EEUU", "США"],
    "GB": ["UK", "U.K."],
    "CN": ["PRC", "RRT", "RPC", "КНР"],
    "RU": ["RF", "РФ"],
    "KR": ["ROK"],
    "KP": ["DPRK", "RPDC", "КНДР"],
    "AE": ["UAE", "UEA", "EAU", "ОАЭ"],
    "SA": ["KSA", "КСА"],
    "ZA": ["RSA", "ЮАР"],
    "CD": ["DRC", "RDC", "ДРК"],
    "CF": ["CAR", "RCA", "ЦАР"],
    "DE": ["ФРГ"],
    "LA": ["Lao PDR", "ЛНДР"],
    "ID": ["RI", "NKRI"],
    "TL": ["RDTL"],
}

# Aliases that are also common words (or another entity's name) in that language: not in "names", so a
# plain matcher never fires on them; a matcher that checks context may use them.
AMBIGUOUS_NAMES = {
    "US": {"en": ["America"], "id": ["Amerika"], "es": ["América"], "fr": ["Amérique"], "ru": ["Америка", "Штаты"]},
    "TG": {"ru": ["Того"]},
    "CG": {"en": ["Congo"], "id": ["Kongo"], "es": ["Congo"], "fr": ["Congo"], "ru": ["Конго"]},
    "CD": {"en": ["Congo"], "id": ["Kongo"], "es": ["Congo"], "fr": ["Congo"], "ru": ["Конго"]},
    "JE": {"en": ["Jersey"], "id": ["Jersey"], "es": ["Jersey"], "fr": ["Jersey"]},
    "GD": {"es": ["Granada"], "fr": ["Grenade"]},
    "MU": {"fr": ["Maurice"], "es": ["Mauricio"]},
    "RE": {"es": ["Reunión"]},
    "GP": {"es": ["Guadalupe"]},
    "BM": {"es": ["Bermudas"]},
    "EC": {"fr": ["Équateur", "Equateur"]},
    "DM": {"fr": ["Dominique"]},
}

# Demonyms. Columns: code | English forms | Indonesian extras | Spanish masc. singular base(s) |
# French masc. singular base(s) | Russian masc. adjective(s) | Russian people noun(s).
# Spanish/French bases are inflected by rule (see build_catalogs.es_forms / fr_forms); a base written
# as "a/b/c" is taken as the full list. Russian adjectives and nouns are declined with pymorphy2.
# Indonesian uses the country name as the adjective; "id" demonyms are the short names plus extras.
DEMONYMS = """
AL | Albanian, Albanians | | albanés | albanais | албанский |
AD | Andorran, Andorrans | | andorrano | andorran | андоррский |
AG | Antiguan, Antiguans, Barbudan, Barbudans | | antiguano | antiguais | антигуанский |
BI | Burundian, Burundians | | burundés, burundiano | burundais | бурундийский |
BJ | Beninese, Beninois | | beninés | béninois | бенинский |
BS | Bahamian, Bahamians | | bahameño | bahaméen, bahamien | багамский |
BA | Bosnian, Bosnians, Bosniak, Bosniaks, Herzegovinian | | bosnio, bosnioherzegovino | bosnien, bosniaque, bosnien-herzégovinien | боснийский |
BZ | Belizean, Belizeans | | beliceño | bélizien | белизский |
BB | Barbadian, Barbadians, Bajan, Bajans | | barbadense | barbadien | барбадосский |
BT | Bhutanese | | butanés | bhoutanais | бутанский |
BW | Botswanan, Motswana, Batswana | | botsuano, botswanés | botswanais | ботсванский |
CF | | | | centrafricain | |
CD | | | | | |
CG | | | | | |
KM | Comorian, Comorians, Comoran, Comorans | | comorense | comorien | коморский |
CV | Cape Verdean, Cape Verdeans, Cabo Verdean, Cabo Verdeans | | caboverdiano | cap-verdien | кабовердийский | кабовердиец
CR | Costa Rican, Costa Ricans | | costarricense, costarriqueño | costaricien, costaricain | костариканский, коста-риканский | костариканец
DM | | | dominiqués | dominiquais | |
DO | Dominican, Dominicans | | dominicano | dominicain | доминиканский |
ER | Eritrean, Eritreans | | eritreo | érythréen | эритрейский | эритреец
EH | Sahrawi, Sahrawis, Saharawi, Saharawis | | saharaui/saharauis | sahraoui/sahraouie/sahraouis/sahraouies | западносахарский |
FM | Micronesian, Micronesians | | micronesio | micronésien | микронезийский |
GA | Gabonese | | gabonés | gabonais | габонский |
GN | Guinean, Guineans | | guineano | guinéen | гвинейский | гвинеец
GM | Gambian, Gambians | | gambiano | gambien | гамбийский | гамбиец
GW | Bissau-Guinean, Bissau-Guineans | | bisauguineano | bissau-guinéen | бисау-гвинейский |
GQ | Equatorial Guinean, Equatorial Guineans, Equatoguinean, Equatoguineans | | ecuatoguineano | équato-guinéen | экваториальногвинейский |
GD | Grenadian, Grenadians | | | grenadien | гренадский |
GT | Guatemalan, Guatemalans | | guatemalteco | guatémaltèque | гватемальский | гватемалец
GY | Guyanese | | guyanés | guyanien | гайанский |
HN | Honduran, Hondurans | | hondureño | hondurien | гондурасский | гондурасец
HT | Haitian, Haitians | | haitiano | haïtien | гаитянский | гаитянин
IS | Icelandic, Icelander, Icelanders | | islandés | islandais | исландский | исландец
JM | Jamaican, Jamaicans | | jamaicano, jamaiquino | jamaïcain | ямайский | ямаец
KI | I-Kiribati | | kiribatiano | kiribatien | кирибатийский |
KN | Kittitian, Kittitians, Nevisian, Nevisians | | sancristobaleño | kittitien, névicien | |
LR | Liberian, Liberians | | liberiano | libérien | либерийский | либериец
LC | Saint Lucian, Saint Lucians, St. Lucian, St Lucian | | santalucense | saint-lucien | сент-люсийский |
LI | Liechtensteiner, Liechtensteiners | | liechtensteiniano | liechtensteinois | лихтенштейнский |
LS | Mosotho, Basotho, Lesothan | | lesotense | lésothien | лесотский |
LU | Luxembourgish, Luxembourger, Luxembourgers | | luxemburgués | luxembourgeois | люксембургский | люксембуржец
MC | Monegasque, Monegasques | | monegasco | monégasque | монакский, монегасский |
MG | Malagasy, Madagascan | | malgache | malgache | мадагаскарский, малагасийский |
MH | Marshallese | | marshalés | marshallais | |
MK | North Macedonian, North Macedonians, Macedonian, Macedonians | | macedonio/macedonios/macedonias, norte-macedonio | macédonien, nord-macédonien | македонский, северомакедонский |
MT | Maltese | | maltés | maltais | мальтийский | мальтиец
ME | Montenegrin, Montenegrins | | montenegrino | monténégrin | черногорский | черногорец
MR | Mauritanian, Mauritanians | | mauritano | mauritanien | мавританский |
MU | Mauritian, Mauritians | | mauriciano | mauricien | маврикийский |
MW | Malawian, Malawians | | malauí, malawiano | malawite, malawien | малавийский |
NR | Nauruan, Nauruans | | nauruano | nauruan | науруанский |
PW | Palauan, Palauans | | palauano | palaosien | палауский |
SB | Solomon Islander, Solomon Islanders | | salomonense | salomonais | соломонский |
SL | Sierra Leonean, Sierra Leoneans | | sierraleonés | sierra-léonais, sierraléonais | сьерра-леонский |
SV | Salvadoran, Salvadorans, Salvadorean, Salvadoreans | | salvadoreño | salvadorien | сальвадорский | сальвадорец
SM | Sammarinese | | sanmarinense | saint-marinais | сан-маринский |
ST | São Toméan, São Toméans, Santomean, Santomeans | | santotomense | santoméen | |
SR | Surinamese | | surinamés | surinamais | суринамский |
SZ | Swazi, Swazis, Emaswati | | suazi/suazis | swazi, eswatinien | свазилендский, эсватинийский |
SC | Seychellois | | seychellense | seychellois | сейшельский |
TD | Chadian, Chadians | | chadiano | tchadien | чадский |
TG | Togolese | | togolés | togolais | тоголезский |
TO | Tongan, Tongans | | tongano | tongien | тонганский |
TT | Trinidadian, Trinidadians, Tobagonian, Tobagonians | | trinitense | trinidadien | тринидадский |
TV | Tuvaluan, Tuvaluans | | tuvaluano | tuvaluan | тувалуанский |
VA | Vatican | | vaticano | vatican | ватиканский |
VC | Vincentian, Vincentians | | sanvicentino | vincentais, saint-vincentais | сент-винсентский |
VU | Ni-Vanuatu, Vanuatuan | | vanuatuense | vanuatais | вануатский |
WS | Samoan, Samoans | | samoano | samoan | самоанский |
XK | Kosovar, Kosovars, Kosovan, Kosovans | | kosovar/kosovares | kosovar, kosovien | косовский |
HK | Hong Konger, Hong Kongers, Hongkonger, Hongkongers | | hongkonés | hongkongais | гонконгский | гонконгец
MO | Macanese | | macaense | macanais | макаоский |
GL | Greenlandic, Greenlander, Greenlanders | | groenlandés | groenlandais | гренландский | гренландец
FO | Faroese | | feroés | féroïen | фарерский |
GI | Gibraltarian, Gibraltarians | | gibraltareño | gibraltarien | гибралтарский |
BM | Bermudian, Bermudians | | bermudeño | bermudien | |
KY | Caymanian, Caymanians | | caimanés | caïmanais | |
AW | Aruban, Arubans | | arubeño | arubais | арубский |
CW | Curaçaoan, Curaçaoans | | curazoleño | | |
PR | Puerto Rican, Puerto Ricans | | puertorriqueño | portoricain | пуэрто-риканский | пуэрториканец
NC | New Caledonian, New Caledonians | | neocaledonio | néo-calédonien, calédonien | новокаледонский |
PF | French Polynesian, French Polynesians | | | | |
GU | Guamanian, Guamanians | | guameño | guamien | гуамский |
RE | Réunionese, Reunionese | | reunionés | réunionnais | реюньонский |
GP | Guadeloupean, Guadeloupeans | | | guadeloupéen | гваделупский |
MQ | Martinican, Martinicans | | martiniqués | martiniquais | мартиникский |
GF | French Guianese | | | guyanais | |
YT | Mahoran, Mahorans | | mahorés | mahorais | |
FK | Falkland Islander, Falkland Islanders | | malvinense | | фолклендский |
IM | Manx | | | mannois | |
JE | | | | jersiais | |
GG | | | | guernesiais | |
AS | American Samoan, American Samoans | | | | |
CK | Cook Islander, Cook Islanders | | | | |
NU | Niuean, Niueans | | niuano | niuéen | ниуэанский |
AI | Anguillan, Anguillans | | | anguillais | |
MS | Montserratian, Montserratians | | | montserratien | |
WF | Wallisian, Wallisians, Futunan, Futunans | | | wallisien, futunien | |
PM | | | | saint-pierrais | |
TK | Tokelauan, Tokelauans | | | | |
SH | Saint Helenian, Saint Helenians | | | | |
AR | Argentine, Argentinian, Argentines, Argentinians | | argentino | argentin | аргентинский | аргентинец
AU | Australian, Australians | | australiano | australien | австралийский | австралиец
BR | Brazilian, Brazilians | | brasileño | brésilien | бразильский | бразилец
CA | Canadian, Canadians | | canadiense | canadien | канадский | канадец
CN | Chinese | | chino | chinois | китайский | китаец
FR | French, Frenchman, Frenchmen | | francés | français | французский | француз
DE | German, Germans | | alemán | allemand | германский, немецкий | немец
IN | Indian, Indians | | indio | indien | индийский | индиец
ID | Indonesian, Indonesians | | indonesio | indonésien | индонезийский | индонезиец
IT | Italian, Italians | | italiano | italien | итальянский | итальянец
JP | Japanese | | japonés | japonais | японский | японец
KR | South Korean, South Koreans | Korsel | surcoreano | sud-coréen | южнокорейский |
KP | North Korean, North Koreans | Korut | norcoreano | nord-coréen | северокорейский |
MX | Mexican, Mexicans | | mexicano | mexicain | мексиканский | мексиканец
RU | Russian, Russians | | ruso | russe | российский, русский | россиянин
SA | Saudi, Saudis, Saudi Arabian | | saudí/saudíes/saudís, saudita/sauditas | saoudien | саудовский, саудоаравийский |
ZA | South African, South Africans | Afsel | sudafricano | sud-africain | южноафриканский |
TR | Turkish, Turk, Turks | | turco | turc/turque/turcs/turques | турецкий | турок
GB | British, Briton, Britons | | británico | britannique | британский | британец
US | American, Americans | | estadounidense, norteamericano | américain | американский | американец
EG | Egyptian, Egyptians | | egipcio | égyptien | египетский | египтянин
ET | Ethiopian, Ethiopians | | etíope | éthiopien | эфиопский | эфиоп
IR | Iranian, Iranians | | iraní | iranien | иранский | иранец
AE | Emirati, Emiratis | | emiratí | émirien, émirati/émiratie/émiratis/émiraties | эмиратский |
BN | Bruneian, Bruneians | | bruneano | brunéien | брунейский |
KH | Cambodian, Cambodians | | camboyano | cambodgien | камбоджийский |
LA | Laotian, Laotians | | laosiano | laotien | лаосский |
MY | Malaysian, Malaysians | | malasio | malaisien | малайзийский |
MM | Burmese, Myanmarese | | birmano | birman | мьянманский |
PH | Filipino, Filipinos, Philippine | | filipino | philippin | филиппинский |
SG | Singaporean, Singaporeans | | singapurense | singapourien | сингапурский |
TH | Thai | | tailandés | thaïlandais | таиландский, тайский |
VN | Vietnamese | | vietnamita | vietnamien | вьетнамский |
TL | Timorese, East Timorese | | timorense | timorais | восточнотиморский |
ES | Spanish, Spaniard, Spaniards | | español | espagnol | испанский |
NL | Dutch | | neerlandés, holandés | néerlandais | нидерландский, голландский |
PL | Polish | | polaco | polonais | польский |
BE | Belgian, Belgians | | belga | belge | бельгийский |
SE | Swedish, Swede, Swedes | | sueco | suédois | шведский |
AT | Austrian, Austrians | | austriaco, austríaco | autrichien | австрийский |
HU | Hungarian, Hungarians | | húngaro | hongrois | венгерский |
GR | Greek, Greeks | | griego | grec/grecque/grecs/grecques | греческий |
PT | Portuguese | | portugués | portugais | португальский |
CZ | Czech, Czechs | | checo | tchèque | чешский |
RO | Romanian, Romanians | | rumano | roumain | румынский |
FI | Finnish, Finn, Finns | | finlandés | finlandais | финляндский, финский |
DK | Danish, Dane, Danes | | danés | danois | датский |
IE | Irish | | irlandés | irlandais | ирландский |
CH | Swiss | | suizo | suisse | швейцарский |
NO | Norwegian, Norwegians | | noruego | norvégien | норвежский |
RS | Serbian, Serb, Serbs | | serbio | serbe | сербский |
HR | Croatian, Croat, Croats | | croata | croate | хорватский |
SI | Slovenian, Slovene | | esloveno | slovène | словенский |
SK | Slovak, Slovakian | | eslovaco | slovaque | словацкий |
BG | Bulgarian, Bulgarians | | búlgaro | bulgare | болгарский |
LT | Lithuanian, Lithuanians | | lituano | lituanien | литовский |
LV | Latvian, Latvians | | letón | letton | латвийский |
EE | Estonian, Estonians | | estonio | estonien | эстонский |
CY | Cypriot, Cypriots | | chipriota | chypriote | кипрский |
KZ | Kazakh, Kazakhstani, Kazakhs | | kazajo | kazakh, kazakhstanais | казахстанский, казахский |
KG | Kyrgyz, Kyrgyzstani | | kirguís/kirguisa/kirguises/kirguisas, kirguiso | kirghiz/kirghize/kirghizes, kirghizistanais | киргизский, кыргызский, кыргызстанский |
TJ | Tajik, Tajikistani, Tajiks | | tayiko | tadjik | таджикский |
TM | Turkmen | | turcomano, turkmeno | turkmène | туркменский |
UZ | Uzbek, Uzbekistani, Uzbeks | | uzbeko | ouzbek/ouzbèke/ouzbeks/ouzbèkes | узбекский, узбекистанский |
AM | Armenian, Armenians | | armenio | arménien | армянский |
AZ | Azerbaijani, Azerbaijanis, Azeri | | azerbaiyano | azerbaïdjanais | азербайджанский |
GE | Georgian, Georgians | | georgiano | géorgien | грузинский |
UA | Ukrainian, Ukrainians | | ucraniano | ukrainien | украинский |
BY | Belarusian, Belarusians | | bielorruso | biélorusse | белорусский |
MD | Moldovan, Moldovans | | moldavo | moldave | молдавский |
QA | Qatari, Qataris | | catarí, qatarí | qatarien, qatari/qatarie/qataris/qataries | катарский |
KW | Kuwaiti, Kuwaitis | | kuwaití | koweïtien | кувейтский |
OM | Omani, Omanis | | omaní | omanais | оманский |
BH | Bahraini, Bahrainis | | bareiní, bahreiní | bahreïnien, bahreïni/bahreïnie/bahreïnis/bahreïnies | бахрейнский |
IQ | Iraqi, Iraqis | | iraquí | irakien | иракский |
SY | Syrian, Syrians | | sirio | syrien | сирийский |
JO | Jordanian, Jordanians | | jordano | jordanien | иорданский |
LB | Lebanese | | libanés | libanais | ливанский |
IL | Israeli, Israelis | | israelí | israélien | израильский |
PS | Palestinian, Palestinians | | palestino | palestinien | палестинский |
YE | Yemeni, Yemenis | | yemení | yéménite | йеменский |
DZ | Algerian, Algerians | | argelino | algérien | алжирский |
MA | Moroccan, Moroccans | | marroquí | marocain | марокканский |
TN | Tunisian, Tunisians | | tunecino | tunisien | тунисский |
LY | Libyan, Libyans | | libio | libyen | ливийский |
SD | Sudanese | | sudanés | soudanais | суданский |
SS | South Sudanese | | sursudanés | sud-soudanais | южносуданский |
PK | Pakistani, Pakistanis | | pakistaní | pakistanais | пакистанский |
BD | Bangladeshi, Bangladeshis | | bangladesí | bangladais | бангладешский |
LK | Sri Lankan, Sri Lankans | | esrilanqués, srilanqués | sri-lankais | шри-ланкийский |
NP | Nepali, Nepalese | | nepalí, nepalés | népalais | непальский |
AF | Afghan, Afghans | | afgano | afghan | афганский |
MV | Maldivian, Maldivians | | maldivo | maldivien | мальдивский |
MN | Mongolian, Mongolians | | mongol/mongola/mongoles/mongolas | mongol/mongole/mongols/mongoles | монгольский |
TW | Taiwanese | | taiwanés | taïwanais | тайваньский |
NG | Nigerian, Nigerians | | nigeriano | nigérian | нигерийский |
KE | Kenyan, Kenyans | | keniano | kényan | кенийский |
TZ | Tanzanian, Tanzanians | | tanzano | tanzanien | танзанийский |
GH | Ghanaian, Ghanaians | | ghanés | ghanéen | ганский |
SN | Senegalese | | senegalés | sénégalais | сенегальский |
CI | Ivorian, Ivorians | | marfileño | ivoirien | ивуарийский |
AO | Angolan, Angolans | | angoleño | angolais | ангольский |
MZ | Mozambican, Mozambicans | | mozambiqueño | mozambicain | мозамбикский |
ZW | Zimbabwean, Zimbabweans | | zimbabuense | zimbabwéen | зимбабвийский |
UG | Ugandan, Ugandans | | ugandés | ougandais | угандийский |
RW | Rwandan, Rwandans | | ruandés | rwandais | руандийский |
CM | Cameroonian, Cameroonians | | camerunés | camerounais | камерунский |
ML | Malian, Malians | | maliense | malien | малийский |
NE | Nigerien, Nigeriens | | nigerino | nigérien | нигерский |
BF | Burkinabe, Burkinabè | | burkinés | burkinabè | буркинийский |
NA | Namibian, Namibians | | namibio | namibien | намибийский |
ZM | Zambian, Zambians | | zambiano | zambien | замбийский |
SO | Somali, Somalian, Somalis | | somalí | somalien | сомалийский |
DJ | Djiboutian | | yibutiano | djiboutien | джибутийский |
CL | Chilean, Chileans | | chileno | chilien | чилийский |
CO | Colombian, Colombians | | colombiano | colombien | колумбийский |
PE | Peruvian, Peruvians | | peruano | péruvien | перуанский |
VE | Venezuelan, Venezuelans | | venezolano | vénézuélien | венесуэльский |
CU | Cuban, Cubans | | cubano | cubain | кубинский |
BO | Bolivian, Bolivians | | boliviano | bolivien | боливийский |
EC | Ecuadorian, Ecuadorians | | ecuatoriano | équatorien | эквадорский |
UY | Uruguayan, Uruguayans | | uruguayo | uruguayen | уругвайский |
PY | Paraguayan, Paraguayans | | paraguayo | paraguayen | парагвайский |
NI | Nicaraguan, Nicaraguans | | nicaragüense | nicaraguayen | никарагуанский |
PA | Panamanian, Panamanians | | panameño | panaméen | панамский |
NZ | New Zealander, New Zealanders | | neozelandés | néo-zélandais | новозеландский |
FJ | Fijian, Fijians | | fiyiano | fidjien | фиджийский |
PG | Papua New Guinean | | papú/papúes, papuano | papouan-néo-guinéen | папуа-новогвинейский |
"""
