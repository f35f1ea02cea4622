# ruff: noqa: E501  (data tables: one entry a line reads better than wrapped lines)
"""Hand-curated people likely in diplomatic news 2022-2026 (heads of state and government, foreign
ministers, security advisers, heads of organisations). No offices here: offices come from articles.

Columns: country code | canonical name (its slug is the id) | Wikidata QID if checked, else empty |
aliases separated by ";" (transliterations used by English, Indonesian, Spanish, French and Russian
media; Russian in the nominative only: the extraction code lemmatizes). The generator adds
diacritic-free forms and both apostrophes. The country is the person's own (EU/UN officials too).
"""

PEOPLE = """
# ---------------------------------------------------------------- Russia
RU | Vladimir Putin | Q7747 | Vladimir Vladimirovich Putin; Wladimir Putin; Vladímir Putin; Vladimir Poutine; Владимир Путин; Владимир Владимирович Путин
RU | Sergei Lavrov | | Sergey Lavrov; Sergei Viktorovich Lavrov; Serguéi Lavrov; Sergueï Lavrov; Сергей Лавров; Сергей Викторович Лавров
RU | Mikhail Mishustin | | Mikhail Vladimirovich Mishustin; Mijaíl Mishustin; Mikhaïl Michoustine; Михаил Мишустин; Михаил Владимирович Мишустин
RU | Dmitry Peskov | | Dmitri Peskov; Dmitriy Peskov; Dmitri Peskov; Дмитрий Песков; Дмитрий Сергеевич Песков
RU | Maria Zakharova | | Mariya Zakharova; Maria Zajárova; María Zajárova; Maria Zakharova; Мария Захарова; Мария Владимировна Захарова
RU | Sergei Shoigu | | Sergey Shoigu; Serguéi Shoigú; Sergueï Choïgou; Сергей Шойгу; Сергей Кужугетович Шойгу
RU | Andrei Belousov | | Andrey Belousov; Andréi Beloúsov; Andreï Belooussov; Андрей Белоусов; Андрей Рэмович Белоусов
RU | Nikolai Patrushev | | Nikolay Patrushev; Nikolái Pátrushev; Nikolaï Patrouchev; Николай Патрушев
RU | Yuri Ushakov | | Yury Ushakov; Yuri Ushakov; Iouri Ouchakov; Юрий Ушаков; Юрий Викторович Ушаков
RU | Valentina Matviyenko | | Valentina Matvienko; Valentina Matvienko; Валентина Матвиенко
RU | Vyacheslav Volodin | | Viacheslav Volodin; Viacheslav Volodin; Viatcheslav Volodine; Вячеслав Володин
RU | Sergei Ryabkov | | Sergey Ryabkov; Serguéi Riabkov; Sergueï Riabkov; Сергей Рябков
RU | Andrei Rudenko | | Andrey Rudenko; Andréi Rudenko; Andreï Roudenko; Андрей Руденко
RU | Kirill Dmitriev | | Kirill Dmítriev; Kirill Dmitriev; Кирилл Дмитриев
RU | Dmitry Medvedev | | Dmitri Medvedev; Dmitriy Medvedev; Dmitri Médvedev; Дмитрий Медведев; Дмитрий Анатольевич Медведев
RU | Vassily Nebenzia | | Vasily Nebenzya; Vasily Nebenzia; Vassili Nebenzia; Vasili Nebenzia; Василий Небензя
RU | Alexei Overchuk | | Alexey Overchuk; Alekséi Overchuk; Alexeï Overtchouk; Алексей Оверчук
RU | Sergei Naryshkin | | Sergey Naryshkin; Serguéi Narishkin; Sergueï Narychkine; Сергей Нарышкин
RU | Vladimir Medinsky | | Vladímir Medinski; Vladimir Medinski; Владимир Мединский
RU | Alexander Grushko | | Aleksandr Grushko; Alexandr Grushko; Alexandre Grouchko; Александр Грушко
RU | Mikhail Galuzin | | Mijaíl Galuzin; Mikhaïl Galouzine; Михаил Галузин
# ---------------------------------------------------------------- China
CN | Xi Jinping | Q15031 | Си Цзиньпин
CN | Li Qiang | | Ли Цян
CN | Wang Yi | | Ван И
CN | Li Keqiang | | Ли Кэцян
CN | Qin Gang | | Цинь Ган
CN | Zhao Leji | | Чжао Лэцзи
CN | Wang Huning | | Ван Хунин
CN | Han Zheng | | Хань Чжэн
CN | Ding Xuexiang | | Дин Сюэсян
CN | Cai Qi | | Цай Ци
CN | Dong Jun | | Дун Цзюнь
CN | Li Shangfu | | Ли Шанфу
CN | Wang Wentao | | Ван Вэньтао
CN | He Lifeng | | Хэ Лифэн
CN | Mao Ning | | Мао Нин
CN | Wang Wenbin | | Ван Вэньбинь
CN | Lin Jian | | Линь Цзянь
CN | Guo Jiakun | | Го Цзякунь
CN | Fu Cong | | Фу Цун
CN | Ma Zhaoxu | | Ма Чжаосюй
CN | Liu Jianchao | | Лю Цзяньчао
CN | Zhang Hanhui | | Чжан Ханьхуэй
CN | Zhang Jun | | Чжан Цзюнь
CN | Zhang Ming | | Чжан Мин
# ---------------------------------------------------------------- United States
US | Joe Biden | Q6279 | Joseph Biden; Joseph R. Biden; Joseph Robinette Biden; Джо Байден; Джозеф Байден
US | Donald Trump | Q22686 | Donald J. Trump; Donald John Trump; Дональд Трамп
US | Kamala Harris | | Камала Харрис
US | JD Vance | | J.D. Vance; James David Vance; Джей Ди Вэнс; Джеймс Дэвид Вэнс
US | Antony Blinken | | Anthony Blinken; Энтони Блинкен
US | Marco Rubio | | Марко Рубио
US | Jake Sullivan | | Джейк Салливан
US | Mike Waltz | | Michael Waltz; Майк Уолтц
US | Lloyd Austin | | Ллойд Остин
US | Pete Hegseth | | Пит Хегсет; Пит Хегсетт
US | Steve Witkoff | | Steven Witkoff; Стив Уиткофф; Стивен Уиткофф
US | Linda Thomas-Greenfield | | Линда Томас-Гринфилд
US | Janet Yellen | | Джанет Йеллен
US | Scott Bessent | | Скотт Бессент
US | Keith Kellogg | | Кит Келлог; Кит Келлогг
US | Kurt Campbell | | Курт Кэмпбелл
US | Nancy Pelosi | | Нэнси Пелоси
US | William Burns | | Bill Burns; Уильям Бёрнс; Уильям Бернс
US | Ajay Banga | | Аджай Банга
# ---------------------------------------------------------------- India
IN | Narendra Modi | Q1058 | Narendra Damodardas Modi; Нарендра Моди
IN | Subrahmanyam Jaishankar | | S. Jaishankar; S Jaishankar; Jaishankar; Субраманьям Джайшанкар; Субрахманьям Джайшанкар
IN | Ajit Doval | | Аджит Довал
IN | Droupadi Murmu | | Драупади Мурму
IN | Rajnath Singh | | Раджнатх Сингх
IN | Vikram Misri | | Викрам Мисри
# ---------------------------------------------------------------- Indonesia
ID | Joko Widodo | | Jokowi; Джоко Видодо
ID | Prabowo Subianto | | Prabowo; Прабово Субианто
ID | Retno Marsudi | | Retno L.P. Marsudi; Retno Lestari Priansari Marsudi; Ретно Марсуди
ID | Sugiono | | Сугионо
ID | Gibran Rakabuming Raka | | Gibran Rakabuming; Гибран Ракабуминг Рака
ID | Ma'ruf Amin | | Маруф Амин
ID | Luhut Binsar Pandjaitan | | Luhut Pandjaitan; Лухут Бинсар Панджайтан
ID | Airlangga Hartarto | | Айрланга Хартарто
ID | Sri Mulyani Indrawati | | Sri Mulyani; Шри Мульяни Индравати
ID | Sjafrie Sjamsoeddin | | Sjafrie Sjamsuddin; Шафри Шамсуддин
ID | Arrmanatha Nasir | | Arrmanatha Christiawan Nasir; Арманата Насир
ID | Anis Matta | | Анис Матта
ID | Prasetyo Hadi | | Прасетьо Хади
# ---------------------------------------------------------------- Brazil, South Africa
BR | Luiz Inácio Lula da Silva | Q37181 | Lula da Silva; Lula; Луис Инасиу Лула да Силва; Лула да Силва
BR | Mauro Vieira | | Мауро Виейра
BR | Celso Amorim | | Селсу Аморим
BR | Jair Bolsonaro | | Жаир Болсонару
BR | Dilma Rousseff | | Дилма Руссефф; Дилма Русеф
ZA | Cyril Ramaphosa | | Matamela Cyril Ramaphosa; Сирил Рамафоса
ZA | Naledi Pandor | | Наледи Пандор
ZA | Ronald Lamola | | Рональд Ламола
# ---------------------------------------------------------------- Türkiye, Iran, Gulf, Middle East
TR | Recep Tayyip Erdoğan | Q39259 | Recep Tayyip Erdogan; Tayyip Erdoğan; Реджеп Тайип Эрдоган
TR | Hakan Fidan | | Хакан Фидан
TR | Mevlüt Çavuşoğlu | | Mevlut Cavusoglu; Мевлют Чавушоглу
IR | Ebrahim Raisi | | Ebrahim Raeesi; Ebrahim Raïssi; Ebrahim Raisí; Ибрахим Раиси; Эбрахим Раиси
IR | Masoud Pezeshkian | | Massoud Pezeshkian; Masud Pezeshkian; Масуд Пезешкиан
IR | Hossein Amir-Abdollahian | | Hossein Amirabdollahian; Hosein Amir Abdolahian; Хосейн Амир Абдоллахиан
IR | Abbas Araghchi | | Abbas Araqchi; Abbas Araqchí; Аббас Аракчи
IR | Ali Khamenei | | Ayatollah Ali Khamenei; Ali Jamenei; Ali Khamenei; Али Хаменеи
IR | Ali Akbar Ahmadian | | Али Акбар Ахмадиан
IR | Ali Larijani | | Али Лариджани
SA | Mohammed bin Salman | | Mohammed bin Salman Al Saud; Mohammad bin Salman; Muhammad bin Salman; Mohamed bin Salmán; Mohammed ben Salmane; MBS; Мухаммед бен Сальман
SA | Salman bin Abdulaziz Al Saud | | King Salman; Salman bin Abdulaziz; Salmán bin Abdulaziz; Salmane ben Abdelaziz; Сальман бен Абдель Азиз Аль Сауд
SA | Faisal bin Farhan | | Faisal bin Farhan Al Saud; Faisal bin Farhan Al-Saud; Fayçal ben Farhane; Файсал бен Фархан
AE | Mohamed bin Zayed Al Nahyan | | Mohamed bin Zayed; Mohammed bin Zayed; MBZ; Mohamed ben Zayed; Мухаммед бен Заид Аль Нахайян
AE | Abdullah bin Zayed Al Nahyan | | Abdullah bin Zayed; Abdallah ben Zayed; Абдалла бен Заид Аль Нахайян
QA | Tamim bin Hamad Al Thani | | Tamim bin Hamad; Tamim ben Hamad Al-Thani; Тамим бен Хамад Аль Тани
QA | Mohammed bin Abdulrahman Al Thani | | Mohammed bin Abdulrahman; Mohamed bin Abdulrahman Al Thani; Мухаммед бен Абдеррахман Аль Тани
EG | Abdel Fattah el-Sisi | | Abdel Fattah al-Sisi; Abdel Fattah El Sisi; Abdelfatah al Sisi; Abdel Fattah al-Sissi; Абдель Фаттах ас-Сиси
EG | Sameh Shoukry | | Sameh Shukri; Самех Шукри
EG | Badr Abdelatty | | Badr Abdel Aty; Бадр Абдель Ати
IL | Benjamin Netanyahu | Q43723 | Binyamin Netanyahu; Benjamín Netanyahu; Benyamin Netanyahou; Биньямин Нетаньяху; Беньямин Нетаньяху
IL | Isaac Herzog | | Isaac Herzog; Ицхак Герцог
IL | Yair Lapid | | Яир Лапид
IL | Naftali Bennett | | Нафтали Беннет
IL | Eli Cohen | | Эли Коэн
IL | Israel Katz | | Исраэль Кац
IL | Gideon Sa'ar | | Gideon Saar; Гидеон Саар
PS | Mahmoud Abbas | | Mahmud Abbas; Abu Mazen; Махмуд Аббас
SY | Bashar al-Assad | | Bashar Assad; Bachar al-Assad; Башар Асад; Башар аль-Асад
SY | Ahmed al-Sharaa | | Ahmad al-Sharaa; Ahmed al-Charaa; Ahmed al Sharaa; Abu Mohammed al-Jolani; Abu Mohammad al-Julani; Ахмед аш-Шараа; Абу Мухаммад аль-Джулани
SY | Asaad al-Shaibani | | Asaad Hassan al-Shaibani; Асаад аш-Шейбани
IQ | Mohammed Shia al-Sudani | | Mohammed Shia' al-Sudani; Мухаммед Шиа ас-Судани
JO | Abdullah II | | King Abdullah II; Abdalá II; Abdallah II; Абдалла II
JO | Ayman Safadi | | Айман Сафади
OM | Haitham bin Tariq | | Haitham bin Tarik Al Said; Хайсам бен Тарик
OM | Badr Albusaidi | | Badr al-Busaidi; Бадр аль-Бусаиди
KW | Haitham Al Ghais | | Haitham al-Ghais; Хайсам аль-Гайс
EG | Ahmed Aboul Gheit | | Ahmed Abul Gheit; Ahmed Aboul Gheit; Ахмед Абуль Гейт
# ---------------------------------------------------------------- Ukraine, Europe's east
UA | Volodymyr Zelenskyy | Q3874799 | Volodymyr Zelensky; Volodimir Zelenski; Volodymyr Zelensky; Volodímir Zelenski; Volodymyr Zelenski; Владимир Зеленский; Володимир Зеленський
UA | Dmytro Kuleba | | Dmitro Kuleba; Dmitri Kuleba; Дмитрий Кулеба
UA | Andrii Sybiha | | Andriy Sybiha; Andrii Sybiga; Андрей Сибига
UA | Andriy Yermak | | Andrii Yermak; Andrí Yermak; Andriy Iermak; Андрей Ермак
UA | Rustem Umerov | | Рустем Умеров
UA | Denys Shmyhal | | Denis Shmygal; Denys Chmyhal; Денис Шмыгаль
UA | Yulia Svyrydenko | | Yuliia Svyrydenko; Юлия Свириденко
BY | Alexander Lukashenko | Q2866 | Aleksandr Lukashenko; Alyaksandr Lukashenka; Aliaksandr Lukashenka; Alexandr Lukashenko; Alexandre Loukachenko; Александр Лукашенко
BY | Maxim Ryzhenkov | | Maksim Ryzhenkov; Максим Рыженков
BY | Vladimir Makei | | Uladzimir Makei; Владимир Макей
MD | Maia Sandu | | Майя Санду
# ---------------------------------------------------------------- Central Asia, Caucasus, Mongolia
KZ | Kassym-Jomart Tokayev | | Kassym-Jomart Tokaev; Kasym-Zhomart Tokayev; Kasim-Yomart Tokáyev; Kassym-Jomart Tokaïev; Касым-Жомарт Токаев
KZ | Murat Nurtleu | | Мурат Нуртлеу
KZ | Yermek Kosherbayev | | Ермек Кошербаев
UZ | Shavkat Mirziyoyev | | Shavkat Mirziyoev; Shavkat Mirziyóyev; Chavkat Mirziyoyev; Шавкат Мирзиёев
UZ | Bakhtiyor Saidov | | Bakhtiyor Saidov; Бахтиёр Саидов
KG | Sadyr Japarov | | Sadyr Zhaparov; Sadir Zhapárov; Sadyr Japarov; Садыр Жапаров
KG | Jeenbek Kulubaev | | Zheenbek Kulubaev; Жээнбек Кулубаев
TJ | Emomali Rahmon | | Emomali Rajmón; Emomalii Rahmon; Эмомали Рахмон
TJ | Sirojiddin Muhriddin | | Sirojiddin Mukhriddin; Сироджиддин Мухриддин
TM | Serdar Berdimuhamedov | | Serdar Berdymukhamedov; Serdar Berdimujamédov; Serdar Berdimouhamedov; Сердар Бердымухамедов
TM | Gurbanguly Berdimuhamedov | | Gurbanguly Berdymukhamedov; Gurbanguly Berdimujamédov; Гурбангулы Бердымухамедов
TM | Rashid Meredov | | Рашид Мередов
AZ | Ilham Aliyev | | Ilham Aliev; Ilham Alíev; Ilham Aliev; Ильхам Алиев
AZ | Jeyhun Bayramov | | Джейхун Байрамов
AM | Nikol Pashinyan | Q7035479 | Nikol Pashinián; Nikol Pachinian; Никол Пашинян
AM | Ararat Mirzoyan | | Арарат Мирзоян
GE | Irakli Kobakhidze | | Ираклий Кобахидзе
MN | Ukhnaagiin Khürelsükh | | Ukhnaa Khurelsukh; Khurelsukh Ukhnaa; Ухнаагийн Хурэлсух
# ---------------------------------------------------------------- East and Southeast Asia
JP | Fumio Kishida | | Фумио Кисида
JP | Shigeru Ishiba | | Сигэру Исиба
JP | Sanae Takaichi | | Санаэ Такаити
JP | Yoko Kamikawa | | Ёко Камикава
JP | Takeshi Iwaya | | Такэси Ивая
JP | Yoshimasa Hayashi | | Ёсимаса Хаяси
KR | Yoon Suk Yeol | | Yoon Suk-yeol; Yoon Seok-youl; Юн Сок Ёль
KR | Lee Jae-myung | | Lee Jae Myung; Ли Чжэ Мён; Ли Джэ Мён
KR | Park Jin | | Пак Чин
KR | Cho Tae-yul | | Cho Tae Yul; Чо Тхэ Ёль
KR | Cho Hyun | | Чо Хён
KP | Kim Jong Un | Q56226 | Kim Jong-un; Kim Jong-Un; Ким Чен Ын
KP | Choe Son Hui | | Choe Son-hui; Choe Son-Hui; Цой Сон Хи
KP | Kim Yo Jong | | Kim Yo-jong; Ким Ё Чжон
MY | Anwar Ibrahim | | Анвар Ибрагим
MY | Mohamad Hasan | | Мохамад Хасан
MY | Ismail Sabri Yaakob | | Исмаил Сабри Якоб
SG | Lee Hsien Loong | | Ли Сянь Лун
SG | Lawrence Wong | | Лоуренс Вонг
SG | Vivian Balakrishnan | | Вивиан Балакришнан
TH | Prayut Chan-o-cha | | Prayuth Chan-ocha; Прают Чан-Оча
TH | Srettha Thavisin | | Сретта Тхависин
TH | Paetongtarn Shinawatra | | Пхэтхонгтхан Чиннават
TH | Anutin Charnvirakul | | Анутин Чанвиракун
TH | Maris Sangiampongsa | | Марис Сангиампонгса
VN | To Lam | | Tô Lâm; То Лам
VN | Nguyen Phu Trong | | Nguyễn Phú Trọng; Нгуен Фу Чонг
VN | Pham Minh Chinh | | Phạm Minh Chính; Фам Минь Тинь
VN | Bui Thanh Son | | Bùi Thanh Sơn; Буй Тхань Шон
VN | Luong Cuong | | Lương Cường; Лыонг Кыонг
VN | Vo Van Thuong | | Võ Văn Thưởng; Во Ван Тхыонг
PH | Ferdinand Marcos Jr. | | Ferdinand Marcos Jr; Bongbong Marcos; Ferdinand Romualdez Marcos Jr.; Фердинанд Маркос-младший
PH | Enrique Manalo | | Энрике Манало
KH | Hun Sen | | Хун Сен
KH | Hun Manet | | Хун Манет
KH | Prak Sokhonn | | Прак Сокхонн
LA | Sonexay Siphandone | | Сонексай Сипхандон
LA | Thongloun Sisoulith | | Тхонглун Сисулит
LA | Saleumxay Kommasith | | Салеумсай Коммасит
MM | Min Aung Hlaing | | Мин Аун Хлайн
BN | Hassanal Bolkiah | | Sultan Hassanal Bolkiah; Хассанал Болкиах
TL | José Ramos-Horta | | Jose Ramos Horta; Жозе Рамуш-Орта
TL | Xanana Gusmão | | Kay Rala Xanana Gusmão; Шанана Гусмау
KH | Kao Kim Hourn | | Као Ким Хоурн
# ---------------------------------------------------------------- South Asia, Oceania
PK | Shehbaz Sharif | | Shahbaz Sharif; Шахбаз Шариф
PK | Ishaq Dar | | Исхак Дар
PK | Asim Munir | | Syed Asim Munir; Асим Мунир
PK | Bilawal Bhutto Zardari | | Билавал Бхутто Зардари
BD | Sheikh Hasina | | Шейх Хасина
BD | Muhammad Yunus | | Мухаммад Юнус
AF | Amir Khan Muttaqi | | Амир Хан Муттаки
AU | Anthony Albanese | | Энтони Албаниз
AU | Penny Wong | | Пенни Вонг
NZ | Christopher Luxon | | Кристофер Лаксон
# ---------------------------------------------------------------- Western Europe, EU, NATO
FR | Emmanuel Macron | Q3052772 | Emmanuel Jean-Michel Frédéric Macron; Эммануэль Макрон
FR | Catherine Colonna | | Катрин Колонна
FR | Stéphane Séjourné | | Стефан Сежурне
FR | Jean-Noël Barrot | | Жан-Ноэль Барро
FR | Michel Barnier | | Мишель Барнье
FR | François Bayrou | | Франсуа Байру
FR | Sébastien Lecornu | | Себастьян Лекорню
DE | Olaf Scholz | Q61053 | Олаф Шольц
DE | Friedrich Merz | | Фридрих Мерц
DE | Annalena Baerbock | | Анналена Бербок
DE | Johann Wadephul | | Иоганн Вадефуль
DE | Frank-Walter Steinmeier | | Франк-Вальтер Штайнмайер
GB | Rishi Sunak | | Риши Сунак
GB | Keir Starmer | | Кир Стармер
GB | Boris Johnson | | Борис Джонсон
GB | Liz Truss | | Лиз Трасс
GB | James Cleverly | | Джеймс Клеверли
GB | David Cameron | | Дэвид Кэмерон
GB | David Lammy | | Дэвид Лэмми
GB | Yvette Cooper | | Иветт Купер
IT | Giorgia Meloni | | Джорджа Мелони
IT | Antonio Tajani | | Антонио Таяни
IT | Sergio Mattarella | | Серджо Маттарелла
ES | Pedro Sánchez | | Pedro Sanchez; Педро Санчес
ES | José Manuel Albares | | Хосе Мануэль Альбарес
HU | Viktor Orbán | | Виктор Орбан
HU | Péter Szijjártó | | Петер Сийярто
RS | Aleksandar Vučić | | Aleksandar Vucic; Александр Вучич
SK | Robert Fico | Q57606 | Роберт Фицо
PL | Donald Tusk | | Дональд Туск
PL | Andrzej Duda | | Анджей Дуда
PL | Radosław Sikorski | | Radoslaw Sikorski; Радослав Сикорский
DE | Ursula von der Leyen | | Урсула фон дер Ляйен
ES | Josep Borrell | | Josep Borrell Fontelles; Жозеп Боррель
EE | Kaja Kallas | | Кая Каллас
BE | Charles Michel | | Шарль Мишель
PT | António Costa | | Antonio Costa; Антониу Кошта
NO | Jens Stoltenberg | | Йенс Столтенберг
NL | Mark Rutte | | Марк Рютте
# ---------------------------------------------------------------- Americas
MX | Andrés Manuel López Obrador | Q318508 | López Obrador; AMLO; Андрес Мануэль Лопес Обрадор
MX | Claudia Sheinbaum | | Claudia Sheinbaum Pardo; Клаудия Шейнбаум
MX | Marcelo Ebrard | | Марсело Эбрард
MX | Juan Ramón de la Fuente | | Хуан Рамон де ла Фуэнте
AR | Javier Milei | | Хавьер Милей
AR | Diana Mondino | | Диана Мондино
AR | Gerardo Werthein | | Херардо Вертхейн
CL | Gabriel Boric | | Габриэль Борич
CO | Gustavo Petro | | Густаво Петро
VE | Nicolás Maduro | Q58132 | Nicolas Maduro; Николас Мадуро
VE | Yván Gil | | Yvan Gil; Иван Хиль
VE | Delcy Rodríguez | | Delcy Rodriguez; Делси Родригес
CU | Miguel Díaz-Canel | | Miguel Diaz-Canel; Мигель Диас-Канель
CU | Bruno Rodríguez Parrilla | | Bruno Rodríguez; Бруно Родригес Паррилья
BO | Luis Arce | | Луис Арсе
NI | Daniel Ortega | | Даниэль Ортега
CA | Justin Trudeau | | Джастин Трюдо
CA | Mark Carney | | Марк Карни
CA | Mélanie Joly | | Melanie Joly; Мелани Жоли
CA | Anita Anand | | Анита Ананд
# ---------------------------------------------------------------- Africa
NG | Bola Tinubu | | Bola Ahmed Tinubu; Бола Тинубу
ET | Abiy Ahmed | | Abiy Ahmed Ali; Абий Ахмед
KE | William Ruto | | Уильям Руто
TD | Moussa Faki Mahamat | | Moussa Faki; Мусса Факи Махамат
DJ | Mahmoud Ali Youssouf | | Махмуд Али Юсуф
TD | Hissein Brahim Taha | | Хисейн Брахим Таха
# ---------------------------------------------------------------- international organisations
PT | António Guterres | Q311440 | Antonio Guterres; Антониу Гутерриш; Антонио Гутерриш
AR | Rafael Grossi | | Rafael Mariano Grossi; Рафаэль Гросси
ET | Tedros Adhanom Ghebreyesus | | Tedros Adhanom; Тедрос Адханом Гебрейесус
BG | Kristalina Georgieva | | Кристалина Георгиева
NG | Ngozi Okonjo-Iweala | | Нгози Оконджо-Ивеала
KZ | Nurlan Yermekbayev | | Nurlan Yermekbaev; Нурлан Ермекбаев
KZ | Imangali Tasmagambetov | | Имангали Тасмагамбетов
VA | Pope Francis | Q450675 | Papa Francisco; Pape François; Paus Fransiskus; Папа Франциск
VA | Pope Leo XIV | | Leo XIV; Robert Prevost; Robert Francis Prevost; Papa León XIV; Pape Léon XIV; Paus Leo XIV; Папа Лев XIV
"""
