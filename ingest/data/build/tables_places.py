# ruff: noqa: E501  (data tables: one entry a line reads better than wrapped lines)
"""Hand-curated places: capitals' and diplomatic venues' names in the five languages.

Table columns (" | " separated; lists are comma separated):
  country code | English name | more English aliases | Indonesian | Spanish | French | Russian (nominative) | flags
An empty Indonesian/Spanish/French cell means "written as in English". Russian cells are declined by the
generator (pymorphy2). Flags: kind=capital|city|town|resort|region|island|venue, in=<place id> for a venue
inside a city, amb (the name is also a common word or another entity's name: needs context),
metonym (the name often stands for a government: "the Kremlin said").
Aliases that are ambiguous in one language only go after "!" in that cell ("Lima" is "five" in
Indonesian: the id cell is "!Lima"); they land in "ambiguous_aliases", not "aliases".
"""

# English capital names where geonames' differ from current news usage.
CAPITAL_OVERRIDES = {
    "KZ": "Astana",
    "MM": "Naypyidaw",
    "BR": "Brasília",
    "CM": "Yaoundé",
    "CO": "Bogotá",
    "CR": "San José",
    "PY": "Asunción",
    "TG": "Lomé",
    "CW": "Willemstad",
    "ST": "São Tomé",
    "AG": "Saint John's",
    "GD": "Saint George's",
    "GG": "Saint Peter Port",
    "IS": "Reykjavík",
    "NC": "Nouméa",
    "TF": "Port-aux-Français",
    "EH": "Laayoune",
    "PW": "Ngerulmud",
    "VU": "Port Vila",
    "TO": "Nukuʻalofa",
    "US": "Washington",
    "GQ": "Malabo",
}

# Auto-added capitals (geonames + CLDR) whose name is also a common word, a person's name or another
# well-known place: marked "ambiguous".
AMBIGUOUS_CAPITALS = {"AI", "CC", "BM", "FK", "IM", "MS", "NF", "RE", "PM", "SC", "GF", "SH", "GY", "KY"}

