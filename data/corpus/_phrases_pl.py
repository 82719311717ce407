# Polskie frazy (mniejszy zestaw: style casual, formal_letter, form, chat). Format: _phrases_en.py.
# [[m||f]] – forma męska / żeńska nadawcy (chciałbym / chciałabym).

LOCALES = ["pl_PL"]
EMAIL_DOMAINS = ["wp.example", "onet.example", "interia.example", "o2.example", "gmail.example"]
MONTHS = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
          "września", "października", "listopada", "grudnia"]
DATE_FORMATS = ["{d:02d}.{m:02d}.{y}", "{d} {month} {y} r.", "{d:02d}.{m:02d}.{y} r."]

P = {}

P["greet.casual"] = r"""
Dzień dobry,
Cześć,
Witam,
Dzień dobry!
Hej,
"""
P["greet.formal"] = r"""
Szanowni Państwo,
Szanowny Panie Inspektorze, Szanowna Pani Inspektor,
Do Inspektora Ochrony Danych Taskbridge,
"""
P["greet.formal.business"] = r"""
Szanowni Państwo,
Dzień dobry,
Szanowny Zespole Taskbridge,
"""
P["greet.person"] = r"""
Cześć {to},
Dzień dobry {to},
Hej {to},
"""
P["close.casual"] = r"""
Pozdrawiam,
Dzięki!
Dziękuję,
Pozdrawiam serdecznie,
Z góry dziękuję,
"""
P["close.formal"] = r"""
Z poważaniem,
Z wyrazami szacunku,
Łączę wyrazy szacunku,
"""
P["close.extra"] = r"""
Proszę o potwierdzenie, gdy to zostanie zrobione.
Jeśli potrzebują Państwo potwierdzić moją tożsamość, proszę dać znać.
Liczę na szybką odpowiedź.
"""
P["sig.casual"] = r"""
{first}
{name}
{name}\n{phone}
{name}\nWysłane z iPhone'a
{name}\n{email}
"""
P["sig.formal"] = r"""
{name}\n{street}\n{city_line}
{name}\n{street}\n{city_line}\ntel. {phone}
{name}\n{address}\ne-mail: {email}
{name}
"""
P["sig.business"] = r"""
{name}\n{company}\ntel. {phone}
{name}\nWłaściciel[[||ka]] | {company}\n{work_email}
{name}\n{company}\n{street}\n{city_line}
"""
P["ctx.priv"] = r"""
Moje konto to {acc}.
Jestem [[zarejestrowany||zarejestrowana]] na adres {email}.
W zeszłym roku kilka razy [[korzystałem||korzystałam]] z Taskbridge, głównie przy tłumaczeniach.
Moje ostatnie zamówienie to {order}.
Nie [[logowałem||logowałam]] się od ponad roku.
[[Założyłem||Założyłam]] konto tylko po to, żeby dostać wycenę, i nic nie [[zamówiłem||zamówiłam]].
W razie potrzeby proszę dzwonić pod {phone}.
"""
P["ctx.ord"] = r"""
Współpracowaliśmy już wcześniej (zamówienie {order}).
Jestem [[właścicielem||właścicielką]] firmy {company}.
Jesteśmy małym zespołem z miasta {city}.
Moje konto: {acc}.
Chodzi o firmę {company}.
"""
P["transition"] = r"""
Poza tym mam jeszcze jedną prośbę.
Dodatkowo wnoszę o następujące.
I jeszcze jedno.
"""
P["bridge"] = r"""
Zupełnie inna sprawa, niezwiązana z projektem.
Przy okazji mam pytanie dotyczące moich danych.
PS:
I jeszcze coś, co nie dotyczy zamówienia.
"""
P["bridge.task"] = r"""
A teraz w sprawie projektu:
Poza tym mam nowe zlecenie:
Co do samego zlecenia:
"""
P["formal.intro"] = r"""
niniejszym realizuję swoje prawa wynikające z RODO w odniesieniu do mojego konta {acc}.
jako [[zarejestrowany użytkownik||zarejestrowana użytkowniczka]] Państwa platformy (e-mail: {email}) zwracam się do Państwa jako do administratora danych.
piszę w sprawie danych osobowych, które Taskbridge przetwarza na mój temat jako [[byłego klienta||byłej klientki]].
proszę traktować tę wiadomość jako formalne żądanie na podstawie RODO.
"""
P["formal.multi"] = r"""
W związku z powyższym wnoszę o:
W szczególności żądam:
Moje żądania są następujące:
"""
P["formal.identity"] = r"""
Dane do identyfikacji: {name}, ur. {dob}, zam. {address}.
Mój zarejestrowany adres e-mail to {email}, a numer telefonu {phone}.
Numer mojego konta klienta to {acc}; ostatnie zamówienie: {order}.
"""
P["formal.deadline"] = r"""
Proszę o odpowiedź w terminie miesiąca, zgodnie z art. 12 ust. 3 RODO.
Oczekuję odpowiedzi bez zbędnej zwłoki, nie później niż w ciągu miesiąca od otrzymania żądania.
Proszę o potwierdzenie otrzymania niniejszego żądania.
"""
P["formal.threat"] = r"""
W przypadku braku odpowiedzi w tym terminie złożę skargę do Prezesa UODO.
Zastrzegam sobie prawo do wniesienia skargi do organu nadzorczego.
"""
P["formal.header"] = r"""
{name}\n{street}\n{city_line}\n\nTaskbridge\nInspektor Ochrony Danych\n\n{home_city}, {date}\n\nDotyczy: {subj}
{name}\n{address}\n{email}\n\n{date}\n\nDotyczy: {subj}
"""
P["formal.task_intro"] = r"""
Prosimy o wycenę następującego zlecenia.
Chciał[[bym||abym]] zlecić za pośrednictwem Państwa platformy następujący projekt.
Szukamy wykonawcy do projektu opisanego poniżej.
"""
P["formal.task_close"] = r"""
Prosimy o informację o przewidywanym koszcie i terminie realizacji.
Czekamy na Państwa ofertę.
W razie pytań pozostaję do dyspozycji.
"""
P["chat.open"] = r"""
dzień dobry
cześć
Dzień dobry, mam pytanie
halo, jest ktoś?
"""
P["chat.agent_greet"] = r"""
Dzień dobry, {first}, dziękujemy za kontakt z Taskbridge. W czym mogę pomóc?
Cześć! Tu {agent}. Jak mogę pomóc?
Dzień dobry, dziękuję za cierpliwość. W czym problem?
"""
P["chat.agent_ask"] = r"""
Oczywiście. Czy może Pan/Pani podać adres e-mail lub ID konta?
Sprawdzę. Na jaki e-mail lub numer konta jest założone konto?
Dziękuję. Proszę podać ID konta albo e-mail, żeby odnaleźć konto.
"""
P["chat.agent_end"] = r"""
Dziękuję, zgłoszenie zostało zarejestrowane pod numerem {ticket}. Potwierdzenie przyjdzie e-mailem.
Rozumiem, przekazuję sprawę do właściwego zespołu. Odpowiedź przyjdzie e-mailem.
W porządku, {first}. Zgłoszenie {ticket} zostało utworzone, odezwiemy się.
"""
P["chat.agent_end_ord"] = r"""
Dziękuję, zgłoszenie {ticket} zostało utworzone.
Jasne, przekazuję dalej, wkrótce ktoś się odezwie.
Dziękuję, {first}, zajmę się tym i dam znać.
"""
P["chat.cust_end"] = r"""
dziękuję
super, dzięki!
ok, dzięki
"""
P["form.labels"] = r"""
title=Formularz kontaktowy|name=Imię i nazwisko|email=E-mail|phone=Telefon|account=Numer konta|order=Numer zamówienia|topic=Temat|message=Wiadomość|sent=Wysłano
"""
P["form.topic_privacy"] = r"""
Ochrona danych osobowych
RODO / prywatność
Moje dane
"""
P["form.topic_generic"] = r"""
Pytanie ogólne
Moje konto
Inne
"""
P["form.topic_project"] = r"""
Nowy projekt
Pytanie o zamówienie
Prośba o wycenę
"""
P["form.topic_support"] = r"""
Konto i logowanie
Płatności i faktury
Problem techniczny
"""
P["subj.generic"] = r"""
Pytanie
Moje konto
Prośba
Konto {acc}
Zamówienie {order}
"""
P["subj.formal"] = r"""
Żądanie na podstawie RODO – {name}
Realizacja praw osoby, której dane dotyczą
Żądanie dotyczące moich danych osobowych – konto {acc}
"""
P["subj.access"] = r"""
Dostęp do moich danych
Wniosek o dostęp do danych – art. 15 RODO
Jakie dane o mnie macie?
"""
P["subj.deletion"] = r"""
Usunięcie konta
Usunięcie moich danych
Prawo do bycia zapomnianym
"""
P["subj.correction"] = r"""
Błędne dane na koncie
Sprostowanie danych
Zmiana nazwiska
"""
P["subj.portability"] = r"""
Eksport moich danych
Przenoszenie danych
"""
P["subj.restriction"] = r"""
Ograniczenie przetwarzania
Blokada moich danych
"""
P["subj.objection"] = r"""
Sprzeciw wobec przetwarzania
Profilowanie
"""
P["subj.opt_out"] = r"""
Wypisanie z newslettera
Koniec z reklamami
Rezygnacja z marketingu
"""
P["subj.other_privacy"] = r"""
Pytanie o moje dane
Wyciek danych?
Komu przekazano moje dane?
"""
P["subj.writing"] = r"""
Copywriting
Artykuły na bloga
Korekta tekstu
"""
P["subj.translation"] = r"""
Zlecenie tłumaczenia
Tłumaczenie na {lang2}
Wycena tłumaczenia
"""
P["subj.design"] = r"""
Projekt logo
Ulotka
Poprawki w projekcie
"""
P["subj.software"] = r"""
Poprawka błędu
Problem ze stroną
Szukam programisty
"""
P["subj.bookkeeping"] = r"""
Księgowość
Deklaracja VAT
Zamknięcie miesiąca
"""
P["subj.marketing"] = r"""
Kampania newsletterowa
Google Ads
Plan social media
"""
P["subj.data_analysis"] = r"""
Analiza danych
Dashboard
Analiza ankiety
"""
P["subj.platform_support"] = r"""
Problem z logowaniem
Problem z płatnością
Podwójne obciążenie
"""
P["subj.chat"] = r"""
Zapis czatu
Czat na żywo – {date}
"""
P["subj.form"] = r"""
Nowa wiadomość z formularza kontaktowego
Zapytanie od {name}
"""
P["task.extra"] = r"""
Brief w załączniku.
Ile by to kosztowało?
Pliki są w udostępnionym folderze.
Budżet to ok. {budget}.
Potrzebujemy tego {deadline}.
"""
P["deadlines"] = r"""
do piątku
do końca przyszłego tygodnia
do 15.
w ciągu pięciu dni roboczych
jak najszybciej
"""
P["budgets"] = r"""
1500 zł
3000 zł
400 €
2000 zł
"""
P["lang2"] = r"""
angielski
niemiecki
francuski
hiszpański
włoski
"""

