<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../models/storage/auditlog.cpp" line="+38"/>
        <source>The audit log could not be written.</source>
        <translation>نوشتن در گزارش رویدادها ممکن نشد.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The audit log could not be read.</source>
        <translation>خواندن گزارش رویدادها ممکن نشد.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The audit log was altered at entry %1: an entry was changed, removed or inserted.</source>
        <translation>گزارش رویدادها در رویداد شمارهٔ %1 دست‌کاری شده است: رویدادی تغییر کرده، حذف شده یا افزوده شده است.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Audit log intact: %n entries.</source>
        <translation>
            <numerusform>گزارش رویدادها سالم است: %n رویداد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Center</name>
    <message>
        <location filename="../models/domain/center.cpp" line="+12"/>
        <source>The center code has 1 to 20 Latin letters, digits or &apos;-&apos;.</source>
        <translation>کد مرکز از ۱ تا ۲۰ حرف لاتین، رقم یا «-» تشکیل می‌شود.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the center&apos;s name.</source>
        <translation>نام مرکز را وارد کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The licensed capacity is a number of households between 1 and 5000 (usually 150 or 450).</source>
        <translation>ظرفیت مجاز، تعداد خانوارهاست و باید عددی بین ۱ تا ۵۰۰۰ باشد (معمولاً ۱۵۰ یا ۴۵۰).</translation>
    </message>
</context>
<context>
    <name>CenterSetup</name>
    <message>
        <location filename="../models/services/centersetup.cpp" line="+27"/>
        <source>Enter the manager&apos;s full name.</source>
        <translation>نام و نام خانوادگی مسئول مرکز را وارد کنید.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The center could not be saved.</source>
        <translation>ذخیرهٔ اطلاعات مرکز ممکن نشد.</translation>
    </message>
</context>
<context>
    <name>DemoEnvironment</name>
    <message>
        <location filename="../ui/app/demoenvironment.cpp" line="+52"/>
        <source>No temporary folder for the demo center: %1</source>
        <translation>ساختن پوشهٔ موقت برای مرکز نمایشی ممکن نشد: %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Demo center with sample data only, deleted when you quit. Sign in as “%1” (the manager), “%2” (social worker) or “%3” (reception) with the password: %4</source>
        <translation>مرکز نمایشی، فقط با داده‌های نمونه، که با بستن برنامه پاک می‌شود. با نام کاربری «%1» (مسئول مرکز)، «%2» (مددکار اجتماعی) یا «%3» (متصدی پذیرش) و این گذرواژه وارد شوید: %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Demo: no system keychain answered, so the keys are kept in memory only.</source>
        <translation>نسخهٔ نمایشی: جاکلیدی سیستم پاسخ نداد، بنابراین کلیدها فقط در حافظه نگهداری می‌شوند.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <location filename="../models/storage/keychainsecretstore.cpp" line="+19"/>
        <source>This computer&apos;s keychain does not hold the key of this store, or the keychain is locked. Unlock the keychain (sign in to the desktop again), or use the recovery code to bind the store to this computer again.</source>
        <translation>کلید این پایگاه داده در جاکلیدی سیستم این رایانه نیست، یا جاکلیدی قفل است. قفل جاکلیدی را باز کنید (از حساب کاربری رایانه خارج و دوباره وارد شوید)، یا با کد بازیابی، پایگاه داده را دوباره به این رایانه پیوند دهید.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The system keychain is locked or refused access. Unlock it (sign in to the desktop again) and try once more.</source>
        <translation>جاکلیدی سیستم قفل است یا اجازهٔ دسترسی نداد. قفل آن را باز کنید (از حساب کاربری رایانه خارج و دوباره وارد شوید) و باز هم تلاش کنید.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The system keychain is not available. Start a desktop session with a keychain, or sign in with the recovery code.</source>
        <translation>جاکلیدی سیستم در دسترس نیست. وارد محیط میزکاری (دسکتاپ) شوید که جاکلیدی دارد، یا با کد بازیابی وارد شوید.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <location filename="../models/storage/migrations.cpp" line="+21"/>
        <source>The store could not be updated (%1).</source>
        <translation>به‌روزرسانی پایگاه داده ممکن نشد (%1).</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>This store was written by a newer PlusLife Desk (schema %1; this program knows %2). Install the newer version; nothing was changed.</source>
        <translation>این پایگاه داده با نسخهٔ جدیدتری از PlusLife Desk ساخته شده است (طرح‌وارهٔ %1؛ این برنامه تا طرح‌وارهٔ %2 را می‌شناسد). نسخهٔ جدیدتر را نصب کنید؛ هیچ تغییری داده نشد.</translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <location filename="../ui/common/passwordfields.cpp" line="+26"/>
        <source>At least 10 characters, not all the same, not the user name.</source>
        <translation>دست‌کم ۱۰ نویسه، نه همه یکسان، و نه خود نام کاربری.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This password is not accepted.</source>
        <translation>این گذرواژه پذیرفته نیست.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passwords are not the same.</source>
        <translation>دو گذرواژه یکسان نیستند.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../models/services/session.cpp" line="+25"/>
        <source>The change could not be saved.</source>
        <translation>ذخیرهٔ تغییر ممکن نشد.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Nobody is signed in.</source>
        <translation>هیچ کاربری وارد نشده است.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This account is disabled. Ask the center manager.</source>
        <translation>این حساب کاربری غیرفعال است. به مسئول مرکز مراجعه کنید.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Non-disclosure agreement for the +Life center software

1. The information of clients and households held in this software is confidential. I use it only for the duties of my role at this center.
2. I do not show, copy, photograph, print or send any of it to anyone who is not entitled to it, during or after my work at the center.
3. I keep my password to myself, lock the screen when I leave the computer and sign out at the end of the day.
4. I know that every view and change of a household file is recorded under my name.
5. I report any loss of a device or any disclosure to the center manager at once.
6. A breach of this agreement is dealt with under the rules of the Welfare Organization and the law.</source>
        <translation>پیمان عدم افشای اطلاعات نرم‌افزار مرکز + زندگی

