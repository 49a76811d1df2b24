<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>AttachmentStore</name>
    <message>
        <location filename="../models/storage/attachmentread.cpp" line="+32" />
        <source>This document is not in the store.</source>
        <translation>این مدرک در پایگاه داده وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../models/storage/attachmentstore.cpp" line="+104" />
        <source>This is not a valid reference to a document.</source>
        <translation>این ارجاع به مدرک معتبر نیست.</translation>
    </message>
    <message>
        <location filename="../models/storage/attachmentread.cpp" line="+7" />
        <source>The encrypted file of this document is missing from the attachments folder. Restore the data folder from a backup.</source>
        <translation>فایل رمزنگاری‌شدهٔ این مدرک در پوشهٔ پیوست‌ها پیدا نشد. پوشهٔ داده‌ها را از پشتیبان بازیابی کنید.</translation>
    </message>
    <message>
        <location filename="../models/storage/attachmentstore.cpp" line="-72" />
        <source>The encrypted file of this document is damaged or was changed, and cannot be opened. Restore the data folder from a backup.</source>
        <translation>فایل رمزنگاری‌شدهٔ این مدرک آسیب دیده یا تغییر کرده است و باز نمی‌شود. پوشهٔ داده‌ها را از پشتیبان بازیابی کنید.</translation>
    </message>
    <message>
        <location filename="../models/storage/attachmentput.cpp" line="+45" />
        <source>The file is larger than 50 MB. Scan it at a lower resolution or split it into several files.</source>
        <translation>حجم فایل بیش از ۵۰ مگابایت است. آن را با وضوح کمتر اسکن کنید یا به چند فایل تقسیم کنید.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The file is empty.</source>
        <translation>فایل خالی است.</translation>
    </message>
    <message>
        <location filename="../models/storage/attachmentstore.cpp" line="+11" />
        <source>Only PDF, JPEG, PNG and TIFF files can be attached.</source>
        <translation>فقط فایل‌های PDF، JPEG، PNG و TIFF را می‌توان پیوست کرد.</translation>
    </message>
    <message>
        <location filename="../models/storage/attachmentput.cpp" line="+7" />
        <source>The file's content does not match its type: it may be damaged or renamed. Only PDF, JPEG, PNG and TIFF files can be attached.</source>
        <translation>محتوای فایل با نوع آن مطابقت ندارد؛ ممکن است آسیب دیده یا نامش تغییر کرده باشد. فقط فایل‌های PDF، JPEG، PNG و TIFF را می‌توان پیوست کرد.</translation>
    </message>
    <message>
        <location filename="../models/storage/attachmentstore.cpp" line="+8" />
        <source>The file could not be read.</source>
        <translation>خواندن فایل ممکن نشد.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The document could not be saved in the attachments folder. Check that the disk is not full.</source>
        <translation>ذخیرهٔ مدرک در پوشهٔ پیوست‌ها ممکن نشد. بررسی کنید که دیسک پر نباشد.</translation>
    </message>
    <message>
        <location filename="../models/storage/attachmentread.cpp" line="+9" />
        <source>The document could not be saved to the chosen place. Check that the folder is writable and the disk is not full.</source>
        <translation>ذخیرهٔ مدرک در محل انتخاب‌شده ممکن نشد. بررسی کنید که اجازهٔ نوشتن در پوشه وجود داشته باشد و دیسک پر نباشد.</translation>
    </message>
    <message>
        <location filename="../models/storage/attachmentstore.cpp" line="+10" />
        <source>The list of documents in the store could not be read or changed.</source>
        <translation>خواندن یا تغییر فهرست مدارک در پایگاه داده ممکن نشد.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../models/storage/auditlog.cpp" line="+37" />
        <source>The audit log could not be written.</source>
        <translation>نوشتن در گزارش رویدادها ممکن نشد.</translation>
    </message>
    <message>
        <location line="+60" />
        <source>The audit log could not be read.</source>
        <translation>خواندن گزارش رویدادها ممکن نشد.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The audit log was altered at entry %1: an entry was changed, removed or inserted.</source>
        <translation>گزارش رویدادها در رویداد شمارهٔ %1 دست‌کاری شده است: رویدادی تغییر کرده، حذف شده یا افزوده شده است.</translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>Audit log intact: %n entries.</source>
        <translation>
            <numerusform>گزارش رویدادها سالم است: %n رویداد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupArchive</name>
    <message>
        <location filename="../models/storage/backuparchive.cpp" line="+29" />
        <source>The backup file is damaged or is not a PlusLife Desk backup; nothing was restored.</source>
        <translation>فایل پشتیبان آسیب دیده است یا پشتیبان PlusLife Desk نیست؛ چیزی بازیابی نشد.</translation>
    </message>
    <message>
        <location line="+93" />
        <source>This backup was made by a newer PlusLife Desk; install it first.</source>
        <translation>این پشتیبان با نسخهٔ جدیدتری از PlusLife Desk تهیه شده است؛ ابتدا آن نسخه را نصب کنید.</translation>
    </message>
    <message>
        <location line="+27" />
        <location line="+32" />
        <source>The store could not be read for the backup.</source>
        <translation>خواندن پایگاه داده برای تهیهٔ پشتیبان ممکن نشد.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The backup file could not be written (is the disk full, or the folder read-only?).</source>
        <translation>نوشتن فایل پشتیبان ممکن نشد (آیا دیسک پر است یا پوشه فقط‌خواندنی است؟).</translation>
    </message>
    <message>
        <location line="+16" />
        <location line="+16" />
        <source>The backup file cannot be read.</source>
        <translation>فایل پشتیبان خوانده نمی‌شود.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The data folder cannot be created.</source>
        <translation>ساختن پوشهٔ داده‌ها ممکن نیست.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A store already exists in this folder. Use --force to replace it (the old files are kept aside).</source>
        <translation>در این پوشه از قبل پایگاه داده‌ای وجود دارد. برای جایگزین کردن آن از ‎--force استفاده کنید (فایل‌های قبلی کنار گذاشته و نگهداری می‌شوند).</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+9" />
        <source>The old store could not be moved aside; nothing was restored.</source>
        <translation>کنار گذاشتن پایگاه دادهٔ قبلی ممکن نشد؛ چیزی بازیابی نشد.</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+8" />
        <location line="+6" />
        <source>The store could not be written (is the disk full?).</source>
        <translation>نوشتن پایگاه داده ممکن نشد (آیا دیسک پر است؟).</translation>
    </message>
</context>
<context>
    <name>CapacityService</name>
    <message>
        <location filename="../models/services/capacityservice.cpp" line="+101" />
        <source>The center would hold %1 active files, above its licensed capacity of %2. Only the manager may go beyond it, with a reason.</source>
        <translation>با این کار، مرکز %1 پروندهٔ فعال خواهد داشت که از ظرفیت مجاز آن (%2) بیشتر است. فقط مسئول مرکز، با ذکر دلیل، می‌تواند از ظرفیت مجاز فراتر رود.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The center is at %1 of its %2 licensed files.</source>
        <translation>مرکز اکنون %1 پرونده از %2 پروندهٔ ظرفیت مجاز خود را دارد.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>There is no such household file.</source>
        <translation>چنین پرونده خانواری وجود ندارد.</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+44" />
        <source>The assignment could not be saved.</source>
        <translation>ذخیرهٔ واگذاری پرونده ممکن نشد.</translation>
    </message>
    <message>
        <location line="-32" />
        <source>Files go to an active social worker.</source>
        <translation>پرونده‌ها فقط به مددکار اجتماعی دارای حساب کاربری فعال واگذار می‌شوند.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>This would give the worker %1 active files, above the limit of %2. Give a reason to go beyond it.</source>
        <translation>با این کار، این کارمند %1 پروندهٔ فعال خواهد داشت که از سقف %2 پرونده بیشتر است. برای فراتر رفتن از سقف، دلیل آن را بنویسید.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The worker now carries %1 of %2 files.</source>
        <translation>این کارمند اکنون %1 پرونده از سقف %2 پرونده را دارد.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>A worker's limit is 1 to 1000 files.</source>
        <translation>سقف پرونده‌های هر کارمند باید بین ۱ تا ۱۰۰۰ پرونده باشد.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>There is no such worker.</source>
        <translation>چنین کاربری وجود ندارد.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The change could not be saved.</source>
        <translation>ذخیرهٔ تغییر ممکن نشد.</translation>
    </message>
</context>
<context>
    <name>CaseFields</name>
    <message>
        <location filename="../models/domain/casefields.cpp" line="+31" />
        <source>housing</source>
        <translation>وضعیت مسکن</translation>
    </message>
    <message>
        <location line="+2" />
        <source>monthly rent</source>
        <translation>اجاره ماهانه</translation>
    </message>
    <message>
        <location line="+2" />
        <source>income sources</source>
        <translation>منابع درآمد</translation>
    </message>
    <message>
        <location line="+2" />
        <source>marital status</source>
        <translation>وضعیت تأهل</translation>
    </message>
    <message>
        <location line="+2" />
        <source>education</source>
        <translation>تحصیلات</translation>
    </message>
    <message>
        <location line="+2" />
        <source>occupation</source>
        <translation>شغل</translation>
    </message>
    <message>
        <location line="+2" />
        <source>disability</source>
        <translation>معلولیت</translation>
    </message>
    <message>
        <location line="+2" />
        <source>disability severity</source>
        <translation>شدت معلولیت</translation>
    </message>
    <message>
        <location line="+2" />
        <source>chronic illness</source>
        <translation>بیماری مزمن</translation>
    </message>
    <message>
        <location line="+2" />
        <source>insurance</source>
        <translation>بیمه</translation>
    </message>
    <message>
        <location line="+2" />
        <source>mobile number</source>
        <translation>شماره همراه</translation>
    </message>
    <message>
        <location line="+2" />
        <source>landline number</source>
        <translation>شماره تلفن ثابت</translation>
    </message>
    <message>
        <location line="+30" />
        <location line="+22" />
        <source>"%1" is not one of the values of %2.</source>
        <translation>«%1» از مقادیر مجاز %2 نیست.</translation>
    </message>
    <message>
        <location line="-11" />
        <source>The %1 must be a whole number, 0 or more.</source>
        <translation>%1 باید عددی صحیح و بزرگ‌تر یا مساوی صفر باشد.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The %1 can be at most %2 characters long.</source>
        <translation>%1 حداکثر می‌تواند %2 نویسه داشته باشد.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>A landline number is written with %1 to %2 digits.</source>
        <translation>شماره تلفن ثابت باید %1 تا %2 رقم داشته باشد.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>A form cannot change "%1".</source>
        <translation>هیچ فرمی نمی‌تواند «%1» را تغییر دهد.</translation>
    </message>
</context>
<context>
    <name>Center</name>
    <message>
        <location filename="../models/domain/center.cpp" line="+12" />
        <source>The center code has 1 to 20 Latin letters, digits or '-'.</source>
        <translation>کد مرکز از ۱ تا ۲۰ حرف لاتین، رقم یا «-» تشکیل می‌شود.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Enter the center's name.</source>
        <translation>نام مرکز را وارد کنید.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The licensed capacity is a number of households between 1 and 5000 (usually 150 or 450).</source>
        <translation>ظرفیت مجاز، تعداد خانوارهاست و باید عددی بین ۱ تا ۵۰۰۰ باشد (معمولاً ۱۵۰ یا ۴۵۰).</translation>
    </message>
</context>
<context>
    <name>CenterSetup</name>
    <message>
        <location filename="../models/services/centersetup.cpp" line="+27" />
        <source>Enter the manager's full name.</source>
        <translation>نام و نام خانوادگی مسئول مرکز را وارد کنید.</translation>
    </message>
    <message>
        <location line="+50" />
        <source>The center could not be saved.</source>
        <translation>ذخیرهٔ اطلاعات مرکز ممکن نشد.</translation>
    </message>
</context>
<context>
    <name>CentralRequests</name>
    <message>
        <location filename="../models/services/centralrequests.cpp" line="+45" />
        <source>This is not a valid national code; nothing was asked.</source>
        <translation>این کد ملی معتبر نیست؛ استعلامی فرستاده نشد.</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+9" />
        <source>The inquiry could not be queued.</source>
        <translation>استعلام در صف ارسال قرار نگرفت.</translation>
    </message>
    <message>
        <location line="+51" />
        <source>The text message could not be queued.</source>
        <translation>پیامک در صف ارسال قرار نگرفت.</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <location filename="../models/domain/choices.cpp" line="+18" />
        <source>Single</source>
        <translation>مجرد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Married</source>
        <translation>متأهل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Widowed</source>
        <translation>همسر فوت‌شده</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Divorced</source>
        <translation>طلاق‌گرفته</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cannot read and write</source>
        <translation>بی‌سواد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Can read and write</source>
        <translation>باسواد (خواندن و نوشتن)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Primary school</source>
        <translation>ابتدایی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Secondary school</source>
        <translation>راهنمایی / متوسطه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>High-school diploma</source>
        <translation>دیپلم</translation>
    </message>
    <message>
        <location line="+1" />
        <source>University</source>
        <translation>دانشگاهی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>At school now</source>
        <translation>در حال تحصیل</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No insurance</source>
        <translation>بدون بیمه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Health insurance</source>
        <translation>بیمه سلامت</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Social security</source>
        <translation>تأمین اجتماعی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Armed forces insurance</source>
        <translation>بیمه نیروهای مسلح</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other insurance</source>
        <translation>سایر بیمه‌ها</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No disability</source>
        <translation>بدون معلولیت</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Physical</source>
        <translation>جسمی-حرکتی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Visual</source>
        <translation>بینایی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hearing</source>
        <translation>شنوایی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Speech</source>
        <translation>گفتار و زبان</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Intellectual</source>
        <translation>ذهنی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Psychiatric</source>
        <translation>اعصاب و روان</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Multiple</source>
        <translation>چندمعلولیتی</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mild</source>
        <translation>خفیف</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Moderate</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Severe</source>
        <translation>شدید</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Very severe</source>
        <translation>خیلی شدید</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Owner</source>
        <translation>ملکی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tenant</source>
        <translation>استیجاری</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other housing</source>
        <translation>سایر (مسکن)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Walk-in</source>
        <translation>مراجعه حضوری</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Phone call</source>
        <translation>تماس تلفنی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Outreach</source>
        <translation>شناسایی فعال</translation>
    </message>
    <message>
        <location line="+1" />
        <source>County office referral</source>
        <translation>ارجاع از اداره بهزیستی شهرستان</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Central window referral</source>
        <translation>ارجاع از پنجره واحد</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Urgent</source>
        <translation>فوری</translation>
    </message>
    <message>
        <location line="+1" />
        <source>High</source>
        <translation>زیاد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Low</source>
        <translation>کم</translation>
    </message>
    <message>
        <location filename="../ui/intake/choicekeys.cpp" line="+12" />
        <source>Not recorded</source>
        <translation>ثبت نشده</translation>
    </message>
</context>
<context>
    <name>DemoEnvironment</name>
    <message>
        <location filename="../ui/app/demoenvironment.cpp" line="+55" />
        <source>No temporary folder for the demo center: %1</source>
        <translation>ساختن پوشهٔ موقت برای مرکز نمایشی ممکن نشد: %1</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Demo center with sample data only, deleted when you quit. Sign in as “%1” (the manager), “%2” (social worker) or “%3” (reception) with the password: %4</source>
        <translation>مرکز نمایشی، فقط با داده‌های نمونه، که با بستن برنامه پاک می‌شود. با نام کاربری «%1» (مسئول مرکز)، «%2» (مددکار اجتماعی) یا «%3» (متصدی پذیرش) و این گذرواژه وارد شوید: %4</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Demo: no system keychain answered, so the keys are kept in memory only.</source>
        <translation>نسخهٔ نمایشی: جاکلیدی سیستم پاسخ نداد، بنابراین کلیدها فقط در حافظه نگهداری می‌شوند.</translation>
    </message>
</context>
<context>
    <name>DemoFill</name>
    <message>
        <location filename="../models/services/demofill.cpp" line="+83" />
        <source>Ask for 1 to 100,000 households.</source>
        <translation>تعداد خانوارها باید بین ۱ تا ۱۰۰٬۰۰۰ باشد.</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Home visit</source>
        <translation>بازدید منزل</translation>
    </message>
    <message>
        <location line="+32" />
        <source>The demo data could not be saved.</source>
        <translation>ذخیرهٔ داده‌های نمایشی ممکن نشد.</translation>
    </message>
</context>
<context>
    <name>DocumentService</name>
    <message>
        <location filename="../models/services/documentservice.cpp" line="+27" />
        <source>The document could not be saved.</source>
        <translation>ذخیرهٔ مدرک ممکن نشد.</translation>
    </message>
    <message>
        <location line="+49" />
        <source>There is no such request type.</source>
        <translation>چنین نوع درخواستی وجود ندارد.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>There is no such household file.</source>
        <translation>چنین پرونده خانواری وجود ندارد.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>The file could not be read.</source>
        <translation>خواندن فایل ممکن نشد.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>There is no such document type.</source>
        <translation>چنین نوع مدرکی وجود ندارد.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This person is not a member of this household.</source>
        <translation>این فرد عضو این خانوار نیست.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>This file is already attached to this household file.</source>
        <translation>این فایل از قبل به این پرونده خانوار پیوست شده است.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>There is no such document.</source>
        <translation>چنین مدرکی وجود ندارد.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>A document must be checked before it can be verified.</source>
        <translation>مدرک پیش از تأیید باید بررسی شده باشد.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This document is already verified.</source>
        <translation>این مدرک قبلاً تأیید شده است.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This document is already checked.</source>
        <translation>این مدرک قبلاً بررسی شده است.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../ui/documents/documentstatetext.cpp" line="+17" />
        <source>Missing</source>
        <translation>ارائه نشده</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Attached, not checked</source>
        <translation>پیوست‌شده، بررسی‌نشده</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Checked</source>
        <translation>بررسی‌شده</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Verified</source>
        <translation>تأییدشده</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Household</source>
        <translation>خانوار</translation>
    </message>
    <message>
        <location line="+10" />
        <source>PDF, %1 KB</source>
        <translation>PDF، %1 کیلوبایت</translation>
    </message>
    <message>
        <location line="+2" />
        <source>JPEG image, %1 KB</source>
        <translation>تصویر JPEG، %1 کیلوبایت</translation>
    </message>
    <message>
        <location line="+2" />
        <source>PNG image, %1 KB</source>
        <translation>تصویر PNG، %1 کیلوبایت</translation>
    </message>
    <message>
        <location line="+1" />
        <source>TIFF image, %1 KB</source>
        <translation>تصویر TIFF، %1 کیلوبایت</translation>
    </message>
</context>
<context>
    <name>FileNumberBlocks</name>
    <message>
        <location filename="../models/storage/filenumberblocks.cpp" line="+15" />
        <source>No file number could be issued.</source>
        <translation>صدور شماره پرونده ممکن نشد.</translation>
    </message>
</context>
<context>
    <name>FollowUpTask</name>
    <message>
        <location filename="../models/domain/followuptask.cpp" line="+16" />
        <source>By hand</source>
        <translation>دستی</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Screening</source>
        <translation>غربالگری</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Referral</source>
        <translation>ارجاع</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Support plan</source>
        <translation>برنامه کمکی</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Open</source>
        <translation>در جریان</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Done</source>
        <translation>انجام شد</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cancelled</source>
        <translation>لغوشده</translation>
    </message>
</context>
<context>
    <name>FormAnswersText</name>
    <message>
        <location filename="../ui/forms/formanswerstext.cpp" line="+81" />
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location line="+22" />
        <source>Attached file: %1</source>
        <translation>پرونده پیوست: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Acknowledged</source>
        <translation>تأیید شد</translation>
    </message>
    <message>
        <location line="+13" />
        <source>No answers.</source>
        <translation>پاسخی ثبت نشده است.</translation>
    </message>
</context>
<context>
    <name>FormLauncher</name>
    <message>
        <location filename="../ui/forms/formlauncher.cpp" line="+38" />
        <source>The desk is locked; the draft is kept as it was last saved.</source>
        <translation>برنامه قفل است؛ پیش‌نویس به همان صورتی که آخرین بار ذخیره شد نگه داشته می‌شود.</translation>
    </message>
</context>
<context>
    <name>FormParser</name>
    <message>
        <location filename="../forms/engine/formchecker.cpp" line="+72" />
        <source>The file is not well-formed XML (%1).</source>
        <translation>این پرونده XML معتبری نیست (%1).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>A form must not declare a DOCTYPE or entities.</source>
        <translation>فرم نباید DOCTYPE یا موجودیت (entity) تعریف کند.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This is not an XForms document: the root element must be h:html.</source>
        <translation>این یک فرم XForms نیست: عنصر ریشه باید h:html باشد.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The form needs both h:head and h:body.</source>
        <translation>فرم باید هم h:head و هم h:body داشته باشد.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>The form has no model.</source>
        <translation>فرم بخش model ندارد.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>External secondary instances (src=) are not supported; put the choices inside the form.</source>
        <translation>نمونه‌های ثانویه بیرونی (src=) پشتیبانی نمی‌شوند؛ گزینه‌ها را درون خود فرم بگذارید.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Only the first instance may be without an id.</source>
        <translation>فقط نخستین instance می‌تواند بدون شناسه (id) باشد.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The model element "%1" is not supported.</source>
        <translation>عنصر «%1» در model پشتیبانی نمی‌شود.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The form has no primary instance.</source>
        <translation>فرم instance اصلی ندارد.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The primary instance is empty.</source>
        <translation>instance اصلی فرم خالی است.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The primary instance root needs an id attribute (the form id).</source>
        <translation>ریشه instance اصلی باید ویژگی id (شناسه فرم) داشته باشد.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The form id "%1" must be Latin letters, digits, _ . or -.</source>
        <translation>شناسه فرم «%1» فقط می‌تواند از حروف لاتین، رقم و نویسه‌های _ . - ساخته شود.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The instance "%1" is empty.</source>
        <translation>instance «%1» خالی است.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>itext may hold only translation elements.</source>
        <translation>درون itext فقط عنصر translation مجاز است.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A translation needs a lang.</source>
        <translation>هر translation باید ویژگی lang داشته باشد.</translation>
    </message>
    <message>
        <location line="+53" />
        <source>"%1" is not allowed inside a label.</source>
        <translation>«%1» درون برچسب (label) مجاز نیست.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>A label's ref must be jr:itext('…'), not "%1".</source>
        <translation>ref برچسب باید به صورت jr:itext('…') باشد، نه «%1».</translation>
    </message>
    <message>
        <location filename="../forms/engine/formcheckerbody.cpp" line="+55" />
        <source>A bind needs a nodeset.</source>
        <translation>هر bind باید nodeset داشته باشد.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The data type "%1" is not supported.</source>
        <translation>نوع داده «%1» پشتیبانی نمی‌شود.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>The preload "%1 %2" is not supported.</source>
        <translation>پیش‌بارگذاری «%1 %2» پشتیبانی نمی‌شود.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>"%1" is an identity field: a form may not change it.</source>
        <translation>«%1» از اطلاعات هویتی است و هیچ فرمی نمی‌تواند آن را تغییر دهد.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>"%1" is not a case field a form can save to.</source>
        <translation>«%1» از فیلدهای پرونده‌ای نیست که فرم بتواند در آن ذخیره کند.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The setvalue event "%1" is not supported.</source>
        <translation>رویداد «%1» برای setvalue پشتیبانی نمی‌شود.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>The control "%1" is not supported.</source>
        <translation>کنترل «%1» پشتیبانی نمی‌شود.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>A repeat needs a nodeset.</source>
        <translation>هر repeat باید nodeset داشته باشد.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The %1 control needs a ref.</source>
        <translation>کنترل %1 باید ref داشته باشد.</translation>
    </message>
    <message>
        <location line="+58" />
        <source>A choice needs a value without spaces.</source>
        <translation>هر گزینه باید مقداری بدون فاصله داشته باشد.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>An itemset needs a value ref and a label ref.</source>
        <translation>itemset باید هم value با ref و هم label با ref داشته باشد.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>An expression is empty.</source>
        <translation>یک عبارت خالی است.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The function %1() is not supported.</source>
        <translation>تابع ‎%1()‎ پشتیبانی نمی‌شود.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Dates are compared or subtracted directly in "%1"; use decimal-date-time() on both sides.</source>
        <translation>در «%1» تاریخ‌ها مستقیم مقایسه یا از هم کم شده‌اند؛ دو طرف را با decimal-date-time()‎ بنویسید.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The expression "%1" is not valid XPath.</source>
        <translation>عبارت «%1» یک XPath معتبر نیست.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 refers to %2, which is not in the form's instance.</source>
        <translation>%1 به %2 اشاره می‌کند که در instance فرم وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../forms/engine/formchecker.cpp" line="+27" />
        <source>A case field cannot be saved from inside a repeat.</source>
        <translation>فیلد پرونده را نمی‌توان از درون یک بخش تکرارشونده ذخیره کرد.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The choice "%1" is not a value %2 accepts.</source>
        <translation>گزینه «%1» از مقادیر مجاز %2 نیست.</translation>
    </message>
    <message>
        <location filename="../forms/engine/formparser.cpp" line="+15" />
        <source>line %1: %2</source>
        <translation>سطر %1: %2</translation>
    </message>