P["req.access.plain"] = r"""
Czy mogą mi Państwo przesłać kopię wszystkich danych osobowych, które macie na mój temat?
Jakie właściwie informacje o mnie przechowujecie? Chciał[[bym||abym]] zobaczyć wszystko.
Proszę o przesłanie wszystkiego, co macie zapisane na mój temat: profil, zamówienia, wiadomości.
Jak mogę dostać kopię moich danych? Chcę wiedzieć, co o mnie trzymacie.
"""
P["req.access.formal"] = r"""
Na podstawie art. 15 RODO wnoszę o potwierdzenie, czy przetwarzają Państwo moje dane osobowe, a jeżeli tak – o udostępnienie ich kopii.
Niniejszym korzystam z prawa dostępu do danych i proszę o informację o celach przetwarzania, kategoriach danych, odbiorcach i okresie przechowywania.
Żądam udostępnienia kopii wszystkich moich danych osobowych, w tym danych zawartych w zgłoszeniach do pomocy technicznej i notatkach wewnętrznych.
"""
P["req.deletion.plain"] = r"""
Proszę usunąć moje konto i wszystkie dane, które o mnie macie.
Już nie korzystam z Taskbridge, możecie usunąć wszystko, co mnie dotyczy?
Proszę wykasować mój profil, historię zamówień i wiadomości. Nie chcę, żeby cokolwiek u was zostało.
usuńcie moje konto pls, razem ze wszystkim
"""
P["req.deletion.formal"] = r"""
Wnoszę o usunięcie wszystkich dotyczących mnie danych osobowych na podstawie art. 17 RODO.
Korzystam z prawa do usunięcia danych („prawa do bycia zapomnianym”), ponieważ dane nie są już niezbędne do celów, w których zostały zebrane.
Żądam usunięcia mojego konta klienta {acc} wraz ze wszystkimi powiązanymi danymi oraz pisemnego potwierdzenia usunięcia.
"""
P["req.correction.plain"] = r"""
Moje nazwisko jest źle zapisane w profilu: powinno być {last}, a nie {wrong_last}.
Macie u siebie mój stary adres. [[Przeprowadziłem||Przeprowadziłam]] się, teraz to {address}.
Czy możecie poprawić moją datę urodzenia? U was jest {wrong_dob}, a prawidłowa to {dob}.
Numer telefonu, który macie, jest nieaktualny. Prawidłowy to {phone}.
"""
P["req.correction.formal"] = r"""
Na podstawie art. 16 RODO żądam sprostowania nieprawidłowych danych: moja data urodzenia figuruje jako {wrong_dob}, a prawidłowa to {dob}.
Korzystam z prawa do sprostowania danych: adres w mojej karcie klienta ({old_address}) jest błędny, prawidłowy adres to {address}.
Proszę o niezwłoczne sprostowanie mojego nazwiska (zapisane: {wrong_last}; prawidłowe: {last}) i potwierdzenie zmiany.
"""
P["req.portability.plain"] = r"""
Przechodzę na inną platformę. Możecie mi wysłać moje dane w formacie, który da się tam zaimportować, np. CSV albo JSON?
Czy mogę dostać swoje projekty i profil w pliku do odczytu maszynowego? Chcę je zabrać ze sobą.
Czy możecie przekazać moją historię zamówień i opinie bezpośrednio do {other_platform}?
Proszę o eksport moich danych w ustrukturyzowanym formacie, żebym [[mógł||mogła]] je przenieść do innego serwisu.
"""
P["req.portability.formal"] = r"""
Na podstawie art. 20 RODO wnoszę o przekazanie mi dostarczonych przeze mnie danych osobowych w ustrukturyzowanym, powszechnie używanym formacie nadającym się do odczytu maszynowego.
Korzystam z prawa do przenoszenia danych i proszę o przesłanie moich danych bezpośrednio do {other_platform}, o ile jest to technicznie możliwe.
Proszę o udostępnienie moich danych (profil, zamówienia, wiadomości, opinie) w formacie JSON lub CSV.
"""
P["req.restriction.plain"] = r"""
Proszę nic nie robić z moimi danymi, dopóki spór o fakturę nie zostanie wyjaśniony – po prostu je zamrozić.
Kwestionuję dane na moim koncie. Do czasu wyjaśnienia proszę ich nie używać, ale też nie usuwać.
Nie usuwajcie niczego, potrzebuję tego do sprawy sądowej, ale przestańcie tego używać do czegokolwiek innego.
Proszę wstrzymać przetwarzanie moich danych, dopóki nie sprawdzę, czy wasze informacje są poprawne.
"""
P["req.restriction.formal"] = r"""
Żądam ograniczenia przetwarzania moich danych osobowych na podstawie art. 18 ust. 1 lit. a RODO na okres pozwalający sprawdzić ich prawidłowość.
Do czasu rozstrzygnięcia sporu dotyczącego zamówienia {order} wnoszę o ograniczenie przetwarzania moich danych wyłącznie do ich przechowywania.
Sprzeciwiam się usunięciu moich danych, potrzebnych mi do dochodzenia roszczeń, i żądam w zamian ograniczenia ich przetwarzania.
"""
P["req.objection.plain"] = r"""
Nie chcę, żeby mój profil był używany do waszego dopasowywania przez AI ani do żadnego profilowania.
Nie zgadzam się, żebyście analizowali moje wiadomości za pomocą AI. Proszę przestać.
W polityce prywatności piszecie, że używacie moich danych na podstawie „prawnie uzasadnionego interesu” do analiz. Sprzeciwiam się temu.
Przestańcie używać moich plików projektowych do trenowania waszych modeli AI.
"""
P["req.objection.formal"] = r"""
Na podstawie art. 21 RODO wnoszę sprzeciw wobec przetwarzania moich danych osobowych w oparciu o Państwa prawnie uzasadniony interes, w tym wobec profilowania.
Z przyczyn związanych z moją szczególną sytuacją sprzeciwiam się przetwarzaniu moich danych w celu trenowania modeli sztucznej inteligencji.
Wnoszę sprzeciw wobec zautomatyzowanej analizy i profilowania moich danych o korzystaniu z serwisu.
"""
P["req.opt_out.plain"] = r"""
Proszę przestać wysyłać mi e-maile reklamowe.
Wypiszcie mnie ze wszystkich newsletterów.
Proszę usunąć mnie z listy mailingowej, nadal dostaję promocje, chociaż się [[wypisałem||wypisałam]].
Nie chcę spersonalizowanych reklam – nie udostępniajcie moich danych partnerom reklamowym.
"""
P["req.opt_out.formal"] = r"""
Niniejszym cofam zgodę na otrzymywanie informacji handlowych drogą elektroniczną, SMS-em i telefonicznie.
Proszę o zaprzestanie wszelkiego marketingu bezpośredniego wobec mnie i usunięcie moich danych kontaktowych z list marketingowych.
Proszę o usunięcie adresu {email} ze wszystkich newsletterów ze skutkiem natychmiastowym.
"""
P["req.other_privacy.plain"] = r"""
Komu przekazaliście moje dane? Od rejestracji dostaję spam.
Dostał[[em||am]] maila o wycieku danych. Czy moje dane też wyciekły?
Gdzie przechowujecie moje dane? Czy są poza UE?
Kto jest waszym inspektorem ochrony danych i jak się z nim skontaktować?
"""
P["req.other_privacy.formal"] = r"""
Proszę o wskazanie wszystkich podmiotów trzecich, którym od {year} r. ujawniono moje dane osobowe.
Niniejszym cofam wszystkie zgody udzielone Taskbridge, ze skutkiem na przyszłość (art. 7 ust. 3 RODO).
Chciał[[bym||abym]] złożyć skargę do Państwa Inspektora Ochrony Danych w związku z przekazaniem moich danych kontaktowych wykonawcy bez mojej zgody.
Proszę o informację, czy moje dane są przekazywane poza EOG i na jakich zabezpieczeniach z art. 46 RODO się Państwo opierają.
"""
P["combo.access+deletion"] = r"""
Najpierw proszę przesłać mi kopię wszystkiego, co o mnie macie, a potem wszystko usunąć.
Chcę zobaczyć, co o mnie zapisaliście, a potem niech to zostanie skasowane.
Wnoszę o dostęp do moich danych (art. 15 RODO), a następnie o ich usunięcie (art. 17 RODO).
"""
P["combo.deletion+opt_out"] = r"""
Wypiszcie mnie z list mailingowych i przy okazji usuńcie moje konto.
Koniec z newsletterami i proszę całkowicie usunąć moje konto i dane.
Proszę zaprzestać wysyłania reklam i usunąć moje dane z waszych systemów.
"""

