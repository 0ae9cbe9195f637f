-- The consent text keeps its binding German version and gains translations shown beside it;
-- a volunteer's consent records the language of the translation they saw (issue 10).
ALTER TABLE "ConsentText" ADD COLUMN "translations" JSONB NOT NULL DEFAULT '{}';
ALTER TABLE "VolunteerProfile" ADD COLUMN "consentLocale" "Locale";

-- The first consent text every organisation started with gets its translations.
UPDATE "ConsentText" c
   SET "translations" = jsonb_build_object('en', replace('Consent to the processing of personal data

I consent to {organization} processing the data I give when signing up and later in my profile (name, contact details, languages, topics, availability, district, hours volunteered) to coordinate my volunteering (Art. 6(1)(a) GDPR). The data is shown only to the staff who need it for the coordination and is not passed on to other organisations.

I can withdraw this consent at any time in my profile. My volunteering is then paused; hours already logged are kept as anonymous totals. I have the right to access, correct and delete my data.', '{organization}', o."name"), 'ar', replace('الموافقة على معالجة البيانات الشخصية

أوافق على أن تعالج {organization} البيانات التي أقدّمها عند التسجيل ولاحقًا في ملفي الشخصي (الاسم، بيانات التواصل، اللغات، المواضيع، الأوقات المتاحة، الحي، الساعات المنجزة) لتنسيق عملي التطوعي (المادة 6، الفقرة 1، البند أ من اللائحة العامة لحماية البيانات DSGVO). لا تُعرض البيانات إلا على الموظفين الذين يحتاجون إليها للتنسيق، ولا تُنقل إلى منظمات أخرى.

يمكنني سحب هذه الموافقة في أي وقت من ملفي الشخصي. عندها يُعلَّق عملي التطوعي؛ وتبقى الساعات المسجّلة سابقًا محفوظة كمجاميع مجهولة الهوية. لي الحق في الاطلاع على بياناتي وتصحيحها وحذفها.', '{organization}', o."name"), 'fa', replace('رضایت به پردازش داده‌های شخصی

موافقم که {organization} داده‌هایی را که هنگام ثبت‌نام و بعداً در نمایه‌ام وارد می‌کنم (نام، اطلاعات تماس، زبان‌ها، موضوع‌ها، زمان‌های در دسترس بودن، محله، ساعت‌های انجام‌شده) برای هماهنگی کار داوطلبانه‌ام پردازش کند (ماده 6، بند 1، جزء الف مقررات عمومی حفاظت از داده‌ها DSGVO). این داده‌ها فقط به کارکنانی نشان داده می‌شوند که برای هماهنگی به آن‌ها نیاز دارند و به سازمان‌های دیگر داده نمی‌شوند.

می‌توانم این رضایت را هر زمان در نمایه‌ام پس بگیرم. در این صورت کار داوطلبانه‌ام متوقف می‌شود؛ ساعت‌های ثبت‌شده به‌صورت جمع‌های بی‌نام باقی می‌مانند. حق دارم از داده‌هایم آگاه شوم و آن‌ها را اصلاح یا حذف کنم.', '{organization}', o."name"), 'uk', replace('Згода на обробку персональних даних

Я погоджуюся, щоб {organization} обробляла дані, які я вказую під час реєстрації та пізніше у профілі (ім’я, контактні дані, мови, теми, доступний час, район, відпрацьовані години), для координації моєї волонтерської діяльності (ст. 6 ч. 1 п. a GDPR/DSGVO). Дані показуються лише тим працівникам, яким вони потрібні для координації, і не передаються іншим організаціям.

Я можу будь-коли відкликати цю згоду у своєму профілі. Тоді моя волонтерська діяльність призупиняється; уже записані години зберігаються як анонімні підсумки. Я маю право на доступ до своїх даних, їх виправлення та видалення.', '{organization}', o."name"), 'tr', replace('Kişisel verilerin işlenmesine onay

{organization} kuruluşunun, kayıt sırasında ve sonradan profilimde verdiğim bilgileri (ad, iletişim bilgileri, diller, konular, müsait olduğum zamanlar, semt, yapılan saatler) gönüllü çalışmamın koordinasyonu için işlemesine onay veriyorum (GDPR/DSGVO md. 6 f. 1 b. a). Veriler yalnızca koordinasyon için bunlara ihtiyaç duyan çalışanlara gösterilir ve başka kuruluşlara aktarılmaz.

Bu onayı profilimde istediğim zaman geri çekebilirim. Bu durumda gönüllü çalışmam durdurulur; daha önce kaydedilen saatler anonim toplamlar olarak saklanır. Verilerime erişme, bunları düzeltme ve sildirme hakkım vardır.', '{organization}', o."name"))
  FROM "Organization" o
 WHERE o."id" = c."organizationId"
   AND c."text" = replace('Einwilligung in die Verarbeitung personenbezogener Daten

Ich willige ein, dass {organization} meine bei der Anmeldung und später im Profil angegebenen Daten (Name, Kontaktdaten, Sprachen, Themen, Verfügbarkeit, Stadtteil, geleistete Stunden) zur Koordination meines ehrenamtlichen Engagements verarbeitet (Art. 6 Abs. 1 lit. a DSGVO). Die Daten werden nur den Mitarbeitenden gezeigt, die sie für die Koordination brauchen, und nicht an andere Organisationen weitergegeben.

Ich kann diese Einwilligung jederzeit in meinem Profil widerrufen. Mein Engagement ruht dann; bereits erfasste Stunden bleiben als anonyme Summen erhalten. Ich habe das Recht auf Auskunft, Berichtigung und Löschung meiner Daten.', '{organization}', o."name");