</context>
<context>
    <name>FormService</name>
    <message>
        <location filename="../forms/services/formservice.cpp" line="+25" />
        <source>The form could not be saved.</source>
        <translation>فرم ذخیره نشد.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>There is no such form.</source>
        <translation>چنین فرمی وجود ندارد.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>There is no such draft; it was submitted or discarded.</source>
        <translation>چنین پیش‌نویسی وجود ندارد؛ ثبت نهایی یا دور ریخته شده است.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>This visit is already done or cancelled.</source>
        <translation>این بازدید پیش‌تر انجام یا لغو شده است.</translation>
    </message>
    <message>
        <location filename="../forms/services/forminstall.cpp" line="+79" />
        <source>entities:saveto="%1": who a person is is changed only on the household file, never by a form.</source>
        <translation>entities:saveto="%1": اطلاعات هویتی افراد فقط در پرونده خانوار تغییر می‌کند، هرگز با فرم.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>entities:saveto="%1" is not a case field a form may write.</source>
        <translation>entities:saveto="%1" از فیلدهای پرونده‌ای نیست که فرم بتواند بنویسد.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>line %1: %2</source>
        <translation>سطر %1: %2</translation>
    </message>
    <message>
        <location line="+41" />
        <source>This form cannot be installed:</source>
        <translation>این فرم نصب نمی‌شود:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Version %2 of form %1 is already installed with different content; a changed form needs a new version.</source>
        <translation>نسخه %2 فرم %1 پیش‌تر با محتوای دیگری نصب شده است؛ فرم تغییریافته باید شماره نسخه تازه داشته باشد.</translation>
    </message>
    <message>
        <location line="+48" />
        <source>%1: the form cannot be read.</source>
        <translation>%1: فرم خوانده نمی‌شود.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Some forms of the library could not be installed:</source>
        <translation>برخی از فرم‌های مجموعه نصب نشدند:</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Version %2 of form %1 cannot be opened by this version of PlusLife Desk.</source>
        <translation>نسخه %2 فرم %1 با این نسخه از پلاس‌لایف دسک باز نمی‌شود.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Some forms from the central window could not be installed:</source>
        <translation>برخی از فرم‌های پنجره واحد نصب نشدند:</translation>
    </message>
    <message>
        <location filename="../forms/services/formservice.cpp" line="+49" />
        <source>There is no such visit.</source>
        <translation>چنین بازدیدی وجود ندارد.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This visit is not to this household.</source>
        <translation>این بازدید مربوط به این خانوار نیست.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>There is no such person.</source>
        <translation>چنین فردی وجود ندارد.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This person is not a member of this household.</source>
        <translation>این فرد عضو این خانوار نیست.</translation>
    </message>
    <message>
        <location filename="../forms/services/formdrafts.cpp" line="+30" />
        <source>Only the worker who started this form can continue it.</source>
        <translation>فقط کسی که این فرم را شروع کرده می‌تواند آن را ادامه دهد.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The saved answers of this form cannot be read.</source>
        <translation>پاسخ‌های ذخیره‌شده این فرم خوانده نمی‌شوند.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>This version of the form is no longer in use; start its latest version.</source>
        <translation>این نسخه از فرم دیگر به کار نمی‌رود؛ آخرین نسخه آن را شروع کنید.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The form could not be started.</source>
        <translation>فرم شروع نشد.</translation>
    </message>
    <message>
        <location line="+43" />
        <source>There is no such draft of this form; it was submitted or discarded.</source>
        <translation>چنین پیش‌نویسی از این فرم وجود ندارد؛ ثبت نهایی یا دور ریخته شده است.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Only the worker who started this form, or a manager, can discard it.</source>
        <translation>فقط کسی که این فرم را شروع کرده یا مسئول مرکز می‌تواند آن را دور بریزد.</translation>
    </message>
    <message>
        <location filename="../forms/services/formsubmit.cpp" line="+51" />
        <source>These answers belong to another form.</source>
        <translation>این پاسخ‌ها مربوط به فرم دیگری است.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>This form may not change "%1" of a household file.</source>
        <translation>این فرم نمی‌تواند «%1» پرونده خانوار را تغییر دهد.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>This form updates a household file; start it from the household file.</source>
        <translation>این فرم پرونده خانوار را به‌روز می‌کند؛ آن را از درون پرونده خانوار شروع کنید.</translation>
    </message>
    <message>
        <location filename="../forms/services/formsubmissions.cpp" line="+37" />
        <location line="+76" />
        <location filename="../forms/services/formsubmit.cpp" line="+11" />
        <source>There is no such submission.</source>
        <translation>چنین فرم ثبت‌شده‌ای وجود ندارد.</translation>
    </message>
    <message>
        <location line="-63" />
        <location filename="../forms/services/formsubmit.cpp" line="+3" />
        <source>This form was already corrected; correct its latest version.</source>
        <translation>این فرم پیش‌تر اصلاح شده است؛ آخرین نسخه اصلاح‌شده آن را اصلاح کنید.</translation>
    </message>
    <message>
        <location filename="../forms/services/formsubmit.cpp" line="+11" />
        <source>The answers have no instance id of their own.</source>
        <translation>پاسخ‌ها شناسه نمونه (instanceID) مخصوص به خود ندارند.</translation>
    </message>
    <message>
        <location line="+45" />
        <source>This household file has no head whose details the form could update.</source>
        <translation>این پرونده خانوار سرپرستی ندارد که فرم بتواند اطلاعاتش را به‌روز کند.</translation>
    </message>
    <message>
        <location filename="../forms/services/formsubmissions.cpp" line="-3" />
        <source>Only the worker who submitted this form, or a manager, can correct it.</source>
        <translation>فقط کسی که این فرم را ثبت کرده یا مسئول مرکز می‌تواند آن را اصلاح کند.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Another worker is already correcting this form.</source>
        <translation>همکار دیگری در حال اصلاح این فرم است.</translation>
    </message>
</context>
<context>
    <name>FormSession</name>
    <message>
        <location filename="../forms/engine/formitems.cpp" line="+129" />
        <source>This answer is not valid.</source>
        <translation>این پاسخ معتبر نیست.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This answer is required.</source>
        <translation>پاسخ به این پرسش الزامی است.</translation>
    </message>
    <message>
        <location filename="../forms/engine/formsession.cpp" line="+53" />
        <source>The saved answers do not belong to this form.</source>
        <translation>پاسخ‌های ذخیره‌شده مربوط به این فرم نیستند.</translation>
    </message>
    <message>
        <location filename="../forms/engine/sessionrecompute.cpp" line="+217" />
        <source>Enter a whole number.</source>
        <translation>یک عدد صحیح وارد کنید.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Enter a number.</source>
        <translation>یک عدد وارد کنید.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Enter a valid date.</source>
        <translation>یک تاریخ معتبر وارد کنید.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Enter a valid time.</source>
        <translation>یک ساعت معتبر وارد کنید.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Enter a valid date and time.</source>
        <translation>تاریخ و ساعت معتبر وارد کنید.</translation>
    </message>
    <message>
        <location filename="../forms/engine/formsession.cpp" line="+44" />
        <source>There is no question at %1.</source>
        <translation>در %1 پرسشی وجود ندارد.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This answer is filled in by the form and cannot be changed.</source>
        <translation>این پاسخ را خود فرم پر می‌کند و قابل تغییر نیست.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Choose one of the listed answers.</source>
        <translation>یکی از گزینه‌های فهرست را انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Choose only one answer.</source>
        <translation>فقط یک گزینه را انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>There is no repeat at %1.</source>
        <translation>در %1 بخش تکرارشونده‌ای وجود ندارد.</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+20" />
        <source>The form sets how many of these there are.</source>
        <translation>تعداد این موارد را خود فرم تعیین می‌کند.</translation>
    </message>
    <message>
        <location line="-5" />
        <source>There is no repeat row at %1.</source>
        <translation>در %1 ردیفی از بخش تکرارشونده وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>Household</name>
    <message>
        <location filename="../models/domain/household.cpp" line="+17" />
        <source>Head of household</source>
        <translation>سرپرست خانوار</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Spouse</source>
        <translation>همسر</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Child</source>
        <translation>فرزند</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Parent</source>
        <translation>پدر یا مادر</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Brother or sister</source>
        <translation>خواهر یا برادر</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Grandchild</source>
        <translation>نوه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other relative</source>
        <translation>سایر بستگان</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Suspended</source>
        <translation>معلق</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Closed</source>
        <translation>مختومه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Transferred</source>
        <translation>منتقل‌شده</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Female</source>
        <translation>زن</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Male</source>
        <translation>مرد</translation>
    </message>
</context>
<context>
    <name>HouseholdCsv</name>
    <message>
        <location filename="../models/services/householdcsv.cpp" line="+88" />
        <source>The file is empty.</source>
        <translation>فایل خالی است.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The header has no column "%1".</source>
        <translation>سطر عنوان، ستون "%1" را ندارد.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Line %1: </source>
        <translation>سطر %1: </translation>
    </message>
    <message>
        <location line="+9" />
        <source>sex is female or male.</source>
        <translation>جنسیت باید female (زن) یا male (مرد) باشد.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the birth date "%1" is not a Jalali date.</source>
        <translation>تاریخ تولد "%1" تاریخ شمسی نیست.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>unknown relation "%1".</source>
        <translation>نسبت "%1" شناخته‌شده نیست.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the household reference is empty.</source>
        <translation>شناسهٔ خانوار (household) خالی است.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>household %1 has a second head.</source>
        <translation>خانوار %1 سرپرست دوم دارد.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Household %1 has no head.</source>
        <translation>خانوار %1 سرپرست ندارد.</translation>
    </message>
</context>
<context>
    <name>HouseholdService</name>
    <message>
        <location filename="../models/services/householdaccess.cpp" line="+17" />
        <source>Your role does not allow this on this household file.</source>
        <translation>نقش شما اجازهٔ این کار را روی این پرونده خانوار نمی‌دهد.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>There is no such household file.</source>
        <translation>چنین پرونده خانواری وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../models/services/householdimport.cpp" line="+33" />
        <source>Household %1: </source>
        <translation>خانوار %1: </translation>
    </message>
    <message>
        <location line="+13" />
        <source>national code %1 also appears in household %2.</source>
        <translation>کد ملی %1 در خانوار %2 نیز آمده است.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>national code %1 is already in a file of this center.</source>
        <translation>کد ملی %1 از قبل در یکی از پرونده‌های این مرکز ثبت شده است.</translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>The list was not imported: %n problem(s) found.</source>
        <translation>
            <numerusform>فهرست وارد نشد: %n مورد مشکل پیدا شد.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/services/householdchanges.cpp" line="+24" />
        <location filename="../models/services/householdimport.cpp" line="+16" />
        <location filename="../models/services/householdservice.cpp" line="+26" />
        <source>The household file could not be saved.</source>
        <translation>ذخیرهٔ پرونده خانوار ممکن نشد.</translation>
    </message>
    <message>
        <location line="+49" />
        <location line="+128" />
        <source>Use 'change head' to make someone the head of household.</source>
        <translation>برای تعیین سرپرست خانوار از «تعیین به عنوان سرپرست» استفاده کنید.</translation>
    </message>
    <message>
        <location line="-103" />
        <location line="+31" />
        <location line="+48" />
        <location line="+27" />
        <source>This person is not a member of this household.</source>
        <translation>این فرد عضو این خانوار نیست.</translation>
    </message>
    <message>
        <location line="-100" />
        <source>Another person already has national code %1.</source>
        <translation>کد ملی %1 از قبل متعلق به فرد دیگری است.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Say whether the member left or died.</source>
        <translation>مشخص کنید که عضو خانوار، خانوار را ترک کرده یا فوت شده است.</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+29" />
        <location line="+128" />
        <source>Choose a new head of household first.</source>
        <translation>ابتدا سرپرست خانوار جدید را انتخاب کنید.</translation>
    </message>
    <message>
        <location line="-133" />
        <source>This person cannot be moved there.</source>
        <translation>این فرد را نمی‌توان به آنجا منتقل کرد.</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Choose how the member is related to the head of household.</source>
        <translation>نسبت عضو خانوار با سرپرست خانوار را انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Unknown file status.</source>
        <translation>وضعیت پرونده ناشناخته است.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give the reason for suspending, closing or transferring the file.</source>
        <translation>دلیل تعلیق، مختومه کردن یا انتقال پرونده را بنویسید.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>A file cannot be merged into itself.</source>
        <translation>پرونده را نمی‌توان با خودش ادغام کرد.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Merged into file %1</source>
        <translation>ادغام‌شده در پرونده %1</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The new head must be one of the members who leave.</source>
        <translation>سرپرست جدید باید یکی از اعضای جداشونده باشد.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Every person who leaves must be a member of this household.</source>
        <translation>همهٔ افراد جداشونده باید عضو این خانوار باشند.</translation>
    </message>
    <message>
        <location filename="../models/services/householdservice.cpp" line="+16" />
        <source>Enter the first and the last name.</source>
        <translation>نام و نام خانوادگی را وارد کنید.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose the sex.</source>
        <translation>جنسیت را انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>"%1" is not one of the values this field takes.</source>
        <translation>«%1» از مقادیر مجاز این فیلد نیست.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The birth date is in the future.</source>
        <translation>تاریخ تولد در آینده است.</translation>
    </message>
    <message>
        <location line="+65" />
        <source>National code %1 already belongs to a member of file %2; move the person from that file instead.</source>
        <translation>کد ملی %1 از قبل متعلق به یکی از اعضای پرونده %2 است؛ به جای آن، فرد را از آن پرونده منتقل کنید.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The head of household's national code is needed to open a file.</source>
        <translation>برای تشکیل پرونده، کد ملی سرپرست خانوار لازم است.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Housing is owner, tenant or other.</source>
        <translation>وضعیت مسکن باید «مالک»، «مستأجر» یا «سایر» باشد.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>The same person is listed twice.</source>
        <translation>یک فرد دو بار در فهرست آمده است.</translation>
    </message>
    <message>
        <location line="+60" />
        <source>Write down what was asked.</source>
        <translation>موضوع پرسش را بنویسید.</translation>
    </message>
</context>
<context>
    <name>HouseholdSummaryDocument</name>
    <message>
        <location filename="../ui/print/householdsummarydocument.cpp" line="+68" />
        <source>Household file %1</source>
        <translation>پرونده خانوار %1</translation>
    </message>
    <message>
        <location line="+44" />
        <source>The PDF could not be written to %1.</source>
        <translation>نوشتن فایل PDF در %1 ممکن نشد.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Print</source>
        <translation>چاپ</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Print household file</source>
        <translation>چاپ پرونده خانوار</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Save household file as PDF</source>
        <translation>ذخیرهٔ پرونده خانوار به صورت PDF</translation>
    </message>
    <message>
        <location line="+4" />
        <source>PDF documents (*.pdf)</source>
        <translation>سندهای PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+7" />
        <source>Save as PDF</source>
        <translation>ذخیره به صورت PDF</translation>
    </message>
    <message>
        <location line="-6" />
        <source>The household file was saved to %1. It holds personal data: keep it safe and delete it when done.</source>
        <translation>پرونده خانوار در %1 ذخیره شد. این فایل اطلاعات شخصی دارد؛ آن را در جای امن نگه دارید و پس از پایان کار پاک کنید.</translation>
    </message>
    <message>
        <location filename="../ui/print/summaryhtml.cpp" line="+34" />
        <source>not recorded</source>
        <translation>ثبت نشده</translation>
    </message>
    <message>
        <location line="+37" />
        <source>postal code %1</source>
        <translation>کد پستی %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 (rent %2 rials a month)</source>
        <translation>%1 (اجارهٔ ماهانه %2 ریال)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>#</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Father's name</source>
        <translation>نام پدر</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Relation</source>
        <translation>نسبت</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sex</source>
        <translation>جنسیت</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Birth date</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>National code</source>
        <translation>کد ملی</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Nothing has been recorded yet.</source>
        <translation>هنوز چیزی ثبت نشده است.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Center code %1 — %2, %3</source>
        <translation>کد مرکز %1 — %2، %3</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Household file</source>
        <translation>پرونده خانوار</translation>
    </message>
    <message>
        <location line="+3" />
        <source>File number:</source>
        <translation>شماره پرونده:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Printed on:</source>
        <translation>تاریخ چاپ:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status:</source>
        <translation>وضعیت:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Priority:</source>
        <translation>اولویت:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Social worker:</source>
        <translation>مددکار اجتماعی:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unassigned</source>
        <translation>واگذار نشده</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Opened on:</source>
        <translation>تاریخ تشکیل:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Address:</source>
        <translation>نشانی:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Housing:</source>
        <translation>وضعیت مسکن:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Head and members (%1)</source>
        <translation>سرپرست و اعضای خانوار (%1)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Latest events</source>
        <translation>آخرین رویدادها</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Printed by %1 on %2. Confidential: this page holds personal data of the household; keep it in the file and destroy copies.</source>
        <translation>چاپ‌شده توسط %1 در %2. محرمانه: این برگه اطلاعات شخصی خانوار را در بر دارد؛ آن را در پرونده نگه دارید و رونوشت‌ها را از بین ببرید.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <location filename="../models/storage/keychainsecretstore.cpp" line="+19" />
        <source>This computer's keychain does not hold the key of this store, or the keychain is locked. Unlock the keychain (sign in to the desktop again), or use the recovery code to bind the store to this computer again.</source>
        <translation>کلید این پایگاه داده در جاکلیدی سیستم این رایانه نیست، یا جاکلیدی قفل است. قفل جاکلیدی را باز کنید (از حساب کاربری رایانه خارج و دوباره وارد شوید)، یا با کد بازیابی، پایگاه داده را دوباره به این رایانه پیوند دهید.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The system keychain is locked or refused access. Unlock it (sign in to the desktop again) and try once more.</source>
        <translation>جاکلیدی سیستم قفل است یا اجازهٔ دسترسی نداد. قفل آن را باز کنید (از حساب کاربری رایانه خارج و دوباره وارد شوید) و باز هم تلاش کنید.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The system keychain is not available. Start a desktop session with a keychain, or sign in with the recovery code.</source>
        <translation>جاکلیدی سیستم در دسترس نیست. وارد محیط میزکاری (دسکتاپ) شوید که جاکلیدی دارد، یا با کد بازیابی وارد شوید.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <location filename="../models/storage/migrations.cpp" line="+20" />
        <source>The store could not be updated (%1).</source>
        <translation>به‌روزرسانی پایگاه داده ممکن نشد (%1).</translation>
    </message>
    <message>
        <location line="+80" />
        <source>This store was written by a newer PlusLife Desk (schema %1; this program knows %2). Install the newer version; nothing was changed.</source>
        <translation>این پایگاه داده با نسخهٔ جدیدتری از PlusLife Desk ساخته شده است (طرح‌وارهٔ %1؛ این برنامه تا طرح‌وارهٔ %2 را می‌شناسد). نسخهٔ جدیدتر را نصب کنید؛ هیچ تغییری داده نشد.</translation>
    </message>
</context>
<context>
    <name>NeedsAssessment</name>
    <message>
        <location filename="../models/services/needsassessment.cpp" line="+32" />
        <source>dwelling in poor condition</source>
        <translation>مسکن در وضعیت نامناسب</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unsafe dwelling</source>
        <translation>مسکن ناایمن</translation>
    </message>
    <message>
        <location line="+2" />
        <source>food sometimes short</source>
        <translation>گاهی کمبود غذا</translation>
    </message>
    <message>
        <location line="+2" />
        <source>food often short</source>
        <translation>بیشتر وقت‌ها کمبود غذا</translation>
    </message>
    <message>
        <location line="+2" />
        <source>lacks basic household items</source>
        <translation>کمبود لوازم ضروری منزل</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no heating</source>
        <translation>بدون وسیلهٔ گرمایشی</translation>
    </message>
    <message>
        <location line="+2" />
        <source>hazards in the home</source>
        <translation>خطرهای ایمنی در منزل</translation>
    </message>
    <message>
        <location line="+2" />
        <source>signs of risk in the family</source>
        <translation>نشانه‌های آسیب در خانواده</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 members, %2 dependants</source>
        <translation>%1 عضو، %2 نفر تحت تکفل</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No</source>
        <translation>خیر</translation>
    </message>
    <message>
        <location line="+3" />
        <source>None recorded</source>
        <translation>موردی ثبت نشده</translation>
    </message>
    <message>
        <location line="+3" />
        <source>severity not assessed</source>
        <translation>شدت ارزیابی نشده</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 members; most severe: %2</source>
        <translation>%1 عضو؛ بیشترین شدت: %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 members</source>
        <translation>%1 عضو</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 aged %2 or over</source>
        <translation>%1 نفر با سن %2 سال یا بیشتر</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 under %2</source>
        <translation>%1 نفر زیر %2 سال</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not known (no initial interview)</source>
        <translation>نامعلوم (مصاحبهٔ اولیه انجام نشده)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 rials a month per head (threshold %2)</source>
        <translation>%1 ریال در ماه برای هر نفر (آستانه: %2)</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+14" />
        <location line="+4" />
        <location line="+10" />
        <source>Not known</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <location line="-24" />
        <source>%1, rent %2 rials a month</source>
        <translation>%1، اجارهٔ ماهانه %2 ریال</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (%2% of the income)</source>
        <translation>%1 (%2٪ درآمد)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1; at risk of eviction</source>
        <translation>%1؛ در معرض خطر تخلیه</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No debts</source>
        <translation>بدون بدهی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Has debts, instalments %1 rials a month</source>
        <translation>بدهی دارد، اقساط ماهانه %1 ریال</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1; payments overdue</source>
        <translation>%1؛ اقساط معوق</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 members without health insurance</source>
        <translation>%1 عضو بدون بیمه سلامت</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No home visit reported</source>
        <translation>گزارش بازدید منزل ثبت نشده</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nothing of concern</source>
        <translation>مورد نگران‌کننده‌ای نیست</translation>
    </message>
    <message>
        <location line="+4" />
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../models/services/needsinternal.cpp" line="+16" />
        <source>The needs assessment could not be saved.</source>
        <translation>نیازسنجی ذخیره نشد.</translation>
    </message>
    <message>
        <location filename="../models/services/needsassessment.cpp" line="+18" />
        <source>No needs rules were given.</source>
        <translation>قواعد نیازسنجی مشخص نشده است.</translation>
    </message>
    <message>
        <location line="+14" />
        <location filename="../models/services/needsranking.cpp" line="+47" />
        <location line="+78" />
        <source>The needs rules could not be loaded: %1</source>
        <translation>بارگذاری قواعد نیازسنجی ممکن نشد: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Only the center manager and social workers assess needs.</source>
        <translation>فقط مسئول مرکز و مددکاران اجتماعی می‌توانند نیازسنجی کنند.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The household's needs could not be read.</source>
        <translation>خواندن اطلاعات نیازسنجی خانوار ممکن نشد.</translation>
    </message>
    <message>
        <location filename="../models/services/needsranking.cpp" line="-74" />
        <source>Only the center manager and social workers see the ranking of needs.</source>
        <translation>فقط مسئول مرکز و مددکاران اجتماعی می‌توانند رتبه‌بندی نیازها را ببینند.</translation>
    </message>
    <message>
        <location line="+18" />
        <location line="+9" />
        <location line="+55" />
        <source>The ranking could not be read.</source>
        <translation>خواندن رتبه‌بندی ممکن نشد.</translation>
    </message>
    <message>
        <location filename="../models/services/needsscores.cpp" line="+140" />
        <source>Choose the band: urgent, high, medium or low.</source>
        <translation>اولویت را انتخاب کنید: فوری، زیاد، متوسط یا کم.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give the reason for changing the band.</source>
        <translation>دلیل تغییر اولویت را بنویسید.</translation>
    </message>
    <message>
        <location filename="../models/services/needsplanitems.cpp" line="+19" />
        <source>There is no such support plan.</source>
        <translation>این برنامه کمکی وجود ندارد.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This support plan is already approved or replaced; propose a new plan to change it.</source>
        <translation>این برنامه کمکی پیش‌تر تأیید یا جایگزین شده است؛ برای تغییر آن، برنامهٔ تازه‌ای پیشنهاد کنید.</translation>
    </message>
    <message>
        <location line="+64" />
        <source>There is no such service in the support plan.</source>
        <translation>این خدمت در برنامه کمکی نیست.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Choose a service of the Behzisti service catalog.</source>
        <translation>خدمتی از فهرست خدمات بهزیستی انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>This service is already in the support plan.</source>
        <translation>این خدمت پیش‌تر به برنامه کمکی افزوده شده است.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Only a proposed service can be accepted.</source>
        <translation>فقط خدمت پیشنهادشده را می‌توان پذیرفت.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>This service is already removed from the plan.</source>
        <translation>این خدمت پیش‌تر از برنامه حذف شده است.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Say why the service is removed from the support plan.</source>
        <translation>دلیل حذف خدمت از برنامه کمکی را بنویسید.</translation>
    </message>
    <message>
        <location filename="../models/services/needsplan.cpp" line="+57" />
        <source>Arrange: %1</source>
        <translation>پیگیری ارائه خدمت: %1</translation>
    </message>
    <message>
        <location line="+81" />
        <source>Only the center manager approves a support plan.</source>
        <translation>فقط مسئول مرکز می‌تواند برنامه کمکی را تأیید کند.</translation>
    </message>