۱. اطلاعات مددجویان و خانوارهایی که در این نرم‌افزار نگهداری می‌شود محرمانه است. این اطلاعات را فقط برای انجام وظایف شغلی خود در این مرکز به کار می‌برم.
۲. هیچ بخشی از این اطلاعات را، چه در مدت کار در مرکز و چه پس از آن، به کسی که مجاز به دسترسی به آن نیست نشان نمی‌دهم و از آن برای چنین کسی رونوشت، عکس یا نسخهٔ چاپی تهیه نمی‌کنم و آن را برایش نمی‌فرستم.
۳. گذرواژهٔ خود را نزد خود نگه می‌دارم، هنگام ترک رایانه صفحه را قفل می‌کنم و در پایان روز کاری از سامانه خارج می‌شوم.
۴. آگاهم که هر مشاهده و تغییر پرونده خانوار به نام من ثبت می‌شود.
۵. هرگونه گم شدن دستگاه یا افشای اطلاعات را بی‌درنگ به مسئول مرکز گزارش می‌دهم.
۶. با نقض این پیمان، طبق مقررات سازمان بهزیستی کشور و قوانین مربوط رفتار می‌شود.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>The idle time before locking is 1 to 120 minutes.</source>
        <translation>مدت عدم فعالیت پیش از قفل شدن باید بین ۱ تا ۱۲۰ دقیقه باشد.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Only the center manager may do this.</source>
        <translation>فقط مسئول مرکز اجازهٔ این کار را دارد.</translation>
    </message>
</context>
<context>
    <name>SqlCipherDriver</name>
    <message>
        <location filename="../models/storage/sqlcipher/sqlcipherdriver.cpp" line="+115"/>
        <location line="+17"/>
        <source>The database is not open.</source>
        <translation>پایگاه داده باز نیست.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The SQL script failed.</source>
        <translation>اجرای اسکریپت SQL ناموفق بود.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Unable to begin transaction.</source>
        <translation>شروع تراکنش ممکن نشد.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unable to commit transaction.</source>
        <translation>ثبت نهایی تراکنش ممکن نشد.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unable to roll back transaction.</source>
        <translation>بازگرداندن تراکنش ممکن نشد.</translation>
    </message>
    <message>
        <location filename="../models/storage/sqlcipher/sqlcipherdriveropen.cpp" line="+45"/>
        <source>Invalid QSQLCIPHER_BUSY_TIMEOUT value.</source>
        <translation>مقدار QSQLCIPHER_BUSY_TIMEOUT نامعتبر است.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown connect option: %1</source>
        <translation>گزینهٔ اتصال ناشناخته: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>QSQLCIPHER_CREATE and QSQLCIPHER_READONLY exclude each other.</source>
        <translation>گزینه‌های QSQLCIPHER_CREATE و QSQLCIPHER_READONLY را نمی‌توان با هم به کار برد.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Passwords are not accepted; set the raw key with setKey().</source>
        <translation>گذرواژه پذیرفته نمی‌شود؛ کلید خام را با setKey()‎ تنظیم کنید.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database key must be exactly 32 bytes.</source>
        <translation>کلید پایگاه داده باید دقیقاً ۳۲ بایت باشد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No key was set for this open; call setKey() before every open.</source>
        <translation>برای این بار باز کردن، کلیدی تنظیم نشده است؛ پیش از هر بار باز کردن، setKey()‎ را فراخوانی کنید.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The database file does not exist.</source>
        <translation>فایل پایگاه داده وجود ندارد.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The database file cannot be opened.</source>
        <translation>فایل پایگاه داده باز نمی‌شود.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This program needs SQLCipher; the SQLite library in use cannot encrypt.</source>
        <translation>این برنامه به SQLCipher نیاز دارد؛ کتابخانهٔ SQLite در حال استفاده توانایی رمزنگاری ندارد.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The database key could not be applied.</source>
        <translation>اعمال کلید پایگاه داده ممکن نشد.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Cipher settings failed.</source>
        <translation>اعمال تنظیمات رمزنگاری ناموفق بود.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The key does not open this database.</source>
        <translation>این کلید، این پایگاه داده را باز نمی‌کند.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is encrypted or is not a database.</source>
        <translation>فایل رمزنگاری شده است یا پایگاه داده نیست.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database cannot be read.</source>
        <translation>پایگاه داده خوانده نمی‌شود.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connection settings failed.</source>
        <translation>اعمال تنظیمات اتصال ناموفق بود.</translation>
    </message>