PLACES = """
RU | Moscow | | Moskow | Moscú | Moscou | Москва | kind=capital
RU | Saint Petersburg | St. Petersburg, St Petersburg, Petersburg | St. Petersburg, Sankt Peterburg | San Petersburgo | Saint-Pétersbourg | Санкт-Петербург, Петербург | kind=city
RU | Kazan | | | Kazán | | Казань | kind=city
RU | Sochi | | | | Sotchi | Сочи | kind=resort
RU | Vladivostok | | | | | Владивосток | kind=city
RU | Yekaterinburg | Ekaterinburg | Yekaterinburg | Ekaterimburgo | Iekaterinbourg | Екатеринбург | kind=city
RU | Novosibirsk | | | | | Новосибирск | kind=city
RU | Nizhny Novgorod | | | Nizhni Nóvgorod | Nijni Novgorod | Нижний Новгород | kind=city
RU | Kaliningrad | | | | | Калининград | kind=city
RU | Ufa | | | | Oufa | Уфа | kind=city
RU | Murmansk | | | | Mourmansk | Мурманск | kind=city
RU | Khabarovsk | | | Jabárovsk | | Хабаровск | kind=city
RU | Irkutsk | | | | Irkoutsk | Иркутск | kind=city
RU | Krasnoyarsk | | | | | Красноярск | kind=city
RU | Volgograd | | | | | Волгоград | kind=city
RU | Rostov-on-Don | Rostov | Rostov-on-Don | Rostov del Don | Rostov-sur-le-Don | Ростов-на-Дону | kind=city
RU | Samara | | | | | Самара | kind=city
RU | Grozny | | | Grozni | Grozny | Грозный | kind=city
RU | Makhachkala | | | Majachkalá | Makhatchkala | Махачкала | kind=city
RU | Krasnodar | | | | | Краснодар | kind=city
RU | Chelyabinsk | | | | Tcheliabinsk | Челябинск | kind=city
RU | Kremlin | Moscow Kremlin | Kremlin | Kremlin | Kremlin | Кремль | kind=venue in=RU:moscow metonym
RU | Novo-Ogaryovo | Novo-Ogarevo | | | | Ново-Огарёво, Ново-Огареве, Ново-Огарёве | kind=venue in=RU:moscow
RU | Smolenskaya Square | Smolenskaya Ploshchad | | plaza Smolénskaya | place Smolenskaïa | Смоленская площадь | kind=venue in=RU:moscow metonym
RU | Spiridonovka Mansion | Russian Foreign Ministry Reception House, Russian Foreign Ministry's Reception House, Osobnyak on Spiridonovka, Spiridonovka Palace, Spiridonovka Street, Spiridonovka | Spiridonovka | mansión de Spiridonovka, Spiridonovka | manoir de la rue Spiridonovka, Spiridonovka | особняк МИД России на Спиридоновке, особняк МИД на Спиридоновке, особняк на Спиридоновке, Дом приёмов МИД России, Дом приёмов МИД, Дом приёмов Министерства иностранных дел России, Спиридоновка, !Дом приёмов | kind=venue in=RU:moscow
RU | Russian Government House | Government House of Russia, House of the Government of the Russian Federation, Russian White House, !Government House | Gedung Pemerintah Rusia | Casa de Gobierno de Rusia, Casa Blanca rusa | Maison du gouvernement russe | Дом правительства России, Дом правительства Российской Федерации, Дом правительства РФ, !Дом правительства | kind=venue in=RU:moscow
RU | Konstantinovsky Palace | Konstantin Palace, Konstantinovsky Palace in Strelna | Istana Konstantinovsky | Palacio Konstantínovski | palais Constantin, palais Konstantinovski | Константиновский дворец | kind=venue in=RU:saint-petersburg
RU | Bocharov Ruchei | Bocharov Ruchey | | | | Бочаров Ручей, Бочаровом Ручье, Бочарову Ручью, Бочаровым Ручьём, резиденция Бочаров Ручей, резиденция «Бочаров Ручей», резиденция "Бочаров Ручей" | kind=venue in=RU:sochi
CN | Beijing | Peking | Beijing, Peking | Pekín, Beijing | Pékin | Пекин | kind=capital
CN | Shanghai | | | Shanghái | | Шанхай | kind=city
CN | Xiamen | | | | | Сямэнь | kind=city
CN | Hangzhou | | | | | Ханчжоу | kind=city
CN | Guangzhou | !Canton | | Guangzhou, !Cantón | Guangzhou, !Canton | Гуанчжоу | kind=city
CN | Shenzhen | | | | | Шэньчжэнь | kind=city
CN | Tianjin | | | | | Тяньцзинь | kind=city
CN | Chengdu | | | | | Чэнду | kind=city
CN | Chongqing | | | | | Чунцин | kind=city
CN | Wuhan | | | | | Ухань | kind=city
CN | Xi'an | Xian | | Xi'an | Xi'an | Сиань | kind=city
CN | Qingdao | | | | | Циндао | kind=city
CN | Nanjing | Nanking | | Nankín | Nankin | Нанкин | kind=city
CN | Kunming | | | | | Куньмин | kind=city
CN | Urumqi | Urumchi | | Urumchi | Ürümqi, Urumqi | Урумчи | kind=city
CN | Harbin | | | | | Харбин | kind=city
CN | Dalian | | | | | Далянь | kind=city
CN | Sanya | | | | | Санья | kind=resort
CN | Haikou | | | | | Хайкоу | kind=city
CN | Boao | Bo'ao | | | | Боао | kind=town
CN | Lhasa | | | | | Лхаса | kind=city
CN | Fuzhou | | | | | Фучжоу | kind=city
CN | Suzhou | | | | | Сучжоу | kind=city
CN | Nanning | | | | | Наньнин | kind=city
CN | Changsha | | | | | Чанша | kind=city
CN | Great Hall of the People | | Balai Agung Rakyat, Aula Besar Rakyat, Gedung Balai Rakyat | Gran Salón del Pueblo, Gran Palacio del Pueblo | Palais de l'Assemblée du peuple, Grand Palais du Peuple | Дом народных собраний, Всекитайское собрание народных представителей | kind=venue in=CN:beijing
CN | Diaoyutai State Guesthouse | Diaoyutai | Wisma Negara Diaoyutai, Diaoyutai | Residencia Estatal de Huéspedes Diaoyutai, Diaoyutai | Résidence d'État de Diaoyutai, Diaoyutai | Дяоюйтай, государственная резиденция Дяоюйтай | kind=venue in=CN:beijing
CN | Zhongnanhai | | | | | Чжуннаньхай | kind=venue in=CN:beijing metonym
HK | Hong Kong | | | | | Гонконг, Сянган | kind=capital
MO | Macao | Macau | Makau, Macau | | | Макао, Аомынь | kind=capital
TW | Taipei | | | Taipéi | | Тайбэй | kind=capital
US | Washington | Washington, D.C., Washington DC | | | | Вашингтон | kind=capital
US | New York | New York City, NYC | | Nueva York | | Нью-Йорк | kind=city
US | Los Angeles | | | Los Ángeles | | Лос-Анджелес | kind=city
US | San Francisco | | | | | Сан-Франциско | kind=city
US | Chicago | | | | | Чикаго | kind=city
US | Houston | | | | | Хьюстон | kind=city
US | Miami | | | | | Майами | kind=city
US | Seattle | | | | | Сиэтл | kind=city
US | Boston | | | | | Бостон | kind=city
US | Atlanta | | | | | Атланта | kind=city
US | Honolulu | | | | | Гонолулу | kind=city
US | Anchorage | | | | | Анкоридж | kind=city
US | Palm Beach | | | | | Палм-Бич | kind=town
US | White House | | Gedung Putih | Casa Blanca | Maison-Blanche, Maison Blanche | Белый дом | kind=venue in=US:washington metonym
US | Camp David | | | | | Кэмп-Дэвид | kind=venue
US | Mar-a-Lago | | | | | Мар-а-Лаго | kind=venue in=US:palm-beach
US | United Nations Headquarters | UN Headquarters | Markas Besar PBB | Sede de las Naciones Unidas, Sede de la ONU | Siège des Nations unies, siège de l'ONU | Штаб-квартира ООН | kind=venue in=US:new-york
US | Harry S. Truman Building | Harry S Truman Building, Truman Building, State Department headquarters, State Department building, Foggy Bottom | Gedung Departemen Luar Negeri AS, Gedung Kementerian Luar Negeri AS | sede del Departamento de Estado | siège du département d'État | здание Госдепартамента США, здание Госдепартамента | kind=venue in=US:washington metonym
US | Blair House | | | | | Блэр-хаус | kind=venue in=US:washington
US | Oval Office | | Ruang Oval Gedung Putih | Despacho Oval | Bureau ovale | Овальный кабинет | kind=venue in=US:washington metonym
US | Capitol Hill | US Capitol, U.S. Capitol, United States Capitol | Capitol Hill, Gedung Capitol | Capitolio de Estados Unidos, Capitolio estadounidense, !Capitolio | Capitole des États-Unis, Capitole américain, !Capitole | Капитолий США, !Капитолий | kind=venue in=US:washington metonym
US | Joint Base Elmendorf-Richardson | Joint Base Elmendorf–Richardson, Elmendorf-Richardson, Elmendorf–Richardson | Pangkalan Gabungan Elmendorf-Richardson | base conjunta Elmendorf-Richardson, base Elmendorf-Richardson | base commune Elmendorf-Richardson, base Elmendorf-Richardson | база Элмендорф-Ричардсон, объединённая база Элмендорф-Ричардсон | kind=venue in=US:anchorage
IN | New Delhi | Delhi | | Nueva Delhi | New Delhi, Delhi | Нью-Дели, Дели | kind=capital
IN | Mumbai | Bombay | | Bombay | Bombay | Мумбаи, Бомбей | kind=city
IN | Kolkata | Calcutta | | Calcuta | Calcutta | Калькутта | kind=city
IN | Chennai | Madras | | | | Ченнаи | kind=city
IN | Bengaluru | Bangalore | | Bangalore | Bangalore | Бангалор, Бенгалуру | kind=city
IN | Hyderabad | | | | | Хайдарабад | kind=city
IN | Goa | | !Goa | | | Гоа | kind=region
IN | Ahmedabad | | | | | Ахмадабад | kind=city
IN | Gandhinagar | | | | | Гандинагар | kind=city
IN | Varanasi | | | Benarés | Bénarès | Варанаси | kind=city
IN | Hyderabad House | | | | | Хайдарабад-хаус | kind=venue in=IN:new-delhi
IN | Rashtrapati Bhavan | | | | | Раштрапати-Бхаван | kind=venue in=IN:new-delhi
IN | South Block | | | | | | kind=venue in=IN:new-delhi metonym
IN | Bharat Mandapam | | | | | Бхарат Мандапам | kind=venue in=IN:new-delhi
IN | 7 Lok Kalyan Marg | Lok Kalyan Marg, 7 LKM, 7 Race Course Road, 7 RCR, !Race Course Road | 7 Lok Kalyan Marg, Lok Kalyan Marg | 7 Lok Kalyan Marg, Lok Kalyan Marg | 7 Lok Kalyan Marg, Lok Kalyan Marg | | kind=venue in=IN:new-delhi
ID | Jakarta | | | Yakarta | | Джакарта | kind=capital
ID | Nusantara | Nusantara Capital City | Ibu Kota Nusantara | | | Нусантара | kind=city amb
ID | Bali | | | | | Бали | kind=island
ID | Nusa Dua | | | | | Нуса-Дуа | kind=resort
ID | Denpasar | | | | | Денпасар | kind=city
ID | Labuan Bajo | | | | | Лабуан-Баджо | kind=town
ID | Surabaya | | | | | Сурабая | kind=city
ID | Bandung | | | | | Бандунг | kind=city
ID | Bogor | | | | | Богор | kind=city
ID | Yogyakarta | Jogjakarta | Yogyakarta, Jogja, Yogya | | | Джокьякарта | kind=city
ID | Medan | | !Medan | | | Медан | kind=city
ID | Makassar | | | | | Макассар | kind=city
ID | Semarang | | | | | Семаранг | kind=city
ID | Batam | | | | | Батам | kind=city
ID | Balikpapan | | | | | Баликпапан | kind=city
ID | Manado | | | | | Манадо | kind=city
ID | Surakarta | | | | | Суракарта | kind=city
ID | Mandalika | | | | | Мандалика | kind=resort
ID | Merdeka Palace | | Istana Merdeka | Palacio Merdeka | Palais Merdeka | дворец Мердека | kind=venue in=ID:jakarta metonym
ID | Bogor Presidential Palace | Bogor Palace | Istana Bogor, Istana Kepresidenan Bogor | Palacio de Bogor, Palacio Presidencial de Bogor | Palais présidentiel de Bogor, Palais de Bogor | Президентский дворец в Богоре | kind=venue in=ID:bogor
ID | Jakarta State Palace | State Palace in Jakarta, Istana Negara Jakarta, !State Palace, !Istana Negara | Istana Negara, Istana Negara Jakarta | Palacio de Estado de Yakarta, Palacio del Estado de Yakarta | palais d'État de Jakarta | Государственный дворец в Джакарте | kind=venue in=ID:jakarta
ID | Jakarta Presidential Palace | Presidential Palace in Jakarta, Istana Kepresidenan Jakarta, !Presidential Palace | Istana Kepresidenan Jakarta, Kompleks Istana Kepresidenan Jakarta, !Istana Kepresidenan, !Kompleks Istana Kepresidenan | Palacio Presidencial de Yakarta, !Palacio Presidencial | palais présidentiel de Jakarta, !palais présidentiel | Президентский дворец в Джакарте, !Президентский дворец | kind=venue in=ID:jakarta metonym
ID | Gedung Pancasila | Pancasila Building | Gedung Pancasila | edificio Pancasila | bâtiment Pancasila | | kind=venue in=ID:jakarta
ID | Pejambon | Jalan Pejambon, Taman Pejambon | Pejambon, Jalan Pejambon, Taman Pejambon | | | | kind=venue in=ID:jakarta metonym
ID | ASEAN Secretariat | ASEAN Secretariat building, ASEAN Headquarters | Sekretariat ASEAN, Gedung Sekretariat ASEAN | Secretaría de la ASEAN, sede de la ASEAN | Secrétariat de l'ASEAN, siège de l'ASEAN | Секретариат АСЕАН, штаб-квартира АСЕАН | kind=venue in=ID:jakarta
JP | Tokyo | | | Tokio | | Токио | kind=capital
JP | Osaka | | | | | Осака | kind=city
JP | Hiroshima | | | | | Хиросима | kind=city
JP | Kyoto | | | Kioto | | Киото | kind=city
JP | Nagoya | | | | | Нагоя | kind=city
JP | Yokohama | | | | | Иокогама | kind=city
JP | Sapporo | | | | | Саппоро | kind=city
JP | Fukuoka | | | | | Фукуока | kind=city
JP | Nagasaki | | | | | Нагасаки | kind=city
JP | Kantei | Prime Minister's Office of Japan, Japanese Prime Minister's Office, Japanese Prime Minister's Official Residence, Sori Kantei, !Prime Minister's Office, !Prime Minister's Official Residence | Kantor Perdana Menteri Jepang, Kediaman Resmi Perdana Menteri Jepang, Kantei | Residencia Oficial del Primer Ministro de Japón, Kantei | résidence officielle du Premier ministre japonais, Kantei | резиденция премьер-министра Японии, Канцелярия премьер-министра Японии | kind=venue in=JP:tokyo metonym
JP | Iikura House | Iikura Guest House, Iikura Annex | | | | | kind=venue in=JP:tokyo
JP | Akasaka Palace | Akasaka State Guest House, State Guest House Akasaka Palace, !State Guest House | Istana Akasaka, Wisma Negara Akasaka | Palacio de Akasaka, Palacio Akasaka | palais d'Akasaka, palais Akasaka | дворец Акасака | kind=venue in=JP:tokyo
KR | Seoul | | | Seúl | Séoul | Сеул | kind=capital
KR | Busan | Pusan | | | | Пусан | kind=city
KR | Gyeongju | | | | | Кёнджу | kind=city
KR | Incheon | | | | | Инчхон | kind=city
KR | Jeju | Jeju Island | Pulau Jeju | Isla de Jeju | île de Jeju | Чеджу | kind=island
KR | Cheong Wa Dae | Blue House, Chong Wa Dae, Cheongwadae | Cheong Wa Dae, !Gedung Biru | Cheong Wa Dae, Casa Azul de Seúl, !Casa Azul | Cheong Wa Dae, Maison bleue de Séoul, !Maison bleue | Чхонвадэ, Голубой дом | kind=venue in=KR:seoul metonym
KR | Yongsan Presidential Office | Presidential Office in Yongsan, Yongsan | Kantor Kepresidenan Yongsan | oficina presidencial de Yongsan | bureau présidentiel de Yongsan | | kind=venue in=KR:seoul metonym
KP | Pyongyang | | | Pionyang | | Пхеньян | kind=capital
TR | Ankara | | | | | Анкара | kind=capital
TR | Istanbul | | | Estambul | | Стамбул | kind=city
TR | Antalya | | | | | Анталья | kind=city
TR | Izmir | | | Esmirna | Smyrne, Izmir | Измир | kind=city
TR | Dolmabahçe Palace | Dolmabahce Palace | Istana Dolmabahce | Palacio de Dolmabahçe | Palais de Dolmabahçe | дворец Долмабахче | kind=venue in=TR:istanbul
TR | Beştepe Presidential Complex | Bestepe Presidential Complex, Beştepe, Presidential Complex in Ankara, Turkish Presidential Complex, !Presidential Complex | Kompleks Kepresidenan Beştepe, Istana Kepresidenan Turki, Beştepe | Complejo Presidencial de Ankara, Complejo Presidencial de Beştepe, Beştepe, !Complejo Presidencial | complexe présidentiel d'Ankara, palais présidentiel d'Ankara, Beştepe | Президентский комплекс в Анкаре, Бештепе, !Президентский комплекс | kind=venue in=TR:ankara metonym
TR | Vahdettin Pavilion | Vahdettin Mansion, Vahdettin Köşkü | Paviliun Vahdettin | pabellón Vahdettin, mansión Vahdettin | pavillon Vahdettin | особняк Вахдеттин, павильон Вахдеттин | kind=venue in=TR:istanbul
TR | Çankaya Mansion | Cankaya Mansion, Çankaya Köşkü, Çankaya Presidential Mansion, Çankaya Palace, !Çankaya | Istana Çankaya, Wisma Çankaya | Palacio de Çankaya, Mansión de Çankaya | palais de Çankaya, résidence de Çankaya | особняк Чанкая, дворец Чанкая | kind=venue in=TR:ankara
SA | Riyadh | | | Riad | Riyad | Эр-Рияд, Рияд | kind=capital
SA | Jeddah | Jiddah, Jedda | Jeddah, Jiddah | Yeda | Djeddah | Джидда | kind=city
SA | Mecca | Makkah | Mekkah | La Meca | La Mecque | Мекка | kind=city
SA | Dhahran | | | | | Дахран | kind=city
SA | AlUla | Al-Ula | | | | Эль-Ула | kind=town
SA | Al-Yamamah Palace | Al Yamamah Palace, Yamamah Palace, Al-Yamama Palace | Istana Al-Yamamah, Istana Al Yamamah | Palacio de Al Yamamah, Palacio Al Yamama | palais d'Al-Yamamah, palais Al-Yamama | дворец Аль-Ямама | kind=venue in=SA:riyadh metonym
SA | Irqah Palace | Al-Irqah Palace, Al Irqah Palace, Irqa Palace | Istana Irqah | Palacio de Irqah | palais d'Irqah | | kind=venue in=SA:riyadh
SA | Diriyah Palace | | Istana Diriyah | Palacio de Diriyah | palais de Diriyah | дворец Дирия | kind=venue in=SA:riyadh
SA | Al Salam Palace in Jeddah | Al-Salam Palace in Jeddah, Al Salam Royal Palace, Al-Salam Royal Palace, !Al Salam Palace, !Al-Salam Palace, !Salam Palace | Istana Al-Salam Jeddah, !Istana Al-Salam | Palacio de Al Salam en Yeda, !Palacio de Al Salam | palais Al-Salam de Djeddah, !palais Al-Salam | дворец Ас-Салам в Джидде, !дворец Ас-Салам | kind=venue in=SA:jeddah
AE | Abu Dhabi | | | Abu Dabi | Abou Dhabi | Абу-Даби | kind=capital
AE | Dubai | | | Dubái | Dubaï | Дубай | kind=city
AE | Qasr Al Watan | Qasr Al-Watan | Istana Qasr Al Watan, Qasr Al Watan | Palacio Qasr Al Watan, Qasr Al Watan | palais Qasr Al Watan, Qasr Al Watan | дворец Каср аль-Ватан | kind=venue in=AE:abu-dhabi metonym
AE | Qasr Al Shati | Qasr Al-Shati, Al Shati Palace, Al-Shati Palace | Istana Qasr Al Shati, Qasr Al Shati | Palacio Qasr Al Shati, Qasr Al Shati | palais Qasr Al Shati, Qasr Al Shati | дворец Каср аш-Шати | kind=venue in=AE:abu-dhabi
QA | Doha | | | | | Доха | kind=capital
QA | Lusail Palace | | Istana Lusail | Palacio de Lusail | palais de Lusail | дворец Лусаиль | kind=venue in=QA:doha
KW | Kuwait City | | Kota Kuwait | Ciudad de Kuwait | Koweït City | Эль-Кувейт | kind=capital
KW | Bayan Palace | | Istana Bayan | Palacio Bayan | palais Bayan | дворец Баян | kind=venue in=KW:kuwait-city
KW | Seif Palace | Al Seif Palace, Al-Seif Palace, Sief Palace | Istana Seif | Palacio Seif, Palacio de Seif | palais Seif, palais de Seif | дворец Сейф, дворец Эс-Сейф | kind=venue in=KW:kuwait-city
BH | Manama | | | | | Манама | kind=capital
BH | Al-Sakhir Palace | Al Sakhir Palace, Sakhir Palace | Istana Sakhir, Istana Al-Sakhir | Palacio de Sakhir, Palacio de Al Sakhir | palais de Sakhir, palais Al-Sakhir | дворец Сахир | kind=venue in=BH:manama
BH | Gudaibiya Palace | Qudaibiya Palace, Al Qudaibiya Palace, Al-Qudaibiya Palace, Al Gudaibiya Palace | Istana Gudaibiya, Istana Qudaibiya | Palacio de Gudaibiya, Palacio de Qudaibiya | palais de Gudaibiya, palais de Qudaibiya | | kind=venue in=BH:manama
OM | Muscat | | Muskat | Mascate | Mascate | Маскат | kind=capital
OM | Al Barakah Palace | Al-Barakah Palace, Al Baraka Palace | Istana Al Barakah | Palacio Al Barakah | palais Al-Barakah | дворец Аль-Барака | kind=venue in=OM:muscat
YE | Sanaa | Sana'a | Sana'a | Saná | Sanaa | Сана | kind=capital
EG | Cairo | | Kairo | El Cairo | Le Caire | Каир | kind=capital
EG | Sharm el-Sheikh | Sharm El Sheikh, Sharm al-Sheikh | Sharm el-Sheikh | Sharm el Sheij | Charm el-Cheikh | Шарм-эш-Шейх | kind=resort
EG | Alexandria | | Aleksandria | Alejandría | Alexandrie | Александрия | kind=city
EG | El Alamein | | | El Alamein | El Alamein | Эль-Аламейн | kind=town
EG | New Administrative Capital | | Ibu Kota Administratif Baru | Nueva Capital Administrativa | nouvelle capitale administrative | Новая административная столица | kind=city
EG | Ittihadiya Palace | Al-Ittihadiya Palace, Al Ittihadiya Palace, Ittihadeya Palace, Al-Ittihadeya Palace, Heliopolis Palace, Ittihadiya, Al-Ittihadiya | Istana Ittihadiya, Istana Al-Ittihadiya, Istana Heliopolis | Palacio de Al Ittihadiya, Palacio de Ittihadiya, Palacio de Heliópolis | palais d'Ittihadiya, palais Al-Ittihadiya, palais d'Héliopolis | дворец Иттихадия, дворец Аль-Иттихадия, дворец Гелиополис | kind=venue in=EG:cairo metonym
IR | Tehran | | Teheran | Teherán | Téhéran | Тегеран | kind=capital
IR | Isfahan | | | Isfahán | Ispahan | Исфахан | kind=city
IR | Mashhad | | | | Machhad | Мешхед | kind=city
IR | Sa'dabad Palace | Saadabad Palace, Sadabad Palace, Sa'dabad Complex, Saadabad Complex | Istana Saadabad, Istana Sa'dabad | Palacio de Saadabad, Palacio de Sa'dabad | palais de Saadabad, palais de Sa'dabad | дворец Саадабад, Саадабадский дворец, дворцовый комплекс Саадабад | kind=venue in=IR:tehran
IQ | Baghdad | | Bagdad | Bagdad | Bagdad | Багдад | kind=capital
IQ | Erbil | Arbil | | | | Эрбиль | kind=city
IQ | Basra | | | Basora | Bassorah | Басра | kind=city
IQ | Baghdad Palace | Qasr Baghdad | Istana Baghdad | Palacio de Bagdad | palais de Bagdad | дворец Багдад | kind=venue in=IQ:baghdad
IQ | Al-Salam Palace in Baghdad | Al Salam Palace in Baghdad, Salam Palace in Baghdad, As-Salam Palace in Baghdad, Peace Palace in Baghdad, !Al-Salam Palace, !Al Salam Palace, !Salam Palace | Istana Al-Salam Baghdad, !Istana Al-Salam | Palacio de Al Salam de Bagdad, !Palacio de Al Salam | palais Al-Salam de Bagdad, !palais Al-Salam | дворец Ас-Салам в Багдаде, !дворец Ас-Салам | kind=venue in=IQ:baghdad
IQ | Government Palace in Baghdad | Baghdad Government Palace, Iraqi Government Palace, !Government Palace | Istana Pemerintah Irak | Palacio de Gobierno de Irak, Palacio de Gobierno de Bagdad, !Palacio de Gobierno | palais du gouvernement irakien, palais du gouvernement de Bagdad, !palais du gouvernement | Дворец правительства Ирака, Дворец правительства в Багдаде, !Дворец правительства | kind=venue in=IQ:baghdad
SY | Damascus | | Damaskus | Damasco | Damas | Дамаск | kind=capital
SY | Aleppo | | | Alepo | Alep | Алеппо | kind=city
SY | Latakia | | | Latakia | Lattaquié | Латакия | kind=city
SY | Damascus People's Palace | People's Palace in Damascus, Qasr al-Shaab, !People's Palace | Istana Rakyat Damaskus, !Istana Rakyat | Palacio del Pueblo de Damasco, !Palacio del Pueblo | palais du Peuple de Damas, !palais du Peuple | Народный дворец в Дамаске, !Народный дворец | kind=venue in=SY:damascus
LB | Beirut | | | | Beyrouth | Бейрут | kind=capital
LB | Baabda Palace | Baabda Presidential Palace, !Baabda | Istana Baabda | Palacio de Baabda | palais de Baabda | дворец Баабда | kind=venue in=LB:beirut metonym
LB | Grand Serail | Grand Serail of Beirut | | Gran Serrallo, Gran Serail | Grand Sérail | | kind=venue in=LB:beirut metonym
JO | Amman | | | Amán | | Амман | kind=capital
JO | Aqaba | | | Áqaba | | Акаба | kind=city
JO | Al Husseiniya Palace | Al-Husseiniya Palace, Husseiniya Palace | Istana Al Husseiniya | Palacio Al Husseiniya | palais Al-Husseiniya | дворец Аль-Хусейния | kind=venue in=JO:amman
JO | Raghadan Palace | Al Raghadan Palace, Al-Raghadan Palace | Istana Raghadan | Palacio de Raghadan, Palacio Raghadan | palais de Raghadan, palais Raghadan | дворец Рагадан | kind=venue in=JO:amman
IL | Jerusalem | | Yerusalem | Jerusalén | Jérusalem | Иерусалим | kind=capital
IL | Tel Aviv | | | Tel Aviv | Tel-Aviv | Тель-Авив | kind=city
IL | Haifa | | | | Haïfa | Хайфа | kind=city
IL | Beit HaNassi | Beit Hanassi, Beit HaNasi, President's Residence in Jerusalem, Israeli President's Residence, Israeli President's Residence in Jerusalem | Kediaman Presiden Israel, Beit HaNassi | Residencia del Presidente de Israel, Residencia presidencial de Jerusalén, Beit HaNasi, Beit HaNassi | résidence du président israélien, résidence présidentielle de Jérusalem, Beit HaNassi | резиденция президента Израиля | kind=venue in=IL:jerusalem
PS | Ramallah | | | Ramala | | Рамалла | kind=city
PS | Gaza City | | Kota Gaza | Ciudad de Gaza | ville de Gaza | город Газа | kind=city
PS | Rafah | | | | | Рафах | kind=city
PS | East Jerusalem | | Yerusalem Timur | Jerusalén Este, Jerusalén Oriental | Jérusalem-Est | Восточный Иерусалим | kind=capital
PS | Mukataa | Muqataa, Muqata'a, Mukata'a | Muqataa, Mukataa | Mukataa, Muqataa | Mouqataa, Moukataa | Мукатаа | kind=venue in=PS:ramallah metonym
PK | Islamabad | | | | | Исламабад | kind=capital
PK | Karachi | | | | | Карачи | kind=city
PK | Lahore | | | | | Лахор | kind=city
PK | Aiwan-e-Sadr | Aiwan-i-Sadr, Aiwan e Sadr, President House in Islamabad, !President House | | | | | kind=venue in=PK:islamabad metonym
PK | Prime Minister's House in Islamabad | Prime Minister House in Islamabad, PM House in Islamabad, Wazir-e-Azam House, !Prime Minister's House, !Prime Minister House, !PM House | Kediaman Perdana Menteri Pakistan | Residencia del Primer Ministro de Pakistán | résidence du Premier ministre pakistanais | резиденция премьер-министра Пакистана | kind=venue in=PK:islamabad metonym
BD | Dhaka | | | Daca | Dacca | Дакка | kind=capital
BD | Bangabhaban | | | | | Бангабхабан | kind=venue in=BD:dhaka
LK | Colombo | | | | | Коломбо | kind=capital
LK | Temple Trees | | Temple Trees | Temple Trees | Temple Trees | | kind=venue in=LK:colombo metonym
NP | Kathmandu | | | Katmandú | Katmandou | Катманду | kind=capital
NP | Singha Durbar | | | | | Сингха-Дурбар | kind=venue in=NP:kathmandu metonym
AF | Kabul | | | | Kaboul | Кабул | kind=capital
AF | Arg Presidential Palace | Arg Palace, Presidential Palace in Kabul, Kabul Presidential Palace, Afghan Presidential Palace, !Arg, !Presidential Palace | Istana Kepresidenan Kabul, Istana Kepresidenan Afghanistan, Istana Arg | Palacio Presidencial de Kabul, Palacio Arg, !Palacio Presidencial | palais présidentiel de Kaboul, palais de l'Arg, !palais présidentiel | Президентский дворец в Кабуле, дворец Арг, !Президентский дворец | kind=venue in=AF:kabul
MV | Malé | !Male | | | | Мале | kind=capital
MN | Ulaanbaatar | Ulan Bator | | Ulán Bator | Oulan-Bator | Улан-Батор | kind=capital
VN | Hanoi | | | Hanói | Hanoï | Ханой | kind=capital
VN | Ho Chi Minh City | Saigon | Kota Ho Chi Minh | Ciudad Ho Chi Minh | Hô-Chi-Minh-Ville, Hô Chi Minh-Ville, Ho Chi Minh-Ville | Хошимин | kind=city
VN | Da Nang | Danang | | | | Дананг | kind=city
VN | Hanoi Presidential Palace | Presidential Palace in Hanoi, Vietnamese Presidential Palace, !Presidential Palace | Istana Kepresidenan Vietnam, Istana Kepresidenan Hanoi | Palacio Presidencial de Hanói, Palacio Presidencial de Vietnam | palais présidentiel de Hanoï, palais présidentiel du Vietnam | Президентский дворец в Ханое, Президентский дворец Вьетнама | kind=venue in=VN:hanoi
TH | Bangkok | | | | | Бангкок | kind=capital
TH | Pattaya | | | | | Паттайя | kind=resort
TH | Chiang Mai | | | | | Чиангмай | kind=city
TH | Phuket | | | | | Пхукет | kind=island
TH | Government House of Thailand | Thai Government House, Government House in Bangkok, !Government House | Gedung Pemerintah Thailand | Casa de Gobierno de Tailandia | siège du gouvernement thaïlandais | Дом правительства Таиланда | kind=venue in=TH:bangkok metonym
KH | Phnom Penh | | | Nom Pen | | Пномпень | kind=capital
KH | Siem Reap | | | | | Сиемреап | kind=city
KH | Phnom Penh Peace Palace | Peace Palace in Phnom Penh, !Peace Palace | Istana Perdamaian Phnom Penh, !Istana Perdamaian | Palacio de la Paz de Nom Pen, !Palacio de la Paz | palais de la Paix de Phnom Penh, !palais de la Paix | Дворец мира в Пномпене, !Дворец мира | kind=venue in=KH:phnom-penh metonym
LA | Vientiane | | | Vientián | | Вьентьян | kind=capital
LA | Luang Prabang | | | | | Луангпхабанг | kind=city
MM | Naypyidaw | Nay Pyi Taw, Naypyitaw | | Naipyidó | | Нейпьидо | kind=capital
MM | Yangon | Rangoon | | Rangún | Rangoun | Янгон | kind=city
MM | Mandalay | | | | | Мандалай | kind=city
MY | Kuala Lumpur | | | | | Куала-Лумпур | kind=capital
MY | Putrajaya | | | | | Путраджайя | kind=city
MY | Langkawi | | | | | Лангкави | kind=island
MY | Wisma Putra | | | | | Висма Путра | kind=venue in=MY:putrajaya metonym
MY | Perdana Putra | Perdana Putra Building, Perdana Putra Complex | Perdana Putra, Kompleks Perdana Putra | | | | kind=venue in=MY:putrajaya metonym
MY | Seri Perdana | Seri Perdana Complex | Seri Perdana, Kompleks Seri Perdana | | | | kind=venue in=MY:putrajaya
MY | National Palace of Malaysia | Istana Negara Kuala Lumpur, Istana Negara Malaysia, Malaysian National Palace, !Istana Negara, !National Palace | Istana Negara Malaysia, Istana Negara Kuala Lumpur | Palacio Nacional de Malasia | palais national de Malaisie | Национальный дворец Малайзии | kind=venue in=MY:kuala-lumpur
SG | Singapore | | Singapura | Singapur | Singapour | Сингапур | kind=capital
SG | Istana Singapore | Singapore Istana, !Istana | Istana Kepresidenan Singapura, Istana Singapura | Istana de Singapur | Istana de Singapour | | kind=venue in=SG:singapore metonym
PH | Manila | | | | Manille | Манила | kind=capital
PH | Davao | Davao City | | | | Давао | kind=city
PH | Malacañang Palace | Malacañang, Malacañan Palace | Istana Malacañang, Malacañang | Palacio de Malacañang, Malacañang | palais de Malacañang, Malacañang | дворец Малаканьянг, Малаканьянг | kind=venue in=PH:manila metonym
BN | Bandar Seri Begawan | | | | | Бандар-Сери-Бегаван | kind=capital
BN | Istana Nurul Iman | Nurul Iman Palace | Istana Nurul Iman | Istana Nurul Iman, Palacio Nurul Iman | Istana Nurul Iman, palais Nurul Iman | дворец Нурул Иман | kind=venue in=BN:bandar-seri-begawan
TL | Dili | | | | | Дили | kind=capital
AU | Canberra | | | | | Канберра | kind=capital
AU | Sydney | | | Sídney | | Сидней | kind=city
AU | Melbourne | | | | | Мельбурн | kind=city
AU | Perth | | | | | Перт | kind=city
AU | Brisbane | | | | | Брисбен | kind=city
AU | Australian Parliament House | Parliament House in Canberra, Parliament House Canberra, !Parliament House | Gedung Parlemen Australia | Casa del Parlamento de Australia | Parliament House de Canberra | здание парламента Австралии | kind=venue in=AU:canberra
AU | The Lodge in Canberra | !The Lodge | | | | | kind=venue in=AU:canberra
AU | Kirribilli House | | Kirribilli House | Kirribilli House | Kirribilli House | Киррибилли-хаус | kind=venue in=AU:sydney
NZ | Wellington | | | | | Веллингтон | kind=capital
NZ | Auckland | | | | | Окленд | kind=city
NZ | Beehive | Beehive in Wellington, Beehive building in Wellington, !Beehive, !The Beehive | Gedung Beehive | edificio Beehive | bâtiment Beehive | | kind=venue in=NZ:wellington metonym
FJ | Suva | | | | | Сува | kind=capital
PG | Port Moresby | | | Port Moresby | Port Moresby | Порт-Морсби | kind=capital
WS | Apia | | | | | Апиа | kind=capital
SB | Honiara | | | | | Хониара | kind=capital
TO | Nukuʻalofa | Nuku'alofa, Nukualofa | | | | Нукуалофа | kind=capital
ZA | Pretoria | Tshwane | | | | Претория | kind=capital
ZA | Johannesburg | Joburg | | Johannesburgo | | Йоханнесбург | kind=city
ZA | Cape Town | | Cape Town | Ciudad del Cabo | Le Cap | Кейптаун | kind=city
ZA | Durban | | | | | Дурбан | kind=city
ZA | Sandton | | | | | Сэндтон | kind=venue in=ZA:johannesburg
ZA | Union Buildings | | Gedung Union | | | Юнион-Билдингс | kind=venue in=ZA:pretoria metonym
ZA | OR Tambo Building | O.R. Tambo Building, O. R. Tambo Building | Gedung OR Tambo | edificio OR Tambo | bâtiment OR Tambo | | kind=venue in=ZA:pretoria metonym
NG | Abuja | | | | | Абуджа | kind=capital
NG | Lagos | | | | | Лагос | kind=city
NG | Aso Rock Villa | Aso Rock, Aso Villa, Presidential Villa in Abuja, State House Abuja, !Presidential Villa | Aso Rock, Aso Villa | Aso Rock, Aso Villa, Villa Presidencial de Abuya | Aso Rock, Aso Villa, villa présidentielle d'Abuja | Асо-Рок | kind=venue in=NG:abuja metonym
KE | Nairobi | | | | | Найроби | kind=capital
KE | Mombasa | | | | | Момбаса | kind=city
KE | State House Nairobi | Nairobi State House, State House in Nairobi, !State House | Istana Kepresidenan Kenya | | State House de Nairobi | | kind=venue in=KE:nairobi metonym
ET | Addis Ababa | Addis Abeba | Addis Ababa | Adís Abeba | Addis-Abeba | Аддис-Абеба | kind=capital
ET | African Union Headquarters | AU Headquarters, African Union Commission headquarters, African Union Conference Center, African Union Conference Centre | Markas Besar Uni Afrika | sede de la Unión Africana | siège de l'Union africaine | штаб-квартира Африканского союза, штаб-квартира АС | kind=venue in=ET:addis-ababa
ET | National Palace of Ethiopia | Ethiopian National Palace, National Palace in Addis Ababa, Jubilee Palace, !National Palace | Istana Nasional Ethiopia, !Istana Nasional | Palacio Nacional de Etiopía, !Palacio Nacional | palais national d'Éthiopie, palais du Jubilé, !palais national | Национальный дворец Эфиопии, !Национальный дворец | kind=venue in=ET:addis-ababa
TZ | Dodoma | | | | | Додома | kind=capital
TZ | Dar es Salaam | | | Dar es-Salam | Dar es Salam | Дар-эс-Салам | kind=city
TZ | Arusha | | | | | Аруша | kind=city
TZ | Zanzibar | | | | | Занзибар | kind=island
TZ | State House Dar es Salaam | State House in Dar es Salaam, Dar es Salaam State House, Ikulu Dar es Salaam, Ikulu ya Dar es Salaam, !State House, !Ikulu | Istana Kepresidenan Dar es Salaam, State House Dar es Salaam | State House de Dar es Salaam, State House Dar es Salaam | State House de Dar es Salaam, State House Dar es Salaam | | kind=venue in=TZ:dar-es-salaam metonym
TZ | Chamwino State House | Chamwino Ikulu, Ikulu Chamwino, Ikulu ya Chamwino, State House Chamwino, Chamwino State House in Dodoma | Istana Kepresidenan Chamwino, Chamwino State House | State House de Chamwino, Chamwino State House | State House de Chamwino, Chamwino State House | | kind=venue in=TZ:dodoma
DZ | Algiers | | Aljir | Argel | Alger | !Алжир | kind=capital
DZ | El Mouradia Palace | Palace of El Mouradia, El Mouradia, El-Mouradia, Mouradia Palace | Istana El Mouradia | Palacio de El Mouradia, El Mouradia | palais d'El Mouradia, palais d'El-Mouradia, El Mouradia, El-Mouradia | дворец Эль-Мурадия | kind=venue in=DZ:algiers metonym
MA | Rabat | | | | | Рабат | kind=capital
MA | Marrakesh | Marrakech | Marrakesh | Marrakech | Marrakech | Марракеш | kind=city
MA | Casablanca | | | | | Касабланка | kind=city
TN | Tunis | | | !Túnez | | !Тунис | kind=capital
TN | Carthage Palace | Palace of Carthage, Carthage Presidential Palace, !Carthage | Istana Kartago, Istana Carthage | Palacio de Cartago | palais de Carthage, palais présidentiel de Carthage, !Carthage | Карфагенский дворец, дворец Карфаген | kind=venue in=TN:tunis metonym
LY | Tripoli | | | Trípoli | | Триполи | kind=capital amb
LY | Benghazi | | | Bengasi | Benghazi | Бенгази | kind=city
SD | Khartoum | | | Jartum | | Хартум | kind=capital
SD | Port Sudan | | | Puerto Sudán | Port-Soudan | Порт-Судан | kind=city
SS | Juba | | | Yuba | Djouba | Джуба | kind=capital
SN | Dakar | | | | | Дакар | kind=capital
SN | Dakar Presidential Palace | Presidential Palace in Dakar, Senegalese Presidential Palace, !Presidential Palace, !Palais de la République | Istana Kepresidenan Dakar, Istana Kepresidenan Senegal | Palacio Presidencial de Dakar, !Palacio Presidencial | palais présidentiel de Dakar, !palais présidentiel, !palais de la République | Президентский дворец в Дакаре, !Президентский дворец | kind=venue in=SN:dakar
CI | Abidjan | | | Abiyán | | Абиджан | kind=city
CI | Yamoussoukro | | | Yamusukro | | Ямусукро | kind=capital
CI | Abidjan Presidential Palace | Presidential Palace in Abidjan, Ivorian Presidential Palace, !Presidential Palace | Istana Kepresidenan Abidjan, Istana Kepresidenan Pantai Gading | Palacio Presidencial de Abiyán, !Palacio Presidencial | palais présidentiel d'Abidjan, palais présidentiel du Plateau, !palais présidentiel, !palais de la présidence | Президентский дворец в Абиджане, !Президентский дворец | kind=venue in=CI:abidjan
GH | Accra | | | Acra | | Аккра | kind=capital
GH | Jubilee House | Golden Jubilee House, !Flagstaff House | | | | | kind=venue in=GH:accra metonym
AO | Luanda | | | | | Луанда | kind=capital
MZ | Maputo | | | | | Мапуту | kind=capital
ZW | Harare | | | | | Хараре | kind=capital
ZW | Victoria Falls | | Air Terjun Victoria | Cataratas Victoria | chutes Victoria | Виктория-Фолс | kind=town
ZM | Lusaka | | | | | Лусака | kind=capital
UG | Kampala | | | | | Кампала | kind=capital
UG | Entebbe | | | | | Энтеббе | kind=city
UG | State House Entebbe | State House in Entebbe, Entebbe State House, !State House | Istana Kepresidenan Entebbe, State House Entebbe | State House de Entebbe, State House Entebbe | State House d'Entebbe, State House Entebbe | | kind=venue in=UG:entebbe
RW | Kigali | | | | | Кигали | kind=capital
RW | Urugwiro Village | Village Urugwiro | Village Urugwiro, Urugwiro Village | Village Urugwiro | Village Urugwiro | | kind=venue in=RW:kigali
CD | Kinshasa | | | | | Киншаса | kind=capital
CD | Goma | | | !Goma | | Гома | kind=city
CD | Cité de l'Union africaine | Cite de l'Union africaine | | Ciudad de la Unión Africana | Cité de l'Union africaine, Cité de l'UA | | kind=venue in=CD:kinshasa metonym
CD | People's Palace in Kinshasa | Palais du Peuple in Kinshasa, !Palais du Peuple, !People's Palace | | Palacio del Pueblo de Kinsasa, !Palacio del Pueblo | palais du Peuple de Kinshasa, !palais du Peuple | | kind=venue in=CD:kinshasa
CG | Brazzaville | | | | | Браззавиль | kind=capital
CM | Yaoundé | Yaounde | | Yaundé | | Яунде | kind=capital
CM | Unity Palace | Etoudi, Etoudi Palace | Istana Persatuan Kamerun | Palacio de la Unidad | palais de l'Unité, palais d'Etoudi, Etoudi | дворец Единства | kind=venue in=CM:yaounde metonym
ML | Bamako | | | | | Бамако | kind=capital
ML | Koulouba Palace | Koulouba, Koulouba Presidential Palace | Istana Koulouba | Palacio de Koulouba | palais de Koulouba, Koulouba | дворец Кулуба | kind=venue in=ML:bamako metonym
PY | López Palace | Palacio de López, Lopez Palace | Istana López, Palacio de López | Palacio de López, Palacio de Lopez | palais de López, Palacio de López | дворец Лопеса | kind=venue in=PY:asuncion metonym
PY | Mburuvicha Róga | Mburuvicha Roga | Mburuvicha Róga | Mburuvicha Róga, Mburuvicha Roga | Mburuvicha Róga | Мбурувича-Рога | kind=venue in=PY:asuncion
UY | Executive Tower | Torre Ejecutiva | Torre Ejecutiva | Torre Ejecutiva | Torre Ejecutiva | Торре Эхекутива | kind=venue in=UY:montevideo metonym
GE | Orbeliani Palace | Orbeliani Presidential Palace | Istana Orbeliani | Palacio Orbeliani | palais Orbeliani | дворец Орбелиани | kind=venue in=GE:tbilisi metonym
RS | Palace of Serbia | Palata Srbija | Istana Serbia | Palacio de Serbia | palais de Serbie | дворец Сербия | kind=venue in=RS:belgrade
SK | Grassalkovich Palace | Grassalkovich | Istana Grassalkovich | Palacio Grassalkovich | palais Grassalkovich | дворец Грассалковичей | kind=venue in=SK:bratislava metonym
GA | Palais Rénovation | Palais Renovation, Palais du Bord de Mer | Istana Rénovation | Palacio Rénovation | palais Rénovation, palais du Bord de mer | дворец Реновасьон | kind=venue in=GA:libreville metonym
MZ | Ponta Vermelha Palace | Ponta Vermelha | Istana Ponta Vermelha | Palacio de Ponta Vermelha | palais de Ponta Vermelha | дворец Понта-Вермелья | kind=venue in=MZ:maputo metonym
GN | Sékhoutouréya Palace | Sekhoutoureya, Sékhoutouréya | Istana Sékhoutouréya | Palacio Sékhoutouréya | palais Sékhoutouréya, Sékhoutouréya | дворец Секутурейя | kind=venue in=GN:conakry metonym
NE | Niamey | | | | | Ниамей | kind=capital
NE | Niamey Presidential Palace | Presidential Palace in Niamey, Nigerien Presidential Palace, !Presidential Palace | Istana Kepresidenan Niamey, Istana Kepresidenan Niger | Palacio Presidencial de Niamey, !Palacio Presidencial | palais présidentiel de Niamey, !palais présidentiel, !palais de la présidence | Президентский дворец в Ниамее, !Президентский дворец | kind=venue in=NE:niamey
BF | Ouagadougou | | | Uagadugú | | Уагадугу | kind=capital
BF | Kosyam Palace | Kosyam, Kosyam Presidential Palace | Istana Kosyam | Palacio de Kosyam | palais de Kosyam, Kosyam | дворец Косьям | kind=venue in=BF:ouagadougou metonym
GA | Libreville | | | | | Либревиль | kind=capital
NA | Windhoek | | | | | Виндхук | kind=capital
BW | Gaborone | | | | | Габороне | kind=capital
MG | Antananarivo | | | | Tananarive, Antananarivo | Антананариву | kind=capital
SO | Mogadishu | | Mogadishu | Mogadiscio | Mogadiscio | Могадишо | kind=capital
SO | Villa Somalia | | Villa Somalia | Villa Somalia | Villa Somalia | | kind=venue in=SO:mogadishu metonym
DJ | Djibouti City | | Kota Djibouti | Ciudad de Yibuti | ville de Djibouti | город Джибути | kind=capital
ER | Asmara | | !Asmara | | | Асмэра | kind=capital
BR | Brasília | Brasilia | Brasilia | Brasilia | Brasilia | Бразилиа | kind=capital
BR | Rio de Janeiro | Rio | | Río de Janeiro | | Рио-де-Жанейро | kind=city
BR | São Paulo | Sao Paulo | | | | Сан-Паулу | kind=city
BR | Belém | Belem | | | | Белен | kind=city
BR | Foz do Iguaçu | Foz do Iguacu | | | | Фос-ду-Игуасу | kind=city
BR | Fortaleza | | | !Fortaleza | | Форталеза | kind=city
BR | Palácio do Planalto | Planalto Palace, !Planalto | Istana Planalto | Palacio del Planalto, Palacio de Planalto, Palácio do Planalto, !Planalto | palais du Planalto, Palácio do Planalto, !Planalto | дворец Планалту, Планалту | kind=venue in=BR:brasilia metonym
BR | Palácio da Alvorada | Alvorada Palace, !Alvorada | Istana Alvorada | Palacio de la Alvorada, Palácio da Alvorada | palais de l'Alvorada, Palácio da Alvorada | дворец Алворада | kind=venue in=BR:brasilia
BR | Itamaraty Palace | Itamaraty, Palácio do Itamaraty | Istana Itamaraty, Itamaraty | Palacio de Itamaraty, Palacio Itamaraty, Itamaraty | palais d'Itamaraty, palais Itamaraty, Itamaraty | Итамарати, дворец Итамарати | kind=venue in=BR:brasilia metonym
AR | Buenos Aires | | | | | Буэнос-Айрес | kind=capital
AR | Casa Rosada | !Pink House | | | | Каса-Росада, Каса Росада | kind=venue in=AR:buenos-aires metonym
AR | Palacio San Martín | San Martín Palace, Palacio de San Martín | Istana San Martín | Palacio San Martín, Palacio de San Martín | palais San Martín | дворец Сан-Мартин | kind=venue in=AR:buenos-aires metonym
AR | Quinta de Olivos | Olivos Presidential Residence, Olivos residence | Quinta de Olivos | Quinta de Olivos, residencia de Olivos, Quinta Presidencial de Olivos | Quinta de Olivos, résidence d'Olivos | резиденция Оливос, резиденция Кинта-де-Оливос | kind=venue in=AR:buenos-aires
MX | Mexico City | | Kota Meksiko | Ciudad de México | !Mexico | Мехико | kind=capital
MX | Cancún | Cancun | | | | Канкун | kind=resort
MX | Monterrey | | | | | Монтеррей | kind=city
MX | Guadalajara | | | | | Гвадалахара | kind=city
MX | National Palace of Mexico | Mexico's National Palace, National Palace in Mexico City, !National Palace | Istana Nasional Meksiko, !Istana Nasional | Palacio Nacional de México, !Palacio Nacional | palais national de Mexico, !palais national | Национальный дворец в Мехико, Национальный дворец Мексики, !Национальный дворец | kind=venue in=MX:mexico-city metonym
MX | Los Pinos | Los Pinos residence, Los Pinos presidential residence, Residencia Oficial de Los Pinos, !Los Pinos | Residencia Oficial de Los Pinos, Kediaman Resmi Los Pinos | Residencia Oficial de Los Pinos, !Los Pinos | résidence de Los Pinos, résidence officielle de Los Pinos, !Los Pinos | резиденция Лос-Пинос | kind=venue in=MX:mexico-city metonym
CL | Santiago | Santiago de Chile | | Santiago de Chile | | Сантьяго | kind=capital
CL | Valparaíso | Valparaiso | | | | Вальпараисо | kind=city
CL | La Moneda Palace | Palacio de La Moneda, !La Moneda | Istana La Moneda | Palacio de La Moneda, !La Moneda, !Moneda | palais de la Moneda | дворец Ла-Монеда, Ла-Монеда | kind=venue in=CL:santiago metonym
CO | Bogotá | Bogota | | | Bogota | Богота | kind=capital
CO | Cartagena | | | Cartagena de Indias | Carthagène | Картахена | kind=city
CO | Casa de Nariño | Nariño Palace, Palacio de Nariño | Istana Nariño, Casa de Nariño | Casa de Nariño, Palacio de Nariño | palais Nariño, Casa de Nariño | дворец Нариньо | kind=venue in=CO:bogota metonym
CO | Palacio de San Carlos | San Carlos Palace, Palacio San Carlos | Istana San Carlos | Palacio de San Carlos, Palacio San Carlos | palais San Carlos | дворец Сан-Карлос | kind=venue in=CO:bogota metonym
PE | Lima | | !Lima | | | Лима | kind=capital
PE | Torre Tagle Palace | Palacio de Torre Tagle, Torre Tagle | Istana Torre Tagle | Palacio de Torre Tagle, Palacio Torre Tagle, Torre Tagle | palais de Torre Tagle, Torre Tagle | дворец Торре-Тагле | kind=venue in=PE:lima metonym
PE | Government Palace of Peru | Peruvian Government Palace, Casa de Pizarro, !Government Palace | Istana Pemerintah Peru | Palacio de Gobierno del Perú, Palacio de Gobierno de Perú, Casa de Pizarro, !Palacio de Gobierno | palais du gouvernement péruvien, palais du Gouvernement du Pérou | Дворец правительства Перу, !Дворец правительства | kind=venue in=PE:lima metonym
VE | Caracas | | | | | Каракас | kind=capital
VE | Miraflores Palace | Palacio de Miraflores, !Miraflores | Istana Miraflores | Palacio de Miraflores, !Miraflores | palais de Miraflores | дворец Мирафлорес | kind=venue in=VE:caracas metonym
CU | Havana | | | La Habana | La Havane | Гавана | kind=capital
CU | Palace of the Revolution | Revolution Palace, Palacio de la Revolución | Istana Revolusi | Palacio de la Revolución | palais de la Révolution | Дворец Революции | kind=venue in=CU:havana metonym
BO | La Paz | | | !La Paz | | Ла-Пас | kind=city
BO | Sucre | | | | | Сукре | kind=capital
BO | Casa Grande del Pueblo | | | | | | kind=venue in=BO:la-paz metonym
BO | Palacio Quemado | Burnt Palace | Istana Quemado, Palacio Quemado | Palacio Quemado | palais Quemado, Palacio Quemado | дворец Кемадо | kind=venue in=BO:la-paz metonym
EC | Quito | | | | | Кито | kind=capital
EC | Carondelet Palace | Palacio de Carondelet, Carondelet | Istana Carondelet | Palacio de Carondelet, Carondelet | palais de Carondelet, Carondelet | дворец Карондолет | kind=venue in=EC:quito metonym
UY | Montevideo | | | | | Монтевидео | kind=capital
UY | Punta del Este | | | | | Пунта-дель-Эсте | kind=resort
PY | Asunción | Asuncion | | | Asuncion | Асунсьон | kind=capital
NI | Managua | | | | | Манагуа | kind=capital
PA | Panama City | | Kota Panama | Ciudad de Panamá | !Panama | !Панама | kind=capital
PA | Palacio de las Garzas | Palace of the Herons | Istana Garzas | Palacio de las Garzas | palais des Garzas | | kind=venue in=PA:panama-city metonym
GT | Guatemala City | | Kota Guatemala | Ciudad de Guatemala | !Guatemala | !Гватемала | kind=capital
GT | National Palace of Guatemala | Guatemala's National Palace, Guatemalan National Palace, Palacio Nacional de la Cultura, !National Palace of Culture, !National Palace | Istana Nasional Guatemala, !Istana Nasional | Palacio Nacional de la Cultura, Palacio Nacional de Guatemala, !Palacio Nacional | palais national du Guatemala, !palais national | Национальный дворец Гватемалы, !Национальный дворец | kind=venue in=GT:guatemala-city
CR | San José | San Jose | | | | Сан-Хосе | kind=capital amb
HN | Tegucigalpa | | | | | Тегусигальпа | kind=capital
HN | Casa Presidencial of Honduras | Presidential House of Honduras, Casa Presidencial de Honduras, !Casa Presidencial | Istana Kepresidenan Honduras | Casa Presidencial de Honduras, !Casa Presidencial | Casa Presidencial du Honduras, !Casa Presidencial | | kind=venue in=HN:tegucigalpa metonym
SV | San Salvador | | | | | Сан-Сальвадор | kind=capital
SV | Casa Presidencial of El Salvador | Presidential House of El Salvador, Casa Presidencial de El Salvador, !Casa Presidencial | Istana Kepresidenan El Salvador | Casa Presidencial de El Salvador, !Casa Presidencial | Casa Presidencial du Salvador, !Casa Presidencial | | kind=venue in=SV:san-salvador metonym
DO | Santo Domingo | | | | Saint-Domingue | Санто-Доминго | kind=capital
HT | Port-au-Prince | | | Puerto Príncipe | | Порт-о-Пренс | kind=capital
JM | Kingston | | | | | Кингстон | kind=capital amb
TT | Port of Spain | | | Puerto España | Port-d'Espagne | Порт-оф-Спейн | kind=capital
BB | Bridgetown | | | | | Бриджтаун | kind=capital
CA | Ottawa | | | | | Оттава | kind=capital
CA | Toronto | | | | | Торонто | kind=city
CA | Montreal | | | Montreal | Montréal | Монреаль | kind=city
CA | Vancouver | | | | | Ванкувер | kind=city
CA | Quebec City | | Kota Quebec | Ciudad de Quebec | Québec | Квебек | kind=city
CA | Kananaskis | | | | | Кананаскис | kind=resort
CA | Charlevoix | | | | | Шарлевуа | kind=region
CA | Rideau Hall | | | | | Ридо-Холл | kind=venue in=CA:ottawa
CA | Parliament Hill | | Parliament Hill | Colina del Parlamento | colline du Parlement, Colline du Parlement | Парламентский холм | kind=venue in=CA:ottawa metonym
GB | London | | | Londres | Londres | Лондон | kind=capital
GB | Edinburgh | | | Edimburgo | Édimbourg | Эдинбург | kind=city
GB | Glasgow | | | Glasgow | Glasgow | Глазго | kind=city
GB | Manchester | | | | | Манчестер | kind=city
GB | Downing Street | 10 Downing Street, Number 10 | | | | Даунинг-стрит | kind=venue in=GB:london metonym
GB | Chequers | | | | | Чекерс | kind=venue
GB | Lancaster House | | | | | Ланкастер-хаус | kind=venue in=GB:london
GB | Buckingham Palace | | Istana Buckingham | Palacio de Buckingham | palais de Buckingham | Букингемский дворец | kind=venue in=GB:london metonym
GB | King Charles Street | | | | | Кинг-Чарльз-стрит | kind=venue in=GB:london metonym
FR | Paris | | | París | | Париж | kind=capital
FR | Marseille | Marseilles | | Marsella | | Марсель | kind=city
FR | Lyon | Lyons | | | | Лион | kind=city
FR | Strasbourg | | | Estrasburgo | | Страсбург | kind=city
FR | Biarritz | | | | | Биарриц | kind=resort
FR | Cannes | | | | | Канны | kind=resort
FR | Évian-les-Bains | Evian, Évian | Evian | Evian | Évian, Evian | Эвиан, Эвиан-ле-Бен | kind=resort
FR | Élysée Palace | Elysee Palace, Élysée, Elysee | Istana Élysée, Istana Elysee | Palacio del Elíseo, Elíseo | palais de l'Élysée, Élysée | Елисейский дворец | kind=venue in=FR:paris metonym
FR | Quai d'Orsay | | | | | Кэ д’Орсе, Кэ д'Орсе | kind=venue in=FR:paris metonym
FR | Hôtel de Matignon | Hotel de Matignon, Matignon | Hôtel de Matignon, Matignon | Palacio de Matignon, Hôtel de Matignon, Matignon | hôtel de Matignon, Matignon | Матиньонский дворец, Матиньон | kind=venue in=FR:paris metonym
DE | Berlin | | | Berlín | | Берлин | kind=capital
DE | Munich | | München | Múnich | | Мюнхен | kind=city
DE | Hamburg | | | Hamburgo | Hambourg | Гамбург | kind=city
DE | Frankfurt | Frankfurt am Main | | Fráncfort | Francfort | Франкфурт-на-Майне, Франкфурт | kind=city
DE | Bonn | | | | | Бонн | kind=city
DE | Cologne | Köln | Köln, Koln | !Colonia | | Кёльн | kind=city
DE | Dresden | | | Dresde | Dresde | Дрезден | kind=city
DE | Elmau | Schloss Elmau | | | | Эльмау | kind=resort
DE | Ramstein | Ramstein Air Base | | | | Рамштайн | kind=town
DE | German Chancellery | German Federal Chancellery, Federal Chancellery in Berlin, Chancellery in Berlin, Berlin Chancellery, !Federal Chancellery, !Bundeskanzleramt, !Kanzleramt | Kantor Kanselir Jerman, Kanselir Federal Jerman | Cancillería Federal de Alemania, Cancillería alemana | chancellerie allemande, chancellerie fédérale allemande, !chancellerie fédérale | Ведомство федерального канцлера Германии, Федеральная канцелярия Германии, !Федеральная канцелярия | kind=venue in=DE:berlin metonym
DE | Schloss Bellevue | Bellevue Palace in Berlin, !Bellevue Palace, !Bellevue | Istana Bellevue, Schloss Bellevue | Palacio de Bellevue, Palacio Bellevue, Schloss Bellevue | palais Bellevue, Schloss Bellevue, !château de Bellevue | дворец Бельвю | kind=venue in=DE:berlin metonym
DE | Werderscher Markt | Federal Foreign Office building, !Auswärtiges Amt | | | | | kind=venue in=DE:berlin metonym
IT | Rome | | Roma | Roma | | Рим | kind=capital
IT | Milan | | Milan | Milán | | Милан | kind=city
IT | Naples | | Napoli | Nápoles | | Неаполь | kind=city
IT | Venice | | Venesia | Venecia | Venise | Венеция | kind=city
IT | Florence | | Firenze | Florencia | | Флоренция | kind=city
IT | Turin | | Turin | Turín | | Турин | kind=city
IT | Apulia | Puglia, Borgo Egnazia | Puglia | Apulia, Borgo Egnazia | Pouilles, Borgo Egnazia | Апулия, Борго-Эньяция | kind=region
IT | Farnesina | Palazzo della Farnesina | Farnesina | Farnesina, Palacio de la Farnesina | Farnesina, palais de la Farnesina | Фарнезина, палаццо Фарнезина | kind=venue in=IT:rome metonym
IT | Palazzo Chigi | Chigi Palace | Palazzo Chigi | Palazzo Chigi, Palacio Chigi | Palazzo Chigi, palais Chigi | палаццо Киджи, дворец Киджи | kind=venue in=IT:rome metonym
IT | Quirinal Palace | Quirinale, Palazzo del Quirinale, Quirinal | Istana Quirinale, Quirinale | Palacio del Quirinal, Quirinal, Quirinale | palais du Quirinal, Quirinal, Quirinale | Квиринальский дворец, Квиринал | kind=venue in=IT:rome metonym
IT | Villa Madama | | | | | вилла Мадама | kind=venue in=IT:rome
VA | Vatican City | Vatican, Holy See | Vatikan, Takhta Suci | Ciudad del Vaticano, Santa Sede | Cité du Vatican, Saint-Siège | Ватикан | kind=capital
VA | Apostolic Palace | | Istana Apostolik | Palacio Apostólico | palais apostolique | Апостольский дворец | kind=venue in=VA:vatican-city
ES | Madrid | | | | | Мадрид | kind=capital
ES | Barcelona | | | | Barcelone | Барселона | kind=city
ES | Seville | | Sevilla | Sevilla | Séville | Севилья | kind=city
ES | Valencia | | | | !Valence | Валенсия | kind=city amb
ES | Moncloa Palace | Moncloa, Palacio de la Moncloa | Istana Moncloa, Moncloa | Palacio de la Moncloa, Moncloa | palais de la Moncloa, Moncloa | дворец Монклоа, Монклоа | kind=venue in=ES:madrid metonym
ES | Royal Palace of Madrid | Palacio Real de Madrid, !Royal Palace | Istana Kerajaan Madrid, Istana Kerajaan Spanyol | Palacio Real de Madrid, Palacio de Oriente, !Palacio Real | palais royal de Madrid, !palais royal | Королевский дворец в Мадриде, Мадридский королевский дворец, !Королевский дворец | kind=venue in=ES:madrid
ES | Zarzuela Palace | Palacio de la Zarzuela, !Zarzuela | Istana Zarzuela | Palacio de la Zarzuela, !Zarzuela | palais de la Zarzuela, !Zarzuela | дворец Сарсуэла | kind=venue in=ES:madrid metonym
ES | Palacio de Viana | Viana Palace | Istana Viana | Palacio de Viana | palais de Viana | дворец Виана | kind=venue in=ES:madrid
ES | Palacio de Santa Cruz | Santa Cruz Palace | Istana Santa Cruz | Palacio de Santa Cruz | palais de Santa Cruz | дворец Санта-Крус | kind=venue in=ES:madrid metonym
PT | Lisbon | | Lisboa | Lisboa | Lisbonne | Лиссабон | kind=capital
PT | Porto | Oporto | | Oporto | | !Порту | kind=city
PT | Belém Palace | Palácio de Belém | Istana Belém | Palacio de Belém | palais de Belém | дворец Белен | kind=venue in=PT:lisbon metonym
PT | São Bento Palace | Palácio de São Bento, São Bento Mansion | Istana São Bento | Palacio de São Bento, Palacio de San Bento | palais de São Bento | дворец Сан-Бенту | kind=venue in=PT:lisbon
PT | Necessidades Palace | Palácio das Necessidades, Palace of Necessidades | Istana Necessidades | Palacio de las Necesidades, Palacio das Necessidades | palais des Necessidades | дворец Несесидадеш | kind=venue in=PT:lisbon metonym
BE | Brussels | | Brussel | Bruselas | Bruxelles | Брюссель | kind=capital
BE | Egmont Palace | Palais d'Egmont, !Egmont | Istana Egmont | Palacio de Egmont | palais d'Egmont | дворец Эгмонт | kind=venue in=BE:brussels
BE | Berlaymont | Berlaymont building | Gedung Berlaymont, Berlaymont | edificio Berlaymont, Berlaymont | bâtiment Berlaymont, Berlaymont | здание Берлемон, Берлемон | kind=venue in=BE:brussels metonym
BE | Europa building | | Gedung Europa | edificio Europa | bâtiment Europa | здание «Европа» | kind=venue in=BE:brussels
BE | NATO Headquarters | NATO HQ | Markas Besar NATO | sede de la OTAN, cuartel general de la OTAN | siège de l'OTAN | штаб-квартира НАТО | kind=venue in=BE:brussels
NL | Amsterdam | | | Ámsterdam | | Амстердам | kind=capital
NL | The Hague | | Den Haag | La Haya | La Haye | Гаага | kind=city
LU | Luxembourg | | Luksemburg | Luxemburgo | | Люксембург | kind=capital amb
CH | Bern | Berne | | Berna | Berne | Берн | kind=capital
CH | Geneva | | Jenewa | Ginebra | Genève | Женева | kind=city
CH | Davos | | | | | Давос | kind=resort
CH | Zurich | Zürich | Zurich | Zúrich | Zurich | Цюрих | kind=city
CH | Lausanne | | | Lausana | | Лозанна | kind=city
CH | Lucerne | Luzern | | Lucerna | | Люцерн | kind=city
CH | Bürgenstock | Burgenstock | | | | Бюргеншток | kind=resort
CH | Palais des Nations | | | Palacio de las Naciones | | Дворец Наций | kind=venue in=CH:geneva
CH | Federal Palace | Federal Palace of Switzerland, Swiss Federal Palace, !Bundeshaus | Istana Federal Swiss | Palacio Federal de Suiza, !Palacio Federal | Palais fédéral | Федеральный дворец | kind=venue in=CH:bern
AT | Vienna | | Wina | Viena | !Vienne | Вена | kind=capital
AT | Salzburg | | | Salzburgo | Salzbourg | Зальцбург | kind=city
AT | Hofburg | Hofburg Palace, Hofburg Imperial Palace | Istana Hofburg, Hofburg | Palacio de Hofburg, Hofburg | palais de la Hofburg, Hofburg | Хофбург, дворец Хофбург | kind=venue in=AT:vienna
AT | Ballhausplatz | Austrian Federal Chancellery, Austrian Chancellery, !Federal Chancellery, !Bundeskanzleramt, !Kanzleramt | Kantor Kanselir Austria, Ballhausplatz | Cancillería Federal de Austria, Ballhausplatz | chancellerie fédérale autrichienne, Ballhausplatz | Ведомство федерального канцлера Австрии, Балльхаусплац | kind=venue in=AT:vienna metonym
AT | Vienna International Centre | Vienna International Center | Pusat Internasional Wina | Centro Internacional de Viena | Centre international de Vienne | Венский международный центр | kind=venue in=AT:vienna
PL | Warsaw | | Warsawa | Varsovia | Varsovie | Варшава | kind=capital
PL | Kraków | Krakow, Cracow | Krakow | Cracovia | Cracovie | Краков | kind=city
PL | Rzeszów | Rzeszow | | | | Жешув | kind=city
PL | Presidential Palace in Warsaw | Warsaw Presidential Palace, Polish Presidential Palace, Pałac Prezydencki, !Presidential Palace | Istana Kepresidenan Warsawa, Istana Kepresidenan Polandia | Palacio Presidencial de Varsovia, !Palacio Presidencial | palais présidentiel de Varsovie, !palais présidentiel | Президентский дворец в Варшаве, !Президентский дворец | kind=venue in=PL:warsaw
CZ | Prague | | Praha | Praga | | Прага | kind=capital
CZ | Prague Castle | | Kastil Praha | Castillo de Praga | château de Prague | Пражский Град | kind=venue in=CZ:prague metonym
HU | Budapest | | | | | Будапешт | kind=capital
HU | Sándor Palace | Sándor-palota | Istana Sándor | Palacio Sándor | palais Sándor | дворец Шандора | kind=venue in=HU:budapest
HU | Carmelite Monastery in Budapest | Carmelite Monastery of Buda, Karmelita, Karmelita Monastery, !Carmelite Monastery, !Carmelite | Biara Karmelit Budapest | Monasterio Carmelita de Budapest, Karmelita, !Monasterio Carmelita | monastère des Carmélites de Budapest, Karmelita, !monastère des Carmélites | монастырь кармелитов в Будапеште, !Кармелита | kind=venue in=HU:budapest metonym
SK | Bratislava | | | | | Братислава | kind=capital
SI | Ljubljana | | | Liubliana | | Любляна | kind=capital
HR | Zagreb | | | Zagreb | Zagreb | Загреб | kind=capital
RS | Belgrade | | Beograd | Belgrado | | Белград | kind=capital
BA | Sarajevo | | | | | Сараево | kind=capital
ME | Podgorica | | | | | Подгорица | kind=capital
MK | Skopje | | | Skopie | | Скопье | kind=capital
AL | Tirana | | | | | Тирана | kind=capital
XK | Pristina | Prishtina | | Pristina | Pristina | Приштина | kind=capital
RO | Bucharest | | Bukares | Bucarest | Bucarest | Бухарест | kind=capital
RO | Cotroceni Palace | Palatul Cotroceni, Cotroceni | Istana Cotroceni | Palacio de Cotroceni, Palacio Cotroceni, Cotroceni | palais de Cotroceni, palais Cotroceni, Cotroceni | дворец Котрочень, дворец Котрочени | kind=venue in=RO:bucharest metonym
RO | Victoria Palace in Bucharest | Palatul Victoria, !Victoria Palace | Istana Victoria Bukares, !Istana Victoria | Palacio Victoria de Bucarest, !Palacio Victoria | palais Victoria de Bucarest, !palais Victoria | дворец Виктория в Бухаресте, !дворец Виктория | kind=venue in=RO:bucharest metonym
BG | Sofia | | | !Sofía | | София | kind=capital amb
GR | Athens | | Athena | Atenas | Athènes | Афины | kind=capital
GR | Maximos Mansion | Megaro Maximou | Gedung Maximos | Mansión Maximos | résidence Maximos, manoir Maximos | особняк Максимос | kind=venue in=GR:athens metonym
CY | Nicosia | | | | Nicosie | Никосия | kind=capital
MT | Valletta | | | La Valeta | La Valette | Валлетта | kind=capital
IE | Dublin | | | Dublín | | Дублин | kind=capital
IE | Áras an Uachtaráin | | Áras an Uachtaráin | Áras an Uachtaráin | Áras an Uachtaráin | | kind=venue in=IE:dublin metonym
IS | Reykjavík | Reykjavik | Reykjavik | Reikiavik | Reykjavik | Рейкьявик | kind=capital
NO | Oslo | | | | | Осло | kind=capital
SE | Stockholm | | | Estocolmo | | Стокгольм | kind=capital
SE | Rosenbad | | Rosenbad | Rosenbad | Rosenbad | Розенбад | kind=venue in=SE:stockholm metonym
FI | Helsinki | | | | Helsinki | Хельсинки | kind=capital
FI | Mäntyniemi | Mäntyniemi residence, Mäntyniemi presidential residence | Mäntyniemi | Mäntyniemi, residencia de Mäntyniemi | Mäntyniemi, résidence de Mäntyniemi | Мянтюниеми, резиденция Мянтюниеми | kind=venue in=FI:helsinki
FI | Presidential Palace in Helsinki | Helsinki Presidential Palace, Finnish Presidential Palace, Presidentinlinna, !Presidential Palace | Istana Kepresidenan Helsinki, Istana Kepresidenan Finlandia | Palacio Presidencial de Helsinki, !Palacio Presidencial | palais présidentiel d'Helsinki, palais présidentiel de Helsinki, !palais présidentiel | Президентский дворец в Хельсинки, !Президентский дворец | kind=venue in=FI:helsinki
DK | Copenhagen | | Kopenhagen | Copenhague | Copenhague | Копенгаген | kind=capital
DK | Amalienborg | Amalienborg Palace | Istana Amalienborg, Amalienborg | Palacio de Amalienborg, Amalienborg | palais d'Amalienborg, Amalienborg | Амалиенборг, дворец Амалиенборг | kind=venue in=DK:copenhagen
DK | Marienborg | Marienborg residence | Marienborg | Marienborg, residencia de Marienborg | Marienborg, résidence de Marienborg | Мариенборг, резиденция Мариенборг | kind=venue in=DK:copenhagen
DK | Christiansborg Palace | Christiansborg, Christiansborg Slot | Istana Christiansborg, Christiansborg | Palacio de Christiansborg, Christiansborg | palais de Christiansborg, Christiansborg | Кристиансборг, дворец Кристиансборг | kind=venue in=DK:copenhagen metonym
EE | Tallinn | | | Tallin | | Таллин | kind=capital
EE | Kadriorg | Kadriorg Palace, Presidential Palace in Kadriorg, Kadriorg Presidential Palace | Istana Kadriorg, Kadriorg | Palacio de Kadriorg, Kadriorg | palais de Kadriorg, Kadriorg | Кадриорг, дворец Кадриорг | kind=venue in=EE:tallinn metonym
LV | Riga | | | | | Рига | kind=capital
LV | Riga Castle | Rīgas pils | Kastil Riga | Castillo de Riga | château de Riga | Рижский замок | kind=venue in=LV:riga metonym
LT | Vilnius | | | | | Вильнюс | kind=capital
LT | Presidential Palace in Vilnius | Vilnius Presidential Palace, Lithuanian Presidential Palace, !Presidential Palace | Istana Kepresidenan Vilnius, Istana Kepresidenan Lituania | Palacio Presidencial de Vilna, Palacio Presidencial de Vilnius, !Palacio Presidencial | palais présidentiel de Vilnius, !palais présidentiel | Президентский дворец в Вильнюсе, !Президентский дворец | kind=venue in=LT:vilnius
BY | Minsk | | | | | Минск | kind=capital
BY | Palace of Independence in Minsk | Independence Palace in Minsk, !Palace of Independence, !Independence Palace | Istana Kemerdekaan Minsk, !Istana Kemerdekaan | Palacio de la Independencia de Minsk, !Palacio de la Independencia | palais de l'Indépendance de Minsk, !palais de l'Indépendance | Дворец Независимости в Минске, !Дворец Независимости | kind=venue in=BY:minsk
UA | Kyiv | Kiev | Kyiv, Kiev | Kiev, Kyiv | Kiev, Kyiv | Киев | kind=capital
UA | Lviv | Lvov | | Leópolis | Lviv | Львов | kind=city
UA | Odesa | Odessa | Odessa | Odesa | Odessa | Одесса | kind=city
UA | Kharkiv | Kharkov | | Járkov | Kharkiv | Харьков | kind=city
UA | Sevastopol | | | Sebastopol | Sébastopol | Севастополь | kind=city
UA | Yalta | | | | | Ялта | kind=resort
UA | Donetsk | | | | | Донецк | kind=city
UA | Luhansk | Lugansk | | Lugansk | Louhansk | Луганск | kind=city
UA | Mariupol | | | | Marioupol | Мариуполь | kind=city
UA | Zaporizhzhia | Zaporozhye | | Zaporiyia | Zaporijjia | Запорожье | kind=city
UA | Mariinskyi Palace | Mariinsky Palace in Kyiv, Mariinskyi Palace in Kyiv, !Mariinsky Palace | Istana Mariinsky | Palacio Mariinski de Kiev, !Palacio Mariinski | palais Mariinsky de Kyiv, palais Mariinsky de Kiev, !palais Mariinsky | Мариинский дворец в Киеве, !Мариинский дворец | kind=venue in=UA:kyiv
UA | Bankova Street | Bankova | Jalan Bankova, Bankova | calle Bankova, Bankova | rue Bankova, Bankova | улица Банковая, !Банковая | kind=venue in=UA:kyiv metonym
MD | Chișinău | Chisinau, Kishinev | Chisinau | Chisináu | Chisinau | Кишинёв | kind=capital
GE | Tbilisi | | | Tiflis | Tbilissi | Тбилиси | kind=capital
GE | Batumi | | | | Batoumi | Батуми | kind=city
AM | Yerevan | | | Ereván | Erevan | Ереван | kind=capital
AZ | Baku | | !Baku | Bakú | Bakou | Баку | kind=capital
KZ | Astana | Nur-Sultan | | | | Астана, Нур-Султан | kind=capital
KZ | Almaty | Alma-Ata | | | | Алма-Ата, Алматы | kind=city
KZ | Aktau | | | | | Актау | kind=city
KZ | Shymkent | | | | Chymkent | Шымкент | kind=city
KZ | Ak Orda | Akorda, Ak Orda Presidential Palace, Akorda Presidential Palace, Akorda Palace | Istana Akorda, Akorda, Ak Orda | Palacio Akorda, Akorda, Ak Orda | palais Akorda, Akorda, Ak Orda | Акорда, Ак Орда, резиденция Акорда, резиденция «Акорда», резиденция "Акорда" | kind=venue in=KZ:astana metonym
KG | Bishkek | | | Biskek | Bichkek | Бишкек | kind=capital
KG | Cholpon-Ata | | | | Tcholpon-Ata | Чолпон-Ата | kind=resort
KG | Ala-Archa State Residence | Ala-Archa residence, Ala Archa State Residence, !Ala-Archa | Kediaman Negara Ala-Archa | residencia estatal Ala-Archa | résidence d'État d'Ala-Artcha, résidence Ala-Archa | государственная резиденция Ала-Арча, государственная резиденция «Ала-Арча», резиденция Ала-Арча, резиденция «Ала-Арча», резиденция "Ала-Арча", !Ала-Арча | kind=venue in=KG:bishkek
TJ | Dushanbe | | | Dusambé | Douchanbé | Душанбе | kind=capital
TJ | Palace of the Nation in Dushanbe | Palace of Nation in Dushanbe, Kohi Millat, Kokhi Millat, !Palace of the Nation, !Palace of Nation | Istana Bangsa Dushanbe | Palacio de la Nación de Dusambé, !Palacio de la Nación | palais de la Nation de Douchanbé, !palais de la Nation | Дворец нации в Душанбе, !Дворец нации | kind=venue in=TJ:dushanbe
TM | Ashgabat | Ashkhabad | | Asjabad | Achgabat | Ашхабад | kind=capital
TM | Avaza | | | | | Аваза | kind=resort
TM | Oguzkhan Presidential Palace | Oguzkhan Palace, Oguzkhan Palace Complex, Oguzhan Presidential Palace, Oguz Han Palace | Istana Kepresidenan Oguzkhan | Palacio Presidencial Oguzkhan | palais présidentiel Oguzkhan | дворцовый комплекс Огузхан, дворцовый комплекс «Огузхан», дворец «Огузхан», Президентский дворец «Огузхан» | kind=venue in=TM:ashgabat
UZ | Tashkent | | | Taskent | Tachkent | Ташкент | kind=capital
UZ | Samarkand | | | Samarcanda | Samarcande | Самарканд | kind=city
UZ | Bukhara | | | Bujará | Boukhara | Бухара | kind=city
AD | Andorra la Vella | | | Andorra la Vieja | Andorre-la-Vieille | Андорра-ла-Велья | kind=capital
BI | Gitega | | | | | Гитега | kind=capital
BI | Bujumbura | | | Buyumbura | | Бужумбура | kind=city
BZ | Belmopan | | | | | Бельмопан | kind=capital
KM | Moroni | | | | | Морони | kind=capital
CV | Praia | | | | | Прая | kind=capital amb
DM | Roseau | | | | | Розо | kind=capital
GQ | Malabo | | | | | Малабо | kind=capital
GD | Saint George's | St. George's | | | | Сент-Джорджес | kind=capital
AG | Saint John's | St. John's | | | | Сент-Джонс | kind=capital
FM | Palikir | | | | | Паликир | kind=capital
MU | Port Louis | Port-Louis | | | Port-Louis | Порт-Луи | kind=capital
NR | Yaren | | | | | Ярен | kind=capital
PW | Ngerulmud | | | | | Нгерулмуд | kind=capital
VU | Port Vila | Port-Vila | | | Port-Vila | Порт-Вила | kind=capital
GL | Nuuk | | | | | Нуук | kind=capital
PR | San Juan | | | | | Сан-Хуан | kind=capital amb
UZ | Khiva | | | Jiva | | Хива | kind=city
UZ | Kuksaroy | Kuksaroy residence, Kuksaroy Presidential Residence, Kuksaray, Qo'ksaroy | Kuksaroy | Kuksaroy | Kuksaroy | Куксарой, Кук-Сарай, резиденция Куксарой, резиденция «Куксарой», резиденция "Куксарой" | kind=venue in=UZ:tashkent
TG | Palais de Lomé | Lomé Palace | Istana Lomé | Palacio de Lomé | palais de Lomé | дворец Ломе | kind=venue in=TG:lome
"""