</context>
<context>
    <name>NeedsRules</name>
    <message>
        <location filename="../models/domain/needsrulesnames.cpp" line="+16" />
        <source>Household size and dependants</source>
        <translation>بعد خانوار و افراد تحت تکفل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Female head of household</source>
        <translation>زن سرپرست خانوار</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Disability and its severity</source>
        <translation>معلولیت و شدت آن</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chronic illness</source>
        <translation>بیماری مزمن</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Elderly members</source>
        <translation>اعضای سالمند</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Children under 6</source>
        <translation>کودکان زیر ۶ سال</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Income per head</source>
        <translation>درآمد سرانه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Housing and rent burden</source>
        <translation>مسکن و سهم اجاره از درآمد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Employment</source>
        <translation>اشتغال</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Debt</source>
        <translation>بدهی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Health insurance</source>
        <translation>بیمه سلامت</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What the home visit observed</source>
        <translation>مشاهدات بازدید منزل</translation>
    </message>
    <message>
        <location line="+8" />
        <source>female head of household</source>
        <translation>زن سرپرست خانوار</translation>
    </message>
    <message>
        <location line="+1" />
        <source>income per head below the threshold</source>
        <translation>درآمد سرانه کمتر از آستانه</translation>
    </message>
    <message>
        <location line="+2" />
        <source>income per head below half the threshold</source>
        <translation>درآمد سرانه کمتر از نصف آستانه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a member with a disability</source>
        <translation>عضو دارای معلولیت</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a severe disability</source>
        <translation>معلولیت شدید</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a disability whose severity is not assessed</source>
        <translation>معلولیتی که شدت آن ارزیابی نشده</translation>
    </message>
    <message>
        <location line="+1" />
        <source>chronic illness</source>
        <translation>بیماری مزمن</translation>
    </message>
    <message>
        <location line="+1" />
        <source>an elderly member</source>
        <translation>عضو سالمند</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a child under 6</source>
        <translation>کودک زیر ۶ سال</translation>
    </message>
    <message>
        <location line="+1" />
        <source>members without health insurance</source>
        <translation>اعضای بدون بیمه سلامت</translation>
    </message>
    <message>
        <location line="+1" />
        <source>tenant</source>
        <translation>مستأجر</translation>
    </message>
    <message>
        <location line="+1" />
        <source>heavy rent burden</source>
        <translation>سهم زیاد اجاره از درآمد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>risk of eviction</source>
        <translation>خطر تخلیه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no earned income</source>
        <translation>بدون درآمد از کار</translation>
    </message>
    <message>
        <location line="+1" />
        <source>debts</source>
        <translation>بدهی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not enough food</source>
        <translation>کمبود غذا</translation>
    </message>
    <message>
        <location line="+1" />
        <source>poor or unsafe dwelling</source>
        <translation>مسکن نامناسب یا ناایمن</translation>
    </message>
    <message>
        <location line="+1" />
        <source>lacks basic household items</source>
        <translation>کمبود لوازم ضروری منزل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>signs of risk in the family</source>
        <translation>نشانه‌های آسیب در خانواده</translation>
    </message>
    <message>
        <location line="+1" />
        <source>home not accessible</source>
        <translation>منزل مناسب‌سازی‌نشده</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Employed with a steady income</source>
        <translation>شاغل با درآمد ثابت</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Casual or seasonal work</source>
        <translation>کار موقت یا فصلی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unemployed</source>
        <translation>بیکار</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unable to work</source>
        <translation>ناتوان از کار</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Homemaker</source>
        <translation>خانه‌دار</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retired</source>
        <translation>بازنشسته</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nobody earns an income</source>
        <translation>هیچ عضوی درآمد ندارد</translation>
    </message>
    <message>
        <location filename="../models/domain/needsrules.cpp" line="+36" />
        <source>The needs rules file lacks the number "%1".</source>
        <translation>پرونده قواعد نیازسنجی عدد «%1» را ندارد.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>In the needs rules file, "%1" must be a whole number from %2 to %3.</source>
        <translation>در پرونده قواعد نیازسنجی، «%1» باید عددی صحیح از %2 تا %3 باشد.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The needs rules file lacks the section "%1".</source>
        <translation>پرونده قواعد نیازسنجی بخش «%1» را ندارد.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The needs rules file lacks the list "%1".</source>
        <translation>پرونده قواعد نیازسنجی فهرست «%1» را ندارد.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The needs rules file names an unknown key "%1" in "%2".</source>
        <translation>در پرونده قواعد نیازسنجی، کلید ناشناختهٔ «%1» در «%2» آمده است.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The needs rules file lacks "%1" in "%2".</source>
        <translation>در پرونده قواعد نیازسنجی، «%1» در «%2» نیامده است.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The needs rules file is not valid JSON: %1 (at character %2).</source>
        <translation>پرونده قواعد نیازسنجی یک JSON معتبر نیست: %1 (در نویسهٔ %2).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The needs rules file is not a JSON object.</source>
        <translation>پرونده قواعد نیازسنجی یک شیء JSON نیست.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The needs rules file has a format this version does not read.</source>
        <translation>این نسخه از برنامه قالب پرونده قواعد نیازسنجی را نمی‌شناسد.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The needs rules file lacks its version.</source>
        <translation>شمارهٔ نسخهٔ پرونده قواعد نیازسنجی مشخص نیست.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The needs rules file lacks a valid effective date (effectiveFrom, yyyy-mm-dd).</source>
        <translation>پرونده قواعد نیازسنجی تاریخ اجرای معتبر ندارد (effectiveFrom، yyyy-mm-dd).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>In the needs rules file, the income-per-head threshold must be more than zero rials.</source>
        <translation>در پرونده قواعد نیازسنجی، آستانهٔ درآمد سرانه باید بیشتر از صفر ریال باشد.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>In the needs rules file, the band cut-offs must rise from medium to high to urgent.</source>
        <translation>در پرونده قواعد نیازسنجی، مرزهای اولویت باید به‌ترتیب از متوسط به زیاد و سپس فوری بالا بروند.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The needs rules file names an unknown indicator "%1".</source>
        <translation>در پرونده قواعد نیازسنجی، شاخص ناشناختهٔ «%1» آمده است.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>In the needs rules file, the steps of "%1" are out of order.</source>
        <translation>در پرونده قواعد نیازسنجی، پله‌های «%1» به‌ترتیب نیستند.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>In the needs rules file, the steps of "%1" must give fewer points as the need lessens.</source>
        <translation>در پرونده قواعد نیازسنجی، پله‌های «%1» باید با کاهش نیاز، امتیاز کمتری بدهند.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>In the needs rules file, "%1" cannot be negative.</source>
        <translation>در پرونده قواعد نیازسنجی، «%1» نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>In the needs rules file, "%1" must be a share of the income above zero.</source>
        <translation>در پرونده قواعد نیازسنجی، «%1» باید سهمی بیشتر از صفر از درآمد باشد.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The weights of the needs rules file add up to %1; they must add up to 100.</source>
        <translation>جمع وزن‌های پرونده قواعد نیازسنجی %1 است؛ این جمع باید ۱۰۰ باشد.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>A suggestion of the needs rules file lacks its key.</source>
        <translation>یکی از پیشنهادهای پرونده قواعد نیازسنجی کلید ندارد.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The needs rules file has two suggestions named "%1".</source>
        <translation>در پرونده قواعد نیازسنجی دو پیشنهاد با نام «%1» وجود دارد.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Suggestion "%1" of the needs rules file names service "%2", which is not in the service catalog.</source>
        <translation>پیشنهاد «%1» در پرونده قواعد نیازسنجی به خدمت «%2» اشاره می‌کند که در فهرست خدمات نیست.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Suggestion "%1" of the needs rules file says nothing about when it applies.</source>
        <translation>پیشنهاد «%1» در پرونده قواعد نیازسنجی مشخص نمی‌کند چه زمانی اعمال می‌شود.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Suggestion "%1" of the needs rules file names an unknown fact "%2".</source>
        <translation>پیشنهاد «%1» در پرونده قواعد نیازسنجی به یافتهٔ ناشناختهٔ «%2» اشاره می‌کند.</translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <location filename="../ui/common/passwordfields.cpp" line="+26" />
        <source>At least 10 characters, not all the same, not the user name.</source>
        <translation>دست‌کم ۱۰ نویسه، نه همه یکسان، و نه خود نام کاربری.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>This password is not accepted.</source>
        <translation>این گذرواژه پذیرفته نیست.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The two passwords are not the same.</source>
        <translation>دو گذرواژه یکسان نیستند.</translation>
    </message>
</context>
<context>
    <name>NoteService</name>
    <message>
        <location filename="../models/services/noteservice.cpp" line="+24" />
        <source>The note could not be saved.</source>
        <translation>یادداشت ذخیره نشد.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Write the note first.</source>
        <translation>ابتدا متن یادداشت را بنویسید.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A note can be at most %1 characters long.</source>
        <translation>یادداشت حداکثر %1 نویسه می‌تواند باشد.</translation>
    </message>
    <message>
        <location line="+55" />
        <source>There is no such note.</source>
        <translation>چنین یادداشتی وجود ندارد.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Only the worker who wrote a note can correct it.</source>
        <translation>فقط نویسنده یادداشت می‌تواند آن را اصلاح کند.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This note was already corrected; correct its latest version.</source>
        <translation>این یادداشت پیش‌تر اصلاح شده است؛ آخرین نسخه آن را اصلاح کنید.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The correction does not change the note.</source>
        <translation>اصلاحیه تغییری در یادداشت نمی‌دهد.</translation>
    </message>
</context>
<context>
    <name>Referral</name>
    <message>
        <location filename="../models/domain/referral.cpp" line="+18" />
        <source>Continuous pension (مستمری)</source>
        <translation>مستمری</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One-off aid (کمک موردی)</source>
        <translation>کمک موردی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Introduction letter</source>
        <translation>معرفی‌نامه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Higher-level Behzisti service</source>
        <translation>خدمت سطوح بالاتر بهزیستی</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+26" />
        <source>Other agency</source>
        <translation>دستگاه دیگر</translation>
    </message>
    <message>
        <location line="-19" />
        <source>Draft</source>
        <translation>پیش‌نویس</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sent</source>
        <translation>ارسال‌شده</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Accepted</source>
        <translation>پذیرفته‌شده</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refused</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Completed</source>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every priority refused</source>
        <translation>خارج از چرخه (رد از سوی همه اولویت‌ها)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancelled</source>
        <translation>لغوشده</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Behzisti</source>
        <translation>بهزیستی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Health network</source>
        <translation>شبکه بهداشت</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Education</source>
        <translation>آموزش و پرورش</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Employment</source>
        <translation>اداره کار</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Relief Foundation (کمیته امداد)</source>
        <translation>کمیته امداد امام خمینی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Charity</source>
        <translation>خیریه</translation>
    </message>
</context>
<context>
    <name>ReferralLetter</name>
    <message>
        <location filename="../ui/referrals/referralletter.cpp" line="+50" />
        <source>Introduction letter %1</source>
        <translation>معرفی‌نامه %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>In the name of God</source>
        <translation>بسمه تعالی</translation>
    </message>
    <message>
        <location line="+2" />
        <source>+Life service center, code %1 — %2, %3</source>
        <translation>مرکز مثبت زندگی، کد %1 — %2، %3</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Introduction letter</source>
        <translation>معرفی‌نامه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date: %1</source>
        <translation>تاریخ: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>File number: %1</source>
        <translation>شماره پرونده: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tracking number: %1</source>
        <translation>کد رهگیری: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>To: %1 (%2)</source>
        <translation>به: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Greetings;</source>
        <translation>با سلام و احترام؛</translation>
    </message>
    <message>
        <location line="+4" />
        <source>(Behzisti service id %1)</source>
        <translation>(شناسه خدمت بهزیستی %1)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>With respect, %1, of household file %2 of this center, is introduced to you to receive: %3. Please provide the service as your rules allow and let this center know the result, quoting tracking number %4.</source>
        <translation>احتراماً، %1 (پرونده خانوار شماره %2 این مرکز) جهت دریافت خدمت «%3» به حضورتان معرفی می‌گردد. خواهشمند است در چارچوب ضوابط، خدمت لازم را ارائه فرمایید و نتیجه را با ذکر کد رهگیری %4 به این مرکز اعلام نمایید.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Kind of referral</source>
        <translation>نوع ارجاع</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Social worker</source>
        <translation>مددکار اجتماعی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Signature</source>
        <translation>امضا</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Center manager</source>
        <translation>مسئول مرکز</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Signature and stamp</source>
        <translation>مهر و امضا</translation>
    </message>
    <message>
        <location line="+43" />
        <source>A cancelled referral, or one every destination refused, has no letter.</source>
        <translation>برای ارجاع لغوشده یا ارجاعی که همه مقصدها آن را رد کرده‌اند، معرفی‌نامه صادر نمی‌شود.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the household</source>
        <translation>خانوار مددجو</translation>
    </message>
    <message>
        <location line="+32" />
        <source>The PDF could not be written to %1.</source>
        <translation>نوشتن فایل PDF در %1 ممکن نشد.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Print</source>
        <translation>چاپ</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Print introduction letter</source>
        <translation>چاپ معرفی‌نامه</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Save introduction letter as PDF</source>
        <translation>ذخیرهٔ معرفی‌نامه به‌صورت PDF</translation>
    </message>
    <message>
        <location line="+4" />
        <source>PDF documents (*.pdf)</source>
        <translation>فایل‌های PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+6" />
        <source>Save as PDF</source>
        <translation>ذخیره به‌صورت PDF</translation>
    </message>
    <message>
        <location line="-5" />
        <source>The letter was saved to %1. It holds personal data: keep it safe and delete it when done.</source>
        <translation>معرفی‌نامه در %1 ذخیره شد. این فایل اطلاعات شخصی دارد؛ آن را در جای امن نگه دارید و پس از پایان کار پاکش کنید.</translation>
    </message>
</context>
<context>
    <name>ReferralService</name>
    <message>
        <location filename="../models/services/referralservice.cpp" line="+65" />
        <source>The referral could not be saved.</source>
        <translation>ذخیرهٔ ارجاع ممکن نشد.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Only a draft referral can be sent; this one is: %1.</source>
        <translation>فقط ارجاع پیش‌نویس قابل ارسال است؛ وضعیت این ارجاع «%1» است.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only a sent referral can be accepted; this one is: %1.</source>
        <translation>فقط ارجاع ارسال‌شده قابل پذیرش است؛ وضعیت این ارجاع «%1» است.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only a sent or accepted referral can be refused; this one is: %1.</source>
        <translation>فقط ارجاع ارسال‌شده یا پذیرفته‌شده قابل رد است؛ وضعیت این ارجاع «%1» است.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only an accepted referral can be completed; this one is: %1.</source>
        <translation>فقط ارجاع پذیرفته‌شده را می‌توان انجام‌شده ثبت کرد؛ وضعیت این ارجاع «%1» است.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A referral that is closed cannot be cancelled; this one is: %1.</source>
        <translation>ارجاع بسته‌شده قابل لغو نیست؛ وضعیت این ارجاع «%1» است.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A closed referral cannot be changed; this one is: %1.</source>
        <translation>ارجاع بسته‌شده قابل تغییر نیست؛ وضعیت این ارجاع «%1» است.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>There is no such referral.</source>
        <translation>ارجاع موردنظر وجود ندارد.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This text can be at most %1 characters long.</source>
        <translation>این متن نباید بیش از %1 نویسه باشد.</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Choose the kind of referral.</source>
        <translation>نوع ارجاع را انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Write the service the household is referred for.</source>
        <translation>خدمتی را که خانوار برای آن ارجاع می‌شود بنویسید.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A catalog service id has 11 digits.</source>
        <translation>شناسه خدمت در فهرست خدمات ۱۱ رقم است.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give at least one destination for the referral.</source>
        <translation>دست‌کم یک مقصد برای ارجاع تعیین کنید.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A referral has at most three ranked destinations.</source>
        <translation>هر ارجاع حداکثر سه مقصد به ترتیب اولویت دارد.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Choose the kind of agency of every destination.</source>
        <translation>نوع دستگاه را برای همه مقصدها انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Name the agency or unit of every destination.</source>
        <translation>نام دستگاه یا واحد را برای همه مقصدها بنویسید.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The person referred is not a member of this household.</source>
        <translation>فرد ارجاع‌شده عضو این خانوار نیست.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Unknown origin of a referral.</source>
        <translation>منشأ ارجاع ناشناخته است.</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+230" />
        <source>A referral cannot be due in the past.</source>
        <translation>مهلت ارجاع نمی‌تواند در گذشته باشد.</translation>
    </message>
    <message>
        <location line="-182" />
        <source>Follow up referral %1</source>
        <translation>پیگیری ارجاع %1</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Give the reason the destination refused the referral.</source>
        <translation>دلیل رد ارجاع از سوی مقصد را بنویسید.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give the reason for cancelling the referral.</source>
        <translation>دلیل لغو ارجاع را بنویسید.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Write the service the household was given.</source>
        <translation>خدمتی را که به خانوار ارائه شد بنویسید.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The amount cannot be negative.</source>
        <translation>مبلغ نمی‌تواند منفی باشد.</translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <location filename="../ui/referrals/householdreferralspanel.cpp" line="+35" />
        <source>%1 — %2 (%3 of %4)</source>
        <translation>%1 — %2 (%3 از %4)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1, overdue</source>
        <translation>%1، عقب‌افتاده</translation>
    </message>
</context>
<context>
    <name>ScreeningHistory</name>
    <message>
        <location filename="../models/services/screeninghistory.cpp" line="+25" />
        <source>Refer</source>
        <translation>ارجاع</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Follow up</source>
        <translation>پیگیری</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Low risk</source>
        <translation>خطر کم</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Normal</source>
        <translation>طبیعی</translation>
    </message>
    <message>
        <location line="+67" />
        <source>This submission recorded no screening result.</source>
        <translation>در این فرم تکمیل‌شده نتیجه‌ای برای غربالگری ثبت نشده است.</translation>
    </message>
</context>
<context>
    <name>ScreeningOutcome</name>
    <message>
        <location filename="../forms/services/screeningoutcome.cpp" line="+26" />
        <source>The screening result could not be saved.</source>
        <translation>نتیجه غربالگری ذخیره نشد.</translation>
    </message>
    <message>
        <location line="+68" />
        <source>This screening form has no result band (%1).</source>
        <translation>این فرم غربالگری جایی برای نتیجه (%1) ندارد.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The screening has no result yet; answer every question first.</source>
        <translation>غربالگری هنوز نتیجه‌ای ندارد؛ ابتدا به همهٔ پرسش‌ها پاسخ دهید.</translation>
    </message>
    <message>
        <location line="+58" />
        <source>%1 (positive screening: %2)</source>
        <translation>%1 (غربالگری مثبت: %2)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Behzisti county office</source>
        <translation>اداره بهزیستی شهرستان</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Screen again: %1</source>
        <translation>غربالگری دوباره: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>The screening called for a follow-up: screen again after %n day(s).</source>
        <translation>
            <numerusform>نتیجه غربالگری پیگیری لازم دارد: پس از %n روز دوباره غربالگری کنید.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceCatalog</name>
    <message>
        <location filename="../models/domain/servicecatalog.cpp" line="+34" />
        <source>The service catalog is not valid JSON: %1.</source>
        <translation>فهرست خدمات یک JSON معتبر نیست: %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The service catalog has a format this version does not read.</source>
        <translation>این نسخه از برنامه قالب فهرست خدمات را نمی‌شناسد.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The service catalog holds an id that is not 11 digits: "%1".</source>
        <translation>در فهرست خدمات شناسه‌ای هست که ۱۱ رقمی نیست: «%1».</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The service catalog lists %1 twice.</source>
        <translation>%1 دو بار در فهرست خدمات آمده است.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Service %1 of the catalog lacks its Persian or English name.</source>
        <translation>خدمت %1 در فهرست خدمات نام فارسی یا انگلیسی ندارد.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The service catalog lists no service.</source>
        <translation>هیچ خدمتی در فهرست خدمات نیامده است.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Service %1 of the catalog names an unknown parent %2.</source>
        <translation>خدمت %1 در فهرست خدمات به خدمت والد ناشناختهٔ %2 اشاره می‌کند.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../models/services/session.cpp" line="+24" />
        <source>The change could not be saved.</source>
        <translation>ذخیرهٔ تغییر ممکن نشد.</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Nobody is signed in.</source>
        <translation>هیچ کاربری وارد نشده است.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>This account is disabled. Ask the center manager.</source>
        <translation>این حساب کاربری غیرفعال است. به مسئول مرکز مراجعه کنید.</translation>
    </message>
    <message>
        <location line="+58" />
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
        <location line="+101" />
        <source>The idle time before locking is 1 to 120 minutes.</source>
        <translation>مدت عدم فعالیت پیش از قفل شدن باید بین ۱ تا ۱۲۰ دقیقه باشد.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Only the center manager may do this.</source>
        <translation>فقط مسئول مرکز اجازهٔ این کار را دارد.</translation>
    </message>
</context>
<context>
    <name>SqlCipherDriver</name>
    <message>
        <location filename="../models/storage/sqlcipher/sqlcipherdriver.cpp" line="+115" />
        <location line="+17" />
        <source>The database is not open.</source>
        <translation>پایگاه داده باز نیست.</translation>
    </message>
    <message>
        <location line="-3" />
        <source>The SQL script failed.</source>
        <translation>اجرای اسکریپت SQL ناموفق بود.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Unable to begin transaction.</source>
        <translation>شروع تراکنش ممکن نشد.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Unable to commit transaction.</source>
        <translation>ثبت نهایی تراکنش ممکن نشد.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Unable to roll back transaction.</source>
        <translation>بازگرداندن تراکنش ممکن نشد.</translation>
    </message>
    <message>
        <location filename="../models/storage/sqlcipher/sqlcipherdriveropen.cpp" line="+45" />
        <source>Invalid QSQLCIPHER_BUSY_TIMEOUT value.</source>
        <translation>مقدار QSQLCIPHER_BUSY_TIMEOUT نامعتبر است.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Unknown connect option: %1</source>
        <translation>گزینهٔ اتصال ناشناخته: %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>QSQLCIPHER_CREATE and QSQLCIPHER_READONLY exclude each other.</source>
        <translation>گزینه‌های QSQLCIPHER_CREATE و QSQLCIPHER_READONLY را نمی‌توان با هم به کار برد.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Passwords are not accepted; set the raw key with setKey().</source>
        <translation>گذرواژه پذیرفته نمی‌شود؛ کلید خام را با setKey()‎ تنظیم کنید.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The database key must be exactly 32 bytes.</source>
        <translation>کلید پایگاه داده باید دقیقاً ۳۲ بایت باشد.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No key was set for this open; call setKey() before every open.</source>
        <translation>برای این بار باز کردن، کلیدی تنظیم نشده است؛ پیش از هر بار باز کردن، setKey()‎ را فراخوانی کنید.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The database file does not exist.</source>
        <translation>فایل پایگاه داده وجود ندارد.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The database file cannot be opened.</source>
        <translation>فایل پایگاه داده باز نمی‌شود.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>This program needs SQLCipher; the SQLite library in use cannot encrypt.</source>
        <translation>این برنامه به SQLCipher نیاز دارد؛ کتابخانهٔ SQLite در حال استفاده توانایی رمزنگاری ندارد.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>The database key could not be applied.</source>
        <translation>اعمال کلید پایگاه داده ممکن نشد.</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+4" />
        <source>Cipher settings failed.</source>
        <translation>اعمال تنظیمات رمزنگاری ناموفق بود.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The key does not open this database.</source>
        <translation>این کلید، این پایگاه داده را باز نمی‌کند.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The file is encrypted or is not a database.</source>
        <translation>فایل رمزنگاری شده است یا پایگاه داده نیست.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The database cannot be read.</source>
        <translation>پایگاه داده خوانده نمی‌شود.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Connection settings failed.</source>
        <translation>اعمال تنظیمات اتصال ناموفق بود.</translation>
    </message>