P["task.writing"] = r"""
Potrzebujemy artykułu na bloga (ok. 1200 słów) o wdrażaniu pracowników zdalnych, zoptymalizowanego pod SEO, {deadline}.
Czy ktoś mógłby napisać 40 opisów produktów do naszego sklepu internetowego?
Proszę o korektę mojej pracy magisterskiej (ok. 80 stron) pod kątem językowym.
Szukam copywritera do przepisania zakładki „O nas” na naszej stronie.
"""
P["task.translation"] = r"""
Proszę przetłumaczyć naszą 12-stronicową instrukcję obsługi na {lang2}, {deadline}.
Potrzebuję tłumaczenia przysięgłego aktu urodzenia na {lang2} do wniosku wizowego.
Czy możecie przetłumaczyć załączoną umowę (ok. 3500 słów) na {lang2}? Liczy się terminologia prawnicza.
Szukamy native speakera do sprawdzenia tłumaczenia maszynowego naszej aplikacji na {lang2}.
"""
P["task.design"] = r"""
Potrzebujemy nowego logo dla naszej piekarni – ciepłego, rysowanego odręcznie; na początek trzy propozycje.
Proszę zaprojektować ulotkę A5 na letnią wyprzedaż, gotowy PDF do druku.
Potrzebuję wizytówek dla dwóch pracowników, dwustronnych, {deadline}.
Szukamy grafika do 10 szablonów postów w naszych kolorach firmowych.
"""
P["task.software"] = r"""
Nasza strona na WordPressie bardzo wolno działa na telefonach; czy ktoś może to przeanalizować i poprawić?
Potrzebujemy małego skryptu w Pythonie, który połączy cotygodniowe eksporty CSV w jeden plik Excel.
Proszę naprawić błąd w koszyku Shopify – kod rabatowy nie działa.
Szukamy programisty do prostego formularza rezerwacji z e-mailem potwierdzającym.
"""
P["task.bookkeeping"] = r"""
Potrzebuję pomocy z deklaracją VAT za trzeci kwartał; faktury są w udostępnionym folderze.
Czy ktoś mógłby uzgodnić nasze wyciągi bankowe za wrzesień i październik?
Szukamy księgowej na ok. 10 godzin miesięcznie.
Proszę przygotować listy płac dla trzech pracowników za listopad.
"""
P["task.marketing"] = r"""
Chcemy uruchomić kampanię Google Ads dla naszego studia jogi, budżet {budget} miesięcznie.
Czy możecie przygotować plan publikacji na grudzień (Instagram i TikTok)?
Potrzebujemy szablonu newslettera i dwóch pierwszych kampanii w Mailchimpie.
Szukamy audytu SEO naszego sklepu z listą szybkich poprawek.
"""
P["task.data_analysis"] = r"""
Czy możecie przeanalizować naszą sprzedaż z ostatnich dwóch lat i znaleźć sezonowość?
Potrzebujemy dashboardu w Power BI z liczbą zgłoszeń do supportu.
Proszę oczyścić wyniki naszej ankiety (ok. 1500 odpowiedzi) i zrobić prostą segmentację.
Potrzebuję analizy regresji do pracy magisterskiej, w R albo SPSS.
"""
P["task.platform_support"] = r"""
Za zamówienie {order} pobrano opłatę dwa razy. Czy możecie zwrócić podwójną płatność?
Przy płatności kartą cały czas wyskakuje błąd.
Nie mogę wgrać plików większych niż 20 MB do czatu projektu. Jest jakiś limit?
Na fakturze {inv} jest zła stawka VAT, czy możecie ją wystawić ponownie?
"""
P["hard.writing"] = r"""
Czy moglibyście napisać politykę prywatności dla mojego sklepu internetowego? Musi być zgodna z RODO.
Proszę usunąć drugi akapit i poprawić literówki we wstępie.
Potrzebujemy artykułu, który wyjaśni małym firmom prawo do bycia zapomnianym.
Czy możecie przygotować wzory odpowiedzi na wnioski o dostęp do danych od naszych klientów?
"""
P["hard.translation"] = r"""
Proszę przetłumaczyć naszą klauzulę informacyjną RODO na {lang2}.
Potrzebujemy tłumaczenia umowy powierzenia przetwarzania danych na {lang2}.
Przetłumaczcie na {lang2} artykuł pomocy „Jak usunąć konto”.
Proszę poprawić błędy w tłumaczeniu naszej polityki prywatności na {lang2}.
"""
P["hard.design"] = r"""
Proszę usunąć stare logo z projektu i wstawić nowe.
Usuńcie znak wodny ze zdjęć produktów.
Sprzeciwiam się zmianie projektu w wersji 3 – wróćmy do niebieskiego nagłówka.
Czy możecie zaprojektować okienko zgody RODO, które nie będzie odstraszać?
"""
P["hard.software"] = r"""
Dodajcie przycisk „Eksportuj moje dane” w panelu klienta, żeby nasi użytkownicy mogli pobrać dane w CSV.
Nasi użytkownicy nie mogą usunąć konta w aplikacji, którą dla nas zrobiliście – przycisk zwraca błąd 500.
Nie mam już dostępu do serwera testowego, mój klucz SSH jest odrzucany.
Trzeba ograniczyć dostęp do panelu administracyjnego do IP naszego biura.
"""
P["hard.bookkeeping"] = r"""
Proszę usunąć zdublowane księgowania faktury {inv}.
Popraw VAT w księgowaniach za październik – zaksięgowano 23% zamiast 8%.
Nie mam dostępu do udostępnionego folderu księgowego, link pokazuje „odmowa dostępu”.
Proszę zaktualizować adres na szablonie faktury na adres nowego biura.
"""
P["hard.marketing"] = r"""
Link do wypisania się nie działa w newsletterze, który dla nas przygotowujecie – proszę to naprawić przed czwartkową wysyłką.
Usuńcie z listy wszystkie adresy, które się odbijają, i uporządkujcie segmenty.
Zatrzymajcie kampanię na Facebooku, przepala budżet – wstrzymajcie reklamy do poniedziałku.
Chcemy kampanię, w której subskrybenci ponownie potwierdzą zgodę.
"""
P["hard.data_analysis"] = r"""
Wyeksportujcie arkusz do CSV i usuńcie wiersze testowe przed wysłaniem.
Przeanalizujcie ankietę, ale najpierw zanonimizujcie respondentów – żadnych nazwisk w raporcie.
Proszę poprawić liczby w raporcie za III kwartał, sumy się nie zgadzają.
Czy możecie ograniczyć dashboard tak, żeby dane o wynagrodzeniach widział tylko dział finansów?
"""
P["hard.platform_support"] = r"""
Nie mogę się dostać do konta – e-mail do resetu hasła w ogóle nie przychodzi.
Jak usunąć szkic projektu, który utworzył[[em||am]] przez pomyłkę?
Kody weryfikacji dwuetapowej są odrzucane, nie mogę się zalogować.
Czy możecie ograniczyć dostęp do udostępnionego folderu, żebym tylko ja go widział[[||a]]?
"""
