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
BR | José Múcio Monteiro | | José Múcio; Жозе Мусиу Монтейру; Жозе Мусиу
ZA | Thandi Modise | | Танди Модисе
ZA | Angie Motshekga | | Angelina Motshekga; Энджи Мотшекга
ZA | Sydney Mufamadi | | Сидни Муфамади
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
SA | Mohammed bin Salman | | Mohammed bin Salman Al Saud; Mohammad bin Salman; Muhammad bin Salman; Mohamed bin Salmán; Mohammed ben Salmane; MBS; Мухаммед бен Сальман; Мухаммед бин Сальман
SA | Salman bin Abdulaziz Al Saud | | King Salman; Salman bin Abdulaziz; Salmán bin Abdulaziz; Salmane ben Abdelaziz; Сальман бен Абдель Азиз Аль Сауд
SA | Faisal bin Farhan Al Saud | | Faisal bin Farhan; Faisal bin Farhan Al-Saud; Fayçal ben Farhane; Faisal bin Farhán; Файсал бен Фархан; Файсал бин Фархан; Фейсал бин Фархан; Фейсал бен Фархан
AE | Mohamed bin Zayed Al Nahyan | | Mohamed bin Zayed; Mohammed bin Zayed; MBZ; Mohamed ben Zayed; Мухаммед бен Заид Аль Нахайян; Мухаммед бин Заид Аль Нахайян
AE | Abdullah bin Zayed Al Nahyan | | Abdullah bin Zayed; Abdallah ben Zayed; Абдалла бен Заид Аль Нахайян
AE | Khaled bin Mohamed Al Nahyan | | Khaled bin Mohamed bin Zayed Al Nahyan; Khaled bin Mohamed bin Zayed; Khalid bin Mohamed Al Nahyan; Khaled ben Mohammed Al Nahyane; Халед бен Мухаммед Аль Нахайян
QA | Tamim bin Hamad Al Thani | | Tamim bin Hamad; Tamim ben Hamad Al-Thani; Тамим бен Хамад Аль Тани; Тамим бин Хамад Аль Тани
QA | Mohammed bin Abdulrahman Al Thani | | Mohammed bin Abdulrahman; Mohammad ben Abdelrahmane Al Thani; Mohammed ben Abderrahmane Al Thani; Mohammed ben Abdelrahmane Al Thani; Mohamed bin Abdulrahman Al Thani; Мухаммед бен Абдеррахман Аль Тани
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
SY | Ahmed al-Sharaa | | Ahmad al-Sharaa; Ahmed al-Charaa; Ahmad al-Charaa; Ahmad el-Chareh; Ahmed el-Chareh; Ahmad al-Chareh; Ahmed al-Chareh; Ahmed al Sharaa; Abu Mohammed al-Jolani; Abu Mohammad al-Julani; Ахмед аш-Шараа; Абу Мухаммад аль-Джулани
SY | Asaad al-Shaibani | | Asaad Hassan al-Shaibani; Асаад аш-Шейбани
IQ | Mohammed Shia al-Sudani | | Mohammed Shia' al-Sudani; Мухаммед Шиа ас-Судани; Мохаммед Шиа ас-Судани
JO | Abdullah II | | King Abdullah II; Abdullah II ibn Al Hussein; Abdullah II bin Al-Hussein; Abdalá II; Abdallah II; Абдалла II
JO | Ayman Safadi | | Айман Сафади
OM | Haitham bin Tariq | | Haitham bin Tarik Al Said; Haitham bin Tarik; Haitham bin Tariq Al Said; Хайсам бен Тарик; Хайсам бин Тарик; Хейсам бен Тарик
OM | Badr Albusaidi | | Badr al-Busaidi; Badr bin Hamad Al Busaidi; Badr bin Hamad Albusaidi; Badr bin Hamad al-Busaidi; Бадр аль-Бусаиди; Бадр бен Хамад аль-Бусаиди; Бадр бин Хамад аль-Бусаиди
KW | Haitham Al Ghais | | Haitham al-Ghais; Хайсам аль-Гайс
EG | Ahmed Aboul Gheit | | Ahmed Abul Gheit; Ahmed Aboul Gheit; Ахмед Абуль Гейт
TR | Yaşar Güler | | Яшар Гюлер
IR | Mohammad Mokhber | | Mohammad Mokhber Dezfuli; Мохаммад Мохбер
IR | Ali Bagheri Kani | | Ali Bagheri; Али Багери Кяни; Али Багери Кани; Али Багери
IQ | Abdul Latif Rashid | | Abdul Latif Jamal Rashid; Abdel Latif Rashid; Abdelatif Rashid; Абдель Латиф Рашид; Абдул Латиф Рашид
IQ | Fuad Hussein | | Fouad Hussein; Fuad Husein; Фуад Хусейн
JO | Bisher Al-Khasawneh | | Bisher al-Khasawneh; Bisher Khasawneh; Bicher al-Khasawneh; Бишр аль-Хасауна; Бишер аль-Хасауне
JO | Jafar Hassan | | Jaafar Hassan; Джафар Хасан
LB | Joseph Aoun | | Joseph Khalil Aoun; Жозеф Аун; Джозеф Аун
LB | Najib Mikati | | Nayib Mikati; Наджиб Микати
LB | Nawaf Salam | | Наваф Салам
LB | Abdallah Bou Habib | | Abdullah Bou Habib; Abdallah Bouhabib; Абдалла Бу Хабиб
LB | Youssef Rajji | | Youssef Raggi; Youssef Raji; Юсеф Раджи; Юсеф Раджжи
SY | Hussein Arnous | | Хусейн Арнус
SY | Mohammed al-Bashir | | Mohammad al-Bashir; Mohammed al Bashir; Mohamed al-Bachir; Мухаммед аль-Башир
SY | Faisal Mekdad | | Fayssal Mekdad; Fayçal Mekdad; Faisal Miqdad; Фейсал Мекдад; Файсал Микдад
SY | Bassam Sabbagh | | Bassam al-Sabbagh; Бассам Саббаг; Бассам ас-Саббаг
PS | Mohammad Shtayyeh | | Mohammed Shtayyeh; Mohammad Shtayeh; Mohamed Shtayeh; Mohammad Chtayyeh; Мухаммед Штайе; Мохаммад Штайе
PS | Mohammad Mustafa | | Mohammed Mustafa; Mohamed Mustafa; Mohammed Moustafa; Мухаммед Мустафа; Мохаммад Мустафа
PS | Riyad al-Maliki | | Riyad al-Malki; Riad Malki; Riyad Al-Maliki; Рияд аль-Малики; Рияд аль-Малки
PS | Varsen Aghabekian | | Varsen Aghabekian Shahin; Варсен Агабекян
SA | Khalid bin Salman Al Saud | | Khalid bin Salman; Khaled bin Salman; Khaled ben Salmane; Jalid bin Salmán; Халид бен Сальман; Халид бин Сальман
SA | Musaed Al-Aiban | | Musaed bin Mohammed Al-Aiban; Musaed al-Aiban; Мусаид аль-Айбан
AE | Mohammed bin Rashid Al Maktoum | | Mohammed bin Rashid; Mohamed bin Rashid Al Maktoum; Mohammed ben Rached Al Maktoum; Mohamed bin Rashid; Мухаммед бен Рашид Аль Мактум; Мухаммед бин Рашид Аль Мактум
KW | Mishal Al-Ahmad Al-Jaber Al-Sabah | | Mishal Al-Ahmad Al-Sabah; Meshal Al-Ahmad Al-Jaber Al-Sabah; Mishal al-Ahmad al-Jaber al-Sabah; Michaal al-Ahmad al-Jaber al-Sabah; Мишааль аль-Ахмед аль-Джабер ас-Сабах; Мишааль аль-Ахмед ас-Сабах
KW | Mohammad Sabah Al-Salem Al-Sabah | | Mohammad Sabah Al-Salem; Mohammad Al-Sabah Al-Salem Al-Sabah; Мухаммед Сабах ас-Салем ас-Сабах
KW | Ahmad Abdullah Al-Ahmad Al-Sabah | | Ahmad Al-Abdullah Al-Ahmad Al-Sabah; Ahmad Al-Abdullah Al-Sabah; Ахмед Абдалла аль-Ахмед ас-Сабах
KW | Salem Abdullah Al-Jaber Al-Sabah | | Salem Al-Abdullah Al-Jaber Al-Sabah; Салем Абдалла аль-Джабер ас-Сабах
KW | Abdullah Ali Al-Yahya | | Abdullah Al-Yahya; Abdullah Ali al-Yahya; Абдалла Али аль-Яхья
BH | Hamad bin Isa Al Khalifa | | Hamad bin Isa; King Hamad bin Isa; Hamad ben Issa Al Khalifa; Hamad bin Isa Al Jalifa; Хамад бен Иса Аль Халифа
BH | Salman bin Hamad Al Khalifa | | Salman bin Hamad; Salman ben Hamad Al Khalifa; Salmán bin Hamad Al Jalifa; Сальман бен Хамад Аль Халифа; Салман бен Хамад Аль Халифа
BH | Abdullatif bin Rashid Al Zayani | | Abdullatif Al Zayani; Abdullatif al-Zayani; Abdellatif Al-Zayani; Абдель Латиф аз-Зайани; Абдель Латиф бен Рашид аз-Зайани
YE | Rashad al-Alimi | | Rashad Al-Alimi; Rachad al-Alimi; Рашад аль-Алими
YE | Ahmed Awad bin Mubarak | | Ahmed bin Mubarak; Ahmed Awad ben Moubarak; Ахмед Авад бен Мубарак
YE | Maeen Abdulmalik | | Maeen Abdulmalik Saeed; Maeen Abdelmalek; Маин Абдельмалик
YE | Salem bin Breik | | Salem Saleh bin Breik; Салем бен Брейк
YE | Shaya al-Zindani | | Shaya Mohsen al-Zindani; Shaya Mohsin Zindani; Шайя аз-Зиндани
EG | Mostafa Madbouly | | Moustafa Madbouly; Mustafa Madbouly; Mostafa Madbouli; Moustafa Madbouli; Mustafa Madbuli; Мустафа Мадбули
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
BY | Sergei Aleinik | | Sergey Aleinik; Siarhei Aleinik; Serguéi Aléinik; Sergueï Aleïnik; Сергей Алейник
BY | Roman Golovchenko | | Raman Halouchanka; Román Golovchenko; Roman Golovtchenko; Роман Головченко
BY | Alexander Turchin | | Aleksandr Turchin; Alexandr Turchin; Alexandre Tourtchine; Александр Турчин
MD | Dorin Recean | | Дорин Речан
MD | Alexandru Munteanu | | Александру Мунтяну
MD | Nicu Popescu | | Нику Попеску
MD | Mihai Popșoi | | Mihai Popşoi; Mihai Popsoi; Михай Попшой
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
KZ | Alikhan Smailov | | Alijan Smaílov; Alikhan Smaïlov; Алихан Смаилов
KZ | Olzhas Bektenov | | Olzhás Bektenov; Oljas Bektenov; Олжас Бектенов
KG | Akylbek Japarov | | Akylbek Zhaparov; Akilbek Zhaparov; Акылбек Жапаров
KG | Adylbek Kasymaliev | | Adylbek Kasymaliyev; Адылбек Касымалиев
TJ | Kokhir Rasulzoda | | Qohir Rasulzoda; Kohir Rasulzoda; Кохир Расулзода
UZ | Abdulla Aripov | | Абдулла Арипов
AZ | Ali Asadov | | Али Асадов
AM | Vahagn Khachaturyan | | Vahagn Khachaturian; Vahagn Jachaturián; Vahagn Khatchatourian; Ваагн Хачатурян
GE | Irakli Garibashvili | | Irakli Garibachvili; Ираклий Гарибашвили
GE | Salome Zourabichvili | | Salome Zurabishvili; Salomé Zurabishvili; Salomé Zourabichvili; Саломе Зурабишвили
GE | Mikheil Kavelashvili | | Mikheïl Kavelachvili; Mijeil Kavelashvili; Михаил Кавелашвили
GE | Ilia Darchiashvili | | Ilia Dartchiachvili; Илья Дарчиашвили
GE | Maka Botchorishvili | | Maka Bochorishvili; Мака Бочоришвили
MN | Luvsannamsrain Oyun-Erdene | | Oyun-Erdene Luvsannamsrai; Luvsannamsrai Oyun-Erdene; Лувсаннамсрайн Оюун-Эрдэнэ
MN | Gombojav Zandanshatar | | Zandanshatar Gombojav; Gombojavyn Zandanshatar; Гомбожавын Занданшатар
MN | Battsetseg Batmunkh | | Batmunkh Battsetseg; Batmunkhiin Battsetseg; Батмунхын Батцэцэг
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
VN | Tran Thanh Man | | Trần Thanh Mẫn; Чан Тхань Ман
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
TW | Tsai Ing-wen | | Tsai Ing wen; Цай Инвэнь
TW | Lai Ching-te | | William Lai; Lai Ching te; Лай Циндэ
TW | Chen Chien-jen | | Chen Chien jen; Чэнь Цзяньжэнь
TW | Cho Jung-tai | | Cho Jung tai; Чжо Жунтай
TW | Joseph Wu | | Wu Jaushieh; Jaushieh Joseph Wu; Джозеф У; У Чжаосе
TW | Lin Chia-lung | | Lin Chia lung; Линь Цзялун
JP | Naruhito | | Нарухито
JP | Toshimitsu Motegi | | Тосимицу Мотэги
JP | Minoru Kihara | | Минору Кихара
JP | Gen Nakatani | | Гэн Накатани
JP | Shinjiro Koizumi | | Shinjirō Koizumi; Синдзиро Коидзуми
JP | Takeo Akiba | | Такэо Акиба
JP | Masataka Okano | | Масатака Окано
KR | Han Duck-soo | | Han Duck Soo; Han Deok-su; Хан Док Су; Хан Дык Су
KR | Choi Sang-mok | | Choi Sang Mok; Чхве Сан Мок; Чой Сан Мок
KR | Kim Min-seok | | Kim Min Seok; Ким Мин Сок
KR | Shin Won-sik | | Shin Won Sik; Син Вон Сик
KR | Kim Yong-hyun | | Kim Yong Hyun; Ким Ён Хён
KR | Ahn Gyu-back | | Ahn Gyu Back; Ан Гю Бэк; Ан Гю Бек
KR | Chang Ho-jin | | Chang Ho Jin; Чан Хо Джин; Чан Хо Чжин
KR | Wi Sung-lac | | Wi Sung Lac; Ви Сон Нак; Ви Сон Рак
KP | Kim Tok Hun | | Kim Tok-hun; Kim Dok Hun; Ким Ток Хун; Ким Док Хун
KP | Pak Thae Song | | Pak Thae-song; Пак Тхэ Сон
KP | Choe Ryong Hae | | Choe Ryong-hae; Чхве Рён Хэ; Цой Рён Хэ
VN | Le Hoai Trung | | Lê Hoài Trung; Ле Хоай Чунг
VN | Vo Thi Anh Xuan | | Võ Thị Ánh Xuân; Во Тхи Ань Суан
KH | Norodom Sihamoni | | King Norodom Sihamoni; Нородом Сиамони
TH | Maha Vajiralongkorn | | King Maha Vajiralongkorn; King Vajiralongkorn; Rama X; Маха Вачиралонгкорн
TH | Parnpree Bahiddha-Nukara | | Parnpree Bahiddha Nukara; Панпри Бахидда-Нукара
TH | Sihasak Phuangketkeow | | Сихасак Пхуангкеткео
TH | Phumtham Wechayachai | | Пхумтхам Вечаячай
MY | Sultan Ibrahim Iskandar | | Sultan Ibrahim; Ibrahim Iskandar of Johor; Sultan Ibrahim of Johor; Ibrahim Iskandar; Sultan Ibrahim Sultan Iskandar; Султан Ибрагим; Султан Ибрагим Искандар
MY | Al-Sultan Abdullah | | Sultan Abdullah; Al-Sultan Abdullah Ri'ayatuddin; Sultan Abdullah Sultan Ahmad Shah; Abdullah of Pahang; Султан Абдулла
SG | Tharman Shanmugaratnam | | Тарман Шанмугаратнам
PH | Theresa Lazaro | | Ma. Theresa Lazaro; Maria Theresa Lazaro; Ma. Theresa P. Lazaro; Тереза Ласаро
BN | Erywan Yusof | | Erywan Pehin Yusof; Dato Erywan Yusof; Эриван Юсоф
TL | Bendito dos Santos Freitas | | Bendito Freitas; Бендиту душ Сантуш Фрейташ
MM | Myint Swe | | Мьинт Шве
MM | Than Swe | | Тан Шве
MM | Nyo Saw | |
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
PK | Asif Ali Zardari | | Асиф Али Зардари
PK | Arif Alvi | | Ариф Алви
PK | Anwaar-ul-Haq Kakar | | Anwaar ul Haq Kakar; Anwar-ul-Haq Kakar; Anwaarul Haq Kakar; Анвар-уль-Хак Какар
PK | Jalil Abbas Jilani | | Джалиль Аббас Джилани
BD | Mohammed Shahabuddin | | Mohammad Shahabuddin; Mohammed Shahabuddin Chuppu; Мохаммед Шахабуддин
BD | Hasan Mahmud | | Hasan Mahmood; Хасан Махмуд
BD | Touhid Hossain | | Md Touhid Hossain; Md. Touhid Hossain; Mohammad Touhid Hossain; Тоухид Хоссейн
LK | Ranil Wickremesinghe | | Ranil Wickramasinghe; Ранил Викремесингхе; Ранил Викрамасингхе
LK | Anura Kumara Dissanayake | | Anura Kumara Dissanayaka; Анура Кумара Диссанаяке
LK | Dinesh Gunawardena | | Dinesh Gunawardane; Динеш Гунавардена
LK | Harini Amarasuriya | | Харини Амарасурия
LK | Ali Sabry | | Mohamed Ali Sabry; Али Сабри
LK | Vijitha Herath | | Виджита Херат
NP | Ram Chandra Poudel | | Ramchandra Paudel; Ram Chandra Paudel; Ramchandra Poudel; Рам Чандра Паудел
NP | Pushpa Kamal Dahal | | Prachanda; Pushpa Kamal Dahal Prachanda; Пушпа Камал Дахал; Прачанда
NP | KP Sharma Oli | | K.P. Sharma Oli; K. P. Sharma Oli; Khadga Prasad Sharma Oli; Khadga Prasad Oli; Кхадга Прасад Шарма Оли
NP | Sushila Karki | | Сушила Карки
NP | Narayan Prakash Saud | | N.P. Saud; N. P. Saud; Нараян Пракаш Сауд
NP | Narayan Kaji Shrestha | | Нараян Каджи Шрестха
NP | Arzu Rana Deuba | | Arzu Deuba Rana; Арзу Рана Деуба
BT | Jigme Khesar Namgyel Wangchuck | | King Jigme Khesar Namgyel Wangchuck; Jigme Khesar Namgyal Wangchuck; Джигме Кхесар Намгьял Вангчук
BT | Tshering Tobgay | | Черинг Тобгай; Церинг Тобгай
MV | Mohamed Muizzu | | Mohammed Muizzu; Мохамед Муиззу; Мохамед Муизз
MV | Moosa Zameer | | Муса Замир
MV | Abdulla Khaleel | | Абдулла Халил
AF | Hibatullah Akhundzada | | Haibatullah Akhundzada; Hebatullah Akhundzada; Хибатулла Ахундзада; Хайбатулла Ахундзада
AF | Mohammad Hasan Akhund | | Hasan Akhund; Mullah Hasan Akhund; Мохаммад Хасан Ахунд
AU | Richard Marles | | Ричард Марлз
NZ | Winston Peters | | Уинстон Питерс
FJ | Sitiveni Rabuka | | Ситивени Рабука
FJ | Wiliame Katonivere | | Ratu Wiliame Katonivere; Вилиаме Катонивере
FJ | Naiqama Lalabalavu | | Ratu Naiqama Lalabalavu; Наиками Лалабалаву
PG | James Marape | | Джеймс Марапе
PG | Justin Tkatchenko | | Джастин Ткаченко
SB | Manasseh Sogavare | | Манассе Согаваре
SB | Jeremiah Manele | | Джеремайя Манеле
SB | Peter Shanel Agovaka | | Peter Agovaka; Питер Шанел Аговака
VU | Charlot Salwai | | Charlot Salwai Tabimasmas; Шарло Салваи
VU | Jotham Napat | | Джотам Напат
VU | Nikenike Vurobaravu | | Никеники Вуробараву
WS | Fiamē Naomi Mata'afa | | Fiame Naomi Mataafa; Fiamē Naomi Mataʻafa; Фиаме Наоми Матаафа
WS | La'auli Leuatea Schmidt | | La'auli Leuatea Polataivao Schmidt; Лааули Леуатеа Шмидт
TO | Tupou VI | | King Tupou VI; Тупоу VI
TO | Siaosi Sovaleni | | Сиаоси Совалени
TO | Aisake Eke | | Айсаке Эке
KI | Taneti Maamau | | Танети Маамау
MH | Hilda Heine | | Хильда Хайне
MH | David Kabua | | Дэвид Кабуа
FM | Wesley Simina | | Уэсли Симина
NR | David Adeang | | Дэвид Адеанг
PW | Surangel Whipps Jr. | | Surangel Whipps Jr; Surangel Whipps; Сурангел Уиппс
TV | Feleti Teo | | Фелети Тео
TV | Kausea Natano | | Каусеа Натано
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
FR | Gabriel Attal | | Габриэль Атталь
FR | Élisabeth Borne | | Элизабет Борн
FR | Catherine Vautrin | | Катрин Вотрен
FR | Emmanuel Bonne | | Эмманюэль Бонн
DE | Boris Pistorius | | Борис Писториус
DE | Jens Plötner | | Jens Ploetner; Йенс Плётнер; Йенс Плетнер
DE | Günter Sautter | | Guenter Sautter; Гюнтер Заутер
GB | Charles III | | King Charles III; King Charles; Carlos III del Reino Unido; Карл III
GB | Grant Shapps | | Грант Шаппс
GB | John Healey | | Джон Хили
GB | Tim Barrow | | Timothy Barrow; Тим Барроу
GB | Jonathan Powell | | Джонатан Пауэлл
IT | Guido Crosetto | | Гвидо Крозетто
IT | Fabrizio Saggio | | Фабрицио Саджо
ES | Felipe VI | | King Felipe VI; King Felipe; Фелипе VI
HU | Katalin Novák | | Каталин Новак
HU | Tamás Sulyok | | Тамаш Шуйок
PL | Karol Nawrocki | | Кароль Навроцкий
SK | Zuzana Čaputová | | Зузана Чапутова
SK | Peter Pellegrini | | Петер Пеллегрини
SK | Juraj Blanár | | Юрай Бланар
RS | Ana Brnabić | | Ана Брнабич
RS | Miloš Vučević | | Милош Вучевич
RS | Djuro Macut | | Đuro Macut; Джуро Мацут
RS | Ivica Dačić | | Ивица Дачич
RS | Marko Djurić | | Marko Đurić; Marko Djuric; Марко Джурич
# ---------------------------------------------------------------- Europe (other states), Holy See, Kosovo
AL | Bajram Begaj | | Байрам Бегай
AL | Edi Rama | | Эди Рама
AL | Igli Hasani | | Игли Хасани
AL | Ferit Hoxha | | Ферит Ходжа
AL | Elisa Spiropali | | Элиза Спиропали
AD | Xavier Espot Zamora | | Xavier Espot; Ксавье Эспот Самора; Хавьер Эспот
AD | Imma Tor Faus | | Imma Tor; Имма Тор Фаус
AD | Joan-Enric Vives | | Joan Enric Vives; Joan-Enric Vives i Sicília; Жоан-Энрик Вивес
AD | Josep-Lluís Serrano Pentinat | | Josep Lluís Serrano Pentinat; Josep-Lluís Serrano; Жозеп-Льюис Серрано Пентинат
AT | Alexander Van der Bellen | | Alexander van der Bellen; Александр Ван дер Беллен
AT | Karl Nehammer | | Карл Нехаммер
AT | Alexander Schallenberg | | Александр Шалленберг
AT | Christian Stocker | | Кристиан Штокер
AT | Beate Meinl-Reisinger | | Беате Майнль-Райзингер
BE | King Philippe | | Philippe of Belgium; Raja Philippe; roi Philippe; Philippe de Belgique; Felipe de Bélgica; Филипп Бельгийский
BE | Alexander De Croo | | Alexander de Croo; Александр Де Кроо
BE | Bart De Wever | | Bart de Wever; Барт Де Вевер
BE | Hadja Lahbib | | Хаджа Лабиб
BE | Bernard Quintin | | Бернар Кентен
BE | Maxime Prévot | | Максим Прево
BA | Željko Komšić | | Желько Комшич
BA | Denis Bećirović | | Денис Бечирович
BA | Željka Cvijanović | | Желька Цвиянович
BA | Borjana Krišto | | Борьяна Кришто
BA | Elmedin Konaković | | Эльмедин Конакович
BG | Rumen Radev | | Румен Радев
BG | Nikolai Denkov | | Nikolay Denkov; Николай Денков
BG | Dimitar Glavchev | | Димитр Главчев
BG | Rosen Zhelyazkov | | Rossen Jeliazkov; Росен Желязков
BG | Mariya Gabriel | | Mariya Gabriel; Maria Gabriel; Мария Габриел
BG | Ivan Kondov | | Иван Кондов
BG | Georg Georgiev | | Георг Георгиев
HR | Zoran Milanović | | Зоран Миланович
HR | Andrej Plenković | | Андрей Пленкович
HR | Gordan Grlić Radman | | Gordan Grlić-Radman; Гордан Грлич-Радман
CY | Nikos Christodoulides | | Nicos Christodoulides; Никос Христодулидис
CY | Constantinos Kombos | | Konstantinos Kombos; Константинос Комбос
CZ | Petr Pavel | | Петр Павел
CZ | Petr Fiala | | Петр Фиала
CZ | Andrej Babiš | | Андрей Бабиш
CZ | Jan Lipavský | | Ян Липавский
CZ | Petr Macinka | | Петр Мацинка
DK | Frederik X | | King Frederik X; Federico X; Frédéric X; Фредерик X
DK | Margrethe II | | Queen Margrethe II; Margarita II; Маргрете II
DK | Mette Frederiksen | | Метте Фредериксен
DK | Lars Lokke Rasmussen | | Lars Løkke Rasmussen; Ларс Лёкке Расмуссен; Ларс Лекке Расмуссен
EE | Alar Karis | | Алар Карис
EE | Kristen Michal | | Кристен Михал
EE | Margus Tsahkna | | Маргус Цахкна
FI | Sauli Niinistö | | Саули Ниинистё; Саули Ниинисте
FI | Alexander Stubb | | Александр Стубб
FI | Petteri Orpo | | Петтери Орпо
FI | Elina Valtonen | | Элина Валтонен
GR | Katerina Sakellaropoulou | | Aikaterini Sakellaropoulou; Катерина Сакелларопулу
GR | Konstantinos Tasoulas | | Kostas Tasoulas; Константинос Тасулас
GR | Kyriakos Mitsotakis | | Кириакос Мицотакис
GR | Giorgos Gerapetritis | | George Gerapetritis; Yorgos Gerapetritis; Georgios Gerapetritis; Йоргос Герапетритис; Георгиос Герапетритис
IS | Gudni Th. Johannesson | | Guðni Th. Jóhannesson; Guðni Jóhannesson; Gudni Johannesson; Гудни Йоуханнессон
IS | Halla Tómasdóttir | | Халла Тоумасдоуттир
IS | Katrín Jakobsdóttir | | Катрин Якобсдоттир
IS | Bjarni Benediktsson | | Бьярни Бенедиктссон
IS | Kristrún Frostadóttir | | Криструн Фростадоттир
IS | Thordis Kolbrun Reykfjord Gylfadottir | | Þórdís Kolbrún Reykfjörð Gylfadóttir; Þórdís Kolbrún Gylfadóttir; Thordis Kolbrun Gylfadottir; Тордис Колбрун Рейкфьорд Гюльфадоттир
IS | Thorgerdur Katrin Gunnarsdottir | | Þorgerður Katrín Gunnarsdóttir; Торгердюр Катрин Гуннарсдоттир
IE | Michael D. Higgins | | Michael Daniel Higgins; Майкл Хиггинс; Майкл Д. Хиггинс
IE | Catherine Connolly | | Кэтрин Коннолли
IE | Leo Varadkar | | Лео Варадкар
IE | Simon Harris | | Саймон Харрис
IE | Micheál Martin | |
IE | Helen McEntee | | Хелен Макинти
LV | Edgars Rinkēvičs | | Эдгарс Ринкевичс; Эдгар Ринкевич
LV | Evika Siliņa | | Эвика Силиня
LV | Krišjānis Kariņš | | Кришьянис Кариньш
LV | Baiba Braže | | Байба Браже
LI | Hans-Adam II | | Prince Hans-Adam II; Ханс-Адам II; Ганс-Адам II
LI | Daniel Risch | | Даниэль Риш
LI | Brigitte Haas | | Бригитте Хаас
LI | Dominique Hasler | | Доминик Хаслер
LT | Gitanas Nausėda | | Гитанас Науседа
LT | Ingrida Šimonytė | | Ингрида Шимоните
LT | Gintautas Paluckas | | Гинтаутас Палуцкас
LT | Inga Ruginienė | | Инга Ругинене
LT | Gabrielius Landsbergis | | Габриэлюс Ландсбергис
LT | Kęstutis Budrys | | Кястутис Будрис
LU | Grand Duke Henri | | Henri of Luxembourg; Henri de Luxembourg; Grand-Duc Henri; Enrique de Luxemburgo; Великий герцог Анри
LU | Grand Duke Guillaume | | Guillaume of Luxembourg; Guillaume de Luxembourg; Grand-Duc Guillaume; Guillermo de Luxemburgo; Великий герцог Гийом
LU | Luc Frieden | | Люк Фриден
LU | Xavier Bettel | | Ксавье Беттель
MT | George Vella | | Джордж Велла
MT | Myriam Spiteri Debono | | Мириам Спитери Дебоно
MT | Robert Abela | | Роберт Абела
MT | Ian Borg | | Иэн Борг; Ян Борг
MC | Albert II of Monaco | | Prince Albert II; Albert II de Monaco; Alberto II de Mónaco; Альбер II
MC | Pierre Dartout | | Пьер Дарту
MC | Didier Guillaume | | Дидье Гийом
MC | Christophe Mirmand | | Кристоф Мирман
MC | Isabelle Berro-Amadeï | | Isabelle Berro-Amadei; Isabelle Berro Amadeï; Изабель Берро-Амадеи
ME | Jakov Milatović | | Яков Милатович
ME | Milojko Spajić | | Милойко Спаич
ME | Filip Ivanović | | Филип Иванович
ME | Ervin Ibrahimović | | Эрвин Ибрагимович
NL | Willem-Alexander | | King Willem-Alexander; Guillermo Alejandro; Виллем-Александр
NL | Dick Schoof | | Дик Схоф
NL | Hanke Bruins Slot | | Ханке Брюинс Слот
NL | Caspar Veldkamp | | Каспар Велдкамп
NL | David van Weel | | Давид ван Вел
MK | Stevo Pendarovski | | Стево Пендаровски
MK | Gordana Siljanovska-Davkova | | Gordana Siljanovska Davkova; Гордана Силяновска-Давкова
MK | Dimitar Kovačevski | | Димитар Ковачевски
MK | Talat Xhaferi | | Талат Джафери
MK | Hristijan Mickoski | | Християн Мицкоски
MK | Bujar Osmani | | Буяр Османи
MK | Timčo Mucunski | | Timcho Mucunski; Тимчо Муцунски
NO | Harald V | | King Harald V; Harald V de Noruega; Харальд V
NO | Jonas Gahr Store | | Jonas Gahr Støre; Йонас Гар Стёре; Йонас Гар Стере
NO | Espen Barth Eide | | Эспен Барт Эйде
PT | Marcelo Rebelo de Sousa | | Марселу Ребелу ди Соза; Марселу Ребелу де Соуза
PT | Luís Montenegro | | Луиш Монтенегру
PT | João Gomes Cravinho | | Жуан Гомеш Кравинью
PT | Paulo Rangel | | Паулу Рангел
RO | Klaus Iohannis | | Клаус Йоханнис
RO | Ilie Bolojan | | Илие Боложан
RO | Nicușor Dan | | Nicuşor Dan; Nicusor Dan; Никушор Дан
RO | Marcel Ciolacu | | Марчел Чолаку
RO | Cătălin Predoiu | | Кэтэлин Предою
RO | Luminița Odobescu | | Luminiţa Odobescu; Luminita Odobescu; Луминица Одобеску
RO | Emil Hurezeanu | | Эмиль Хурезяну
RO | Oana Țoiu | | Oana Ţoiu; Oana Toiu; Оана Цою
SM | Luca Beccari | | Лука Беккари
SI | Nataša Pirc Musar | | Наташа Пирц Мусар
SI | Robert Golob | | Роберт Голоб
SI | Tanja Fajon | | Таня Файон
SE | Carl XVI Gustaf | | King Carl XVI Gustaf; Carlos XVI Gustavo; Charles XVI Gustave; Карл XVI Густав
SE | Ulf Kristersson | | Ульф Кристерссон
SE | Tobias Billström | | Тобиас Бильстрём
SE | Maria Malmer Stenergard | | Мария Мальмер Стенергард
CH | Viola Amherd | | Виола Амхерд
CH | Karin Keller-Sutter | | Карин Келлер-Зуттер
CH | Mirjana Spoljaric Egger | | Mirjana Spoljarić Egger; Mirjana Spoljaric; Мирьяна Сполярич-Эггер; Мирьяна Сполярич Эггер
CH | Ignazio Cassis | | Иньяцио Кассис
XK | Vjosa Osmani | | Vjosa Osmani-Sadriu; Вьоса Османи
XK | Albin Kurti | | Альбин Курти
XK | Donika Gërvalla-Schwarz | | Donika Gervalla-Schwarz; Donika Gërvalla; Donika Gervalla; Доника Гервалла-Шварц; Доника Гервалла
VA | Pietro Parolin | | Пьетро Паролин
VA | Paul Richard Gallagher | | Paul Gallagher; Пол Ричард Галлахер; Пол Галлахер
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
MX | Alicia Bárcena | | Alicia Bárcena Ibarra; Алисия Барсена
MX | Luis Cresencio Sandoval | | Luis Crescencio Sandoval; Луис Кресенсио Сандоваль
MX | Ricardo Trevilla Trejo | | Ricardo Trevilla; Рикардо Тревилья Трехо
AR | Pablo Quirno | | Пабло Кирно
AR | Luis Petri | | Луис Петри
AR | Carlos Presti | | Карлос Прести
BO | Rodrigo Paz | | Rodrigo Paz Pereira; Родриго Пас
BO | Celinda Sosa | | Celinda Sosa Lunda; Селинда Соса
BO | Fernando Aramayo | | Фернандо Арамайо
CA | Bill Blair | | Билл Блэр
CA | David McGuinty | | Дэвид Макгинти
CA | Jody Thomas | | Джоди Томас
CA | Nathalie Drouin | | Натали Друэн
CL | Alberto van Klaveren | | Альберто ван Клаверен
CO | Álvaro Leyva | | Álvaro Leyva Durán; Альваро Лейва
CO | Luis Gilberto Murillo | | Луис Хильберто Мурильо
CO | Laura Sarabia | | Лаура Сарабия
CO | Rosa Villavicencio | | Роса Вильявисенсио
CR | Rodrigo Chaves | | Rodrigo Chaves Robles; Родриго Чавес
CR | Arnoldo André Tinoco | | Arnoldo André; Арнольдо Андре Тиноко
CU | Manuel Marrero Cruz | | Manuel Marrero; Мануэль Марреро Крус
DO | Luis Abinader | | Луис Абинадер
DO | Roberto Álvarez | | Roberto Álvarez Gil; Роберто Альварес
EC | Daniel Noboa | | Даниэль Нобоа
EC | Gabriela Sommerfeld | | Габриэла Зоммерфельд
SV | Nayib Bukele | | Найиб Букеле
SV | Alexandra Hill Tinoco | | Alexandra Hill; Александра Хилл Тиноко
GT | Bernardo Arévalo | | Bernardo Arévalo de León; Бернардо Аревало
GT | Alejandro Giammattei | | Алехандро Джамматтеи
GT | Carlos Ramiro Martínez | | Карлос Рамиро Мартинес
HN | Xiomara Castro | | Сиомара Кастро
HN | Eduardo Enrique Reina | | Eduardo Reina; Эдуардо Энрике Рейна
NI | Rosario Murillo | | Росарио Мурильо
NI | Denis Moncada | | Denis Moncada Colindres; Денис Монкада
NI | Valdrack Jaentschke | |
PA | Laurentino Cortizo | | Лаурентино Кортисо
PA | José Raúl Mulino | | Хосе Рауль Мулино
PA | Janaina Tewaney | | Janaina Tewaney Mencomo; Джанаина Тевани
PA | Javier Martínez-Acha | | Javier Martínez Acha; Хавьер Мартинес-Ача
PY | Santiago Peña | | Сантьяго Пенья
PY | Rubén Ramírez Lezcano | | Рубен Рамирес Лескано
PE | Dina Boluarte | | Дина Болуарте
PE | José Jerí | | Хосе Хери
PE | Alberto Otárola | | Альберто Отарола
PE | Gustavo Adrianzén | | Густаво Адриансен
PE | Eduardo Arana | | Eduardo Arana Ysa; Эдуардо Арана
PE | Ernesto Álvarez Miranda | | Эрнесто Альварес Миранда
PE | Javier González-Olaechea | | Javier González Olaechea; Хавьер Гонсалес-Олаэчеа
PE | Elmer Schialer | | Эльмер Скиалер
PE | Hugo de Zela | | Hugo de Zela Martínez; Уго де Села
UY | Luis Lacalle Pou | | Луис Лакалье Поу
UY | Yamandú Orsi | | Яманду Орси
UY | Omar Paganini | | Омар Паганини
UY | Mario Lubetkin | | Марио Лубеткин
HT | Ariel Henry | | Ариэль Анри
HT | Garry Conille | | Гарри Конилль
HT | Alix Didier Fils-Aimé | | Аликс Дидье Фис-Эме
HT | Edgard Leblanc Fils | | Эдгар Леблан Фис
HT | Leslie Voltaire | | Лесли Вольтер
HT | Fritz Alphonse Jean | | Фриц Альфонс Жан
HT | Laurent Saint-Cyr | | Лоран Сен-Сир
HT | Dominique Dupuy | | Доминик Дюпюи
HT | Jean-Victor Harvel Jean-Baptiste | | Harvel Jean-Baptiste; Жан-Виктор Арвель Жан-Батист
JM | Andrew Holness | | Эндрю Холнесс
JM | Kamina Johnson Smith | | Камина Джонсон Смит
TT | Christine Kangaloo | | Кристин Кангалу
TT | Keith Rowley | | Кит Роули
TT | Stuart Young | | Стюарт Янг
TT | Kamla Persad-Bissessar | | Камла Персад-Биссессар
TT | Amery Browne | | Эмери Браун
TT | Sean Sobers | | Шон Соберс
BB | Mia Mottley | | Mia Amor Mottley; Миа Моттли
BB | Sandra Mason | | Сандра Мейсон
BB | Kerrie Symmonds | | Керри Симмондс
BS | Philip Davis | | Philip Brave Davis; Филип Дэвис
BS | Fred Mitchell | | Фред Митчелл
BZ | Johnny Briceño | | Джонни Брисеньо
AG | Gaston Browne | | Гастон Браун
AG | Chet Greene | | E.P. Chet Greene; E. P. Chet Greene; Чет Грин
DM | Roosevelt Skerrit | | Рузвельт Скеррит
DM | Sylvanie Burton | | Сильвани Бертон
GD | Dickon Mitchell | | Дикон Митчелл
KN | Terrance Drew | | Терренс Дрю
KN | Denzil Douglas | | Дензил Дуглас
LC | Philip J. Pierre | | Philip Pierre; Филип Пьер
LC | Alva Baptiste | | Альва Баптист
VC | Ralph Gonsalves | | Ральф Гонсалвес
VC | Godwin Friday | | Годвин Фрайдей
GY | Irfaan Ali | | Mohamed Irfaan Ali; Ирфаан Али
GY | Mark Phillips | | Марк Филлипс
GY | Hugh Todd | | Хью Тодд
SR | Chan Santokhi | | Чан Сантокхи
SR | Jennifer Geerlings-Simons | | Jennifer Simons; Дженнифер Гирлингс-Симонс
SR | Albert Ramdin | | Альберт Рамдин
# ---------------------------------------------------------------- Africa
NG | Bola Tinubu | | Bola Ahmed Tinubu; Бола Тинубу
ET | Abiy Ahmed | | Abiy Ahmed Ali; Абий Ахмед
KE | William Ruto | | Уильям Руто
TD | Moussa Faki Mahamat | | Moussa Faki; Мусса Факи Махамат
DJ | Mahmoud Ali Youssouf | | Махмуд Али Юсуф
TD | Hissein Brahim Taha | | Хисейн Брахим Таха
NG | Yusuf Tuggar | | Yusuf Maitama Tuggar; Юсуф Туггар
ET | Sahle-Work Zewde | | Сахле-Ворк Зевде
ET | Taye Atske Selassie | | Taye Atske-Selassie; Taye Atske Selassie Amde; Тайе Атске Селассие
ET | Demeke Mekonnen | | Demeke Mekonnen Hassen; Демеке Меконнен
KE | Musalia Mudavadi | | Мусалия Мудавади
DZ | Abdelmadjid Tebboune | | Abdelmayid Tebún; Абдельмаджид Теббун
DZ | Nadir Larbaoui | | Надир Ларбауи
DZ | Sifi Ghrieb | | Сифи Гриб
DZ | Ahmed Attaf | | Ахмед Аттаф
MA | Mohammed VI | | King Mohammed VI; Mohamed VI; Мухаммед VI
MA | Aziz Akhannouch | | Aziz Ajanuch; Aziz Ajannuch; Азиз Аханнуш
MA | Nasser Bourita | | Naser Burita; Nasser Burita; Насер Бурита
TN | Kais Saied | | Kaïs Saïed; Kais Saïed; Kais Said; Каис Саид
TN | Ahmed Hachani | | Ахмед Хашани
TN | Kamel Madouri | | Камель Мадури
TN | Sara Zaafrani Zenzri | | Sarra Zaafrani Zenzri; Сара Заафрани Зензри
TN | Nabil Ammar | | Набиль Аммар
TN | Mohamed Ali Nafti | | Мохамед Али Нафти
LY | Mohamed al-Menfi | | Mohammed al-Menfi; Mohamed el-Menfi; Mohamed Younes al-Menfi; Мухаммед аль-Менфи
LY | Abdul Hamid Dbeibah | | Abdulhamid Dbeibah; Abdelhamid Dbeibah; Abdul Hamid Dbeiba; Абдель Хамид Дбейба
SD | Abdel Fattah al-Burhan | | Abdel Fattah Burhan; Abdel Fattah al-Bourhane; Abdelfatah al Burhan; Абдель Фаттах аль-Бурхан
SD | Kamil Idris | | Kamil Eltayeb Idris; Камиль Идрис
SS | Salva Kiir Mayardit | | Salva Kiir; Сальва Киир
ER | Isaias Afwerki | | Isaías Afwerki; Исайяс Афеворки
ER | Osman Saleh | | Osman Saleh Mohammed; Осман Салех
DJ | Ismaïl Omar Guelleh | | Ismail Omar Guelleh; Исмаил Омар Гелле
DJ | Abdoulkader Kamil Mohamed | | Абдулкадер Камиль Мохамед
SO | Hassan Sheikh Mohamud | | Hassan Cheikh Mohamoud; Хасан Шейх Мохамуд
SO | Hamza Abdi Barre | | Хамза Абди Барре
SO | Ahmed Moallim Fiqi | | Ahmed Moalim Fiqi; Ahmed Fiqi; Ахмед Моаллим Фики
UG | Yoweri Museveni | | Yoweri Kaguta Museveni; Йовери Мусевени
UG | Robinah Nabbanja | | Робина Наббанджа
UG | Jeje Odongo | | Jeje Odongo Abubakhar; Джедже Одонго
TZ | Samia Suluhu Hassan | | Samia Suluhu; Самия Сулуху Хасан
TZ | Kassim Majaliwa | | Кассим Маджалива
TZ | Mwigulu Nchemba | | Mwigulu Lameck Nchemba; Мвигулу Нчемба
TZ | January Makamba | | Джануари Макамба
TZ | Mahmoud Thabit Kombo | | Махмуд Табит Комбо
RW | Paul Kagame | | Поль Кагаме
RW | Édouard Ngirente | | Эдуар Нгиренте
RW | Justin Nsengiyumva | | Жюстен Нсенгиюмва
RW | Vincent Biruta | | Венсан Бирута
RW | Olivier Nduhungirehe | | Оливье Ндухунгирехе
BI | Évariste Ndayishimiye | | Эварист Ндайишимие
BI | Gervais Ndirakobuca | | Жерве Ндиракобука
BI | Albert Shingiro | | Альбер Шингиро
CD | Félix Tshisekedi | | Félix Antoine Tshisekedi; Félix Tshisekedi Tshilombo; Феликс Чисекеди
CD | Sama Lukonde | | Jean-Michel Sama Lukonde; Сама Луконде
CD | Judith Suminwa | | Judith Suminwa Tuluka; Жюдит Суминва
CD | Christophe Lutundula | | Кристоф Лутундула
CD | Thérèse Kayikwamba Wagner | | Тереза Кайиквамба Вагнер
CG | Denis Sassou Nguesso | | Denis Sassou-Nguesso; Дени Сассу-Нгессо
CG | Anatole Collinet Makosso | | Анатоль Колине Макосо
CG | Jean-Claude Gakosso | | Жан-Клод Гакосо
CF | Faustin-Archange Touadéra | | Faustin Archange Touadéra; Фостен-Арканж Туадера
CF | Félix Moloua | | Феликс Молуа
CF | Sylvie Baïpo-Temon | | Сильви Байпо-Темон
CM | Paul Biya | | Поль Бийя
CM | Joseph Dion Ngute | | Жозеф Дион Нгуте
CM | Lejeune Mbella Mbella | | Лежён Мбелла Мбелла
TD | Mahamat Idriss Déby | | Mahamat Idriss Déby Itno; Mahamat Déby; Махамат Идрис Деби; Махамат Идрис Деби Итно
TD | Succès Masra | | Сюксе Масра
TD | Allamaye Halina | | Аллямай Халина
TD | Abderaman Koulamallah | | Абдераман Куламаллах
GA | Brice Clotaire Oligui Nguema | | Brice Oligui Nguema; Брис Клотер Олиги Нгема
GA | Raymond Ndong Sima | | Раймон Ндонг Сима
GA | Régis Onanga Ndiaye | | Режис Онанга Ндиайе
GQ | Teodoro Obiang Nguema Mbasogo | | Teodoro Obiang; Теодоро Обианг Нгема Мбасого
GQ | Manuela Roka Botey | | Мануэла Рока Ботей
GQ | Manuel Osa Nsue Nsua | | Мануэль Оса Нсуэ Нсуа
GQ | Simeón Oyono Esono Angue | | Симеон Ойоно Эсоно Ангуэ
ST | Carlos Vila Nova | | Карлуш Вила Нова
ST | Patrice Trovoada | | Патрис Тровоада
AO | João Lourenço | | Жуан Лоуренсу
AO | Téte António | | Тете Антониу
ZM | Hakainde Hichilema | | Хакаинде Хичилема
ZM | Mulambo Haimbe | | Муламбо Хаимбе
ZW | Emmerson Mnangagwa | | Эммерсон Мнангагва
ZW | Frederick Shava | | Фредерик Шава
ZW | Amon Murwira | | Амон Мурвира
MW | Lazarus Chakwera | | Лазарус Чаквера
MW | Peter Mutharika | | Arthur Peter Mutharika; Питер Мутарика
MW | Nancy Tembo | | Нэнси Тембо
MZ | Filipe Nyusi | | Filipe Jacinto Nyusi; Филипе Ньюси
MZ | Daniel Chapo | | Даниэл Шапу
MZ | Adriano Maleiane | | Адриану Малейане
MZ | Maria Benvinda Levi | | Benvinda Levi; Мария Бенвинда Леви
MZ | Verónica Macamo | | Вероника Макамо
MZ | Maria Manuela Lucas | | Мария Мануэла Лукаш
BW | Mokgweetsi Masisi | | Мокгвитси Масиси
BW | Duma Boko | | Дума Боко
BW | Lemogang Kwape | | Лемоганг Квапе
BW | Phenyo Butale | | Феньо Бутале
NA | Hage Geingob | | Хаге Гейнгоб
NA | Nangolo Mbumba | | Нанголо Мбумба
NA | Netumbo Nandi-Ndaitwah | | Нетумбо Нанди-Ндайтва
NA | Saara Kuugongelwa | | Saara Kuugongelwa-Amadhila; Саара Куугонгелва-Амадила
NA | Elijah Ngurare | | Элайджа Нгураре
NA | Selma Ashipala-Musavyi | | Сельма Ашипала-Мусави
SZ | Mswati III | | King Mswati III; Мсвати III
SZ | Russell Dlamini | | Russell Mmiso Dlamini; Рассел Дламини
SZ | Pholile Shakantu | | Пхолиле Шакханту
LS | Letsie III | | King Letsie III; Летсие III
LS | Sam Matekane | | Сэм Матекане
LS | Lejone Mpotjoane | | Леджоне Мпотжоане
MG | Andry Rajoelina | | Андри Радзуэлина
MG | Michael Randrianirina | | Микаэль Рандрианирина
MG | Christian Ntsay | | Кристиан Нтсай
MU | Prithvirajsing Roopun | | Притвираджсинг Рупун
MU | Dharam Gokhool | | Дхарам Гокхул
MU | Pravind Jugnauth | | Правинд Джагнот
MU | Navin Ramgoolam | | Навин Рамгулам
MU | Maneesh Gobin | | Маниш Гобин
MU | Dhananjay Ramful | | Дхананджай Рамфул
SC | Wavel Ramkalawan | | Вейвел Рамкалаван
SC | Patrick Herminie | | Патрик Эрмини
SC | Sylvestre Radegonde | | Сильвестр Радегонд
KM | Azali Assoumani | | Азали Ассумани
CV | José Maria Neves | | Жозе Мария Невеш
CV | Ulisses Correia e Silva | | Улиссеш Коррейя-и-Силва
SN | Macky Sall | | Макки Салл
SN | Bassirou Diomaye Faye | | Бассиру Диомай Фай
SN | Ousmane Sonko | | Усман Сонко
SN | Amadou Ba | | Амаду Ба
SN | Sidiki Kaba | | Сидики Каба
SN | Ismaïla Madior Fall | | Исмаила Мадиор Фалл
SN | Yassine Fall | | Ясин Фалл
SN | Cheikh Niang | | Шейх Ньянг
GM | Adama Barrow | | Адама Бэрроу
GM | Mamadou Tangara | | Мамаду Тангара
GW | Umaro Sissoco Embaló | | Umaro Sissoco Embalo; Умару Сисоку Эмбало
GW | Rui Duarte de Barros | | Руй Дуарте де Баррош
GN | Mamadi Doumbouya | | Мамади Думбуя
GN | Bernard Goumou | | Бернар Гуму
GN | Amadou Oury Bah | | Амаду Ури Ба
GN | Morissanda Kouyaté | | Мориссанда Куяте
SL | Julius Maada Bio | | Джулиус Маада Био
SL | Timothy Musa Kabba | | Тимоти Муса Кабба
LR | George Weah | | Джордж Веа
LR | Joseph Boakai | | Joseph Nyuma Boakai; Джозеф Боакаи
LR | Sara Beysolow Nyanti | | Сара Бейсолоу Ньянти
CI | Alassane Ouattara | | Алассан Уаттара
CI | Robert Beugré Mambé | | Робер Бёгре Мамбе
CI | Léon Kacou Adom | | Kacou Houadja Léon Adom; Léon Houadja Kacou Adom; Леон Каку Адом
GH | Nana Akufo-Addo | | Nana Addo Dankwa Akufo-Addo; Нана Акуфо-Аддо
GH | John Mahama | | John Dramani Mahama; Джон Махама; Джон Драмани Махама
GH | Shirley Ayorkor Botchwey | | Ширли Айоркор Ботчвей
GH | Samuel Okudzeto Ablakwa | | Сэмюэл Окудзето Аблаква
TG | Faure Gnassingbé | | Faure Essozimna Gnassingbé; Фор Гнассингбе
TG | Victoire Tomégah Dogbé | | Victoire Tomegah Dogbe; Виктуар Томегах-Догбе
TG | Robert Dussey | | Робер Дюссе
TG | Jean-Lucien Savi de Tové | | Жан-Люсьен Сави де Тове
BJ | Patrice Talon | | Патрис Талон
BJ | Olushegun Adjadi Bakari | | Shegun Adjadi Bakari; Олушегун Аджади Бакари
BF | Ibrahim Traoré | | Ибрагим Траоре
BF | Apollinaire Joachim Kyélem de Tambèla | | Apollinaire Kyélem de Tambèla; Аполлинер Жоаким Кьелем де Тамбела
BF | Rimtalba Jean Emmanuel Ouédraogo | | Jean Emmanuel Ouédraogo; Римтальба Жан Эммануэль Уэдраого
BF | Karamoko Jean-Marie Traoré | | Jean-Marie Karamoko Traoré; Карамоко Жан-Мари Траоре
ML | Assimi Goïta | | Ассими Гоита
ML | Choguel Kokalla Maïga | | Choguel Maïga; Шогель Кокалла Маига
ML | Abdoulaye Maïga | | Абдулай Маига
ML | Abdoulaye Diop | | Абдулай Диоп
NE | Abdourahamane Tchiani | | Abdourahamane Tiani; Abdourahmane Tchiani; Абдурахман Тчиани; Абдурахаман Тиани
NE | Ali Lamine Zeine | | Али Ламин Зейн
NE | Bakary Yaou Sangaré | | Бакари Яу Сангаре
MR | Mohamed Ould Ghazouani | | Mohamed Ould Cheikh El Ghazouani; Mohamed Ould El-Ghazouani; Мохаммед ульд Газуани; Мохамед ульд Шейх аль-Газуани
MR | Mohamed Ould Bilal | | Mohamed Ould Bilal Messoud; Мохамед ульд Билал
MR | Mokhtar Ould Djay | | Mokhtar Ould Diay; Мохтар ульд Джай
MR | Mohamed Salem Ould Merzoug | | Мохамед Салем ульд Мерзуг
# ---------------------------------------------------------------- international organisations
PT | António Guterres | Q311440 | Antonio Guterres; Антониу Гутерриш; Антонио Гутерриш
AR | Rafael Grossi | | Rafael Mariano Grossi; Рафаэль Гросси
ET | Tedros Adhanom Ghebreyesus | | Tedros Adhanom; Тедрос Адханом Гебрейесус
BG | Kristalina Georgieva | | Кристалина Георгиева
NG | Ngozi Okonjo-Iweala | | Нгози Оконджо-Ивеала
KZ | Nurlan Yermekbayev | | Nurlan Yermekbaev; Нурлан Ермекбаев
KZ | Imangali Tasmagambetov | | Имангали Тасмагамбетов
VA | Pope Francis | Q450675 | Papa Francisco; Pape François; Paus Fransiskus; Папа Франциск
VA | Pope Leo XIV | | Leo XIV; León XIV; Léon XIV; Лев XIV; Robert Prevost; Papa León XIV; Pape Léon XIV; Paus Leo XIV; Папа Лев XIV
NG | Amina J. Mohammed | | Amina Mohammed; Amina Jane Mohammed; Амина Мохаммед
TT | Dennis Francis | | Деннис Фрэнсис
CM | Philemon Yang | | Philémon Yang; Филемон Янг
MT | Roberta Metsola | | Роберта Мецола
KW | Jasem Mohamed Albudaiwi | | Jasem Albudaiwi; Jasem Al-Budaiwi; Jassim Mohamed Albudaiwi; Джасем Мухаммед аль-Будайви
RU | Sergei Lebedev | | Sergey Lebedev; Serguéi Lébedev; Sergueï Lebedev; Сергей Лебедев
KZ | Bakytzhan Sagintayev | | Bakytzhan Sagintaev; Бакытжан Сагинтаев
BY | Mikhail Myasnikovich | | Mijaíl Miasnikóvich; Mikhaïl Miasnikovitch; Михаил Мясникович
DE | Helga Schmid | | Хельга Шмид
TR | Feridun Sinirlioğlu | | Feridun Hadi Sinirlioğlu; Феридун Синирлиоглу
GM | Omar Alieu Touray | | Omar Touray; Омар Алиеу Турей
BZ | Carla Barnett | | Carla Natalie Barnett; Карла Барнетт
UY | Luis Almagro | | Луис Альмагро
CL | Andrés Allamand | | Андрес Альяманд
# ---------------------------------------------------------------- cabinet members, aides and envoys often named in readouts
ID | Teddy Indra Wijaya | | Teddy Indra; Mayor Teddy; Тедди Индра Виджая
ID | Arif Havas Oegroseno | | Arif Havas; Ариф Хавас Огросено
ID | Budi Santoso | | Буди Сантосо
ID | Rosan Roeslani | | Rosan Perkasa Roeslani; Росан Руслани; Росан Перкаса Руслани
ID | Sakti Wahyu Trenggono | | Wahyu Sakti Trenggono; Сакти Вахью Тренггоно
ID | Bahlil Lahadalia | | Бахлил Лахадалия
ID | Lutfi Rauf | | Лютфи Рауф
CL | José Antonio Kast | | José Antonio Kast Rist; Хосе Антонио Каст
SK | Maroš Šefčovič | | Maros Sefcovic; Марош Шефчович
RU | Igor Kostyukov | | Igor Kostioukov; Игорь Костюков
RU | Alexander Fomin | | Aleksandr Fomin; Alexandre Fomine; Александр Фомин
RU | Andrey Slepnev | | Andrei Slepnev; Андрей Слепнев
RU | Anton Siluanov | | Antón Siluánov; Anton Silouanov; Антон Силуанов
AR | Karina Milei | | Карина Милей
NR | Baron Waqa | | Барон Вака
TR | İbrahim Kalın | | Ibrahim Kalin; Ibrahim Kalın; Ибрагим Калын
TR | Fahrettin Altun | | Фахреттин Алтун
US | Richard Grenell | | Ric Grenell; Ричард Гренелл
US | Christopher Landau | | Chris Landau; Кристофер Ландау
LA | Thongsavanh Phomvihane | | Тхонгсаван Пхомвихан
KH | Sok Chenda Sonn | | Сок Ченда Сонн
MX | Omar García Harfuch | | Омар Гарсия Арфуч
IR | Mohammad Bagheri | | Mohammad Hossein Bagheri; Mohammad Baqeri; Мохаммад Багери
BW | Elias Magosi | | Элиас Магоси
"""