</context>
<context>
    <name>SqlCipherResult</name>
    <message>
        <location filename="../models/storage/sqlcipher/sqlcipherresult.cpp" line="+85" />
        <source>Unable to execute statement.</source>
        <translation>اجرای دستور ممکن نشد.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The database is not open.</source>
        <translation>پایگاه داده باز نیست.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Unable to prepare statement.</source>
        <translation>آماده‌سازی دستور ممکن نشد.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The query is empty.</source>
        <translation>پرس‌وجو خالی است.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Only one statement per query; use executeScript() for several.</source>
        <translation>در هر پرس‌وجو فقط یک دستور مجاز است؛ برای چند دستور از executeScript()‎ استفاده کنید.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Parameter count mismatch.</source>
        <translation>تعداد پارامترها مطابقت ندارد.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Cannot store a value of type %1 (parameter %2).</source>
        <translation>مقداری از نوع %1 را نمی‌توان ذخیره کرد (پارامتر %2).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Unable to bind value.</source>
        <translation>انتساب مقدار به پارامتر ممکن نشد.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No prepared statement to execute.</source>
        <translation>دستور آماده‌شده‌ای برای اجرا وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <location filename="../models/storage/storeerror.h" line="+60" />
        <source>The store is locked. Sign in first.</source>
        <translation>پایگاه داده قفل است. ابتدا وارد شوید.</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <location filename="../ui/sync/syncfieldnames.cpp" line="+16" />
        <source>National code</source>
        <translation>کد ملی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>First name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Father's name</source>
        <translation>نام پدر</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sex</source>
        <translation>جنسیت</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Birth date</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Marital status</source>
        <translation>وضعیت تأهل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Education</source>
        <translation>تحصیلات</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Occupation</source>
        <translation>شغل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Disability</source>
        <translation>معلولیت</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Disability severity</source>
        <translation>شدت معلولیت</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chronic illness</source>
        <translation>بیماری مزمن</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Insurance</source>
        <translation>بیمه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mobile</source>
        <translation>تلفن همراه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Landline</source>
        <translation>تلفن ثابت</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date of death</source>
        <translation>تاریخ فوت</translation>
    </message>
    <message>
        <location line="+2" />
        <source>File number</source>
        <translation>شماره پرونده</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Head of household</source>
        <translation>سرپرست خانوار</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reason for the status</source>
        <translation>علت وضعیت</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Social worker</source>
        <translation>مددکار اجتماعی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Province</source>
        <translation>استان</translation>
    </message>
    <message>
        <location line="+1" />
        <source>County</source>
        <translation>شهرستان</translation>
    </message>
    <message>
        <location line="+1" />
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Neighbourhood</source>
        <translation>محله</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Street and house</source>
        <translation>خیابان و پلاک</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Postal code</source>
        <translation>کد پستی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Housing</source>
        <translation>وضعیت مسکن</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Monthly rent</source>
        <translation>اجاره ماهانه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sources of income</source>
        <translation>منابع درآمد</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Relation to the head</source>
        <translation>نسبت با سرپرست</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Member since</source>
        <translation>تاریخ عضویت</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Left on</source>
        <translation>تاریخ خروج</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reason for leaving</source>
        <translation>علت خروج</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Planned date</source>
        <translation>تاریخ برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Planned time</source>
        <translation>ساعت برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Purpose</source>
        <translation>هدف</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Due date</source>
        <translation>مهلت انجام</translation>
    </message>
    <message>
        <location filename="../ui/sync/synctext.cpp" line="+21" />
        <source>The central window cannot be reached. Work is kept on this computer and sent when the connection is back.</source>
        <translation>دسترسی به پنجره واحد ممکن نیست. کارها روی این رایانه نگه داشته می‌شود و پس از برقراری دوباره اتصال ارسال می‌شود.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The central window did not answer in time; sync tries again later.</source>
        <translation>پنجره واحد به‌موقع پاسخ نداد؛ همگام‌سازی بعداً دوباره انجام می‌شود.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The central window's certificate is not trusted.</source>
        <translation>گواهی پنجره واحد مورد اعتماد نیست.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This computer was disconnected from the central window by its administrator; unsynced work is kept — ask your manager to export it.</source>
        <translation>دسترسی این رایانه به پنجره واحد از سوی مدیر سامانه قطع شده است؛ کارهای همگام‌نشده حفظ شده‌اند — از مدیر مرکز بخواهید از آن‌ها خروجی بگیرد.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The central window speaks another version: please update PlusLife Desk.</source>
        <translation>نسخه پنجره واحد با این برنامه سازگار نیست؛ لطفاً PlusLife Desk را به‌روزرسانی کنید.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The central window does not recognise this computer: enrol this computer again.</source>
        <translation>پنجره واحد این رایانه را نمی‌شناسد؛ این رایانه را دوباره به پنجره واحد متصل کنید.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The central window was restored from a backup. This computer downloads the center's files again; unsynced work is kept.</source>
        <translation>پنجره واحد از روی پشتیبان بازیابی شده است. این رایانه پرونده‌های مرکز را دوباره دریافت می‌کند؛ کارهای همگام‌نشده حفظ می‌شوند.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This computer is not connected to a central window yet.</source>
        <translation>این رایانه هنوز به پنجره واحد متصل نشده است.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The enrolment code is unknown, already used or expired. Ask the central window's administrator for a new one.</source>
        <translation>کد ثبت‌نام دستگاه نامعتبر است، قبلاً استفاده شده یا منقضی شده است. از مدیر سامانه پنجره واحد کد جدیدی بخواهید.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The files on this computer already sync with another center; they cannot be connected to this one.</source>
        <translation>پرونده‌های این رایانه هم‌اکنون با مرکز دیگری همگام می‌شوند و نمی‌توان آن‌ها را به این مرکز متصل کرد.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Another central window or center answers at this address, so sync has stopped. Unsynced work is kept; ask your manager.</source>
        <translation>پنجره واحد یا مرکز دیگری در این نشانی پاسخ می‌دهد، بنابراین همگام‌سازی متوقف شد. کارهای همگام‌نشده حفظ شده‌اند؛ از مدیر مرکز راهنمایی بخواهید.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The sync credentials cannot be read from this computer's keychain.</source>
        <translation>اطلاعات احراز هویت همگام‌سازی را نمی‌توان از انبار کلید این رایانه خواند.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The files on this computer could not be read or written during sync; it tries again later.</source>
        <translation>خواندن یا نوشتن فایل‌های این رایانه هنگام همگام‌سازی ممکن نشد؛ بعداً دوباره تلاش می‌شود.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sync failed: %1</source>
        <translation>همگام‌سازی ناموفق بود: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This kind of record cannot be changed once it has been sent.</source>
        <translation>این نوع رکورد پس از ارسال قابل تغییر نیست.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The central window refused this status change (the referral has moved on there).</source>
        <translation>پنجره واحد این تغییر وضعیت را نپذیرفت (ارجاع در آنجا به مرحله بعد رفته است).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The record belongs to another center.</source>
        <translation>این رکورد متعلق به مرکز دیگری است.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The central window refused a value of this record.</source>
        <translation>پنجره واحد یکی از مقادیر این رکورد را نپذیرفت.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The central window does not know this kind of record.</source>
        <translation>پنجره واحد این نوع رکورد را نمی‌شناسد.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>worker</source>
        <translation>کارشناس</translation>
    </message>
    <message>
        <location line="+1" />
        <source>person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>household</source>
        <translation>خانوار</translation>
    </message>
    <message>
        <location line="+1" />
        <source>household member</source>
        <translation>عضو خانوار</translation>
    </message>
    <message>
        <location line="+1" />
        <source>request</source>
        <translation>درخواست</translation>
    </message>
    <message>
        <location line="+1" />
        <source>timeline entry</source>
        <translation>رویداد تاریخچه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>home visit</source>
        <translation>بازدید منزل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>document</source>
        <translation>مدرک</translation>
    </message>
    <message>
        <location line="+1" />
        <source>note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location line="+1" />
        <source>form</source>
        <translation>فرم</translation>
    </message>
    <message>
        <location line="+1" />
        <source>filled form</source>
        <translation>فرم تکمیل‌شده</translation>
    </message>
    <message>
        <location line="+1" />
        <source>referral</source>
        <translation>ارجاع</translation>
    </message>
    <message>
        <location line="+1" />
        <source>referral agency</source>
        <translation>نهاد طرف ارجاع</translation>
    </message>
    <message>
        <location line="+1" />
        <source>referral step</source>
        <translation>مرحله ارجاع</translation>
    </message>
    <message>
        <location line="+1" />
        <source>follow-up task</source>
        <translation>کار پیگیری</translation>
    </message>
    <message>
        <location line="+1" />
        <source>needs score</source>
        <translation>امتیاز نیازسنجی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>support plan</source>
        <translation>برنامه کمکی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>support plan service</source>
        <translation>خدمت برنامه کمکی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>screening result</source>
        <translation>نتیجه غربالگری</translation>
    </message>
    <message>
        <location line="+1" />
        <source>national code inquiry</source>
        <translation>استعلام کد ملی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>text message</source>
        <translation>پیامک</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+13" />
        <source>conflict decision</source>
        <translation>تصمیم درباره ناهمخوانی</translation>
    </message>
    <message>
        <location line="-4" />
        <source>change</source>
        <translation>تغییر</translation>
    </message>
    <message>
        <location line="+2" />
        <source>removal</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+9" />
        <source>waiting to be sent</source>
        <translation>در انتظار ارسال</translation>
    </message>
    <message>
        <location line="+2" />
        <source>refused by the central window</source>
        <translation>ردشده از سوی پنجره واحد</translation>
    </message>
    <message>
        <location line="+7" />
        <source>needs your decision</source>
        <translation>نیاز به تصمیم شما</translation>
    </message>
    <message>
        <location line="+2" />
        <source>both values kept</source>
        <translation>هر دو مقدار نگه داشته شد</translation>
    </message>
    <message>
        <location line="+2" />
        <source>merged automatically</source>
        <translation>خودکار ادغام شد</translation>
    </message>
    <message>
        <location line="+2" />
        <source>removed here, changed elsewhere</source>
        <translation>در این رایانه حذف شده، در جای دیگر تغییر کرده</translation>
    </message>
    <message>
        <location line="+7" />
        <source>An identifying detail was changed here and at another computer. The central keeps its value until you choose.</source>
        <translation>یک مشخصه هویتی هم در این رایانه و هم در رایانه‌ای دیگر تغییر کرده است. تا زمانی که شما انتخاب نکنید، پنجره واحد مقدار خود را نگه می‌دارد.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This detail was changed here and at another computer. The central's value is in use; yours is kept until you choose.</source>
        <translation>این مشخصه هم در این رایانه و هم در رایانه‌ای دیگر تغییر کرده است. اکنون مقدار پنجره واحد به کار می‌رود؛ مقدار شما تا زمان انتخاب‌تان نگه داشته می‌شود.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Different details of this record were changed here and elsewhere; both changes were kept. Nothing to decide.</source>
        <translation>مشخصه‌های متفاوتی از این رکورد در این رایانه و جای دیگر تغییر کرده است؛ هر دو تغییر نگه داشته شد. نیازی به تصمیم نیست.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This record was removed here but changed at another computer, so it was not removed.</source>
        <translation>این رکورد در این رایانه حذف شد، اما در رایانه‌ای دیگر تغییر کرده بود؛ بنابراین حذف نشد.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Sending changes %1/%2</source>
        <translation>در حال ارسال تغییرات %1/%2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Receiving changes %1/%2</source>
        <translation>در حال دریافت تغییرات %1/%2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sending a file: %1%</source>
        <translation>در حال ارسال فایل: %1٪</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Receiving files %1/%2</source>
        <translation>در حال دریافت فایل‌ها %1/%2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Syncing %1/%2</source>
        <translation>در حال همگام‌سازی %1/%2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>(empty)</source>
        <translation>(خالی)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no</source>
        <translation>خیر</translation>
    </message>
</context>
<context>
    <name>TaskService</name>
    <message>
        <location filename="../models/services/taskservice.cpp" line="+24" />
        <source>The follow-up task could not be saved.</source>
        <translation>ذخیرهٔ کار پیگیری ممکن نشد.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>This text can be at most %1 characters long.</source>
        <translation>این متن نباید بیش از %1 نویسه باشد.</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Say what has to be done.</source>
        <translation>بنویسید چه کاری باید انجام شود.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Choose the day the task is due.</source>
        <translation>مهلت انجام کار را انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Unknown origin of a follow-up task.</source>
        <translation>منشأ کار پیگیری ناشناخته است.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A follow-up task cannot be due in the past.</source>
        <translation>مهلت کار پیگیری نمی‌تواند در گذشته باشد.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>There is no such worker.</source>
        <translation>کارمند موردنظر وجود ندارد.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Only the center manager gives tasks to other workers.</source>
        <translation>فقط مسئول مرکز می‌تواند به کارکنان دیگر کار واگذار کند.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>There is no such follow-up task.</source>
        <translation>کار پیگیری موردنظر وجود ندارد.</translation>
    </message>
    <message>
        <location line="+16" />
        <location line="+21" />
        <source>This task is already done or cancelled.</source>
        <translation>این کار قبلاً انجام یا لغو شده است.</translation>
    </message>
    <message>
        <location line="-18" />
        <source>Write a note on what was done.</source>
        <translation>یادداشتی دربارهٔ کاری که انجام شد بنویسید.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Give the reason for cancelling the task.</source>
        <translation>دلیل لغو کار را بنویسید.</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../ui/tasks/householdtaskspanel.cpp" line="+30" />
        <source>Overdue</source>
        <translation>عقب‌افتاده</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Task done</source>
        <translation>کار انجام شد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What was done? The note stays in the file.</source>
        <translation>چه کاری انجام شد؟ این یادداشت در پرونده می‌ماند.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Done</source>
        <translation>&amp;انجام شد</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../ui/household/timelinetext.cpp" line="+18" />
        <source>a former member</source>
        <translation>یکی از اعضای پیشین</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The household file was opened (%1, %2 members).</source>
        <translation>پرونده خانوار تشکیل شد (%1، %2 عضو).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A member was added: %1 (%2).</source>
        <translation>عضو خانوار افزوده شد: %1 (%2).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The details of %1 were changed.</source>
        <translation>مشخصات %1 تغییر کرد.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 left the household.</source>
        <translation>%1 خانوار را ترک کرد.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 died.</source>
        <translation>%1 فوت کرد.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 moved to another household file.</source>
        <translation>%1 به پرونده خانوار دیگری منتقل شد.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 moved in from another household file.</source>
        <translation>%1 از پرونده خانوار دیگری به این پرونده منتقل شد.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 became the head of household.</source>
        <translation>%1 سرپرست خانوار شد.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The file status changed from %1 to %2.</source>
        <translation>وضعیت پرونده از %1 به %2 تغییر کرد.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A duplicate file was merged into this file.</source>
        <translation>یک پروندهٔ تکراری در این پرونده ادغام شد.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This file was merged into another file as a duplicate.</source>
        <translation>این پرونده به عنوان پروندهٔ تکراری در پروندهٔ دیگری ادغام شد.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Some members left this file for a new household file.</source>
        <translation>برخی از اعضا از این پرونده جدا شدند و پرونده خانوار جدیدی برایشان تشکیل شد.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This file was split off from another household file.</source>
        <translation>این پرونده از تفکیک پرونده خانوار دیگری تشکیل شد.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is recorded as: %2.</source>
        <translation>نسبت %1 ثبت شد: %2.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The file went to the unassigned queue.</source>
        <translation>پرونده به صف پرونده‌های بدون مددکار رفت.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The file was assigned to %1.</source>
        <translation>پرونده به %1 واگذار شد.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>another worker</source>
        <translation>همکاری دیگر</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A home visit was planned for %1.</source>
        <translation>بازدید منزل برای %1 برنامه‌ریزی شد.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The home visit of %1 was moved.</source>
        <translation>بازدید منزل %1 به زمان دیگری منتقل شد.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The home visit of %1 was cancelled.</source>
        <translation>بازدید منزل %1 لغو شد.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The home visit of %1 took place.</source>
        <translation>بازدید منزل %1 انجام شد.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Referral %1 was written (%2).</source>
        <translation>ارجاع %1 ثبت شد (%2).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Referral %1 was sent to priority %2.</source>
        <translation>ارجاع %1 به اولویت %2 ارسال شد.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Referral %1 was accepted by priority %2.</source>
        <translation>ارجاع %1 از سوی اولویت %2 پذیرفته شد.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Referral %1 was refused by priority %2.</source>
        <translation>ارجاع %1 از سوی اولویت %2 رد شد.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Referral %1 went on to priority %2.</source>
        <translation>ارجاع %1 به اولویت %2 منتقل شد.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Referral %1 was refused by every priority.</source>
        <translation>ارجاع %1 از سوی همه اولویت‌ها رد شد.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Referral %1 was completed.</source>
        <translation>ارجاع %1 انجام شد.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Referral %1 was cancelled.</source>
        <translation>ارجاع %1 لغو شد.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Referral %1 is now due on %2.</source>
        <translation>مهلت ارجاع %1 به %2 تغییر کرد.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>A follow-up task was set for %1.</source>
        <translation>یک کار پیگیری برای %1 تعیین شد.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A follow-up task was done.</source>
        <translation>یک کار پیگیری انجام شد.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A follow-up task was cancelled.</source>
        <translation>یک کار پیگیری لغو شد.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A document was attached.</source>
        <translation>مدرکی پیوست شد.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A document was checked.</source>
        <translation>مدرکی بررسی شد.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A document was verified.</source>
        <translation>مدرکی تأیید شد.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Needs were assessed: score %1, %2 (rules %3).</source>
        <translation>نیازها ارزیابی شد: امتیاز %1، %2 (قواعد %3).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The needs band was set to %1 over the computed %2: %3</source>
        <translation>سطح نیاز به‌جای مقدار محاسبه‌شده (%2)، «%1» تعیین شد: %3</translation>
    </message>
    <message>
        <location line="+11" />
        <source>A support plan was proposed with %1 services.</source>
        <translation>برنامه کمکی با %1 خدمت پیشنهاد شد.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Added to the support plan: %1.</source>
        <translation>به برنامه کمکی افزوده شد: %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Accepted in the support plan: %1.</source>
        <translation>در برنامه کمکی پذیرفته شد: %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Removed from the support plan: %1.</source>
        <translation>از برنامه کمکی حذف شد: %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The center manager approved the support plan.</source>
        <translation>مسئول مرکز برنامه کمکی را تأیید کرد.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A note was written.</source>
        <translation>یادداشتی نوشته شد.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A note was corrected.</source>
        <translation>یادداشتی اصلاح شد.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The file was changed.</source>
        <translation>پرونده تغییر کرد.</translation>
    </message>
</context>
<context>
    <name>Validators</name>
    <message>
        <location filename="../models/locale/validators.cpp" line="+68" />
        <source>A national code contains only digits.</source>
        <translation>کد ملی فقط از رقم تشکیل می‌شود.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Enter the national code.</source>
        <translation>کد ملی را وارد کنید.</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+4" />
        <source>A national code has 10 digits.</source>
        <translation>کد ملی ۱۰ رقم دارد.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This national code is not valid.</source>
        <translation>این کد ملی معتبر نیست.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>This national code is not valid: please check the digits.</source>
        <translation>این کد ملی معتبر نیست؛ لطفاً رقم‌ها را بررسی کنید.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>A postal code contains only digits.</source>
        <translation>کد پستی فقط از رقم تشکیل می‌شود.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Enter the postal code.</source>
        <translation>کد پستی را وارد کنید.</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+4" />
        <source>A postal code has 10 digits.</source>
        <translation>کد پستی ۱۰ رقم دارد.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This postal code is not valid.</source>
        <translation>این کد پستی معتبر نیست.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>A mobile number contains only digits (and + before the country code).</source>
        <translation>شمارهٔ تلفن همراه فقط از رقم تشکیل می‌شود (و علامت + پیش از کد کشور).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Enter the mobile number.</source>
        <translation>شمارهٔ تلفن همراه را وارد کنید.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A mobile number starts with 09 (or +98 9).</source>
        <translation>شمارهٔ تلفن همراه با ۰۹ (یا ‎+۹۸ ۹) شروع می‌شود.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A mobile number has 11 digits, starting with 09.</source>
        <translation>شمارهٔ تلفن همراه ۱۱ رقم دارد و با ۰۹ شروع می‌شود.</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+11" />
        <source>Only Iranian mobile numbers (+98) are accepted.</source>
        <translation>فقط شماره‌های تلفن همراه ایران (‎+۹۸) پذیرفته می‌شود.</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <location filename="../models/storage/vault.cpp" line="+26" />
        <source>The user name or the password is not right.</source>
        <translation>نام کاربری یا گذرواژه درست نیست.</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>Too many failed attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>تعداد تلاش‌های ناموفق بیش از حد مجاز است. %n ثانیهٔ دیگر دوباره تلاش کنید.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36" />
        <source>A store already exists in this folder; it was left as it is.</source>
        <translation>در این پوشه از قبل پایگاه داده‌ای وجود دارد؛ به آن دست زده نشد.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The data folder cannot be created.</source>
        <translation>ساختن پوشهٔ داده‌ها ممکن نیست.</translation>
    </message>
    <message>
        <location line="+63" />
        <source>There is no store in this folder yet.</source>
        <translation>هنوز پایگاه داده‌ای در این پوشه وجود ندارد.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A file of the store is missing (the database or its key file). Restore from a backup; nothing was changed.</source>
        <translation>یکی از فایل‌های پایگاه داده (فایل داده‌ها یا فایل کلید آن) پیدا نشد. از پشتیبان بازیابی کنید؛ هیچ تغییری داده نشد.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The keychain entry of this store is damaged. Sign in with the recovery code to bind it again.</source>
        <translation>مدخل این پایگاه داده در جاکلیدی سیستم آسیب دیده است. با کد بازیابی وارد شوید تا دوباره پیوند داده شود.</translation>
    </message>
    <message>
        <location line="+66" />
        <source>The recovery code is not right.</source>
        <translation>کد بازیابی درست نیست.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The store's key file is damaged. Restore it from a backup; nothing was changed.</source>
        <translation>فایل کلید پایگاه داده آسیب دیده است. آن را از پشتیبان بازیابی کنید؛ هیچ تغییری داده نشد.</translation>
    </message>
    <message>
        <location filename="../models/storage/vaultconnections.cpp" line="+63" />
        <source>The key file does not open this database (they do not belong together, or the database is damaged). Nothing was changed.</source>
        <translation>فایل کلید این پایگاه داده را باز نمی‌کند (این دو به هم تعلق ندارند یا پایگاه داده آسیب دیده است). هیچ تغییری داده نشد.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The store cannot be opened: %1</source>
        <translation>پایگاه داده باز نمی‌شود: %1</translation>
    </message>
    <message>
        <location filename="../models/storage/vault.cpp" line="-144" />
        <location filename="../models/storage/vaultconnections.cpp" line="+80" />
        <source>Not enough memory to derive the keys.</source>
        <translation>حافظهٔ کافی برای استخراج کلیدها وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../models/storage/vaultrekey.cpp" line="+59" />
        <source>The new key could not be applied; the store still opens with the old one.</source>
        <translation>اعمال کلید جدید ممکن نشد؛ پایگاه داده همچنان با کلید قبلی باز می‌شود.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The store is open in another program (PlusLife Desk or pluslife-admin). Close it and try again.</source>
        <translation>پایگاه داده در برنامهٔ دیگری (PlusLife Desk یا pluslife-admin) باز است. آن برنامه را ببندید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <location line="+71" />
        <source>A copy of the store could not be written (is the disk full?).</source>
        <translation>نوشتن رونوشت پایگاه داده ممکن نشد (آیا دیسک پر است؟).</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Neither the current nor the new key opens the store. Restore it from a backup; nothing was changed.</source>
        <translation>پایگاه داده نه با کلید فعلی باز می‌شود و نه با کلید جدید. آن را از پشتیبان بازیابی کنید؛ هیچ تغییری داده نشد.</translation>
    </message>
</context>
<context>
    <name>VaultFile</name>
    <message>
        <location filename="../models/storage/vaultfile.cpp" line="+44" />
        <source>The store's key file is damaged. Restore it from a backup; nothing was changed.</source>
        <translation>فایل کلید پایگاه داده آسیب دیده است. آن را از پشتیبان بازیابی کنید؛ هیچ تغییری داده نشد.</translation>
    </message>
    <message>
        <location line="+90" />
        <source>This store was written by a newer PlusLife Desk. Install the newer version; nothing was changed.</source>
        <translation>این پایگاه داده با نسخهٔ جدیدتری از PlusLife Desk ساخته شده است. نسخهٔ جدیدتر را نصب کنید؛ هیچ تغییری داده نشد.</translation>
    </message>
    <message>
        <location line="+49" />
        <source>The store's key file is missing.</source>
        <translation>فایل کلید پایگاه داده پیدا نشد.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The store's key file cannot be read: %1</source>
        <translation>فایل کلید پایگاه داده خوانده نمی‌شود: %1</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The store's key file could not be saved (%1). Nothing was changed.</source>
        <translation>ذخیرهٔ فایل کلید پایگاه داده ممکن نشد (%1). هیچ تغییری داده نشد.</translation>
    </message>
</context>
<context>
    <name>VisitService</name>
    <message>
        <location filename="../models/services/visitservice.cpp" line="+23" />
        <source>The visit could not be saved.</source>
        <translation>ذخیرهٔ بازدید ممکن نشد.</translation>
    </message>
    <message>
        <location line="+43" />
        <source>There is no such visit.</source>
        <translation>چنین بازدیدی وجود ندارد.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This visit is already done or cancelled.</source>
        <translation>این بازدید قبلاً انجام یا لغو شده است.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Choose the day of the visit.</source>
        <translation>روز بازدید را انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+17" />
        <source>A visit cannot be planned in the past.</source>
        <translation>بازدید را نمی‌توان برای گذشته برنامه‌ریزی کرد.</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Give the reason for moving the visit.</source>
        <translation>دلیل تغییر زمان بازدید را بنویسید.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Give the reason for cancelling the visit.</source>
        <translation>دلیل لغو بازدید را بنویسید.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Write down what was observed during the visit.</source>
        <translation>مشاهدات هنگام بازدید را بنویسید.</translation>
    </message>
</context>
<context>
    <name>VisitText</name>
    <message>
        <location filename="../ui/visits/visittext.cpp" line="+22" />
        <source>any time</source>
        <translation>هر ساعت</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Done</source>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cancelled</source>
        <translation>لغوشده</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Planned</source>
        <translation>برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Good</source>
        <translation>خوب</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Fair</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Poor</source>
        <translation>نامناسب</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unsafe</source>
        <translation>ناایمن</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No</source>
        <translation>خیر</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Partly</source>
        <translation>تا حدی</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../models/domain/worker.cpp" line="+59" />
        <source>A user name has 3 to 32 Latin letters, digits, '.', '_' or '-', and starts with a letter.</source>
        <translation>نام کاربری از ۳ تا ۳۲ حرف لاتین، رقم، «.»، «_» یا «-» تشکیل می‌شود و با یک حرف شروع می‌شود.</translation>
    </message>
</context>
<context>
    <name>WorkerAdmin</name>
    <message>
        <location filename="../models/services/workeradmin.cpp" line="+21" />
        <source>The change could not be saved.</source>
        <translation>ذخیرهٔ تغییر ممکن نشد.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>There is no such worker.</source>
        <translation>چنین کاربری وجود ندارد.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Enter the worker's full name.</source>
        <translation>نام و نام خانوادگی کارمند را وارد کنید.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This user name is taken.</source>
        <translation>این نام کاربری قبلاً به کار رفته است.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>You cannot disable your own account.</source>
        <translation>نمی‌توانید حساب کاربری خودتان را غیرفعال کنید.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The center needs at least one active manager.</source>
        <translation>مرکز باید دست‌کم یک مسئول مرکز با حساب کاربری فعال داشته باشد.</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Enable the account first.</source>
        <translation>ابتدا حساب کاربری را فعال کنید.</translation>
    </message>
</context>
<context>
    <name>WorkerRole</name>
    <message>
        <location filename="../models/domain/worker.cpp" line="-24" />
        <source>Center manager</source>
        <translation>مسئول مرکز</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Social worker</source>
        <translation>مددکار اجتماعی</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Part-time specialist</source>
        <translation>کارشناس پاره‌وقت</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reception</source>
        <translation>متصدی پذیرش</translation>
    </message>
