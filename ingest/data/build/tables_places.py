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
RU | Novo-Ogaryovo | Novo-Ogarevo | | | | Ново-Огарёво | kind=venue in=RU:moscow
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
JP | Tokyo | | | Tokio | | Токио | kind=capital
JP | Osaka | | | | | Осака | kind=city
JP | Hiroshima | | | | | Хиросима | kind=city
JP | Kyoto | | | Kioto | | Киото | kind=city
JP | Nagoya | | | | | Нагоя | kind=city
JP | Yokohama | | | | | Иокогама | kind=city
JP | Sapporo | | | | | Саппоро | kind=city
JP | Fukuoka | | | | | Фукуока | kind=city
JP | Nagasaki | | | | | Нагасаки | kind=city
KR | Seoul | | | Seúl | Séoul | Сеул | kind=capital
KR | Busan | Pusan | | | | Пусан | kind=city
KR | Gyeongju | | | | | Кёнджу | kind=city
KR | Incheon | | | | | Инчхон | kind=city
KR | Jeju | Jeju Island | Pulau Jeju | Isla de Jeju | île de Jeju | Чеджу | kind=island
KP | Pyongyang | | | Pionyang | | Пхеньян | kind=capital
TR | Ankara | | | | | Анкара | kind=capital
TR | Istanbul | | | Estambul | | Стамбул | kind=city
TR | Antalya | | | | | Анталья | kind=city
TR | Izmir | | | Esmirna | Smyrne, Izmir | Измир | kind=city
TR | Dolmabahçe Palace | Dolmabahce Palace | Istana Dolmabahce | Palacio de Dolmabahçe | Palais de Dolmabahçe | дворец Долмабахче | kind=venue in=TR:istanbul
SA | Riyadh | | | Riad | Riyad | Эр-Рияд, Рияд | kind=capital
SA | Jeddah | Jiddah, Jedda | Jeddah, Jiddah | Yeda | Djeddah | Джидда | kind=city
SA | Mecca | Makkah | Mekkah | La Meca | La Mecque | Мекка | kind=city
SA | Dhahran | | | | | Дахран | kind=city
SA | AlUla | Al-Ula | | | | Эль-Ула | kind=town
AE | Abu Dhabi | | | Abu Dabi | Abou Dhabi | Абу-Даби | kind=capital
AE | Dubai | | | Dubái | Dubaï | Дубай | kind=city
QA | Doha | | | | | Доха | kind=capital
KW | Kuwait City | | Kota Kuwait | Ciudad de Kuwait | Koweït City | Эль-Кувейт | kind=capital
BH | Manama | | | | | Манама | kind=capital
OM | Muscat | | Muskat | Mascate | Mascate | Маскат | kind=capital
YE | Sanaa | Sana'a | Sana'a | Saná | Sanaa | Сана | kind=capital
EG | Cairo | | Kairo | El Cairo | Le Caire | Каир | kind=capital
EG | Sharm el-Sheikh | Sharm El Sheikh, Sharm al-Sheikh | Sharm el-Sheikh | Sharm el Sheij | Charm el-Cheikh | Шарм-эш-Шейх | kind=resort
EG | Alexandria | | Aleksandria | Alejandría | Alexandrie | Александрия | kind=city
EG | El Alamein | | | El Alamein | El Alamein | Эль-Аламейн | kind=town
EG | New Administrative Capital | | Ibu Kota Administratif Baru | Nueva Capital Administrativa | nouvelle capitale administrative | Новая административная столица | kind=city
IR | Tehran | | Teheran | Teherán | Téhéran | Тегеран | kind=capital
IR | Isfahan | | | Isfahán | Ispahan | Исфахан | kind=city
IR | Mashhad | | | | Machhad | Мешхед | kind=city
IQ | Baghdad | | Bagdad | Bagdad | Bagdad | Багдад | kind=capital
IQ | Erbil | Arbil | | | | Эрбиль | kind=city
IQ | Basra | | | Basora | Bassorah | Басра | kind=city
SY | Damascus | | Damaskus | Damasco | Damas | Дамаск | kind=capital
SY | Aleppo | | | Alepo | Alep | Алеппо | kind=city
SY | Latakia | | | Latakia | Lattaquié | Латакия | kind=city
LB | Beirut | | | | Beyrouth | Бейрут | kind=capital
JO | Amman | | | Amán | | Амман | kind=capital
JO | Aqaba | | | Áqaba | | Акаба | kind=city
IL | Jerusalem | | Yerusalem | Jerusalén | Jérusalem | Иерусалим | kind=capital
IL | Tel Aviv | | | Tel Aviv | Tel-Aviv | Тель-Авив | kind=city
IL | Haifa | | | | Haïfa | Хайфа | kind=city
PS | Ramallah | | | Ramala | | Рамалла | kind=city
PS | Gaza City | | Kota Gaza | Ciudad de Gaza | ville de Gaza | город Газа | kind=city
PS | Rafah | | | | | Рафах | kind=city
PS | East Jerusalem | | Yerusalem Timur | Jerusalén Este, Jerusalén Oriental | Jérusalem-Est | Восточный Иерусалим | kind=capital
PK | Islamabad | | | | | Исламабад | kind=capital
PK | Karachi | | | | | Карачи | kind=city
PK | Lahore | | | | | Лахор | kind=city
BD | Dhaka | | | Daca | Dacca | Дакка | kind=capital
LK | Colombo | | | | | Коломбо | kind=capital
NP | Kathmandu | | | Katmandú | Katmandou | Катманду | kind=capital
AF | Kabul | | | | Kaboul | Кабул | kind=capital
MV | Malé | !Male | | | | Мале | kind=capital
MN | Ulaanbaatar | Ulan Bator | | Ulán Bator | Oulan-Bator | Улан-Батор | kind=capital
VN | Hanoi | | | Hanói | Hanoï | Ханой | kind=capital
VN | Ho Chi Minh City | Saigon | Kota Ho Chi Minh | Ciudad Ho Chi Minh | Hô-Chi-Minh-Ville | Хошимин | kind=city
VN | Da Nang | Danang | | | | Дананг | kind=city
TH | Bangkok | | | | | Бангкок | kind=capital
TH | Pattaya | | | | | Паттайя | kind=resort
TH | Chiang Mai | | | | | Чиангмай | kind=city
TH | Phuket | | | | | Пхукет | kind=island
KH | Phnom Penh | | | Nom Pen | | Пномпень | kind=capital
KH | Siem Reap | | | | | Сиемреап | kind=city
LA | Vientiane | | | Vientián | | Вьентьян | kind=capital
LA | Luang Prabang | | | | | Луангпхабанг | kind=city
MM | Naypyidaw | Nay Pyi Taw, Naypyitaw | | Naipyidó | | Нейпьидо | kind=capital
MM | Yangon | Rangoon | | Rangún | Rangoun | Янгон | kind=city
MM | Mandalay | | | | | Мандалай | kind=city
MY | Kuala Lumpur | | | | | Куала-Лумпур | kind=capital
MY | Putrajaya | | | | | Путраджайя | kind=city
MY | Langkawi | | | | | Лангкави | kind=island
SG | Singapore | | Singapura | Singapur | Singapour | Сингапур | kind=capital
PH | Manila | | | | Manille | Манила | kind=capital
PH | Davao | Davao City | | | | Давао | kind=city
BN | Bandar Seri Begawan | | | | | Бандар-Сери-Бегаван | kind=capital
TL | Dili | | | | | Дили | kind=capital
AU | Canberra | | | | | Канберра | kind=capital
AU | Sydney | | | Sídney | | Сидней | kind=city
AU | Melbourne | | | | | Мельбурн | kind=city
AU | Perth | | | | | Перт | kind=city
AU | Brisbane | | | | | Брисбен | kind=city
NZ | Wellington | | | | | Веллингтон | kind=capital
NZ | Auckland | | | | | Окленд | kind=city
FJ | Suva | | | | | Сува | kind=capital
PG | Port Moresby | | | Port Moresby | Port Moresby | Порт-Морсби | kind=capital
WS | Apia | | | | | Апиа | kind=capital
SB | Honiara | | | | | Хониара | kind=capital
TO | Nukuʻalofa | Nuku'alofa, Nukualofa | | | | Нукуалофа | kind=capital
ZA | Pretoria | Tshwane | | | | Претория | kind=capital
ZA | Johannesburg | Joburg | | Johannesburgo | | Йоханнесбург | kind=city
ZA | Cape Town | | Cape Town | Ciudad del Cabo | Le Cap | Кейптаун | kind=city
ZA | Durban | | | | | Дурбан | kind=city
ZA | Sandton | | | | | Сэндтон | kind=city
NG | Abuja | | | | | Абуджа | kind=capital
NG | Lagos | | | | | Лагос | kind=city
KE | Nairobi | | | | | Найроби | kind=capital
KE | Mombasa | | | | | Момбаса | kind=city
ET | Addis Ababa | | Addis Ababa | Adís Abeba | Addis-Abeba | Аддис-Абеба | kind=capital
TZ | Dodoma | | | | | Додома | kind=capital
TZ | Dar es Salaam | | | Dar es-Salam | Dar es Salam | Дар-эс-Салам | kind=city
TZ | Arusha | | | | | Аруша | kind=city
TZ | Zanzibar | | | | | Занзибар | kind=island
DZ | Algiers | | Aljir | Argel | Alger | !Алжир | kind=capital
MA | Rabat | | | | | Рабат | kind=capital
MA | Marrakesh | Marrakech | Marrakesh | Marrakech | Marrakech | Марракеш | kind=city
MA | Casablanca | | | | | Касабланка | kind=city
TN | Tunis | | | !Túnez | | !Тунис | kind=capital
LY | Tripoli | | | Trípoli | | Триполи | kind=capital amb
LY | Benghazi | | | Bengasi | Benghazi | Бенгази | kind=city
SD | Khartoum | | | Jartum | | Хартум | kind=capital
SD | Port Sudan | | | Puerto Sudán | Port-Soudan | Порт-Судан | kind=city
SS | Juba | | | Yuba | Djouba | Джуба | kind=capital
SN | Dakar | | | | | Дакар | kind=capital
CI | Abidjan | | | Abiyán | | Абиджан | kind=city
CI | Yamoussoukro | | | Yamusukro | | Ямусукро | kind=capital
GH | Accra | | | Acra | | Аккра | kind=capital
AO | Luanda | | | | | Луанда | kind=capital
MZ | Maputo | | | | | Мапуту | kind=capital
ZW | Harare | | | | | Хараре | kind=capital
ZW | Victoria Falls | | Air Terjun Victoria | Cataratas Victoria | chutes Victoria | Виктория-Фолс | kind=town
ZM | Lusaka | | | | | Лусака | kind=capital
UG | Kampala | | | | | Кампала | kind=capital
UG | Entebbe | | | | | Энтеббе | kind=city
RW | Kigali | | | | | Кигали | kind=capital
CD | Kinshasa | | | | | Киншаса | kind=capital
CD | Goma | | | !Goma | | Гома | kind=city
CG | Brazzaville | | | | | Браззавиль | kind=capital
CM | Yaoundé | Yaounde | | Yaundé | | Яунде | kind=capital
ML | Bamako | | | | | Бамако | kind=capital
NE | Niamey | | | | | Ниамей | kind=capital
BF | Ouagadougou | | | Uagadugú | | Уагадугу | kind=capital
GA | Libreville | | | | | Либревиль | kind=capital
NA | Windhoek | | | | | Виндхук | kind=capital
BW | Gaborone | | | | | Габороне | kind=capital
MG | Antananarivo | | | | Tananarive, Antananarivo | Антананариву | kind=capital
SO | Mogadishu | | Mogadishu | Mogadiscio | Mogadiscio | Могадишо | kind=capital
DJ | Djibouti City | | Kota Djibouti | Ciudad de Yibuti | ville de Djibouti | город Джибути | kind=capital
ER | Asmara | | !Asmara | | | Асмэра | kind=capital
BR | Brasília | Brasilia | Brasilia | Brasilia | Brasilia | Бразилиа | kind=capital
BR | Rio de Janeiro | Rio | | Río de Janeiro | | Рио-де-Жанейро | kind=city
BR | São Paulo | Sao Paulo | | | | Сан-Паулу | kind=city
BR | Belém | Belem | | | | Белен | kind=city
BR | Foz do Iguaçu | Foz do Iguacu | | | | Фос-ду-Игуасу | kind=city
BR | Fortaleza | | | !Fortaleza | | Форталеза | kind=city
AR | Buenos Aires | | | | | Буэнос-Айрес | kind=capital
MX | Mexico City | | Kota Meksiko | Ciudad de México | !Mexico | Мехико | kind=capital
MX | Cancún | Cancun | | | | Канкун | kind=resort
MX | Monterrey | | | | | Монтеррей | kind=city
MX | Guadalajara | | | | | Гвадалахара | kind=city
CL | Santiago | Santiago de Chile | | Santiago de Chile | | Сантьяго | kind=capital
CL | Valparaíso | Valparaiso | | | | Вальпараисо | kind=city
CO | Bogotá | Bogota | | | Bogota | Богота | kind=capital
CO | Cartagena | | | Cartagena de Indias | Carthagène | Картахена | kind=city
PE | Lima | | !Lima | | | Лима | kind=capital
VE | Caracas | | | | | Каракас | kind=capital
CU | Havana | | | La Habana | La Havane | Гавана | kind=capital
BO | La Paz | | | !La Paz | | Ла-Пас | kind=city
BO | Sucre | | | | | Сукре | kind=capital
EC | Quito | | | | | Кито | kind=capital
UY | Montevideo | | | | | Монтевидео | kind=capital
UY | Punta del Este | | | | | Пунта-дель-Эсте | kind=resort
PY | Asunción | Asuncion | | | Asuncion | Асунсьон | kind=capital
NI | Managua | | | | | Манагуа | kind=capital
PA | Panama City | | Kota Panama | Ciudad de Panamá | !Panama | !Панама | kind=capital
GT | Guatemala City | | Kota Guatemala | Ciudad de Guatemala | !Guatemala | !Гватемала | kind=capital
CR | San José | San Jose | | | | Сан-Хосе | kind=capital amb
HN | Tegucigalpa | | | | | Тегусигальпа | kind=capital
SV | San Salvador | | | | | Сан-Сальвадор | kind=capital
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
GB | London | | | Londres | Londres | Лондон | kind=capital
GB | Edinburgh | | | Edimburgo | Édimbourg | Эдинбург | kind=city
GB | Glasgow | | | Glasgow | Glasgow | Глазго | kind=city
GB | Manchester | | | | | Манчестер | kind=city
GB | Downing Street | 10 Downing Street, Number 10 | | | | Даунинг-стрит | kind=venue in=GB:london metonym
GB | Chequers | | | | | Чекерс | kind=venue
FR | Paris | | | París | | Париж | kind=capital
FR | Marseille | Marseilles | | Marsella | | Марсель | kind=city
FR | Lyon | Lyons | | | | Лион | kind=city
FR | Strasbourg | | | Estrasburgo | | Страсбург | kind=city
FR | Biarritz | | | | | Биарриц | kind=resort
FR | Cannes | | | | | Канны | kind=resort
FR | Évian-les-Bains | Evian, Évian | Evian | Evian | Évian, Evian | Эвиан, Эвиан-ле-Бен | kind=resort
FR | Élysée Palace | Elysee Palace, Élysée, Elysee | Istana Élysée, Istana Elysee | Palacio del Elíseo, Elíseo | palais de l'Élysée, Élysée | Елисейский дворец | kind=venue in=FR:paris metonym
DE | Berlin | | | Berlín | | Берлин | kind=capital
DE | Munich | | München | Múnich | | Мюнхен | kind=city
DE | Hamburg | | | Hamburgo | Hambourg | Гамбург | kind=city
DE | Frankfurt | Frankfurt am Main | | Fráncfort | Francfort | Франкфурт-на-Майне, Франкфурт | kind=city
DE | Bonn | | | | | Бонн | kind=city
DE | Cologne | Köln | Köln, Koln | !Colonia | | Кёльн | kind=city
DE | Dresden | | | Dresde | Dresde | Дрезден | kind=city
DE | Elmau | Schloss Elmau | | | | Эльмау | kind=resort
DE | Ramstein | Ramstein Air Base | | | | Рамштайн | kind=town
IT | Rome | | Roma | Roma | | Рим | kind=capital
IT | Milan | | Milan | Milán | | Милан | kind=city
IT | Naples | | Napoli | Nápoles | | Неаполь | kind=city
IT | Venice | | Venesia | Venecia | Venise | Венеция | kind=city
IT | Florence | | Firenze | Florencia | | Флоренция | kind=city
IT | Turin | | Turin | Turín | | Турин | kind=city
IT | Apulia | Puglia, Borgo Egnazia | Puglia | Apulia, Borgo Egnazia | Pouilles, Borgo Egnazia | Апулия, Борго-Эньяция | kind=region
VA | Vatican City | Vatican | Vatikan | Ciudad del Vaticano | Cité du Vatican | Ватикан | kind=capital
ES | Madrid | | | | | Мадрид | kind=capital
ES | Barcelona | | | | Barcelone | Барселона | kind=city
ES | Seville | | Sevilla | Sevilla | Séville | Севилья | kind=city
ES | Valencia | | | | !Valence | Валенсия | kind=city amb
PT | Lisbon | | Lisboa | Lisboa | Lisbonne | Лиссабон | kind=capital
PT | Porto | Oporto | | Oporto | | !Порту | kind=city
BE | Brussels | | Brussel | Bruselas | Bruxelles | Брюссель | kind=capital
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
AT | Vienna | | Wina | Viena | !Vienne | Вена | kind=capital
AT | Salzburg | | | Salzburgo | Salzbourg | Зальцбург | kind=city
PL | Warsaw | | Warsawa | Varsovia | Varsovie | Варшава | kind=capital
PL | Kraków | Krakow, Cracow | Krakow | Cracovia | Cracovie | Краков | kind=city
PL | Rzeszów | Rzeszow | | | | Жешув | kind=city
CZ | Prague | | Praha | Praga | | Прага | kind=capital
HU | Budapest | | | | | Будапешт | kind=capital
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
BG | Sofia | | | !Sofía | | София | kind=capital amb
GR | Athens | | Athena | Atenas | Athènes | Афины | kind=capital
CY | Nicosia | | | | Nicosie | Никосия | kind=capital
MT | Valletta | | | La Valeta | La Valette | Валлетта | kind=capital
IE | Dublin | | | Dublín | | Дублин | kind=capital
IS | Reykjavík | Reykjavik | Reykjavik | Reikiavik | Reykjavik | Рейкьявик | kind=capital
NO | Oslo | | | | | Осло | kind=capital
SE | Stockholm | | | Estocolmo | | Стокгольм | kind=capital
FI | Helsinki | | | | Helsinki | Хельсинки | kind=capital
DK | Copenhagen | | Kopenhagen | Copenhague | Copenhague | Копенгаген | kind=capital
EE | Tallinn | | | Tallin | | Таллин | kind=capital
LV | Riga | | | | | Рига | kind=capital
LT | Vilnius | | | | | Вильнюс | kind=capital
BY | Minsk | | | | | Минск | kind=capital
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
MD | Chișinău | Chisinau, Kishinev | Chisinau | Chisináu | Chisinau | Кишинёв | kind=capital
GE | Tbilisi | | | Tiflis | Tbilissi | Тбилиси | kind=capital
GE | Batumi | | | | Batoumi | Батуми | kind=city
AM | Yerevan | | | Ereván | Erevan | Ереван | kind=capital
AZ | Baku | | !Baku | Bakú | Bakou | Баку | kind=capital
KZ | Astana | Nur-Sultan | | | | Астана, Нур-Султан | kind=capital
KZ | Almaty | Alma-Ata | | | | Алма-Ата, Алматы | kind=city
KZ | Aktau | | | | | Актау | kind=city
KZ | Shymkent | | | | Chymkent | Шымкент | kind=city
KG | Bishkek | | | Biskek | Bichkek | Бишкек | kind=capital
KG | Cholpon-Ata | | | | Tcholpon-Ata | Чолпон-Ата | kind=resort
TJ | Dushanbe | | | Dusambé | Douchanbé | Душанбе | kind=capital
TM | Ashgabat | Ashkhabad | | Asjabad | Achgabat | Ашхабад | kind=capital
TM | Avaza | | | | | Аваза | kind=resort
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
"""