</context>
<context>
    <name>SqlCipherResult</name>
    <message>
        <location filename="../models/storage/sqlcipher/sqlcipherresult.cpp" line="+85"/>
        <source>Unable to execute statement.</source>
        <translation>اجرای دستور ممکن نشد.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The database is not open.</source>
        <translation>پایگاه داده باز نیست.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unable to prepare statement.</source>
        <translation>آماده‌سازی دستور ممکن نشد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The query is empty.</source>
        <translation>پرس‌وجو خالی است.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only one statement per query; use executeScript() for several.</source>
        <translation>در هر پرس‌وجو فقط یک دستور مجاز است؛ برای چند دستور از executeScript()‎ استفاده کنید.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Parameter count mismatch.</source>
        <translation>تعداد پارامترها مطابقت ندارد.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot store a value of type %1 (parameter %2).</source>
        <translation>مقداری از نوع %1 را نمی‌توان ذخیره کرد (پارامتر %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unable to bind value.</source>
        <translation>انتساب مقدار به پارامتر ممکن نشد.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No prepared statement to execute.</source>
        <translation>دستور آماده‌شده‌ای برای اجرا وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <location filename="../models/storage/storeerror.h" line="+48"/>
        <source>The store is locked. Sign in first.</source>
        <translation>پایگاه داده قفل است. ابتدا وارد شوید.</translation>
    </message>
</context>
<context>
    <name>Validators</name>
    <message>
        <location filename="../models/locale/validators.cpp" line="+68"/>
        <source>A national code contains only digits.</source>
        <translation>کد ملی فقط از رقم تشکیل می‌شود.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the national code.</source>
        <translation>کد ملی را وارد کنید.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>A national code has 10 digits.</source>
        <translation>کد ملی ۱۰ رقم دارد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This national code is not valid.</source>
        <translation>این کد ملی معتبر نیست.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This national code is not valid: please check the digits.</source>
        <translation>این کد ملی معتبر نیست؛ لطفاً رقم‌ها را بررسی کنید.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A postal code contains only digits.</source>
        <translation>کد پستی فقط از رقم تشکیل می‌شود.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the postal code.</source>
        <translation>کد پستی را وارد کنید.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>A postal code has 10 digits.</source>
        <translation>کد پستی ۱۰ رقم دارد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This postal code is not valid.</source>
        <translation>این کد پستی معتبر نیست.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A mobile number contains only digits (and + before the country code).</source>
        <translation>شمارهٔ تلفن همراه فقط از رقم تشکیل می‌شود (و علامت + پیش از کد کشور).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the mobile number.</source>
        <translation>شمارهٔ تلفن همراه را وارد کنید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A mobile number starts with 09 (or +98 9).</source>
        <translation>شمارهٔ تلفن همراه با ۰۹ (یا ‎+۹۸ ۹) شروع می‌شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A mobile number has 11 digits, starting with 09.</source>
        <translation>شمارهٔ تلفن همراه ۱۱ رقم دارد و با ۰۹ شروع می‌شود.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>Only Iranian mobile numbers (+98) are accepted.</source>
        <translation>فقط شماره‌های تلفن همراه ایران (‎+۹۸) پذیرفته می‌شود.</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message numerus="yes">
        <location filename="../models/storage/vault.cpp" line="+39"/>
        <source>Too many failed attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>تعداد تلاش‌های ناموفق بیش از حد مجاز است. %n ثانیهٔ دیگر دوباره تلاش کنید.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/storage/vaultconnections.cpp" line="+62"/>
        <source>The key file does not open this database (they do not belong together, or the database is damaged). Nothing was changed.</source>
        <translation>فایل کلید این پایگاه داده را باز نمی‌کند (این دو به هم تعلق ندارند یا پایگاه داده آسیب دیده است). هیچ تغییری داده نشد.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The store cannot be opened: %1</source>
        <translation>پایگاه داده باز نمی‌شود: %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Not enough memory to derive the keys.</source>
        <translation>حافظهٔ کافی برای استخراج کلیدها وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>VaultFile</name>
    <message>
        <location filename="../models/storage/vaultfile.cpp" line="+44"/>
        <source>The store&apos;s key file is damaged. Restore it from a backup; nothing was changed.</source>
        <translation>فایل کلید پایگاه داده آسیب دیده است. آن را از پشتیبان بازیابی کنید؛ هیچ تغییری داده نشد.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>This store was written by a newer PlusLife Desk. Install the newer version; nothing was changed.</source>
        <translation>این پایگاه داده با نسخهٔ جدیدتری از PlusLife Desk ساخته شده است. نسخهٔ جدیدتر را نصب کنید؛ هیچ تغییری داده نشد.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The store&apos;s key file is missing.</source>
        <translation>فایل کلید پایگاه داده پیدا نشد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The store&apos;s key file cannot be read: %1</source>
        <translation>فایل کلید پایگاه داده خوانده نمی‌شود: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The store&apos;s key file could not be saved (%1). Nothing was changed.</source>
        <translation>ذخیرهٔ فایل کلید پایگاه داده ممکن نشد (%1). هیچ تغییری داده نشد.</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../models/domain/worker.cpp" line="+59"/>
        <source>A user name has 3 to 32 Latin letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, and starts with a letter.</source>
        <translation>نام کاربری از ۳ تا ۳۲ حرف لاتین، رقم، «.»، «_» یا «-» تشکیل می‌شود و با یک حرف شروع می‌شود.</translation>
    </message>
</context>
<context>
    <name>WorkerRole</name>
    <message>
        <location line="-24"/>
        <source>Center manager</source>
        <translation>مسئول مرکز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Social worker</source>
        <translation>مددکار اجتماعی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part-time specialist</source>
        <translation>کارشناس پاره‌وقت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reception</source>
        <translation>متصدی پذیرش</translation>
    </message>
</context>
<context>
    <name>WorkingCalendar</name>
    <message>
        <location filename="../models/locale/workingcalendar.cpp" line="+67"/>
        <source>The working calendar file is not valid: %1: %2</source>
        <translation>فایل تقویم کاری معتبر نیست: %1: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Working day</source>
        <translation>روز کاری</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Half day</source>
        <translation>نیمه‌وقت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekend</source>
        <translation>تعطیل آخر هفته</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Official holiday</source>
        <translation>تعطیل رسمی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>تعطیلی موردی</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The working calendar file is not valid JSON: %1 (at character %2).</source>
        <translation>فایل تقویم کاری، JSON معتبر نیست: %1 (در نویسهٔ %2).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the file must hold a JSON object</source>
        <translation>فایل باید یک شیء JSON داشته باشد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this is not a working calendar file (format must be &quot;%1&quot;)</source>
        <translation>این فایل، فایل تقویم کاری نیست (قالب باید &quot;%1&quot; باشد)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>missing or not a number</source>
        <translation>وجود ندارد یا عدد نیست</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>version %1 is newer than this application reads (%2); update the application</source>
        <translation>نسخهٔ %1 جدیدتر از نسخه‌ای است که این برنامه می‌خواند (%2)؛ برنامه را به‌روز کنید</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;from&quot; and &quot;to&quot; must be Jalali years, from &lt;= to</source>
        <translation>&quot;from&quot; و &quot;to&quot; باید سال شمسی باشند و &quot;from&quot; بزرگ‌تر از &quot;to&quot; نباشد</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>at least one pattern is needed</source>
        <translation>دست‌کم یک الگو لازم است</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+112"/>
        <source>&quot;scope&quot; is missing</source>
        <translation>&quot;scope&quot; وجود ندارد</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>&quot;effective_from&quot; must be a Jalali date like 1403/01/01</source>
        <translation>&quot;effective_from&quot; باید تاریخ شمسی باشد، مانند 1403/01/01</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;days&quot;.&quot;%1&quot; must be &quot;working&quot;, &quot;half_day&quot; or &quot;closed&quot;</source>
        <translation>&quot;days&quot;.&quot;%1&quot; باید &quot;working&quot;، &quot;half_day&quot; یا &quot;closed&quot; باشد</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a week needs at least one working day</source>
        <translation>هر هفته دست‌کم به یک روز کاری نیاز دارد</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a pattern with scope &quot;national&quot; is needed</source>
        <translation>الگویی با &quot;scope&quot; برابر با &quot;national&quot; لازم است</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+52"/>
        <source>must be a list</source>
        <translation>باید فهرست باشد</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+52"/>
        <source>&quot;date&quot; must be a valid Jalali date like 1405/01/01</source>
        <translation>&quot;date&quot; باید تاریخ شمسی معتبر باشد، مانند 1405/01/01</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>the date is outside &quot;covered_years&quot;</source>
        <translation>تاریخ خارج از بازهٔ &quot;covered_years&quot; است</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;gregorian&quot; does not fall on the same day as &quot;date&quot;</source>
        <translation>&quot;gregorian&quot; با &quot;date&quot; بر یک روز منطبق نیست</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;name_fa&quot; and &quot;name_en&quot; are needed</source>
        <translation>&quot;name_fa&quot; و &quot;name_en&quot; لازم است</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;lunar&quot; must be true or false</source>
        <translation>&quot;lunar&quot; باید true یا false باشد</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>a reason (&quot;reason_fa&quot; or &quot;reason_en&quot;) is needed</source>
        <translation>ذکر علت (&quot;reason_fa&quot; یا &quot;reason_en&quot;) لازم است</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+40"/>
        <source>PlusLife Desk</source>
        <translation>PlusLife Desk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Desktop client of the Behzisti +Life service centers.</source>
        <translation>نرم‌افزار رومیزی مراکز خدمات بهزیستی + زندگی.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the center&apos;s store in &lt;dir&gt;.</source>
        <translation>پایگاه دادهٔ مرکز در پوشهٔ &lt;dir&gt; نگهداری شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try the app on a throwaway demo center (deleted on exit).</source>
        <translation>آزمودن برنامه روی یک مرکز نمایشی موقت (با بستن برنامه پاک می‌شود).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interface language: fa (default) or en.</source>
        <translation>زبان رابط کاربری: fa (پیش‌فرض) یا en.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown language “%1”: use fa or en.</source>
        <translation>زبان «%1» شناخته‌شده نیست؛ fa یا en را به کار ببرید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--demo uses a temporary folder of its own; leave out --data-dir.</source>
        <translation>گزینهٔ ‎--demo از پوشهٔ موقت خودش استفاده می‌کند؛ ‎--data-dir را به کار نبرید.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot create the folder %1.</source>
        <translation>ساختن پوشهٔ %1 ممکن نیست.</translation>
    </message>
</context>
<context>
    <name>pluslife::admin</name>
    <message>
        <location filename="../app/admin/admincommands.cpp" line="+46"/>
        <source>New password for %1: </source>
        <translation>گذرواژهٔ جدید برای %1: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same password again: </source>
        <translation>تکرار همان گذرواژه: </translation>
    </message>
</context>
<context>
    <name>pluslife::admin::AdminCommands</name>
    <message>
        <location line="+9"/>
        <source>Administration of a PlusLife Desk store, for IT staff and scripted checks.
Commands: init, add-worker, check, stats, backup FILE, restore FILE, rekey, recover.
Passwords come from PLUSLIFE_PASSWORD (the --as worker), PLUSLIFE_NEW_PASSWORD (a new account) and PLUSLIFE_RECOVERY_CODE, or are asked at the terminal.</source>
        <translation>مدیریت پایگاه دادهٔ PlusLife Desk، برای کارشناسان فناوری اطلاعات و بررسی‌های خودکار.
فرمان‌ها: init، add-worker، check، stats، backup FILE، restore FILE، rekey، recover.
گذرواژه‌ها از PLUSLIFE_PASSWORD (گذرواژهٔ کاربری که با ‎--as معرفی می‌شود)، PLUSLIFE_NEW_PASSWORD (برای حساب کاربری جدید) و PLUSLIFE_RECOVERY_CODE خوانده می‌شوند، یا در پایانه پرسیده می‌شوند.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What to do.</source>
        <translation>فرمانی که باید اجرا شود.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store&apos;s folder (default: the per-user data folder).</source>
        <translation>پوشهٔ پایگاه داده (پیش‌فرض: پوشهٔ داده‌های کاربر جاری).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The worker whose password opens the store.</source>
        <translation>کاربری که گذرواژه‌اش پایگاه داده را باز می‌کند.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <location line="+2"/>
        <source>USER</source>
        <translation>USER</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Language of the messages: fa or en.</source>
        <translation>زبان پیام‌ها: fa یا en.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>init: the center&apos;s code.</source>
        <translation>init: کد مرکز.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>init: the center&apos;s name.</source>
        <translation>init: نام مرکز.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+2"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>init: the province.</source>
        <translation>init: استان.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>init: the county.</source>
        <translation>init: شهرستان.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>init: licensed households, 150 or 450.</source>
        <translation>init: ظرفیت مجاز (تعداد خانوار)، 150 یا 450.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>init: the first manager&apos;s user name.</source>
        <translation>init: نام کاربری نخستین مسئول مرکز.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>init: the first manager&apos;s full name.</source>
        <translation>init: نام و نام خانوادگی نخستین مسئول مرکز.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add-worker: the new user name.</source>
        <translation>add-worker: نام کاربری جدید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add-worker: the worker&apos;s full name.</source>
        <translation>add-worker: نام و نام خانوادگی کارمند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add-worker: manager, social-worker, specialist or reception.</source>
        <translation>add-worker: نقش کارمند: manager (مسئول مرکز)، social-worker (مددکار اجتماعی)، specialist (کارشناس) یا reception (متصدی پذیرش).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print machine-readable JSON.</source>
        <translation>خروجی به صورت JSON ماشین‌خوان چاپ شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore: replace an existing store (kept aside).</source>
        <translation>restore: جایگزینی پایگاه دادهٔ موجود (نسخهٔ قبلی کنار گذاشته و نگهداری می‌شود).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Name a command; --help lists them.</source>
        <translation>یک فرمان را نام ببرید؛ ‎--help فهرست فرمان‌ها را نشان می‌دهد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown command: %1</source>
        <translation>فرمان ناشناخته: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--capacity is 150 or 450.</source>
        <translation>مقدار ‎--capacity باید 150 یا 450 باشد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>init needs --center-code, --center-name, --capacity and --manager.</source>
        <translation>فرمان init به ‎--center-code، ‎--center-name، ‎--capacity و ‎--manager نیاز دارد.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A store already exists in this folder; it was left as it is.</source>
        <translation>در این پوشه از قبل پایگاه داده‌ای وجود دارد؛ به آن دست زده نشد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No password was given, or the two did not match.</source>
        <translation>گذرواژه‌ای داده نشد، یا دو گذرواژه یکسان نبودند.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The center&apos;s store was created in %1.</source>
        <translation>پایگاه دادهٔ مرکز در %1 ساخته شد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery code (shown only now; write it down and keep it locked away):</source>
        <translation>کد بازیابی (فقط همین یک بار نمایش داده می‌شود؛ آن را یادداشت کنید و در جای امن و قفل‌دار نگه دارید):</translation>
    </message>
    <message>
        <location filename="../app/admin/storecommands.cpp" line="+53"/>
        <source>This command opens the store: name the worker with --as USER.</source>
        <translation>این فرمان پایگاه داده را باز می‌کند: کاربر را با ‎--as USER مشخص کنید.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+194"/>
        <source>There is no store in %1.</source>
        <translation>در %1 پایگاه داده‌ای وجود ندارد.</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>Password for %1: </source>
        <translation>گذرواژهٔ %1: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No password: set PLUSLIFE_PASSWORD or run at a terminal.</source>
        <translation>گذرواژه‌ای داده نشد: PLUSLIFE_PASSWORD را تنظیم کنید یا فرمان را در پایانه اجرا کنید.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--role is manager, social-worker, specialist or reception.</source>
        <translation>مقدار ‎--role باید manager، social-worker، specialist یا reception باشد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add-worker needs --user, --name and --role.</source>
        <translation>فرمان add-worker به ‎--user، ‎--name و ‎--role نیاز دارد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First password for %1: </source>
        <translation>نخستین گذرواژهٔ %1: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No password for the new worker: set PLUSLIFE_NEW_PASSWORD or run at a terminal.</source>
        <translation>گذرواژه‌ای برای کارمند جدید داده نشد: PLUSLIFE_NEW_PASSWORD را تنظیم کنید یا فرمان را در پایانه اجرا کنید.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Worker %1 added as %2; the password must be changed at the first sign-in.</source>
        <translation>کارمند %1 با نقش %2 افزوده شد؛ گذرواژه باید در نخستین ورود تغییر کند.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>ok    </source>
        <translation>درست  </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAIL  </source>
        <translation>خطا   </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>database integrity</source>
        <translation>یکپارچگی پایگاه داده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>database integrity: %1</source>
        <translation>یکپارچگی پایگاه داده: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>schema version %1 of %2</source>
        <translation>نسخهٔ طرح‌واره: %1 از %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>key slots: %1 password, %2 recovery, data key generation %3</source>
        <translation>جایگاه‌های کلید: %1 گذرواژه، %2 کد بازیابی؛ نسل کلید داده: %3</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>store size: %1 bytes</source>
        <translation>اندازهٔ پایگاه داده: %1 بایت</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>backup needs the archive&apos;s file name: backup FILE</source>
        <translation>فرمان backup به نام فایل بایگانی نیاز دارد: backup FILE</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Backup written and checked: %1</source>
        <translation>پشتیبان نوشته و بررسی شد: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>restore needs the archive&apos;s file name: restore FILE</source>
        <translation>فرمان restore به نام فایل بایگانی نیاز دارد: restore FILE</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The previous store was kept in %1.</source>
        <translation>پایگاه دادهٔ قبلی در %1 نگهداری شد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store restored into %1. On another computer, run &apos;recover&apos; with the recovery code first.</source>
        <translation>پایگاه داده در %1 از پشتیبان بازیابی شد. اگر این رایانه‌ای دیگر است، ابتدا فرمان recover را با کد بازیابی اجرا کنید.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The store has a new data key.</source>
        <translation>کلید دادهٔ پایگاه داده تعویض شد.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recovery code: </source>
        <translation>کد بازیابی: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No recovery code: set PLUSLIFE_RECOVERY_CODE or run at a terminal.</source>
        <translation>کد بازیابی داده نشد: PLUSLIFE_RECOVERY_CODE را تنظیم کنید یا فرمان را در پایانه اجرا کنید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer&apos;s keychain holds the store&apos;s key again; workers can sign in.</source>
        <translation>کلید پایگاه داده دوباره در جاکلیدی سیستم این رایانه قرار گرفت؛ کارکنان می‌توانند وارد شوند.</translation>
    </message>
</context>
<context>
    <name>pluslife::services</name>
    <message>
        <location filename="../models/services/workeradmin.cpp" line="+31"/>
        <source>The change could not be saved.</source>
        <translation>ذخیرهٔ تغییر ممکن نشد.</translation>
    </message>
</context>
<context>
    <name>pluslife::services::WorkerAdmin</name>
    <message>
        <location line="+23"/>
        <source>There is no such worker.</source>
        <translation>چنین کاربری وجود ندارد.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter the worker&apos;s full name.</source>
        <translation>نام و نام خانوادگی کارمند را وارد کنید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This user name is taken.</source>
        <translation>این نام کاربری قبلاً به کار رفته است.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>You cannot disable your own account.</source>
        <translation>نمی‌توانید حساب کاربری خودتان را غیرفعال کنید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The center needs at least one active manager.</source>
        <translation>مرکز باید دست‌کم یک مسئول مرکز با حساب کاربری فعال داشته باشد.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Enable the account first.</source>
        <translation>ابتدا حساب کاربری را فعال کنید.</translation>
    </message>
</context>
<context>
    <name>pluslife::storage</name>
    <message>
        <location filename="../models/storage/backuparchive.cpp" line="+31"/>
        <source>The backup file is damaged or is not a PlusLife Desk backup; nothing was restored.</source>
        <translation>فایل پشتیبان آسیب دیده است یا پشتیبان PlusLife Desk نیست؛ چیزی بازیابی نشد.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>This backup was made by a newer PlusLife Desk; install it first.</source>
        <translation>این پشتیبان با نسخهٔ جدیدتری از PlusLife Desk تهیه شده است؛ ابتدا آن نسخه را نصب کنید.</translation>
    </message>
    <message>
        <location filename="../models/storage/vault.cpp" line="-9"/>
        <source>The user name or the password is not right.</source>
        <translation>نام کاربری یا گذرواژه درست نیست.</translation>
    </message>
    <message>
        <location filename="../models/storage/vaultrekey.cpp" line="+63"/>
        <source>The new key could not be applied; the store still opens with the old one.</source>
        <translation>اعمال کلید جدید ممکن نشد؛ پایگاه داده همچنان با کلید قبلی باز می‌شود.</translation>
    </message>
</context>
<context>
    <name>pluslife::storage::BackupArchive</name>
    <message>
        <location filename="../models/storage/backuparchive.cpp" line="+25"/>
        <source>The store could not be read for the backup.</source>
        <translation>خواندن پایگاه داده برای تهیهٔ پشتیبان ممکن نشد.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The backup file could not be written (is the disk full, or the folder read-only?).</source>
        <translation>نوشتن فایل پشتیبان ممکن نشد (آیا دیسک پر است یا پوشه فقط‌خواندنی است؟).</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+15"/>
        <source>The backup file cannot be read.</source>
        <translation>فایل پشتیبان خوانده نمی‌شود.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The data folder cannot be created.</source>
        <translation>ساختن پوشهٔ داده‌ها ممکن نیست.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A store already exists in this folder. Use --force to replace it (the old files are kept aside).</source>
        <translation>در این پوشه از قبل پایگاه داده‌ای وجود دارد. برای جایگزین کردن آن از ‎--force استفاده کنید (فایل‌های قبلی کنار گذاشته و نگهداری می‌شوند).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>The old store could not be moved aside; nothing was restored.</source>
        <translation>کنار گذاشتن پایگاه دادهٔ قبلی ممکن نشد؛ چیزی بازیابی نشد.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>The store could not be written (is the disk full?).</source>
        <translation>نوشتن پایگاه داده ممکن نشد (آیا دیسک پر است؟).</translation>
    </message>
</context>
<context>
    <name>pluslife::storage::Vault</name>
    <message>
        <location filename="../models/storage/vault.cpp" line="+44"/>
        <source>A store already exists in this folder; it was left as it is.</source>
        <translation>در این پوشه از قبل پایگاه داده‌ای وجود دارد؛ به آن دست زده نشد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data folder cannot be created.</source>
        <translation>ساختن پوشهٔ داده‌ها ممکن نیست.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not enough memory to derive the keys.</source>
        <translation>حافظهٔ کافی برای استخراج کلیدها وجود ندارد.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>There is no store in this folder yet.</source>
        <translation>هنوز پایگاه داده‌ای در این پوشه وجود ندارد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file of the store is missing (the database or its key file). Restore from a backup; nothing was changed.</source>
        <translation>یکی از فایل‌های پایگاه داده (فایل داده‌ها یا فایل کلید آن) پیدا نشد. از پشتیبان بازیابی کنید؛ هیچ تغییری داده نشد.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The keychain entry of this store is damaged. Sign in with the recovery code to bind it again.</source>
        <translation>مدخل این پایگاه داده در جاکلیدی سیستم آسیب دیده است. با کد بازیابی وارد شوید تا دوباره پیوند داده شود.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The recovery code is not right.</source>
        <translation>کد بازیابی درست نیست.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The store&apos;s key file is damaged. Restore it from a backup; nothing was changed.</source>
        <translation>فایل کلید پایگاه داده آسیب دیده است. آن را از پشتیبان بازیابی کنید؛ هیچ تغییری داده نشد.</translation>
    </message>
    <message>
        <location filename="../models/storage/vaultrekey.cpp" line="+22"/>
        <source>The store is open in another program (PlusLife Desk or pluslife-admin). Close it and try again.</source>
        <translation>پایگاه داده در برنامهٔ دیگری (PlusLife Desk یا pluslife-admin) باز است. آن برنامه را ببندید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>A copy of the store could not be written (is the disk full?).</source>
        <translation>نوشتن رونوشت پایگاه داده ممکن نشد (آیا دیسک پر است؟).</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Neither the current nor the new key opens the store. Restore it from a backup; nothing was changed.</source>
        <translation>پایگاه داده نه با کلید فعلی باز می‌شود و نه با کلید جدید. آن را از پشتیبان بازیابی کنید؛ هیچ تغییری داده نشد.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::AddWorkerDialog</name>
    <message>
        <location filename="../ui/admin/addworkerdialog.cpp" line="+29"/>
        <source>Add a worker</source>
        <translation>افزودن کارمند</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;User name:</source>
        <translation>نام &amp;کاربری:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full &amp;name:</source>
        <translation>نام و نام &amp;خانوادگی:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;نقش:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Temporary password:</source>
        <translation>گذرواژهٔ &amp;موقت:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temporary password &amp;again:</source>
        <translation>&amp;تکرار گذرواژهٔ موقت:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add worker</source>
        <translation>&amp;افزودن کارمند</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Enter the worker&apos;s full name.</source>
        <translation>نام و نام خانوادگی کارمند را وارد کنید.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::CenterFields</name>
    <message>
        <location filename="../ui/setup/centerfields.cpp" line="+25"/>
        <source>The center&apos;s code in the +Life system, as Behzisti issued it.</source>
        <translation>کد مرکز در سامانه + زندگی، همان‌گونه که بهزیستی صادر کرده است.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose or type the province</source>
        <translation>استان را انتخاب یا وارد کنید</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Full center: %1 household files</source>
        <translation>مرکز با ظرفیت کامل: %1 پرونده خانوار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Small center: %1 household files</source>
        <translation>مرکز کوچک: %1 پرونده خانوار</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Center &amp;code:</source>
        <translation>&amp;کد مرکز:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Center &amp;name:</source>
        <translation>&amp;نام مرکز:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Province:</source>
        <translation>&amp;استان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ounty:</source>
        <translation>&amp;شهرستان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licensed c&amp;apacity:</source>
        <translation>&amp;ظرفیت مجاز:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 household files</source>
        <translation>%1 پرونده خانوار</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::CenterPage</name>
    <message>
        <location filename="../ui/setup/centerpage.cpp" line="+19"/>
        <source>Your +Life center</source>
        <translation>مرکز + زندگی شما</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As it appears on the center&apos;s licence. The manager can change these details later.</source>
        <translation>مطابق مجوز مرکز. مسئول مرکز بعداً می‌تواند این مشخصات را تغییر دهد.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::CenterSettingsDialog</name>
    <message>
        <location filename="../ui/admin/centersettingsdialog.cpp" line="+26"/>
        <source>Center settings</source>
        <translation>تنظیمات مرکز</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The center</source>
        <translation>مرکز</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Security</source>
        <translation>امنیت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock the desk after this much time without use:</source>
        <translation>&amp;قفل شدن برنامه پس از این مدت عدم فعالیت:</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::ChangePasswordDialog</name>
    <message>
        <location filename="../ui/signin/changepassworddialog.cpp" line="+27"/>
        <source>Change password</source>
        <translation>تغییر گذرواژه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The manager set a temporary password for you. Choose your own password before you go on.</source>
        <translation>مسئول مرکز برای شما گذرواژهٔ موقت تعیین کرده است. پیش از ادامه، گذرواژهٔ خودتان را انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a new password of at least 10 characters.</source>
        <translation>گذرواژهٔ جدیدی با دست‌کم ۱۰ نویسه انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Temporary password:</source>
        <translation>گذرواژهٔ &amp;موقت:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Current password:</source>
        <translation>گذرواژهٔ &amp;فعلی:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New password:</source>
        <translation>گذرواژهٔ &amp;جدید:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password &amp;again:</source>
        <translation>تکرار &amp;گذرواژهٔ جدید:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Change password</source>
        <translation>&amp;تغییر گذرواژه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sign out</source>
        <translation>&amp;خروج</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::HomePage</name>
    <message>
        <location filename="../ui/main/homepage.cpp" line="+47"/>
        <source>The center</source>
        <translation>مرکز</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code:</source>
        <translation>کد:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province and county:</source>
        <translation>استان و شهرستان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licensed capacity:</source>
        <translation>ظرفیت مجاز:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workers:</source>
        <translation>کارکنان:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic lock:</source>
        <translation>قفل خودکار:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Welcome, %1</source>
        <translation>%1، خوش آمدید</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in as %1 (%2)</source>
        <translation>شما با نام %1 (%2) وارد شده‌اید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today is %1</source>
        <translation>امروز %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 household files</source>
        <translation>%1 پرونده خانوار</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 active (%2 accounts in all)</source>
        <translation>%1 فعال (در مجموع %2 حساب کاربری)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>after %Ln minute(s) without use</source>
        <translation>
            <numerusform>پس از %Ln دقیقه عدم فعالیت</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pluslife::ui::LockScreen</name>
    <message>
        <location filename="../ui/lock/lockscreen.cpp" line="+29"/>
        <source>&amp;Unlock</source>
        <translation>&amp;باز کردن قفل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in as &amp;someone else</source>
        <translation>ورود با &amp;کاربری دیگر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PlusLife Desk is locked</source>
        <translation>PlusLife Desk قفل است</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 (%2) was working here. Enter the password to go on.</source>
        <translation>%1 (%2) با این رایانه کار می‌کرد. برای ادامه، گذرواژه را وارد کنید.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::LockoutCountdown</name>
    <message>
        <location filename="../ui/common/lockoutcountdown.cpp" line="+51"/>
        <source>Too many failed attempts. You can try again in %1.</source>
        <translation>تعداد تلاش‌های ناموفق بیش از حد مجاز است. پس از %1 می‌توانید دوباره تلاش کنید.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::MainWindow</name>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="+57"/>
        <source>&amp;Lock</source>
        <translation>&amp;قفل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change password…</source>
        <translation>&amp;تغییر گذرواژه…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign &amp;out</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;بستن برنامه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Workers…</source>
        <translation>&amp;کارکنان…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Center &amp;settings…</source>
        <translation>&amp;تنظیمات مرکز…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About PlusLife Desk</source>
        <translation>&amp;درباره PlusLife Desk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Desk</source>
        <translation>&amp;میز کار</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Center</source>
        <translation>مر&amp;کز</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 — PlusLife Desk</source>
        <translation>%1 — PlusLife Desk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Center %1</source>
        <translation>مرکز %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>About PlusLife Desk</source>
        <translation>درباره PlusLife Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;PlusLife Desk %1&lt;/h3&gt;&lt;p&gt;The desktop client of the +Life service centers of the State Welfare Organization of Iran (Behzisti).&lt;/p&gt;&lt;p&gt;The center&apos;s files are kept encrypted on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PlusLife Desk %1&lt;/h3&gt;&lt;p&gt;نرم‌افزار رومیزی مراکز خدمات بهزیستی + زندگی، وابسته به سازمان بهزیستی کشور.&lt;/p&gt;&lt;p&gt;پرونده‌های مرکز به صورت رمزنگاری‌شده روی همین رایانه نگهداری می‌شوند.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::ManagerPage</name>
    <message>
        <location filename="../ui/setup/managerpage.cpp" line="+28"/>
        <source>The center manager</source>
        <translation>مسئول مرکز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first account: the manager adds the other workers after signing in.</source>
        <translation>نخستین حساب کاربری: مسئول مرکز پس از ورود، سایر کارکنان را اضافه می‌کند.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create center</source>
        <translation>&amp;ایجاد مرکز</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>3 to 32 Latin letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>۳ تا ۳۲ حرف لاتین، رقم، «.»، «_» یا «-» که با یک حرف شروع شود.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;User name:</source>
        <translation>نام &amp;کاربری:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full &amp;name:</source>
        <translation>نام و نام &amp;خانوادگی:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;گذرواژه:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password &amp;again:</source>
        <translation>&amp;تکرار گذرواژه:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a password of at least 10 characters that only you know. Nobody, not even Behzisti, can read the center&apos;s files without a worker&apos;s password or the recovery code.</source>
        <translation>گذرواژه‌ای با دست‌کم ۱۰ نویسه انتخاب کنید که فقط خودتان بدانید. هیچ‌کس، حتی سازمان بهزیستی، بدون گذرواژهٔ یکی از کارکنان یا کد بازیابی نمی‌تواند پرونده‌های مرکز را بخواند.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Enter the manager&apos;s full name.</source>
        <translation>نام و نام خانوادگی مسئول مرکز را وارد کنید.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::NdaDialog</name>
    <message>
        <location filename="../ui/signin/ndadialog.cpp" line="+23"/>
        <source>Non-disclosure agreement</source>
        <translation>پیمان عدم افشای اطلاعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, before you open the center&apos;s files, read and accept the agreement below.</source>
        <translation>%1، پیش از باز کردن پرونده‌های مرکز، پیمان زیر را بخوانید و بپذیرید.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>I &amp;accept</source>
        <translation>&amp;می‌پذیرم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I &amp;decline (sign out)</source>
        <translation>&amp;نمی‌پذیرم (خروج)</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::RecoveryCodeDialog</name>
    <message>
        <location filename="../ui/signin/recoverycodedialog.cpp" line="+27"/>
        <source>Recovery code</source>
        <translation>کد بازیابی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer no longer holds the key of the center&apos;s files. Type the recovery code written down when the center was set up. Afterwards every worker signs in with their own password as before.</source>
        <translation>کلید پرونده‌های مرکز دیگر روی این رایانه نیست. کد بازیابی را که هنگام راه‌اندازی مرکز یادداشت شده است وارد کنید. پس از آن، همهٔ کارکنان مانند گذشته با گذرواژهٔ خود وارد می‌شوند.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Open with this code</source>
        <translation>&amp;باز کردن با این کد</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Type the recovery code.</source>
        <translation>کد بازیابی را وارد کنید.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::RecoveryCodePage</name>
    <message>
        <location filename="../ui/setup/recoverycodepage.cpp" line="+24"/>
        <source>C&amp;opy</source>
        <translation>&amp;کپی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;چاپ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have &amp;written the recovery code down and will keep it safe</source>
        <translation>کد بازیابی را &amp;یادداشت کرده‌ام و آن را در جای امن نگه می‌دارم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recovery code</source>
        <translation>کد بازیابی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown this once. Write it on paper and keep it locked away, apart from the computer.</source>
        <translation>فقط همین یک بار نمایش داده می‌شود. آن را روی کاغذ بنویسید و جدا از رایانه، در جایی قفل‌دار نگه دارید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If this computer&apos;s keychain is lost (a new operating system, a new user profile, a repaired disk), only this code opens the center&apos;s files again. PlusLife Desk does not keep it anywhere, and nobody can recover it.</source>
        <translation>اگر جاکلیدی سیستم این رایانه از دست برود (سیستم‌عامل تازه، نمایهٔ کاربری تازه، دیسک تعمیرشده)، فقط این کد می‌تواند پرونده‌های مرکز را دوباره باز کند. PlusLife Desk این کد را در هیچ جا نگه نمی‌دارد و هیچ‌کس نمی‌تواند آن را بازیابی کند.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Recovery code</source>
        <translation>کد بازیابی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copies the code; the clipboard is cleared again after 60 seconds.</source>
        <translation>کد را کپی می‌کند؛ حافظهٔ موقت (کلیپ‌بورد) پس از ۶۰ ثانیه دوباره پاک می‌شود.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>C&amp;opied (cleared in 60 s)</source>
        <translation>&amp;کپی شد (پس از ۶۰ ثانیه پاک می‌شود)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Print the recovery code</source>
        <translation>چاپ کد بازیابی</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PlusLife Desk recovery code</source>
        <translation>کد بازیابی PlusLife Desk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep this sheet locked away, apart from the computer.</source>
        <translation>این برگه را جدا از رایانه، در جایی قفل‌دار نگه دارید.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::SetupWizard</name>
    <message>
        <location filename="../ui/setup/setupwizard.cpp" line="+40"/>
        <source>Set up PlusLife Desk</source>
        <translation>راه‌اندازی PlusLife Desk</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Write the recovery code down and tick the box before you close this window. It is not shown again.</source>
        <translation>پیش از بستن این پنجره، کد بازیابی را یادداشت کنید و گزینهٔ مربوط را علامت بزنید. این کد دیگر نمایش داده نمی‌شود.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::SignInDialog</name>
    <message>
        <location filename="../ui/signin/signindialog.cpp" line="+31"/>
        <source>&amp;Sign in</source>
        <translation>&amp;ورود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the &amp;recovery code…</source>
        <translation>&amp;استفاده از کد بازیابی…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in to PlusLife Desk</source>
        <translation>ورود به PlusLife Desk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in with your user name and password.</source>
        <translation>با نام کاربری و گذرواژهٔ خود وارد شوید.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;User name:</source>
        <translation>نام &amp;کاربری:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;گذرواژه:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;بستن برنامه</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Enter your user name and your password.</source>
        <translation>نام کاربری و گذرواژهٔ خود را وارد کنید.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This computer can open the center&apos;s files again. Sign in with your password.</source>
        <translation>این رایانه دوباره می‌تواند پرونده‌های مرکز را باز کند. با گذرواژهٔ خود وارد شوید.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::TemporaryPasswordDialog</name>
    <message>
        <location filename="../ui/admin/temporarypassworddialog.cpp" line="+37"/>
        <source>&amp;Temporary password:</source>
        <translation>گذرواژهٔ &amp;موقت:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temporary password &amp;again:</source>
        <translation>&amp;تکرار گذرواژهٔ موقت:</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::WorkersDialog</name>
    <message>
        <location filename="../ui/admin/workersdialog.cpp" line="+38"/>
        <source>&amp;Add…</source>
        <translation>&amp;افزودن…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Disable</source>
        <translation>&amp;غیرفعال کردن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enable…</source>
        <translation>&amp;فعال کردن…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset password…</source>
        <translation>&amp;بازنشانی گذرواژه…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workers</source>
        <translation>کارکنان</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User name</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agreement accepted</source>
        <translation>پذیرش پیمان</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled</source>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not yet</source>
        <translation>هنوز نه</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 was added and must choose a password at the first sign-in.</source>
        <translation>%1 افزوده شد و باید در نخستین ورود، گذرواژهٔ خود را انتخاب کند.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Disable account</source>
        <translation>غیرفعال کردن حساب کاربری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable the account of %1? The password stops working at once; the worker&apos;s records stay.</source>
        <translation>حساب کاربری %1 غیرفعال شود؟ گذرواژهٔ او بی‌درنگ از کار می‌افتد؛ سوابق ثبت‌شدهٔ این کارمند باقی می‌ماند.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The account of %1 is disabled.</source>
        <translation>حساب کاربری %1 غیرفعال شد.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enable account</source>
        <translation>فعال کردن حساب کاربری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable the account of %1 again with a temporary password. Tell it to them in person; they choose their own at the next sign-in.</source>
        <translation>حساب کاربری %1 را با یک گذرواژهٔ موقت دوباره فعال کنید. گذرواژه را حضوری به او بگویید؛ او در ورود بعدی، گذرواژهٔ خود را انتخاب می‌کند.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The account of %1 is enabled.</source>
        <translation>حساب کاربری %1 فعال شد.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reset password</source>
        <translation>بازنشانی گذرواژه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give %1 a temporary password. Tell it to them in person; they must choose their own at the next sign-in.</source>
        <translation>برای %1 یک گذرواژهٔ موقت تعیین کنید. گذرواژه را حضوری به او بگویید؛ او باید در ورود بعدی، گذرواژهٔ خود را انتخاب کند.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The password of %1 was reset.</source>
        <translation>گذرواژهٔ %1 بازنشانی شد.</translation>
    </message>
</context>
</TS>