</context>
<context>
    <name>WorkingCalendar</name>
    <message>
        <location filename="../models/locale/workingcalendar.cpp" line="+67" />
        <source>The working calendar file is not valid: %1: %2</source>
        <translation>فایل تقویم کاری معتبر نیست: %1: %2</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Working day</source>
        <translation>روز کاری</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Half day</source>
        <translation>نیمه‌وقت</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Weekend</source>
        <translation>تعطیل آخر هفته</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Official holiday</source>
        <translation>تعطیل رسمی</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Closed</source>
        <translation>تعطیلی موردی</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The working calendar file is not valid JSON: %1 (at character %2).</source>
        <translation>فایل تقویم کاری، JSON معتبر نیست: %1 (در نویسهٔ %2).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the file must hold a JSON object</source>
        <translation>فایل باید یک شیء JSON داشته باشد</translation>
    </message>
    <message>
        <location line="+5" />
        <source>this is not a working calendar file (format must be "%1")</source>
        <translation>این فایل، فایل تقویم کاری نیست (قالب باید "%1" باشد)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>missing or not a number</source>
        <translation>وجود ندارد یا عدد نیست</translation>
    </message>
    <message>
        <location line="+4" />
        <source>version %1 is newer than this application reads (%2); update the application</source>
        <translation>نسخهٔ %1 جدیدتر از نسخه‌ای است که این برنامه می‌خواند (%2)؛ برنامه را به‌روز کنید</translation>
    </message>
    <message>
        <location line="+18" />
        <source>"from" and "to" must be Jalali years, from &lt;= to</source>
        <translation>"from" و "to" باید سال شمسی باشند و "from" بزرگ‌تر از "to" نباشد</translation>
    </message>
    <message>
        <location line="+10" />
        <source>at least one pattern is needed</source>
        <translation>دست‌کم یک الگو لازم است</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+112" />
        <source>"scope" is missing</source>
        <translation>"scope" وجود ندارد</translation>
    </message>
    <message>
        <location line="-107" />
        <source>"effective_from" must be a Jalali date like 1403/01/01</source>
        <translation>"effective_from" باید تاریخ شمسی باشد، مانند 1403/01/01</translation>
    </message>
    <message>
        <location line="+11" />
        <source>"days"."%1" must be "working", "half_day" or "closed"</source>
        <translation>"days"."%1" باید "working"، "half_day" یا "closed" باشد</translation>
    </message>
    <message>
        <location line="+11" />
        <source>a week needs at least one working day</source>
        <translation>هر هفته دست‌کم به یک روز کاری نیاز دارد</translation>
    </message>
    <message>
        <location line="+8" />
        <source>a pattern with scope "national" is needed</source>
        <translation>الگویی با "scope" برابر با "national" لازم است</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+52" />
        <source>must be a list</source>
        <translation>باید فهرست باشد</translation>
    </message>
    <message>
        <location line="-43" />
        <location line="+52" />
        <source>"date" must be a valid Jalali date like 1405/01/01</source>
        <translation>"date" باید تاریخ شمسی معتبر باشد، مانند 1405/01/01</translation>
    </message>
    <message>
        <location line="-44" />
        <source>the date is outside "covered_years"</source>
        <translation>تاریخ خارج از بازهٔ "covered_years" است</translation>
    </message>
    <message>
        <location line="+6" />
        <source>"gregorian" does not fall on the same day as "date"</source>
        <translation>"gregorian" با "date" بر یک روز منطبق نیست</translation>
    </message>
    <message>
        <location line="+10" />
        <source>"name_fa" and "name_en" are needed</source>
        <translation>"name_fa" و "name_en" لازم است</translation>
    </message>
    <message>
        <location line="+6" />
        <source>"lunar" must be true or false</source>
        <translation>"lunar" باید true یا false باشد</translation>
    </message>
    <message>
        <location line="+35" />
        <source>a reason ("reason_fa" or "reason_en") is needed</source>
        <translation>ذکر علت ("reason_fa" یا "reason_en") لازم است</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+40" />
        <source>PlusLife Desk</source>
        <translation>PlusLife Desk</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Desktop client of the Behzisti +Life service centers.</source>
        <translation>نرم‌افزار رومیزی مراکز خدمات بهزیستی + زندگی.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Keep the center's store in &lt;dir&gt;.</source>
        <translation>پایگاه دادهٔ مرکز در پوشهٔ &lt;dir&gt; نگهداری شود.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Try the app on a throwaway demo center (deleted on exit).</source>
        <translation>آزمودن برنامه روی یک مرکز نمایشی موقت (با بستن برنامه پاک می‌شود).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Interface language: fa (default) or en.</source>
        <translation>زبان رابط کاربری: fa (پیش‌فرض) یا en.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Unknown language “%1”: use fa or en.</source>
        <translation>زبان «%1» شناخته‌شده نیست؛ fa یا en را به کار ببرید.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>--demo uses a temporary folder of its own; leave out --data-dir.</source>
        <translation>گزینهٔ ‎--demo از پوشهٔ موقت خودش استفاده می‌کند؛ ‎--data-dir را به کار نبرید.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Cannot create the folder %1.</source>
        <translation>ساختن پوشهٔ %1 ممکن نیست.</translation>
    </message>
</context>
<context>
    <name>pluslife-admin</name>
    <message>
        <location filename="../app/admin/admincommands.cpp" line="+42" />
        <source>New password for %1: </source>
        <translation>گذرواژهٔ جدید برای %1: </translation>
    </message>
    <message>
        <location line="+4" />
        <source>The same password again: </source>
        <translation>تکرار همان گذرواژه: </translation>
    </message>
    <message>
        <location line="+8" />
        <source>Administration of a PlusLife Desk store, for IT staff and scripted checks.
Commands: init, add-worker, check, stats, backup FILE, restore FILE, rekey, recover,
find TEXT, import-households FILE.csv, demo, reserve-file-numbers,
forms import FILE.xml, forms list,
enroll --server URL --code CODE [--ca FILE], sync [--json].
Passwords come from PLUSLIFE_PASSWORD (the --as worker), PLUSLIFE_NEW_PASSWORD (a new account) and PLUSLIFE_RECOVERY_CODE, or are asked at the terminal.</source>
        <translation>مدیریت پایگاه داده PlusLife Desk، برای کارکنان فناوری اطلاعات و بررسی‌های خودکار (اسکریپتی).
فرمان‌ها: init, add-worker, check, stats, backup FILE, restore FILE, rekey, recover,
find TEXT, import-households FILE.csv, demo, reserve-file-numbers,
forms import FILE.xml, forms list,
enroll --server URL --code CODE [--ca FILE], sync [--json].
گذرواژه‌ها از PLUSLIFE_PASSWORD (برای کارشناسِ --as)، PLUSLIFE_NEW_PASSWORD (برای حساب جدید) و PLUSLIFE_RECOVERY_CODE خوانده می‌شوند یا در پایانه پرسیده می‌شوند.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>What to do.</source>
        <translation>فرمانی که باید اجرا شود.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The store's folder (default: the per-user data folder).</source>
        <translation>پوشهٔ پایگاه داده (پیش‌فرض: پوشهٔ داده‌های کاربر جاری).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The worker whose password opens the store.</source>
        <translation>کاربری که گذرواژه‌اش پایگاه داده را باز می‌کند.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+21" />
        <location line="+6" />
        <source>USER</source>
        <translation>USER</translation>
    </message>
    <message>
        <location line="-25" />
        <source>Language of the messages: fa or en.</source>
        <translation>زبان پیام‌ها: fa یا en.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <location line="+2" />
        <source>init: the center's code.</source>
        <translation>init: کد مرکز.</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+63" />
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location line="-61" />
        <source>init: the center's name.</source>
        <translation>init: نام مرکز.</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+3" />
        <location line="+3" />
        <location line="+9" />
        <location line="+6" />
        <location line="+52" />
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="-71" />
        <source>init: the province.</source>
        <translation>init: استان.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>init: the county.</source>
        <translation>init: شهرستان.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>init: licensed households, 150 or 450.</source>
        <translation>init: ظرفیت مجاز (تعداد خانوار)، 150 یا 450.</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+30" />
        <location line="+6" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="-34" />
        <source>init: the first manager's user name.</source>
        <translation>init: نام کاربری نخستین مسئول مرکز.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>init: the first manager's full name.</source>
        <translation>init: نام و نام خانوادگی نخستین مسئول مرکز.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>add-worker: the new user name.</source>
        <translation>add-worker: نام کاربری جدید.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>add-worker: the worker's full name.</source>
        <translation>add-worker: نام و نام خانوادگی کارمند.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>add-worker: manager, social-worker, specialist or reception.</source>
        <translation>add-worker: نقش کارمند: manager (مسئول مرکز)، social-worker (مددکار اجتماعی)، specialist (کارشناس) یا reception (متصدی پذیرش).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Print machine-readable JSON.</source>
        <translation>خروجی به صورت JSON ماشین‌خوان چاپ شود.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>import-households: check the list, import nothing.</source>
        <translation>import-households: فقط بررسی فهرست، بدون وارد کردن هیچ داده‌ای.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>import-households: the manager's reason to go beyond the licensed capacity.</source>
        <translation>import-households: دلیل مسئول مرکز برای فراتر رفتن از ظرفیت مجاز.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>REASON</source>
        <translation>REASON</translation>
    </message>
    <message>
        <location line="+2" />
        <source>demo: how many synthetic households to add.</source>
        <translation>demo: تعداد خانوارهای ساختگی که افزوده می‌شود.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>reserve-file-numbers: the block's prefix.</source>
        <translation>‎reserve-file-numbers: پیشوند بلوک.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location line="+2" />
        <source>reserve-file-numbers: the first number.</source>
        <translation>‎reserve-file-numbers: نخستین شماره.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>reserve-file-numbers: the last number.</source>
        <translation>‎reserve-file-numbers: آخرین شماره.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location line="+2" />
        <source>demo: the seed (the same seed gives the same households).</source>
        <translation>demo: عدد بذر (seed)؛ بذر یکسان، خانوارهای یکسان می‌سازد.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+2" />
        <source>enroll: the central window's address (https://host:port).</source>
        <translation>enroll: نشانی پنجره واحد (https://host:port).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+2" />
        <source>enroll: the enrolment code the central admin issued.</source>
        <translation>enroll: کد ثبت‌نام دستگاه که مدیر سامانه پنجره واحد صادر کرده است.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>enroll: trust the central window's private CA from this PEM file.</source>
        <translation>enroll: به مرجع صدور گواهی (CA) خصوصی پنجره واحد از این فایل PEM اعتماد شود.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+2" />
        <source>enroll: trust only the server certificate with this SHA-256 (hex, of its DER).</source>
        <translation>enroll: فقط به گواهی سرور با این SHA-256 (هگزادسیمال، محاسبه‌شده روی DER آن) اعتماد شود.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>SHA256</source>
        <translation>SHA256</translation>
    </message>
    <message>
        <location line="+2" />
        <source>enroll: this computer's name at the central window.</source>
        <translation>enroll: نام این رایانه در پنجره واحد.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>restore: replace an existing store (kept aside).</source>
        <translation>restore: جایگزینی پایگاه دادهٔ موجود (نسخهٔ قبلی کنار گذاشته و نگهداری می‌شود).</translation>
    </message>
    <message>
        <location line="+63" />
        <source>Name a command; --help lists them.</source>
        <translation>یک فرمان را نام ببرید؛ ‎--help فهرست فرمان‌ها را نشان می‌دهد.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unknown command: %1</source>
        <translation>فرمان ناشناخته: %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>--capacity is 150 or 450.</source>
        <translation>مقدار ‎--capacity باید 150 یا 450 باشد.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>init needs --center-code, --center-name, --capacity and --manager.</source>
        <translation>فرمان init به ‎--center-code، ‎--center-name، ‎--capacity و ‎--manager نیاز دارد.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>A store already exists in this folder; it was left as it is.</source>
        <translation>در این پوشه از قبل پایگاه داده‌ای وجود دارد؛ به آن دست زده نشد.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No password was given, or the two did not match.</source>
        <translation>گذرواژه‌ای داده نشد، یا دو گذرواژه یکسان نبودند.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The center's store was created in %1.</source>
        <translation>پایگاه دادهٔ مرکز در %1 ساخته شد.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Recovery code (shown only now; write it down and keep it locked away):</source>
        <translation>کد بازیابی (فقط همین یک بار نمایش داده می‌شود؛ آن را یادداشت کنید و در جای امن و قفل‌دار نگه دارید):</translation>
    </message>
    <message>
        <location filename="../app/admin/householdcommands.cpp" line="+27" />
        <source>find needs the text to look for: find TEXT</source>
        <translation>فرمان find به متن مورد جستجو نیاز دارد: find TEXT</translation>
    </message>
    <message numerus="yes">
        <location line="+20" />
        <source>%n file(s) found.</source>
        <translation>
            <numerusform>%n پرونده پیدا شد.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10" />
        <source>import-households needs the CSV file: import-households FILE.csv</source>
        <translation>فرمان import-households به فایل CSV نیاز دارد: import-households FILE.csv</translation>
    </message>
    <message>
        <location filename="../app/admin/formcommands.cpp" line="+21" />
        <source>forms needs import FILE.xml or list: forms import FILE.xml</source>
        <translation>فرمان forms به import FILE.xml یا list نیاز دارد: forms import FILE.xml</translation>
    </message>
    <message>
        <location line="+6" />
        <source>forms import needs the form file: forms import FILE.xml</source>
        <translation>forms import به پرونده فرم نیاز دارد: forms import FILE.xml</translation>
    </message>
    <message>
        <location line="+6" />
        <location filename="../app/admin/householdcommands.cpp" line="+6" />
        <source>The file cannot be read: %1</source>
        <translation>فایل خوانده نمی‌شود: %1</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Installed %1, version %2: %3</source>
        <translation>فرم %1 نسخه %2 نصب شد: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+34" />
        <source>%n form(s) installed.</source>
        <translation>
            <numerusform>%n فرم نصب شده است.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/householdcommands.cpp" line="+20" />
        <source>Nothing was imported: %n problem(s).</source>
        <translation>
            <numerusform>هیچ داده‌ای وارد نشد: %n مورد مشکل.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>The list is valid: %1 households, %2 people (nothing imported: --dry-run).</source>
        <translation>فهرست معتبر است: %1 خانوار، %2 نفر (به دلیل ‎--dry-run چیزی وارد نشد).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Imported %1 households, %2 people.</source>
        <translation>%1 خانوار و %2 نفر وارد شد.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>reserve-file-numbers needs --prefix P --from N --to M (N &lt;= M).</source>
        <translation>فرمان ‎reserve-file-numbers به ‎--prefix P ‎--from N ‎--to M نیاز دارد (N کوچک‌تر یا مساوی M).</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Reserved file numbers %1-%2 to %1-%3; %4 numbers are left in all.</source>
        <translation>شماره پرونده‌های %1-%2 تا %1-%3 رزرو شد؛ در مجموع %4 شماره باقی است.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>demo needs --households N.</source>
        <translation>فرمان demo به ‎--households N نیاز دارد.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Added %1 synthetic households (%2 people, %3 planned visits) in %4 s.</source>
        <translation>%1 خانوار ساختگی (%2 نفر، %3 بازدید برنامه‌ریزی‌شده) در %4 ثانیه افزوده شد.</translation>
    </message>
    <message>
        <location filename="../app/admin/storecommands.cpp" line="+48" />
        <source>This command opens the store: name the worker with --as USER.</source>
        <translation>این فرمان پایگاه داده را باز می‌کند: کاربر را با ‎--as USER مشخص کنید.</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+219" />
        <source>There is no store in %1.</source>
        <translation>در %1 پایگاه داده‌ای وجود ندارد.</translation>
    </message>
    <message>
        <location line="-215" />
        <source>Password for %1: </source>
        <translation>گذرواژهٔ %1: </translation>
    </message>
    <message>
        <location line="+4" />
        <source>No password: set PLUSLIFE_PASSWORD or run at a terminal.</source>
        <translation>گذرواژه‌ای داده نشد: PLUSLIFE_PASSWORD را تنظیم کنید یا فرمان را در پایانه اجرا کنید.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>--role is manager, social-worker, specialist or reception.</source>
        <translation>مقدار ‎--role باید manager، social-worker، specialist یا reception باشد.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>add-worker needs --user, --name and --role.</source>
        <translation>فرمان add-worker به ‎--user، ‎--name و ‎--role نیاز دارد.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>First password for %1: </source>
        <translation>نخستین گذرواژهٔ %1: </translation>
    </message>
    <message>
        <location line="+4" />
        <source>No password for the new worker: set PLUSLIFE_NEW_PASSWORD or run at a terminal.</source>
        <translation>گذرواژه‌ای برای کارمند جدید داده نشد: PLUSLIFE_NEW_PASSWORD را تنظیم کنید یا فرمان را در پایانه اجرا کنید.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Worker %1 added as %2; the password must be changed at the first sign-in.</source>
        <translation>کارمند %1 با نقش %2 افزوده شد؛ گذرواژه باید در نخستین ورود تغییر کند.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>ok    </source>
        <translation>درست  </translation>
    </message>
    <message>
        <location line="+1" />
        <source>FAIL  </source>
        <translation>خطا   </translation>
    </message>
    <message>
        <location line="+8" />
        <source>database integrity</source>
        <translation>یکپارچگی پایگاه داده</translation>
    </message>
    <message>
        <location line="+1" />
        <source>database integrity: %1</source>
        <translation>یکپارچگی پایگاه داده: %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>schema version %1 of %2</source>
        <translation>نسخهٔ طرح‌واره: %1 از %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>key slots: %1 password, %2 recovery, data key generation %3</source>
        <translation>جایگاه‌های کلید: %1 گذرواژه، %2 کد بازیابی؛ نسل کلید داده: %3</translation>
    </message>
    <message>
        <location line="+46" />
        <source>store size: %1 bytes</source>
        <translation>اندازهٔ پایگاه داده: %1 بایت</translation>
    </message>
    <message>
        <location line="+10" />
        <source>backup needs the archive's file name: backup FILE</source>
        <translation>فرمان backup به نام فایل بایگانی نیاز دارد: backup FILE</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Backup written and checked: %1</source>
        <translation>پشتیبان نوشته و بررسی شد: %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>restore needs the archive's file name: restore FILE</source>
        <translation>فرمان restore به نام فایل بایگانی نیاز دارد: restore FILE</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The previous store was kept in %1.</source>
        <translation>پایگاه دادهٔ قبلی در %1 نگهداری شد.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Store restored into %1. On another computer, run 'recover' with the recovery code first.</source>
        <translation>پایگاه داده در %1 از پشتیبان بازیابی شد. اگر این رایانه‌ای دیگر است، ابتدا فرمان recover را با کد بازیابی اجرا کنید.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The store has a new data key.</source>
        <translation>کلید دادهٔ پایگاه داده تعویض شد.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Recovery code: </source>
        <translation>کد بازیابی: </translation>
    </message>
    <message>
        <location line="+4" />
        <source>No recovery code: set PLUSLIFE_RECOVERY_CODE or run at a terminal.</source>
        <translation>کد بازیابی داده نشد: PLUSLIFE_RECOVERY_CODE را تنظیم کنید یا فرمان را در پایانه اجرا کنید.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This computer's keychain holds the store's key again; workers can sign in.</source>
        <translation>کلید پایگاه داده دوباره در جاکلیدی سیستم این رایانه قرار گرفت؛ کارکنان می‌توانند وارد شوند.</translation>
    </message>
    <message>
        <location filename="../app/admin/synccommands.cpp" line="+37" />
        <source>The central window cannot be reached.</source>
        <translation>دسترسی به پنجره واحد ممکن نیست.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The central window did not answer in time.</source>
        <translation>پنجره واحد به‌موقع پاسخ نداد.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The central window's certificate is not trusted; nothing was sent.</source>
        <translation>گواهی پنجره واحد مورد اعتماد نیست؛ هیچ داده‌ای ارسال نشد.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This computer was disconnected from the central window by its administrator. Unsynced work is kept in the store.</source>
        <translation>دسترسی این رایانه به پنجره واحد از سوی مدیر سامانه قطع شده است. کارهای همگام‌نشده در پایگاه داده حفظ شده‌اند.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The central window needs a newer PlusLife Desk: please update.</source>
        <translation>پنجره واحد به نسخه جدیدتری از PlusLife Desk نیاز دارد؛ لطفاً برنامه را به‌روزرسانی کنید.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The central window does not know this computer: enrol it again.</source>
        <translation>پنجره واحد این رایانه را نمی‌شناسد؛ آن را دوباره به پنجره واحد متصل کنید.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The enrolment code is unknown, used or expired.</source>
        <translation>کد ثبت‌نام دستگاه نامعتبر، استفاده‌شده یا منقضی است.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This store is not connected to a central window: run enroll first.</source>
        <translation>این پایگاه داده به پنجره واحد متصل نیست؛ ابتدا enroll را اجرا کنید.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sync failed (%1).</source>
        <translation>همگام‌سازی ناموفق بود (%1).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>enroll needs --server URL and --code CODE.</source>
        <translation>فرمان enroll به --server URL و --code CODE نیاز دارد.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Cannot read the CA file %1.</source>
        <translation>فایل CA به نام %1 را نمی‌توان خواند.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Only a manager can connect the store to the central window.</source>
        <translation>فقط مدیر مرکز می‌تواند پایگاه داده را به پنجره واحد متصل کند.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>This store is now connected to the central window.</source>
        <translation>این پایگاه داده اکنون به پنجره واحد متصل است.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Operations pushed: %1; changes pulled: %2; conflicts: %3; rejected: %4.</source>
        <translation>تغییرات ارسال‌شده: %1؛ تغییرات دریافت‌شده: %2؛ ناهمخوانی‌ها: %3؛ ردشده: %4.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The central window was restored from a backup: this store downloaded it again and kept every unsynced change.</source>
        <translation>پنجره واحد از روی پشتیبان بازیابی شده است: این پایگاه داده اطلاعات را دوباره دریافت کرد و همه تغییرات همگام‌نشده را نگه داشت.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::AddWorkerDialog</name>
    <message>
        <location filename="../ui/admin/addworkerdialog.cpp" line="+29" />
        <source>Add a worker</source>
        <translation>افزودن کارمند</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;User name:</source>
        <translation>نام &amp;کاربری:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Full &amp;name:</source>
        <translation>نام و نام &amp;خانوادگی:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Role:</source>
        <translation>&amp;نقش:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Temporary password:</source>
        <translation>گذرواژهٔ &amp;موقت:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Temporary password &amp;again:</source>
        <translation>&amp;تکرار گذرواژهٔ موقت:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Add worker</source>
        <translation>&amp;افزودن کارمند</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Enter the worker's full name.</source>
        <translation>نام و نام خانوادگی کارمند را وارد کنید.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::AddressFields</name>
    <message>
        <location filename="../ui/intake/addressfields.cpp" line="+39" />
        <source>e.g. pension, day labour (separate with commas)</source>
        <translation>مثلاً مستمری، کارگری روزمزد (با ویرگول جدا کنید)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Province:</source>
        <translation>&amp;استان:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>C&amp;ounty:</source>
        <translation>&amp;شهرستان:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>City or &amp;village:</source>
        <translation>شهر &amp;یا روستا:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Neig&amp;hbourhood:</source>
        <translation>&amp;محله:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>S&amp;treet and number:</source>
        <translation>&amp;خیابان و پلاک:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Postal co&amp;de:</source>
        <translation>&amp;کد پستی:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hous&amp;ing:</source>
        <translation>&amp;وضعیت مسکن:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Monthly &amp;rent (rials):</source>
        <translation>اجارهٔ &amp;ماهانه (ریال):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Income so&amp;urces:</source>
        <translation>&amp;منابع درآمد:</translation>
    </message>
    <message>
        <location line="+64" />
        <source>Write the monthly rent as a number of rials.</source>
        <translation>اجارهٔ ماهانه را به صورت عدد و به ریال بنویسید.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::AddressPanel</name>
    <message>
        <location filename="../ui/household/addresspanel.cpp" line="+22" />
        <source>Place:</source>
        <translation>محل:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Street:</source>
        <translation>خیابان:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Postal code:</source>
        <translation>کد پستی:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Housing:</source>
        <translation>وضعیت مسکن:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Income sources:</source>
        <translation>منابع درآمد:</translation>
    </message>
    <message>
        <location line="+21" />
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1, monthly rent %2 rials</source>
        <translation>%1، اجارهٔ ماهانه %2 ریال</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::BandOverrideDialog</name>
    <message>
        <location filename="../ui/needs/bandoverridedialog.cpp" line="+26" />
        <source>Change the needs band</source>
        <translation>تغییر دستی اولویت</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Computed band: %1 (score %2). It stays on the file beside the band you set.</source>
        <translation>اولویت محاسبه‌شده: %1 (امتیاز %2). این اولویت در کنار اولویتی که شما تعیین می‌کنید در پرونده باقی می‌ماند.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Band:</source>
        <translation>&amp;اولویت:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Reason (required):</source>
        <translation>&amp;دلیل (الزامی):</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Set band</source>
        <translation>&amp;ثبت اولویت</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Give the reason for changing the band.</source>
        <translation>دلیل تغییر اولویت را بنویسید.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::BirthDateEdit</name>
    <message>
        <location filename="../ui/intake/birthdateedit.cpp" line="+17" />
        <source>Not known</source>
        <translation>نامعلوم</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::CancelVisitDialog</name>
    <message>
        <location filename="../ui/visits/visitchangedialogs.cpp" line="+115" />
        <source>Cancel the visit</source>
        <translation>لغو بازدید</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Reason (required):</source>
        <translation>&amp;دلیل (الزامی):</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Cancel the &amp;visit</source>
        <translation>&amp;لغو بازدید</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Give the reason for cancelling the visit.</source>
        <translation>دلیل لغو بازدید را بنویسید.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::CapacityModel</name>
    <message>
        <location filename="../ui/capacity/capacitymodel.cpp" line="+117" />
        <source>At or above the limit: new files need the manager's reason.</source>
        <translation>در سقف یا بالاتر از آن: پرونده‌های جدید به ذکر دلیل از سوی مسئول مرکز نیاز دارند.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nearly full (90 % or more of the limit).</source>
        <translation>نزدیک به تکمیل (۹۰ درصد سقف یا بیشتر).</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Social worker</source>
        <translation>مددکار اجتماعی</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Active files</source>
        <translation>پرونده‌های فعال</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Limit</source>
        <translation>سقف</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Used</source>
        <translation>درصد استفاده</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Overdue visits</source>
        <translation>بازدیدهای معوق</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::CapacityView</name>
    <message>
        <location filename="../ui/capacity/capacityview.cpp" line="+35" />
        <source>&amp;Reassign…</source>
        <translation>&amp;واگذاری مجدد…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Assign &amp;unassigned…</source>
        <translation>واگذاری پرونده‌های &amp;بدون مددکار…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change &amp;limit…</source>
        <translation>تغییر &amp;سقف…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Re&amp;fresh</source>
        <translation>&amp;بازخوانی</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Capacity</source>
        <translation>ظرفیت</translation>
    </message>
    <message>
        <location line="+83" />
        <source>Only the center's manager sees the capacity of the center.</source>
        <translation>فقط مسئول مرکز ظرفیت مرکز را می‌بیند.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Center: %1 of %2 licensed files in use (%3)</source>
        <translation>مرکز: %1 پرونده از %2 پروندهٔ ظرفیت مجاز در استفاده است (%3)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 — full: new files need the manager's reason.</source>
        <translation>%1 — تکمیل: پرونده‌های جدید به ذکر دلیل از سوی مسئول مرکز نیاز دارند.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 — nearly full.</source>
        <translation>%1 — نزدیک به تکمیل.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Unassigned files: %1</source>
        <translation>پرونده‌های بدون مددکار: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Overdue visits: %1</source>
        <translation>بازدیدهای معوق: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+41" />
        <source>%n file(s) moved to %1.</source>
        <translation>
            <numerusform>%n پرونده به %1 منتقل شد.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18" />
        <source>Caseload limit</source>
        <translation>سقف پرونده‌ها</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Most active files %1 may carry:</source>
        <translation>بیشترین تعداد پروندهٔ فعالی که %1 می‌تواند داشته باشد:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The limit of %1 is now %2 files.</source>
        <translation>سقف پرونده‌های %1 اکنون %2 پرونده است.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::CaseloadModel</name>
    <message>
        <location filename="../ui/caseload/caseloadmodel.cpp" line="+45" />
        <source>Unassigned</source>
        <translation>بدون مددکار</translation>
    </message>
    <message>
        <location line="+20" />
        <source>National code %1</source>
        <translation>کد ملی %1</translation>
    </message>
    <message>
        <location line="+28" />
        <source>File number</source>
        <translation>شماره پرونده</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Head of household</source>
        <translation>سرپرست خانوار</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Social worker</source>
        <translation>مددکار اجتماعی</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Members</source>
        <translation>اعضا</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::CaseloadPage</name>
    <message>
        <location filename="../ui/caseload/caseloadpage.cpp" line="+43" />
        <source>&amp;Visit due</source>
        <translation>&amp;بازدید سررسیده</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;New request…</source>
        <translation>&amp;درخواست جدید…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Walk-in question…</source>
        <translation>&amp;پرسش مراجعه حضوری…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Search by name, national code, file number or mobile</source>
        <translation>جستجو با نام، کد ملی، شماره پرونده یا تلفن همراه</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Any priority</source>
        <translation>همه اولویت‌ها</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Only files with a home visit due this week or overdue</source>
        <translation>فقط پرونده‌هایی که بازدید منزل آن‌ها در این هفته سررسید دارد یا معوق است</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Any status</source>
        <translation>همهٔ وضعیت‌ها</translation>
    </message>
    <message>
        <location line="+76" />
        <source>All files</source>
        <translation>همهٔ پرونده‌ها</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+9" />
        <source>Unassigned files</source>
        <translation>پرونده‌های بدون مددکار</translation>
    </message>
    <message>
        <location line="-6" />
        <source>Files of %1</source>
        <translation>پرونده‌های %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>My files and unassigned</source>
        <translation>پرونده‌های من و پرونده‌های بدون مددکار</translation>
    </message>
    <message>
        <location line="+1" />
        <source>My files</source>
        <translation>پرونده‌های من</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Files referred to you will be listed here.</source>
        <translation>پرونده‌هایی که به شما ارجاع شود، اینجا فهرست می‌شود.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type a name, national code, file number or mobile to find a file.</source>
        <translation>برای یافتن پرونده، نام، کد ملی، شماره پرونده یا تلفن همراه را وارد کنید.</translation>
    </message>
    <message numerus="yes">
        <location line="+30" />
        <source>First %Ln household file(s); type more to narrow</source>
        <translation>
            <numerusform>%Ln پرونده خانوار نخست؛ برای محدودتر کردن نتایج، بیشتر بنویسید</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln household file(s)</source>
        <translation>
            <numerusform>%Ln پرونده خانوار</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14" />
        <source>Your role does not open household files. The file's social worker or the center manager can open it.</source>
        <translation>نقش شما اجازهٔ باز کردن پرونده خانوار را نمی‌دهد. مددکار اجتماعی پرونده یا مسئول مرکز می‌تواند آن را باز کند.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::CenterFields</name>
    <message>
        <location filename="../ui/setup/centerfields.cpp" line="+25" />
        <source>The center's code in the +Life system, as Behzisti issued it.</source>
        <translation>کد مرکز در سامانه + زندگی، همان‌گونه که بهزیستی صادر کرده است.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Choose or type the province</source>
        <translation>استان را انتخاب یا وارد کنید</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Full center: %1 household files</source>
        <translation>مرکز با ظرفیت کامل: %1 پرونده خانوار</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Small center: %1 household files</source>
        <translation>مرکز کوچک: %1 پرونده خانوار</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Center &amp;code:</source>
        <translation>&amp;کد مرکز:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Center &amp;name:</source>
        <translation>&amp;نام مرکز:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Province:</source>
        <translation>&amp;استان:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>C&amp;ounty:</source>
        <translation>&amp;شهرستان:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Licensed c&amp;apacity:</source>
        <translation>&amp;ظرفیت مجاز:</translation>
    </message>
    <message>
        <location line="+32" />
        <source>%1 household files</source>
        <translation>%1 پرونده خانوار</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::CenterPage</name>
    <message>
        <location filename="../ui/setup/centerpage.cpp" line="+19" />
        <source>Your +Life center</source>
        <translation>مرکز + زندگی شما</translation>
    </message>
    <message>
        <location line="+1" />
        <source>As it appears on the center's licence. The manager can change these details later.</source>
        <translation>مطابق مجوز مرکز. مسئول مرکز بعداً می‌تواند این مشخصات را تغییر دهد.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::CenterSettingsDialog</name>
    <message>
        <location filename="../ui/admin/centersettingsdialog.cpp" line="+26" />
        <source>Center settings</source>
        <translation>تنظیمات مرکز</translation>
    </message>
    <message>
        <location line="+5" />
        <source> min</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The center</source>
        <translation>مرکز</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Security</source>
        <translation>امنیت</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Lock the desk after this much time without use:</source>
        <translation>&amp;قفل شدن برنامه پس از این مدت عدم فعالیت:</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::ChangePasswordDialog</name>
    <message>
        <location filename="../ui/signin/changepassworddialog.cpp" line="+27" />
        <source>Change password</source>
        <translation>تغییر گذرواژه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The manager set a temporary password for you. Choose your own password before you go on.</source>
        <translation>مسئول مرکز برای شما گذرواژهٔ موقت تعیین کرده است. پیش از ادامه، گذرواژهٔ خودتان را انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose a new password of at least 10 characters.</source>
        <translation>گذرواژهٔ جدیدی با دست‌کم ۱۰ نویسه انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Temporary password:</source>
        <translation>گذرواژهٔ &amp;موقت:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Current password:</source>
        <translation>گذرواژهٔ &amp;فعلی:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New password:</source>
        <translation>گذرواژهٔ &amp;جدید:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New password &amp;again:</source>
        <translation>تکرار &amp;گذرواژهٔ جدید:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Change password</source>
        <translation>&amp;تغییر گذرواژه</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Sign out</source>
        <translation>&amp;خروج</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::ConflictInboxDialog</name>
    <message>
        <location filename="../ui/sync/conflictinboxdialog.cpp" line="+41" />
        <source>No conflicts wait for you.</source>
        <translation>هیچ ناهمخوانی‌ای در انتظار شما نیست.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keep &amp;mine</source>
        <translation>&amp;نگه داشتن مقدار من</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep &amp;theirs</source>
        <translation>&amp;پذیرفتن مقدار پنجره واحد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Edit…</source>
        <translation>&amp;ویرایش…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Acknowledge</source>
        <translation>&amp;تأیید مشاهده</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Conflicts</source>
        <translation>ناهمخوانی‌ها</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location line="+0" />
        <source>File</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Record</source>
        <translation>رکورد</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Field</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This computer</source>
        <translation>این رایانه</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Central window</source>
        <translation>پنجره واحد</translation>
    </message>
    <message>
        <location line="+64" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+89" />
        <source>The conflict could not be marked as seen.</source>
        <translation>ناهمخوانی به‌عنوان دیده‌شده علامت‌گذاری نشد.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Marked as seen.</source>
        <translation>به‌عنوان دیده‌شده علامت‌گذاری شد.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>This conflict is no longer open for you.</source>
        <translation>این ناهمخوانی دیگر برای شما باز نیست.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The decision could not be saved.</source>
        <translation>تصمیم ذخیره نشد.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Saved; the central window gets the decision at the next sync.</source>
        <translation>ذخیره شد؛ تصمیم در همگام‌سازی بعدی به پنجره واحد ارسال می‌شود.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::ConflictValueDialog</name>
    <message>
        <location filename="../ui/sync/conflictvaluedialog.cpp" line="+45" />
        <source>Choose another value</source>
        <translation>انتخاب مقدار دیگر</translation>
    </message>
    <message>
        <location line="+20" />
        <source>&amp;Use this value</source>
        <translation>&amp;استفاده از این مقدار</translation>
    </message>
    <message>
        <location line="+20" />
        <location line="+11" />
        <source>Type a number.</source>
        <translation>یک عدد وارد کنید.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::DocumentPreview</name>
    <message>
        <location filename="../ui/documents/documentpreview.cpp" line="+21" />
        <source>Open copy…</source>
        <translation>باز کردن رونوشت…</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Saves a decrypted copy to a folder you choose and opens it. The copy is recorded in the audit log.</source>
        <translation>رونوشتی رمزگشایی‌شده در پوشه‌ای که انتخاب می‌کنید ذخیره و باز می‌شود. تهیهٔ این رونوشت در گزارش رویدادها ثبت می‌شود.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Select an attached document and press Preview.</source>
        <translation>یک مدرک پیوست‌شده را انتخاب و «پیش‌نمایش» را بزنید.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>This document cannot be shown here. Use Open copy…</source>
        <translation>این مدرک اینجا نمایش داده نمی‌شود. از «باز کردن رونوشت…» استفاده کنید.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1
Added by %2 on %3</source>
        <translation>%1
افزوده‌شده توسط %2 در %3</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::DocumentsPanel</name>
    <message>
        <location filename="../ui/documents/documentspanel.cpp" line="+54" />
        <source>Document</source>
        <translation>مدرک</translation>
    </message>
    <message>
        <location line="+0" />
        <source>For</source>
        <translation>مربوط به</translation>
    </message>
    <message>
        <location line="+0" />
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+0" />
        <source>By</source>
        <translation>توسط</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Request &amp;type:</source>
        <translation>&amp;نوع درخواست:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Attach…</source>
        <translation>&amp;پیوست…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mark &amp;checked</source>
        <translation>ثبت &amp;بررسی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mark &amp;verified</source>
        <translation>ثبت &amp;تأیید</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Preview</source>
        <translation>پیش‌&amp;نمایش</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Attach a scan or photo (PDF, JPEG, PNG or TIFF) to the selected line. You can also drop files onto this panel.</source>
        <translation>تصویر اسکن‌شده یا عکس (PDF، JPEG، PNG یا TIFF) را به سطر انتخاب‌شده پیوست کنید. می‌توانید فایل‌ها را روی همین بخش نیز بکشید و رها کنید.</translation>
    </message>
    <message>
        <location line="+123" />
        <source>Select the line of the checklist this document belongs to.</source>
        <translation>سطری از فهرست مدارک را که این مدرک به آن مربوط است انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Attach documents</source>
        <translation>پیوست مدارک</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scans and photos (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>اسکن‌ها و عکس‌ها (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Save a decrypted copy in</source>
        <translation>ذخیرهٔ رونوشت رمزگشایی‌شده در</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::EnrolDialog</name>
    <message>
        <location filename="../ui/sync/enroldialog.cpp" line="+54" />
        <source>Trust this CA &amp;file…</source>
        <translation>اعتماد به این &amp;فایل CA…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Connect</source>
        <translation>&amp;اتصال</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Connect to the central window</source>
        <translation>اتصال به پنجره واحد</translation>
    </message>
    <message>
        <location line="+9" />
        <source>or the SHA-256 of its certificate</source>
        <translation>یا SHA-256 گواهی آن</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Address of the central window:</source>
        <translation>نشانی پنجره واحد:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enrolment code:</source>
        <translation>کد ثبت‌نام دستگاه:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Certificate authority:</source>
        <translation>مرجع صدور گواهی:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Certificate fingerprint:</source>
        <translation>اثر انگشت گواهی:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name of this computer:</source>
        <translation>نام این رایانه:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Ask the central window's administrator for an enrolment code and for the certificate to trust. The code works once.</source>
        <translation>کد ثبت‌نام دستگاه و گواهی مورد اعتماد را از مدیر سامانه پنجره واحد دریافت کنید. این کد فقط یک بار قابل استفاده است.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Type the address of the central window.</source>
        <translation>نشانی پنجره واحد را وارد کنید.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The address starts with https:// (for example https://central.example:8443).</source>
        <translation>نشانی باید با https:// آغاز شود (برای نمونه https://central.example:8443).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type the enrolment code the central window's administrator gave you.</source>
        <translation>کد ثبت‌نام دستگاه را که مدیر سامانه پنجره واحد به شما داده است وارد کنید.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Trust either a CA file or a certificate fingerprint, not both.</source>
        <translation>فقط به یکی اعتماد کنید: فایل CA یا اثر انگشت گواهی، نه هر دو.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The CA file cannot be read.</source>
        <translation>فایل CA خوانده نمی‌شود.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A certificate fingerprint is 64 hexadecimal characters (SHA-256).</source>
        <translation>اثر انگشت گواهی ۶۴ نویسه هگزادسیمال است (SHA-256).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Certificate authority of the central window</source>
        <translation>مرجع صدور گواهی پنجره واحد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>گواهی‌ها (*.pem *.crt *.cer);;همه فایل‌ها (*)</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Connecting to the central window…</source>
        <translation>در حال اتصال به پنجره واحد…</translation>
    </message>
    <message>
        <location line="+23" />
        <source>&amp;Close</source>
        <translation>&amp;بستن</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This computer is connected to the central window. The center's files are downloaded at the first sync, which starts now.</source>
        <translation>این رایانه به پنجره واحد متصل شد. پرونده‌های مرکز در نخستین همگام‌سازی، که هم‌اکنون آغاز می‌شود، دریافت می‌شوند.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::FormDateEdit</name>
    <message>
        <location filename="../ui/forms/formeditors.cpp" line="+44" />
        <source>No date</source>
        <translation>بدون تاریخ</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::FormField</name>
    <message>
        <location filename="../ui/forms/formfieldeditors.cpp" line="+147" />
        <source>Choose an image…</source>
        <translation>انتخاب تصویر…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Choose a file…</source>
        <translation>انتخاب پرونده…</translation>
    </message>
    <message>
        <location filename="../ui/forms/formfieldanswers.cpp" line="+78" />
        <location filename="../ui/forms/formfieldeditors.cpp" line="+10" />
        <source>Acknowledge</source>
        <translation>تأیید می‌کنم</translation>
    </message>
    <message>
        <location filename="../ui/forms/formfieldeditors.cpp" line="+56" />
        <source>Choose…</source>
        <translation>انتخاب کنید…</translation>
    </message>
    <message>
        <location filename="../ui/forms/formfield.cpp" line="+135" />
        <source>%1 *</source>
        <comment>the label of a required question</comment>
        <translation>%1 *</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Required</source>
        <translation>الزامی</translation>
    </message>
    <message>
        <location line="+51" />
        <source>—</source>
        <comment>a read-only question with no value yet</comment>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/forms/formfieldanswers.cpp" line="-4" />
        <source>No file chosen</source>
        <translation>پرونده‌ای انتخاب نشده است</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Acknowledged</source>
        <translation>تأیید شد</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::FormFillDialog</name>
    <message>
        <location filename="../ui/forms/formfilldialog.cpp" line="+24" />
        <source>&amp;Save draft</source>
        <translation>ذخیره &amp;پیش‌نویس</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;ubmit</source>
        <translation>&amp;ثبت نهایی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Close</source>
        <translation>&amp;بستن</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Form</source>
        <translation>فرم</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Draft saved at %1.</source>
        <translation>پیش‌نویس در ساعت %1 ذخیره شد.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Some answers are missing or not valid: the first one is selected.</source>
        <translation>برخی پاسخ‌ها خالی یا نامعتبرند: نخستین مورد انتخاب شده است.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::FormTimeEdit</name>
    <message>
        <location filename="../ui/forms/formeditors.cpp" line="+81" />
        <source>No time</source>
        <translation>بدون ساعت</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::FormView</name>
    <message>
        <location filename="../ui/forms/formview.cpp" line="+30" />
        <source>&amp;Previous</source>
        <translation>&amp;قبلی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Next</source>
        <translation>&amp;بعدی</translation>
    </message>
    <message>
        <location line="+31" />
        <location filename="../ui/forms/formviewbuild.cpp" line="+178" />
        <location filename="../ui/forms/formviewchanges.cpp" line="+141" />
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove “%1” and all its answers?</source>
        <translation>«%1» و همه پاسخ‌های آن حذف شود؟</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>تصویرها (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All files (*)</source>
        <translation>همه پرونده‌ها (*)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose a file to attach</source>
        <translation>انتخاب پرونده برای پیوست</translation>
    </message>
    <message>
        <location line="+108" />
        <source>Page %1 of %2</source>
        <translation>صفحه %1 از %2</translation>
    </message>
    <message>
        <location filename="../ui/forms/formviewbuild.cpp" line="-19" />
        <source>Item %1</source>
        <comment>a repeat instance without a label</comment>
        <translation>مورد %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 %2</source>
        <comment>a repeat instance: the repeat's label and its number, e.g. Member 2</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Remove %1</source>
        <translation>حذف %1</translation>
    </message>
    <message>
        <location line="+10" />
        <location filename="../ui/forms/formviewchanges.cpp" line="-23" />
        <source>Add</source>
        <translation>افزودن</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add %1</source>
        <comment>add a repeat instance: the repeat's label</comment>
        <translation>افزودن %1</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::HomePage</name>
    <message>
        <location filename="../ui/main/homepage.cpp" line="+52" />
        <source>The center</source>
        <translation>مرکز</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Code:</source>
        <translation>کد:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Province and county:</source>
        <translation>استان و شهرستان:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Licensed capacity:</source>
        <translation>ظرفیت مجاز:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>File numbers:</source>
        <translation>شماره پرونده‌ها:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Workers:</source>
        <translation>کارکنان:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Automatic lock:</source>
        <translation>قفل خودکار:</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Welcome, %1</source>
        <translation>%1، خوش آمدید</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Signed in as %1 (%2)</source>
        <translation>شما با نام %1 (%2) وارد شده‌اید</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Today is %1</source>
        <translation>امروز %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 of %2 household files in use</source>
        <translation>%1 از %2 پرونده خانوار در حال استفاده</translation>
    </message>
    <message>
        <location line="+5" />
        <source>only %1 left in the reserved blocks: ask for a new block</source>
        <translation>فقط %1 شماره در بلوک‌های رزروشده مانده است: بلوک تازه درخواست کنید</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 left in the reserved blocks</source>
        <translation>%1 شماره در بلوک‌های رزروشده باقی است</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1 active (%2 accounts in all)</source>
        <translation>%1 فعال (در مجموع %2 حساب کاربری)</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>after %Ln minute(s) without use</source>
        <translation>
            <numerusform>پس از %Ln دقیقه عدم فعالیت</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pluslife::ui::HouseholdFileView</name>
    <message>
        <location filename="../ui/household/householdfileview.cpp" line="+61" />
        <source>&amp;Back to the caseload</source>
        <translation>&amp;بازگشت به کارتابل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change &amp;status…</source>
        <translation>تغییر &amp;وضعیت…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Merge a duplicate…</source>
        <translation>&amp;ادغام پروندهٔ تکراری…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;plit…</source>
        <translation>&amp;تفکیک…</translation>
    </message>
    <message>
        <location line="+20" />
        <source>&amp;Members</source>
        <translation>&amp;اعضای خانوار</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Timeline</source>
        <translation>&amp;سابقه پرونده</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Address and housing</source>
        <translation>&amp;نشانی و مسکن</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Visits</source>
        <translation>&amp;بازدیدها</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Documents</source>
        <translation>&amp;مدارک</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Notes</source>
        <translation>&amp;یادداشت‌ها</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Forms</source>
        <translation>&amp;فرم‌ها</translation>
    </message>
    <message>
        <location line="+7" />
        <source>N&amp;eeds</source>
        <translation>&amp;نیازسنجی</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The needs assessment was updated.</source>
        <translation>نیازسنجی به‌روز شد.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Re&amp;ferrals</source>
        <translation>ار&amp;جاع‌ها</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The referral was updated.</source>
        <translation>ارجاع به‌روز شد.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Follow-up &amp;tasks</source>
        <translation>&amp;کارهای پیگیری</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The follow-up tasks were updated.</source>
        <translation>کارهای پیگیری به‌روز شد.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The form was submitted.</source>
        <translation>فرم ثبت شد.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>P&amp;rint…</source>
        <translation>&amp;چاپ…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save as P&amp;DF…</source>
        <translation>ذخیره به صورت &amp;PDF…</translation>
    </message>
    <message>
        <location line="+57" />
        <source>File %1 — %2</source>
        <translation>پرونده %1 — %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Social worker: unassigned</source>
        <translation>مددکار اجتماعی: واگذار نشده</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Social worker: %1</source>
        <translation>مددکار اجتماعی: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>another worker</source>
        <translation>کارمندی دیگر</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status: %1</source>
        <translation>وضعیت: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Priority: not assessed yet</source>
        <translation>اولویت: هنوز نیازسنجی نشده</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Priority: %1</source>
        <translation>اولویت: %1</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The file status was changed.</source>
        <translation>وضعیت پرونده تغییر کرد.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The duplicate file was merged into this file.</source>
        <translation>پروندهٔ تکراری در این پرونده ادغام شد.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>A new household file was opened: %1.</source>
        <translation>پرونده خانوار جدیدی تشکیل شد: %1.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::HouseholdFormsPanel</name>
    <message>
        <location filename="../ui/forms/householdformspanel.cpp" line="+57" />
        <source>&amp;Fill in…</source>
        <translation>&amp;تکمیل فرم…</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+4" />
        <source>Form</source>
        <translation>فرم</translation>
    </message>
    <message>
        <location line="-4" />
        <source>Started</source>
        <translation>شروع</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Last saved</source>
        <translation>آخرین ذخیره</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Resume…</source>
        <translation>&amp;ادامه…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Throw away…</source>
        <translation>&amp;دور ریختن…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Submitted</source>
        <translation>ثبت</translation>
    </message>
    <message>
        <location line="+0" />
        <source>By</source>
        <translation>ثبت‌کننده</translation>
    </message>
    <message>
        <location line="+0" />
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;View…</source>
        <translation>&amp;مشاهده…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Correct…</source>
        <translation>ا&amp;صلاح…</translation>
    </message>
    <message>
        <location line="+11" />
        <source>F&amp;orm:</source>
        <translation>&amp;فرم:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Drafts</source>
        <translation>پیش‌نویس‌ها</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Submitted forms</source>
        <translation>فرم‌های ثبت‌شده</translation>
    </message>
    <message>
        <location line="+34" />
        <source> (activity %1)</source>
        <translation> (فعالیت %1)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Corrected later</source>
        <translation>بعداً اصلاح شده</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Correction</source>
        <translation>اصلاحیه</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Current</source>
        <translation>معتبر</translation>
    </message>
    <message>
        <location line="+65" />
        <source>Throw away the draft</source>
        <translation>دور ریختن پیش‌نویس</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Throw away this draft and every answer in it? This cannot be undone.</source>
        <translation>این پیش‌نویس و همه پاسخ‌های آن دور ریخته شود؟ این کار بازگشت‌پذیر نیست.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>%1 — submitted %2 by %3</source>
        <translation>%1 — ثبت‌شده در %2 توسط %3</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::HouseholdReferralsPanel</name>
    <message>
        <location filename="../ui/referrals/householdreferralspanel.cpp" line="+35" />
        <source>&amp;New referral…</source>
        <translation>&amp;ارجاع جدید…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Send</source>
        <translation>&amp;ارسال</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Accepted</source>
        <translation>&amp;پذیرفته شد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Refused…</source>
        <translation>&amp;رد شد…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>C&amp;ompleted…</source>
        <translation>&amp;انجام شد…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Cancel referral…</source>
        <translation>&amp;لغو ارجاع…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Print letter…</source>
        <translation>&amp;چاپ معرفی‌نامه…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Letter as P&amp;DF…</source>
        <translation>معرفی‌نامه در &amp;قالب PDF…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Tracking number</source>
        <translation>کد رهگیری</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Requested service</source>
        <translation>خدمت درخواستی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Destination</source>
        <translation>مقصد</translation>
    </message>
    <message>
        <location line="+0" />
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Due</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <location line="+30" />
        <source>History of the selected referral:</source>
        <translation>تاریخچه ارجاع انتخاب‌شده:</translation>
    </message>
    <message>
        <location line="+103" />
        <source>%1: %2 (priority %3)</source>
        <translation>%1: %2 (اولویت %3)</translation>
    </message>
    <message>
        <location line="+4" />
        <source> — reason: %1</source>
        <translation> — دلیل: %1</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The referral was saved as a draft, with a follow-up task.</source>
        <translation>ارجاع به‌صورت پیش‌نویس ذخیره شد و یک کار پیگیری برای آن ایجاد شد.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The referral was sent.</source>
        <translation>ارجاع ارسال شد.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The referral was accepted.</source>
        <translation>ارجاع پذیرفته شد.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Referral refused</source>
        <translation>رد ارجاع</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Why did %1 refuse the referral? The next priority, if any, receives it.</source>
        <translation>چرا %1 ارجاع را رد کرد؟ اگر اولویت بعدی وجود داشته باشد، ارجاع به آن فرستاده می‌شود.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Record the refusal</source>
        <translation>&amp;ثبت رد ارجاع</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The refusal was recorded.</source>
        <translation>رد ارجاع ثبت شد.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The referral was completed.</source>
        <translation>ارجاع انجام شد.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Cancel the referral</source>
        <translation>لغو ارجاع</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Why is the referral cancelled?</source>
        <translation>چرا ارجاع لغو می‌شود؟</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel the &amp;referral</source>
        <translation>لغو &amp;ارجاع</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The referral was cancelled.</source>
        <translation>ارجاع لغو شد.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::HouseholdTasksPanel</name>
    <message>
        <location filename="../ui/tasks/householdtaskspanel.cpp" line="+34" />
        <source>&amp;Add task</source>
        <translation>&amp;افزودن کار</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Done…</source>
        <translation>&amp;انجام شد…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Cancel task…</source>
        <translation>&amp;لغو کار…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>What has to be done</source>
        <translation>کاری که باید انجام شود</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Due</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Task</source>
        <translation>کار</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Made by</source>
        <translation>ثبت‌کننده</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Note or reason</source>
        <translation>یادداشت یا دلیل</translation>
    </message>
    <message>
        <location line="+10" />
        <source>New &amp;task:</source>
        <translation>&amp;کار جدید:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>due</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <location line="+89" />
        <source>The task was added.</source>
        <translation>کار افزوده شد.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The task is done.</source>
        <translation>کار انجام شد.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Cancel the task</source>
        <translation>لغو کار</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Why is the task no longer needed?</source>
        <translation>چرا دیگر به این کار نیازی نیست؟</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel the &amp;task</source>
        <translation>لغو &amp;کار</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The task was cancelled.</source>
        <translation>کار لغو شد.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::HouseholdVisitsPanel</name>
    <message>
        <location filename="../ui/visits/householdvisitspanel.cpp" line="+41" />
        <source>&amp;Schedule…</source>
        <translation>&amp;برنامه‌ریزی…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Day</source>
        <translation>روز</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Time</source>
        <translation>ساعت</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Purpose</source>
        <translation>هدف</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Note or reason</source>
        <translation>یادداشت یا دلیل</translation>
    </message>
    <message>
        <location line="+51" />
        <source>Overdue</source>
        <translation>معوق</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The visit was scheduled.</source>
        <translation>بازدید برنامه‌ریزی شد.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::ImportDialog</name>
    <message>
        <location filename="../ui/intake/importdialog.cpp" line="+29" />
        <source>&amp;Check the list</source>
        <translation>&amp;بررسی فهرست</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Import</source>
        <translation>&amp;وارد کردن</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Import the county office's list</source>
        <translation>وارد کردن فهرست اداره بهزیستی شهرستان</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only when the list goes beyond the licensed capacity</source>
        <translation>فقط در صورتی که فهرست از ظرفیت مجاز فراتر رود</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Choose…</source>
        <translation>&amp;انتخاب…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>CSV &amp;file:</source>
        <translation>&amp;فایل CSV:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Capacity &amp;override reason:</source>
        <translation>&amp;دلیل فراتر رفتن از ظرفیت:</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The county office's list</source>
        <translation>فهرست اداره بهزیستی شهرستان</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>فایل‌های CSV (*.csv);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The file cannot be read: %1</source>
        <translation>فایل خوانده نمی‌شود: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+14" />
        <source>Nothing can be imported until the %n problem(s) below are fixed.</source>
        <translation>
            <numerusform>تا %n مشکل زیر برطرف نشود، هیچ داده‌ای وارد نمی‌شود.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>Imported %1 households with %2 people.</source>
        <translation>%1 خانوار با %2 نفر وارد شد.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The list is valid: %1 households with %2 people. Press Import.</source>
        <translation>فهرست معتبر است: %1 خانوار با %2 نفر. «وارد کردن» را بزنید.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::InquiryDialog</name>
    <message>
        <location filename="../ui/intake/inquirydialog.cpp" line="+29" />
        <source>A question from a walk-in</source>
        <translation>پرسش مراجعه‌کنندهٔ حضوری</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A name, or how the person described themselves</source>
        <translation>نام، یا هر توصیفی که مراجعه‌کننده از خود داد</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The question came &amp;by:</source>
        <translation>&amp;نحوهٔ طرح پرسش:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>W&amp;ho asked:</source>
        <translation>&amp;پرسش‌کننده:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;What was asked:</source>
        <translation>&amp;موضوع پرسش:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What was a&amp;nswered:</source>
        <translation>&amp;پاسخ داده‌شده:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Log the question</source>
        <translation>&amp;ثبت پرسش</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::IntakeDialog</name>
    <message>
        <location filename="../ui/intake/intakedialog.cpp" line="+61" />
        <source>&amp;Open the file</source>
        <translation>&amp;تشکیل پرونده</translation>
    </message>
    <message>
        <location line="+3" />
        <source>New request and household file</source>
        <translation>درخواست جدید و تشکیل پرونده خانوار</translation>
    </message>
    <message>
        <location line="+13" />
        <source>10 digits</source>
        <translation>۱۰ رقم</translation>
    </message>
    <message>
        <location line="+5" />
        <source>National &amp;code of the head:</source>
        <translation>&amp;کد ملی سرپرست:</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The request came &amp;by:</source>
        <translation>&amp;نحوهٔ دریافت درخواست:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;What was asked:</source>
        <translation>&amp;موضوع درخواست:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Who is asking</source>
        <translation>درخواست‌کننده</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Head of household</source>
        <translation>سرپرست خانوار</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other members of the household</source>
        <translation>سایر اعضای خانوار</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Address and housing</source>
        <translation>نشانی و مسکن</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The request</source>
        <translation>درخواست</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The household file is open. Its file number:</source>
        <translation>پرونده خانوار تشکیل شد. شماره پرونده:</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Open the &amp;file</source>
        <translation>باز کردن &amp;پرونده</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Close</source>
        <translation>&amp;بستن</translation>
    </message>
    <message>
        <location filename="../ui/intake/intakesave.cpp" line="+38" />
        <source>New person: not in the center's files yet.</source>
        <translation>فرد جدید: هنوز در پرونده‌های مرکز ثبت نشده است.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Already known: %1, member of household file %2.</source>
        <translation>از قبل ثبت شده: %1، عضو پرونده خانوار %2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Already known: %1 (in no household file now).</source>
        <translation>از قبل ثبت شده: %1 (اکنون عضو هیچ پرونده خانواری نیست).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Enter the national code of the head of household.</source>
        <translation>کد ملی سرپرست خانوار را وارد کنید.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>no national code</source>
        <translation>بدون کد ملی</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (national code %2) has the same name and birth date as %3. Check that this is not the same person.</source>
        <translation>نام و تاریخ تولد %1 (کد ملی %2) با %3 یکسان است. بررسی کنید که این دو یک نفر نباشند.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>&amp;Open the file anyway</source>
        <translation>&amp;با این حال پرونده تشکیل شود</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::IntakeMembersTable</name>
    <message>
        <location filename="../ui/intake/intakememberstable.cpp" line="+33" />
        <source>National code</source>
        <translation>کد ملی</translation>
    </message>
    <message>
        <location line="+0" />
        <source>First name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Last name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sex</source>
        <translation>جنسیت</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Birth date</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Relation</source>
        <translation>نسبت</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Add a &amp;member row</source>
        <translation>افزودن &amp;سطر عضو</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove the row</source>
        <translation>حذف سطر</translation>
    </message>
    <message>
        <location line="+89" />
        <source>Member %1: %2</source>
        <translation>عضو %1: %2</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::LockScreen</name>
    <message>
        <location filename="../ui/lock/lockscreen.cpp" line="+30" />
        <source>&amp;Unlock</source>
        <translation>&amp;باز کردن قفل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sign in as &amp;someone else</source>
        <translation>ورود با &amp;کاربری دیگر</translation>
    </message>
    <message>
        <location line="+4" />
        <source>PlusLife Desk is locked</source>
        <translation>PlusLife Desk قفل است</translation>
    </message>
    <message>
        <location line="+50" />
        <source>%1 (%2) was working here. Enter the password to go on.</source>
        <translation>%1 (%2) با این رایانه کار می‌کرد. برای ادامه، گذرواژه را وارد کنید.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::LockoutCountdown</name>
    <message>
        <location filename="../ui/common/lockoutcountdown.cpp" line="+51" />
        <source>Too many failed attempts. You can try again in %1.</source>
        <translation>تعداد تلاش‌های ناموفق بیش از حد مجاز است. پس از %1 می‌توانید دوباره تلاش کنید.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::MainWindow</name>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="+70" />
        <source>&amp;Lock</source>
        <translation>&amp;قفل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Change password…</source>
        <translation>&amp;تغییر گذرواژه…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sign &amp;out</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Quit</source>
        <translation>&amp;بستن برنامه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Capacity and assignment…</source>
        <translation>&amp;ظرفیت و واگذاری پرونده‌ها…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Workers…</source>
        <translation>&amp;کارکنان…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Center &amp;settings…</source>
        <translation>&amp;تنظیمات مرکز…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;About PlusLife Desk</source>
        <translation>&amp;درباره PlusLife Desk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Caseload</source>
        <translation>&amp;کارتابل</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;New request…</source>
        <translation>&amp;درخواست جدید…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Walk-in question…</source>
        <translation>&amp;پرسش مراجعه حضوری…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Import the county office's list…</source>
        <translation>&amp;وارد کردن فهرست اداره بهزیستی شهرستان…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Home &amp;visits…</source>
        <translation>&amp;بازدیدهای منزل…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Center &amp;panel</source>
        <translation>&amp;پیشخوان مرکز</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Screening campaign…</source>
        <translation>&amp;غربالگری گروهی…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Households by &amp;need…</source>
        <translation>خانوارها به ترتیب &amp;نیاز…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>My &amp;referrals…</source>
        <translation>&amp;ارجاع‌های من…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>My follow-up &amp;tasks…</source>
        <translation>&amp;کارهای پیگیری من…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Desk</source>
        <translation>&amp;میز کار</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Households</source>
        <translation>&amp;خانوارها</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Center</source>
        <translation>مر&amp;کز</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <location line="+26" />
        <source>My referrals</source>
        <translation>ارجاع‌های من</translation>
    </message>
    <message>
        <location line="+8" />
        <source>My follow-up tasks</source>
        <translation>کارهای پیگیری من</translation>
    </message>
    <message>
        <location line="+85" />
        <source>%1 — PlusLife Desk</source>
        <translation>%1 — PlusLife Desk</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Center %1</source>
        <translation>مرکز %1</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Households by need</source>
        <translation>خانوارها به ترتیب نیاز</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Home visits</source>
        <translation>بازدیدهای منزل</translation>
    </message>
    <message>
        <location line="+42" />
        <source>About PlusLife Desk</source>
        <translation>درباره PlusLife Desk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;h3&gt;PlusLife Desk %1&lt;/h3&gt;&lt;p&gt;The desktop client of the +Life service centers of the State Welfare Organization of Iran (Behzisti).&lt;/p&gt;&lt;p&gt;The center's files are kept encrypted on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PlusLife Desk %1&lt;/h3&gt;&lt;p&gt;نرم‌افزار رومیزی مراکز خدمات بهزیستی + زندگی، وابسته به سازمان بهزیستی کشور.&lt;/p&gt;&lt;p&gt;پرونده‌های مرکز به صورت رمزنگاری‌شده روی همین رایانه نگهداری می‌شوند.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::ManagerPage</name>
    <message>
        <location filename="../ui/setup/managerpage.cpp" line="+28" />
        <source>The center manager</source>
        <translation>مسئول مرکز</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The first account: the manager adds the other workers after signing in.</source>
        <translation>نخستین حساب کاربری: مسئول مرکز پس از ورود، سایر کارکنان را اضافه می‌کند.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Create center</source>
        <translation>&amp;ایجاد مرکز</translation>
    </message>
    <message>
        <location line="+5" />
        <source>3 to 32 Latin letters, digits, '.', '_' or '-', starting with a letter.</source>
        <translation>۳ تا ۳۲ حرف لاتین، رقم، «.»، «_» یا «-» که با یک حرف شروع شود.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;User name:</source>
        <translation>نام &amp;کاربری:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Full &amp;name:</source>
        <translation>نام و نام &amp;خانوادگی:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Password:</source>
        <translation>&amp;گذرواژه:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Password &amp;again:</source>
        <translation>&amp;تکرار گذرواژه:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose a password of at least 10 characters that only you know. Nobody, not even Behzisti, can read the center's files without a worker's password or the recovery code.</source>
        <translation>گذرواژه‌ای با دست‌کم ۱۰ نویسه انتخاب کنید که فقط خودتان بدانید. هیچ‌کس، حتی سازمان بهزیستی، بدون گذرواژهٔ یکی از کارکنان یا کد بازیابی نمی‌تواند پرونده‌های مرکز را بخواند.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Enter the manager's full name.</source>
        <translation>نام و نام خانوادگی مسئول مرکز را وارد کنید.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::MemberLeftDialog</name>
    <message>
        <location filename="../ui/household/filedialogs.cpp" line="+40" />
        <source>A member leaves the household</source>
        <translation>خروج عضو از خانوار</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Left the household</source>
        <translation>خانوار را ترک کرد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Died</source>
        <translation>فوت کرد</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;What happened:</source>
        <translation>&amp;رویداد:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;On:</source>
        <translation>&amp;تاریخ:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Record</source>
        <translation>&amp;ثبت</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::MembersTab</name>
    <message>
        <location filename="../ui/household/memberstab.cpp" line="+32" />
        <source>&amp;Add a member…</source>
        <translation>&amp;افزودن عضو…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Edit…</source>
        <translation>&amp;ویرایش…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Left or died…</source>
        <translation>&amp;ترک خانوار یا فوت…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make &amp;head</source>
        <translation>تعیین به عنوان &amp;سرپرست</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Screening…</source>
        <translation>&amp;غربالگری…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Relation</source>
        <translation>نسبت</translation>
    </message>
    <message>
        <location line="+0" />
        <source>National code</source>
        <translation>کد ملی</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sex</source>
        <translation>جنسیت</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Birth date</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Mobile</source>
        <translation>تلفن همراه</translation>
    </message>
    <message>
        <location line="+90" />
        <source>Screening: %1</source>
        <translation>غربالگری: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The screening was recorded.</source>
        <translation>نتیجه غربالگری ثبت شد.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The member was added.</source>
        <translation>عضو خانوار افزوده شد.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The details were saved.</source>
        <translation>مشخصات ذخیره شد.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The change was recorded.</source>
        <translation>تغییر ثبت شد.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Head of household</source>
        <translation>سرپرست خانوار</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is now the head of household.</source>
        <translation>%1 اکنون سرپرست خانوار است.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::MergeDialog</name>
    <message>
        <location filename="../ui/household/mergedialog.cpp" line="+29" />
        <source>Merge a duplicate file</source>
        <translation>ادغام پروندهٔ تکراری</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The duplicate file is closed and its members join file %1.</source>
        <translation>پروندهٔ تکراری مختومه می‌شود و اعضای آن به پرونده %1 می‌پیوندند.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;File number of the duplicate:</source>
        <translation>&amp;شماره پروندهٔ تکراری:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Merge</source>
        <translation>&amp;ادغام</translation>
    </message>
    <message numerus="yes">
        <location line="+24" />
        <source>%1, %Ln member(s)</source>
        <translation>
            <numerusform>%1، %Ln عضو</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>No other file has this number.</source>
        <translation>پروندهٔ دیگری با این شماره وجود ندارد.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Type the file number of the duplicate file.</source>
        <translation>شماره پروندهٔ تکراری را وارد کنید.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::MyDraftsList</name>
    <message>
        <location filename="../ui/forms/mydraftslist.cpp" line="+18" />
        <location line="+39" />
        <source>My drafts</source>
        <translation>پیش‌نویس‌های من</translation>
    </message>
    <message>
        <location line="-20" />
        <source>%1 — saved %2 %3</source>
        <translation>%1 — ذخیره‌شده در %2 %3</translation>
    </message>
    <message>
        <location line="+7" />
        <source>No form is waiting to be finished.</source>
        <translation>هیچ فرمی در انتظار تکمیل نیست.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::MyReferralsPage</name>
    <message>
        <location filename="../ui/referrals/myreferralspage.cpp" line="+48" />
        <source>My open referrals</source>
        <translation>ارجاع‌های در جریان من</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Overdue referrals</source>
        <translation>ارجاع‌های عقب‌افتاده</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Due</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <location line="+0" />
        <source>File number</source>
        <translation>شماره پرونده</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Tracking number</source>
        <translation>کد رهگیری</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Destination</source>
        <translation>مقصد</translation>
    </message>
    <message>
        <location line="+0" />
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Show:</source>
        <translation>&amp;نمایش:</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::MyTasksPage</name>
    <message>
        <location filename="../ui/tasks/mytaskspage.cpp" line="+38" />
        <source>&amp;Done…</source>
        <translation>&amp;انجام شد…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Due</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <location line="+0" />
        <source>File number</source>
        <translation>شماره پرونده</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Task</source>
        <translation>کار</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+69" />
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The task is done.</source>
        <translation>کار انجام شد.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::NdaDialog</name>
    <message>
        <location filename="../ui/signin/ndadialog.cpp" line="+23" />
        <source>Non-disclosure agreement</source>
        <translation>پیمان عدم افشای اطلاعات</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1, before you open the center's files, read and accept the agreement below.</source>
        <translation>%1، پیش از باز کردن پرونده‌های مرکز، پیمان زیر را بخوانید و بپذیرید.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>I &amp;accept</source>
        <translation>&amp;می‌پذیرم</translation>
    </message>
    <message>
        <location line="+3" />
        <source>I &amp;decline (sign out)</source>
        <translation>&amp;نمی‌پذیرم (خروج)</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::NeedsPanel</name>
    <message>
        <location filename="../ui/needs/needspanel.cpp" line="+53" />
        <source>Proposed</source>
        <translation>پیشنهادشده</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Accepted</source>
        <translation>پذیرفته‌شده</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Removed</source>
        <translation>حذف‌شده</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Indicator</source>
        <translation>شاخص</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What was found</source>
        <translation>یافته</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Save the assessment</source>
        <translation>&amp;ذخیرهٔ نیازسنجی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Change band…</source>
        <translation>&amp;تغییر دستی اولویت…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Service</source>
        <translation>خدمت</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Suggested because</source>
        <translation>دلیل پیشنهاد</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Propose plan</source>
        <translation>&amp;پیشنهاد برنامه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Add service…</source>
        <translation>&amp;افزودن خدمت…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A&amp;ccept</source>
        <translation>&amp;پذیرفتن</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Remove…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Needs assessment</source>
        <translation>نیازسنجی</translation>
    </message>
    <message>
        <location line="+12" />
        <source>A&amp;pprove plan</source>
        <translation>&amp;تأیید برنامه</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Support plan</source>
        <translation>برنامه کمکی</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Score %1 of 100: %2 (rules %3).</source>
        <translation>امتیاز %1 از ۱۰۰: %2 (قواعد %3).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Band set by a worker: %1 (computed: %2). Reason: %3</source>
        <translation>اولویت تعیین‌شده به‌دست کارمند: %1 (محاسبه‌شده: %2). دلیل: %3</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Not saved yet: the file's priority is not set from it.</source>
        <translation>هنوز ذخیره نشده است؛ اولویت پرونده بر اساس آن تعیین نمی‌شود.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 of %2</source>
        <translation>%1 از %2</translation>
    </message>
    <message>
        <location line="+13" />
        <source>No support plan yet. Propose one from the assessment.</source>
        <translation>هنوز برنامه کمکی تهیه نشده است. بر اساس نیازسنجی، برنامه‌ای پیشنهاد کنید.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Approved by the center manager.</source>
        <translation>مسئول مرکز این برنامه را تأیید کرده است.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Draft: waiting for the center manager's approval.</source>
        <translation>پیش‌نویس: در انتظار تأیید مسئول مرکز.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Added by a worker</source>
        <translation>افزوده‌شده به‌دست کارمند</translation>
    </message>
    <message>
        <location line="+59" />
        <location line="+79" />
        <source>Propose a support plan first.</source>
        <translation>ابتدا یک برنامه کمکی پیشنهاد کنید.</translation>
    </message>
    <message>
        <location line="-72" />
        <source>Add a service to the support plan</source>
        <translation>افزودن خدمت به برنامه کمکی</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Service:</source>
        <translation>&amp;خدمت:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Note:</source>
        <translation>&amp;یادداشت:</translation>
    </message>
    <message>
        <location line="+34" />
        <location line="+8" />
        <source>Choose a service of the plan first.</source>
        <translation>ابتدا یکی از خدمات برنامه را انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Remove a service</source>
        <translation>حذف خدمت</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Why is this service removed from the plan?</source>
        <translation>چرا این خدمت از برنامه حذف می‌شود؟</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::NotesTab</name>
    <message>
        <location filename="../ui/household/notestab.cpp" line="+30" />
        <source>Add not&amp;e</source>
        <translation>&amp;افزودن یادداشت</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Correct…</source>
        <translation>ا&amp;صلاح…</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Write a note on this household file…</source>
        <translation>یادداشتی برای این پرونده خانوار بنویسید…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Add the note (Ctrl+Return)</source>
        <translation>افزودن یادداشت (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+65" />
        <source>corrected</source>
        <translation>اصلاح‌شده</translation>
    </message>
    <message>
        <location line="+2" />
        <source>correction</source>
        <translation>اصلاحیه</translation>
    </message>
    <message>
        <location line="+43" />
        <source>The note was added.</source>
        <translation>یادداشت افزوده شد.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Correct the note</source>
        <translation>اصلاح یادداشت</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The corrected text is kept as a new note; the old note stays in the file, marked as corrected.</source>
        <translation>متن اصلاح‌شده به صورت یادداشتی تازه ثبت می‌شود؛ یادداشت قبلی با نشان «اصلاح‌شده» در پرونده می‌ماند.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Save correction</source>
        <translation>&amp;ذخیره اصلاحیه</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The note was corrected.</source>
        <translation>یادداشت اصلاح شد.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::OutboxDialog</name>
    <message>
        <location filename="../ui/sync/outboxdialog.cpp" line="+40" />
        <source>Nothing waits to be sent.</source>
        <translation>هیچ تغییری در انتظار ارسال نیست.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Send again</source>
        <translation>&amp;ارسال دوباره</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Discard my change…</source>
        <translation>&amp;دور انداختن تغییر من…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Changes to send</source>
        <translation>تغییرات در انتظار ارسال</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Send the refused change again at the next sync</source>
        <translation>تغییر ردشده در همگام‌سازی بعدی دوباره ارسال شود</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Throw this change away; the central window's copy of the record replaces it</source>
        <translation>این تغییر دور انداخته شود؛ نسخه پنجره واحد از این رکورد جایگزین آن می‌شود</translation>
    </message>
    <message>
        <location line="+32" />
        <source>The outbox could not be read.</source>
        <translation>صف ارسال خوانده نشد.</translation>
    </message>
    <message>
        <location line="+52" />
        <source>The change could not be queued again.</source>
        <translation>تغییر دوباره در صف ارسال قرار نگرفت.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Discard my change</source>
        <translation>دور انداختن تغییر من</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Throw this change away? It was made on this computer and the central window refused it. The record goes back to the central window's copy at the next sync; what was changed here is lost.</source>
        <translation>این تغییر دور انداخته شود؟ این تغییر در این رایانه انجام شده و پنجره واحد آن را نپذیرفته است. در همگام‌سازی بعدی، رکورد به نسخه پنجره واحد برمی‌گردد و آنچه در اینجا تغییر داده شده از دست می‌رود.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The change could not be discarded.</source>
        <translation>تغییر دور انداخته نشد.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::OutboxModel</name>
    <message>
        <location filename="../ui/sync/outboxmodel.cpp" line="+167" />
        <source>What</source>
        <translation>مورد</translation>
    </message>
    <message>
        <location line="+2" />
        <source>File</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Action</source>
        <translation>عملیات</translation>
    </message>
    <message>
        <location line="+2" />
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Attempts</source>
        <translation>تعداد تلاش</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reason</source>
        <translation>علت</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::PersonDialog</name>
    <message>
        <location filename="../ui/intake/persondialog.cpp" line="+25" />
        <source>Add a member</source>
        <translation>افزودن عضو خانوار</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Edit a person</source>
        <translation>ویرایش مشخصات فرد</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Relation to the head:</source>
        <translation>&amp;نسبت با سرپرست:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Add member</source>
        <translation>&amp;افزودن عضو</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Save</source>
        <translation>&amp;ذخیره</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::PersonFields</name>
    <message>
        <location filename="../ui/intake/intakememberstable.cpp" line="-52" />
        <location filename="../ui/intake/personfields.cpp" line="+52" />
        <source>Choose</source>
        <translation>انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../ui/intake/personfields.cpp" line="-9" />
        <source>National &amp;code:</source>
        <translation>&amp;کد ملی:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;First name:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Last name:</source>
        <translation>نام &amp;خانوادگی:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Father's &amp;name:</source>
        <translation>نام &amp;پدر:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Sex:</source>
        <translation>&amp;جنسیت:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Birth date:</source>
        <translation>&amp;تاریخ تولد:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Mobile:</source>
        <translation>تلفن &amp;همراه:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Marital status:</source>
        <translation>وضعیت &amp;تأهل:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Education:</source>
        <translation>&amp;تحصیلات:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Occupation:</source>
        <translation>&amp;شغل:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Disability:</source>
        <translation>&amp;معلولیت:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Se&amp;verity:</source>
        <translation>&amp;شدت:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>C&amp;hronic illness:</source>
        <translation>بیماری &amp;مزمن:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Insurance:</source>
        <translation>&amp;بیمه:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Landline:</source>
        <translation>تلفن &amp;ثابت:</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::PersonScreeningPanel</name>
    <message>
        <location filename="../ui/screening/personscreeningpanel.cpp" line="+31" />
        <source>&amp;Screen…</source>
        <translation>&amp;غربالگری…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Screening</source>
        <translation>غربالگری</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Result</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <location line="+0" />
        <source>By</source>
        <translation>ثبت‌کننده</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Screening &amp;form:</source>
        <translation>&amp;فرم غربالگری:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Level-1 screenings of %1</source>
        <translation>غربالگری‌های سطح ۱ برای %1</translation>
    </message>
    <message>
        <location line="+37" />
        <source>No screening form is installed.</source>
        <translation>هیچ فرم غربالگری نصب نشده است.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::RankedHouseholdsModel</name>
    <message>
        <location filename="../ui/needs/rankedhouseholdsmodel.cpp" line="+58" />
        <source>Unassigned</source>
        <translation>واگذارنشده</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 (computed: %2)</source>
        <translation>%1 (محاسبه‌شده: %2)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Rank</source>
        <translation>رتبه</translation>
    </message>
    <message>
        <location line="+2" />
        <source>File number</source>
        <translation>شماره پرونده</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Head of household</source>
        <translation>سرپرست خانوار</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Social worker</source>
        <translation>مددکار اجتماعی</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::RankedHouseholdsPage</name>
    <message>
        <location filename="../ui/needs/rankedhouseholdspage.cpp" line="+33" />
        <source>Households ranked by need</source>
        <translation>رتبه‌بندی خانوارها بر اساس نیاز</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Every priority</source>
        <translation>همهٔ اولویت‌ها</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Social worker:</source>
        <translation>&amp;مددکار اجتماعی:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Priority:</source>
        <translation>&amp;اولویت:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Rank again</source>
        <translation>&amp;رتبه‌بندی دوباره</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Save &amp;every score</source>
        <translation>ذخیره &amp;همه امتیازها</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Every worker</source>
        <translation>همهٔ مددکاران</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unassigned</source>
        <translation>واگذارنشده</translation>
    </message>
    <message>
        <location line="+35" />
        <source>%1 households</source>
        <translation>%1 خانوار</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 scores saved.</source>
        <translation>%1 امتیاز ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::ReasonDialog</name>
    <message>
        <location filename="../ui/referrals/reasondialog.cpp" line="+43" />
        <source>This cannot be left empty.</source>
        <translation>این بخش را نمی‌توان خالی گذاشت.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::ReassignDialog</name>
    <message>
        <location filename="../ui/capacity/reassigndialog.cpp" line="+37" />
        <source>Select &amp;all</source>
        <translation>انتخاب &amp;همه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select &amp;none</source>
        <translation>&amp;لغو انتخاب همه</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+14" />
        <source>the unassigned queue</source>
        <translation>صف پرونده‌های بدون مددکار</translation>
    </message>
    <message>
        <location line="-8" />
        <source>%1 (%2 of %3 files)</source>
        <translation>%1 (%2 از %3 پرونده)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The unassigned queue</source>
        <translation>صف پرونده‌های بدون مددکار</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Assign files</source>
        <translation>واگذاری پرونده‌ها</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Reassign files</source>
        <translation>واگذاری مجدد پرونده‌ها</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Move &amp;to:</source>
        <translation>&amp;انتقال به:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Assign</source>
        <translation>&amp;واگذاری</translation>
    </message>
    <message>
        <location line="+4" />
        <source>There are no files in %1.</source>
        <translation>در %1 پرونده‌ای وجود ندارد.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Files of %1 (%2). Check the files to move.</source>
        <translation>پرونده‌های %1 (%2). پرونده‌هایی را که باید منتقل شوند علامت بزنید.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Check at least one file to move.</source>
        <translation>دست‌کم یک پرونده را برای انتقال علامت بزنید.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>There is no other social worker to move the files to.</source>
        <translation>مددکار اجتماعی دیگری برای انتقال پرونده‌ها وجود ندارد.</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Beyond the limit</source>
        <translation>فراتر از سقف</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1

To assign the files anyway, give the reason (it is recorded):</source>
        <translation>%1

برای واگذاری پرونده‌ها با وجود این، دلیل آن را بنویسید (این دلیل ثبت می‌شود):</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A reason is needed to go beyond the limit.</source>
        <translation>برای فراتر رفتن از سقف، ذکر دلیل لازم است.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::RecoveryCodeDialog</name>
    <message>
        <location filename="../ui/signin/recoverycodedialog.cpp" line="+28" />
        <source>Recovery code</source>
        <translation>کد بازیابی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This computer no longer holds the key of the center's files. Type the recovery code written down when the center was set up. Afterwards every worker signs in with their own password as before.</source>
        <translation>کلید پرونده‌های مرکز دیگر روی این رایانه نیست. کد بازیابی را که هنگام راه‌اندازی مرکز یادداشت شده است وارد کنید. پس از آن، همهٔ کارکنان مانند گذشته با گذرواژهٔ خود وارد می‌شوند.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;Open with this code</source>
        <translation>&amp;باز کردن با این کد</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Type the recovery code.</source>
        <translation>کد بازیابی را وارد کنید.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::RecoveryCodePage</name>
    <message>
        <location filename="../ui/setup/recoverycodepage.cpp" line="+24" />
        <source>C&amp;opy</source>
        <translation>&amp;کپی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Print…</source>
        <translation>&amp;چاپ…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>I have &amp;written the recovery code down and will keep it safe</source>
        <translation>کد بازیابی را &amp;یادداشت کرده‌ام و آن را در جای امن نگه می‌دارم</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The recovery code</source>
        <translation>کد بازیابی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Shown this once. Write it on paper and keep it locked away, apart from the computer.</source>
        <translation>فقط همین یک بار نمایش داده می‌شود. آن را روی کاغذ بنویسید و جدا از رایانه، در جایی قفل‌دار نگه دارید.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>If this computer's keychain is lost (a new operating system, a new user profile, a repaired disk), only this code opens the center's files again. PlusLife Desk does not keep it anywhere, and nobody can recover it.</source>
        <translation>اگر جاکلیدی سیستم این رایانه از دست برود (سیستم‌عامل تازه، نمایهٔ کاربری تازه، دیسک تعمیرشده)، فقط این کد می‌تواند پرونده‌های مرکز را دوباره باز کند. PlusLife Desk این کد را در هیچ جا نگه نمی‌دارد و هیچ‌کس نمی‌تواند آن را بازیابی کند.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Recovery code</source>
        <translation>کد بازیابی</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Copies the code; the clipboard is cleared again after 60 seconds.</source>
        <translation>کد را کپی می‌کند؛ حافظهٔ موقت (کلیپ‌بورد) پس از ۶۰ ثانیه دوباره پاک می‌شود.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>C&amp;opied (cleared in 60 s)</source>
        <translation>&amp;کپی شد (پس از ۶۰ ثانیه پاک می‌شود)</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Print the recovery code</source>
        <translation>چاپ کد بازیابی</translation>
    </message>
    <message>
        <location line="+8" />
        <source>PlusLife Desk recovery code</source>
        <translation>کد بازیابی PlusLife Desk</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Keep this sheet locked away, apart from the computer.</source>
        <translation>این برگه را جدا از رایانه، در جایی قفل‌دار نگه دارید.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::ReferralDialog</name>
    <message>
        <location filename="../ui/referrals/referraldialog.cpp" line="+51" />
        <source>New referral</source>
        <translation>ارجاع جدید</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The whole household</source>
        <translation>کل خانوار</translation>
    </message>
    <message>
        <location line="+7" />
        <source>No catalog service</source>
        <translation>خارج از فهرست خدمات</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Kind:</source>
        <translation>&amp;نوع:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;For:</source>
        <translation>&amp;برای:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Catalog &amp;service:</source>
        <translation>&amp;خدمت از فهرست خدمات:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Requested service:</source>
        <translation>خدمت &amp;درخواستی:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Due date:</source>
        <translation>&amp;مهلت:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kind of agency</source>
        <translation>نوع دستگاه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agency or unit</source>
        <translation>دستگاه یا واحد</translation>
    </message>
    <message>
        <location line="+5" />
        <source>None</source>
        <translation>هیچ‌کدام</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Destinations are tried in order: when one refuses with a reason, the referral goes to the next.</source>
        <translation>مقصدها به ترتیب بررسی می‌شوند: اگر یکی از آن‌ها ارجاع را با ذکر دلیل رد کند، ارجاع به مقصد بعدی می‌رود.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Save as draft</source>
        <translation>ذخیره به‌صورت &amp;پیش‌نویس</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Choose the kind of agency of priority %1.</source>
        <translation>نوع دستگاه اولویت %1 را انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::ReferralOutcomeDialog</name>
    <message>
        <location line="+27" />
        <source>Referral completed</source>
        <translation>ثبت انجام ارجاع</translation>
    </message>
    <message>
        <location line="+3" />
        <source>0 when not cash</source>
        <translation>برای خدمت غیرنقدی، ۰</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Service &amp;given:</source>
        <translation>خدمت &amp;ارائه‌شده:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Amount (rials):</source>
        <translation>&amp;مبلغ (ریال):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Payment id:</source>
        <translation>&amp;شناسه پرداخت:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Note:</source>
        <translation>&amp;یادداشت:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Referral %1</source>
        <translation>ارجاع %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Complete</source>
        <translation>&amp;ثبت انجام</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Write the amount in rials, digits only.</source>
        <translation>مبلغ را به ریال و فقط با رقم بنویسید.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::RescheduleVisitDialog</name>
    <message>
        <location filename="../ui/visits/visitchangedialogs.cpp" line="-75" />
        <source>At a set &amp;time</source>
        <translation>در &amp;ساعت معین</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Reschedule the visit</source>
        <translation>تغییر زمان بازدید</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&amp;New day:</source>
        <translation>&amp;روز جدید:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time:</source>
        <translation>ساعت:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Reason (required):</source>
        <translation>&amp;دلیل (الزامی):</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Reschedule</source>
        <translation>&amp;تغییر زمان</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Give the reason for moving the visit.</source>
        <translation>دلیل تغییر زمان بازدید را بنویسید.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::ScheduleVisitDialog</name>
    <message>
        <location filename="../ui/visits/schedulevisitdialog.cpp" line="+32" />
        <source>At a set &amp;time</source>
        <translation>در &amp;ساعت معین</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Schedule a home visit</source>
        <translation>برنامه‌ریزی بازدید منزل</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Name, national code or file number</source>
        <translation>نام، کد ملی یا شماره پرونده</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Find the file:</source>
        <translation>&amp;جستجوی پرونده:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Household file:</source>
        <translation>پرونده &amp;خانوار:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>e.g. first home visit, follow-up of the support plan</source>
        <translation>مثلاً نخستین بازدید منزل، پیگیری برنامه کمکی</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Day:</source>
        <translation>&amp;روز:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time:</source>
        <translation>ساعت:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Social worker:</source>
        <translation>&amp;مددکار اجتماعی:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Social worker:</source>
        <translation>مددکار اجتماعی:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Purpose:</source>
        <translation>&amp;هدف بازدید:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Schedule</source>
        <translation>&amp;ثبت برنامه</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Find and choose the household file first.</source>
        <translation>ابتدا پرونده خانوار را جستجو و انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::ScreeningCampaignDialog</name>
    <message>
        <location filename="../ui/screening/screeningcampaigndialog.cpp" line="+54" />
        <source>Screening campaign</source>
        <translation>غربالگری گروهی</translation>
    </message>
    <message>
        <location line="+20" />
        <source>National code, name or file number</source>
        <translation>کد ملی، نام یا شماره پرونده</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Find</source>
        <translation>&amp;جست‌وجو</translation>
    </message>
    <message>
        <location line="+4" />
        <source>File / child</source>
        <translation>پرونده / کودک</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Born</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <location line="+0" />
        <source>National code</source>
        <translation>کد ملی</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Relation</source>
        <translation>نسبت</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Screen this child…</source>
        <translation>&amp;غربالگری این کودک…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Add a child to this file…</source>
        <translation>&amp;افزودن کودک به این پرونده…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;New file…</source>
        <translation>&amp;پرونده جدید…</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+60" />
        <source>Child</source>
        <translation>کودک</translation>
    </message>
    <message>
        <location line="-60" />
        <location line="+60" />
        <source>Result</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <location line="-56" />
        <source>F&amp;inish and show the summary</source>
        <translation>&amp;پایان و نمایش خلاصه</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Screening &amp;form:</source>
        <translation>&amp;فرم غربالگری:</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Find the child:</source>
        <translation>جست‌وجوی کودک:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Screened in this session:</source>
        <translation>کودکان غربال‌شده در این جلسه:</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Session summary</source>
        <translation>خلاصهٔ جلسه</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Screened: %1 — refer: %2, follow up: %3, normal: %4</source>
        <translation>غربال‌شده: %1 — ارجاع: %2، پیگیری: %3، طبیعی: %4</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No screening form is installed.</source>
        <translation>هیچ فرم غربالگری نصب نشده است.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The new file</source>
        <translation>پرونده جدید</translation>
    </message>
    <message>
        <location line="+0" />
        <source>File %1</source>
        <translation>پرونده %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>File %1 — %2</source>
        <translation>پرونده %1 — %2</translation>
    </message>
    <message>
        <location line="+81" />
        <source>%1 is known but belongs to no household file here.</source>
        <translation>%1 ثبت شده است، اما در هیچ پرونده خانوار این مرکز نیست.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No file was found. Add the child to a file, or open a new file.</source>
        <translation>پرونده‌ای پیدا نشد. کودک را به یک پرونده بیفزایید یا پرونده جدیدی باز کنید.</translation>
    </message>
    <message>
        <location line="+112" />
        <source>Children screened: %1
Refer: %2
Follow up: %3
Normal: %4</source>
        <translation>کودکان غربال‌شده: %1
ارجاع: %2
پیگیری: %3
طبیعی: %4</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::SetupWizard</name>
    <message>
        <location filename="../ui/setup/setupwizard.cpp" line="+40" />
        <source>Set up PlusLife Desk</source>
        <translation>راه‌اندازی PlusLife Desk</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Write the recovery code down and tick the box before you close this window. It is not shown again.</source>
        <translation>پیش از بستن این پنجره، کد بازیابی را یادداشت کنید و گزینهٔ مربوط را علامت بزنید. این کد دیگر نمایش داده نمی‌شود.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::SignInDialog</name>
    <message>
        <location filename="../ui/signin/signindialog.cpp" line="+32" />
        <source>&amp;Sign in</source>
        <translation>&amp;ورود</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use the &amp;recovery code…</source>
        <translation>&amp;استفاده از کد بازیابی…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sign in to PlusLife Desk</source>
        <translation>ورود به PlusLife Desk</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sign in with your user name and password.</source>
        <translation>با نام کاربری و گذرواژهٔ خود وارد شوید.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>&amp;User name:</source>
        <translation>نام &amp;کاربری:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Password:</source>
        <translation>&amp;گذرواژه:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Quit</source>
        <translation>&amp;بستن برنامه</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Enter your user name and your password.</source>
        <translation>نام کاربری و گذرواژهٔ خود را وارد کنید.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>This computer can open the center's files again. Sign in with your password.</source>
        <translation>این رایانه دوباره می‌تواند پرونده‌های مرکز را باز کند. با گذرواژهٔ خود وارد شوید.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::SplitDialog</name>
    <message>
        <location filename="../ui/household/splitdialog.cpp" line="+28" />
        <source>Split the household</source>
        <translation>تفکیک خانوار</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;Head of the new household:</source>
        <translation>&amp;سرپرست خانوار جدید:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Open the new file</source>
        <translation>&amp;تشکیل پرونده جدید</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tick the members who leave this household:</source>
        <translation>اعضایی را که از این خانوار جدا می‌شوند علامت بزنید:</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Tick at least one member who leaves.</source>
        <translation>دست‌کم یک عضو جداشونده را علامت بزنید.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::StatusDialog</name>
    <message>
        <location filename="../ui/household/filedialogs.cpp" line="+21" />
        <source>Change the file status</source>
        <translation>تغییر وضعیت پرونده</translation>
    </message>
    <message>
        <location line="+9" />
        <source>New &amp;status:</source>
        <translation>&amp;وضعیت جدید:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Reason:</source>
        <translation>&amp;دلیل:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Change status</source>
        <translation>&amp;تغییر وضعیت</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::SyncStatusIndicator</name>
    <message>
        <location filename="../ui/sync/syncstatusindicator.cpp" line="+50" />
        <source>Records that the central window has, which clash with records made on this computer (the same national code or user name under another file). They are kept aside, not lost; ask the center's IT staff to merge the duplicates.</source>
        <translation>رکوردهایی از پنجره واحد که با رکوردهای ثبت‌شده در این رایانه هم‌خوانی ندارند (همان کد ملی یا نام کاربری در پرونده‌ای دیگر). این رکوردها کنار گذاشته شده‌اند و از بین نرفته‌اند؛ برای ادغام موارد تکراری به کارشناس فناوری اطلاعات مرکز اطلاع دهید.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Sync now</source>
        <translation>همگام‌سازی اکنون</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show what waits to be sent</source>
        <translation>نمایش موارد در انتظار ارسال</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the changes the central window refused</source>
        <translation>نمایش تغییراتی که پنجره واحد رد کرد</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+38" />
        <source>Open the conflict inbox</source>
        <translation>باز کردن صندوق ناهمخوانی‌ها</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A manager or the file's social worker decides</source>
        <translation>مدیر مرکز یا مددکار اجتماعی پرونده تصمیم می‌گیرد</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Not connected to a central window</source>
        <translation>به پنجره واحد متصل نیست</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Disconnected from the central window</source>
        <translation>دسترسی به پنجره واحد قطع شده است</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Syncing…</source>
        <translation>در حال همگام‌سازی…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Online</source>
        <translation>برخط</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Offline</source>
        <translation>برون‌خط</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Last synced %1</source>
        <translation>آخرین همگام‌سازی: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Never synced</source>
        <translation>هنوز همگام‌سازی نشده</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln change(s) to send</source>
        <translation>
            <numerusform>%Ln تغییر در انتظار ارسال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln refused</source>
        <translation>
            <numerusform>%Ln مورد ردشده</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln ناهمخوانی</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln duplicate(s) kept aside</source>
        <translation>
            <numerusform>%Ln مورد تکراری کنار گذاشته شد</numerusform></translation>
    </message>
</context>
<context>
    <name>pluslife::ui::SyncUi</name>
    <message>
        <location filename="../ui/sync/syncui.cpp" line="+28" />
        <source>S&amp;ync</source>
        <translation>&amp;همگام‌سازی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sync &amp;now</source>
        <translation>همگام‌سازی ا&amp;کنون</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Outbox…</source>
        <translation>&amp;صف ارسال…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Conflicts…</source>
        <translation>&amp;ناهمخوانی‌ها…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Conn&amp;ect to the central window…</source>
        <translation>&amp;اتصال این رایانه به پنجره واحد…</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::TemporaryPasswordDialog</name>
    <message>
        <location filename="../ui/admin/temporarypassworddialog.cpp" line="+37" />
        <source>&amp;Temporary password:</source>
        <translation>گذرواژهٔ &amp;موقت:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Temporary password &amp;again:</source>
        <translation>&amp;تکرار گذرواژهٔ موقت:</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::TimelineTab</name>
    <message>
        <location filename="../ui/household/timelinetab.cpp" line="+20" />
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Who</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <location line="+20" />
        <source>another worker</source>
        <translation>کارمندی دیگر</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::VisitActionsDialog</name>
    <message>
        <location filename="../ui/visits/visitchangedialogs.cpp" line="+58" />
        <location line="+38" />
        <source>Home visit</source>
        <translation>بازدید منزل</translation>
    </message>
    <message>
        <location line="-37" />
        <source>Fill in the visit &amp;report…</source>
        <translation>تکمیل &amp;گزارش بازدید…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Record as &amp;done with a short note…</source>
        <translation>ثبت &amp;انجام بازدید با یادداشت کوتاه…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Reschedule…</source>
        <translation>&amp;تغییر زمان…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Cancel the visit…</source>
        <translation>&amp;لغو بازدید…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>C&amp;lose</source>
        <translation>&amp;بستن</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::VisitPlannerPage</name>
    <message>
        <location filename="../ui/visits/visitplannerpage.cpp" line="+34" />
        <source>&amp;Previous week</source>
        <translation>هفتهٔ &amp;قبل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>T&amp;his week</source>
        <translation>&amp;این هفته</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Next week</source>
        <translation>هفتهٔ &amp;بعد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Schedule a visit…</source>
        <translation>&amp;برنامه‌ریزی بازدید…</translation>
    </message>
    <message>
        <location line="+30" />
        <source>&amp;Worker:</source>
        <translation>&amp;کارمند:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Due and overdue visits</source>
        <translation>بازدیدهای &amp;سررسیده و معوق</translation>
    </message>
    <message>
        <location line="+69" />
        <source>Week of %1 to %2</source>
        <translation>هفتهٔ %1 تا %2</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Overdue</source>
        <translation>معوق</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No visits due this week.</source>
        <translation>این هفته بازدیدی در برنامه نیست.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::VisitReportDialog</name>
    <message>
        <location filename="../ui/visits/visitreportdialog.cpp" line="+37" />
        <source>Record the home visit</source>
        <translation>ثبت گزارش بازدید منزل</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Visit of %1 to file %2</source>
        <translation>بازدید %1 از پرونده %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>e.g. the mother and two children</source>
        <translation>مثلاً مادر و دو فرزند</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;Present:</source>
        <translation>&amp;حاضران:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Housing condition:</source>
        <translation>وضعیت &amp;مسکن:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Observations (required):</source>
        <translation>&amp;مشاهدات (الزامی):</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Matches the declared information:</source>
        <translation>&amp;انطباق با اطلاعات اظهارشده:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Record as done</source>
        <translation>ثبت به عنوان &amp;انجام‌شده</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Write down what was observed during the visit.</source>
        <translation>مشاهدات هنگام بازدید را بنویسید.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::VisitWeekView</name>
    <message>
        <location filename="../ui/visits/visitweekview.cpp" line="+80" />
        <source>(today)</source>
        <translation>(امروز)</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Overdue</source>
        <translation>معوق</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::WorkersDialog</name>
    <message>
        <location filename="../ui/admin/workersdialog.cpp" line="+38" />
        <source>&amp;Add…</source>
        <translation>&amp;افزودن…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Disable</source>
        <translation>&amp;غیرفعال کردن</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Enable…</source>
        <translation>&amp;فعال کردن…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Reset password…</source>
        <translation>&amp;بازنشانی گذرواژه…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Workers</source>
        <translation>کارکنان</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+0" />
        <source>User name</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Agreement accepted</source>
        <translation>پذیرش پیمان</translation>
    </message>
    <message>
        <location line="+59" />
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Disabled</source>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Not yet</source>
        <translation>هنوز نه</translation>
    </message>
    <message>
        <location line="+38" />
        <source>%1 was added and must choose a password at the first sign-in.</source>
        <translation>%1 افزوده شد و باید در نخستین ورود، گذرواژهٔ خود را انتخاب کند.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Disable account</source>
        <translation>غیرفعال کردن حساب کاربری</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Disable the account of %1? The password stops working at once; the worker's records stay.</source>
        <translation>حساب کاربری %1 غیرفعال شود؟ گذرواژهٔ او بی‌درنگ از کار می‌افتد؛ سوابق ثبت‌شدهٔ این کارمند باقی می‌ماند.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The account of %1 is disabled.</source>
        <translation>حساب کاربری %1 غیرفعال شد.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Enable account</source>
        <translation>فعال کردن حساب کاربری</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enable the account of %1 again with a temporary password. Tell it to them in person; they choose their own at the next sign-in.</source>
        <translation>حساب کاربری %1 را با یک گذرواژهٔ موقت دوباره فعال کنید. گذرواژه را حضوری به او بگویید؛ او در ورود بعدی، گذرواژهٔ خود را انتخاب می‌کند.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The account of %1 is enabled.</source>
        <translation>حساب کاربری %1 فعال شد.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Reset password</source>
        <translation>بازنشانی گذرواژه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give %1 a temporary password. Tell it to them in person; they must choose their own at the next sign-in.</source>
        <translation>برای %1 یک گذرواژهٔ موقت تعیین کنید. گذرواژه را حضوری به او بگویید؛ او باید در ورود بعدی، گذرواژهٔ خود را انتخاب کند.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The password of %1 was reset.</source>
        <translation>گذرواژهٔ %1 بازنشانی شد.</translation>
    </message>
</context>
</TS>
