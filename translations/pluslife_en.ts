<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../models/storage/auditlog.cpp" line="+38"/>
        <source>The audit log could not be written.</source>
        <translation>The audit log could not be written.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The audit log could not be read.</source>
        <translation>The audit log could not be read.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The audit log was altered at entry %1: an entry was changed, removed or inserted.</source>
        <translation>The audit log was altered at entry %1: an entry was changed, removed or inserted.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Audit log intact: %n entries.</source>
        <translation>
            <numerusform>Audit log intact: %n entry.</numerusform>
            <numerusform>Audit log intact: %n entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Center</name>
    <message>
        <location filename="../models/domain/center.cpp" line="+12"/>
        <source>The center code has 1 to 20 Latin letters, digits or &apos;-&apos;.</source>
        <translation>The center code has 1 to 20 Latin letters, digits or &apos;-&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the center&apos;s name.</source>
        <translation>Enter the center&apos;s name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The licensed capacity is a number of households between 1 and 5000 (usually 150 or 450).</source>
        <translation>The licensed capacity is a number of households between 1 and 5000 (usually 150 or 450).</translation>
    </message>
</context>
<context>
    <name>CenterSetup</name>
    <message>
        <location filename="../models/services/centersetup.cpp" line="+27"/>
        <source>Enter the manager&apos;s full name.</source>
        <translation>Enter the manager&apos;s full name.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The center could not be saved.</source>
        <translation>The center could not be saved.</translation>
    </message>
</context>
<context>
    <name>DemoEnvironment</name>
    <message>
        <location filename="../ui/app/demoenvironment.cpp" line="+52"/>
        <source>No temporary folder for the demo center: %1</source>
        <translation>No temporary folder for the demo center: %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Demo center with sample data only, deleted when you quit. Sign in as “%1” (the manager), “%2” (social worker) or “%3” (reception) with the password: %4</source>
        <translation>Demo center with sample data only, deleted when you quit. Sign in as “%1” (the manager), “%2” (social worker) or “%3” (reception) with the password: %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Demo: no system keychain answered, so the keys are kept in memory only.</source>
        <translation>Demo: no system keychain answered, so the keys are kept in memory only.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <location filename="../models/storage/keychainsecretstore.cpp" line="+19"/>
        <source>This computer&apos;s keychain does not hold the key of this store, or the keychain is locked. Unlock the keychain (sign in to the desktop again), or use the recovery code to bind the store to this computer again.</source>
        <translation>This computer&apos;s keychain does not hold the key of this store, or the keychain is locked. Unlock the keychain (sign in to the desktop again), or use the recovery code to bind the store to this computer again.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The system keychain is locked or refused access. Unlock it (sign in to the desktop again) and try once more.</source>
        <translation>The system keychain is locked or refused access. Unlock it (sign in to the desktop again) and try once more.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The system keychain is not available. Start a desktop session with a keychain, or sign in with the recovery code.</source>
        <translation>The system keychain is not available. Start a desktop session with a keychain, or sign in with the recovery code.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <location filename="../models/storage/migrations.cpp" line="+21"/>
        <source>The store could not be updated (%1).</source>
        <translation>The store could not be updated (%1).</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>This store was written by a newer PlusLife Desk (schema %1; this program knows %2). Install the newer version; nothing was changed.</source>
        <translation>This store was written by a newer PlusLife Desk (schema %1; this program knows %2). Install the newer version; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <location filename="../ui/common/passwordfields.cpp" line="+26"/>
        <source>At least 10 characters, not all the same, not the user name.</source>
        <translation>At least 10 characters, not all the same, not the user name.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This password is not accepted.</source>
        <translation>This password is not accepted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../models/services/session.cpp" line="+25"/>
        <source>The change could not be saved.</source>
        <translation>The change could not be saved.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Nobody is signed in.</source>
        <translation>Nobody is signed in.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This account is disabled. Ask the center manager.</source>
        <translation>This account is disabled. Ask the center manager.</translation>
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
        <translation>Non-disclosure agreement for the +Life center software

1. The information of clients and households held in this software is confidential. I use it only for the duties of my role at this center.
2. I do not show, copy, photograph, print or send any of it to anyone who is not entitled to it, during or after my work at the center.
3. I keep my password to myself, lock the screen when I leave the computer and sign out at the end of the day.
4. I know that every view and change of a household file is recorded under my name.
5. I report any loss of a device or any disclosure to the center manager at once.
6. A breach of this agreement is dealt with under the rules of the Welfare Organization and the law.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>The idle time before locking is 1 to 120 minutes.</source>
        <translation>The idle time before locking is 1 to 120 minutes.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Only the center manager may do this.</source>
        <translation>Only the center manager may do this.</translation>
    </message>
</context>
<context>
    <name>SqlCipherDriver</name>
    <message>
        <location filename="../models/storage/sqlcipher/sqlcipherdriver.cpp" line="+115"/>
        <location line="+17"/>
        <source>The database is not open.</source>
        <translation>The database is not open.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The SQL script failed.</source>
        <translation>The SQL script failed.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Unable to begin transaction.</source>
        <translation>Unable to begin transaction.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unable to commit transaction.</source>
        <translation>Unable to commit transaction.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unable to roll back transaction.</source>
        <translation>Unable to roll back transaction.</translation>
    </message>
    <message>
        <location filename="../models/storage/sqlcipher/sqlcipherdriveropen.cpp" line="+45"/>
        <source>Invalid QSQLCIPHER_BUSY_TIMEOUT value.</source>
        <translation>Invalid QSQLCIPHER_BUSY_TIMEOUT value.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown connect option: %1</source>
        <translation>Unknown connect option: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>QSQLCIPHER_CREATE and QSQLCIPHER_READONLY exclude each other.</source>
        <translation>QSQLCIPHER_CREATE and QSQLCIPHER_READONLY exclude each other.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Passwords are not accepted; set the raw key with setKey().</source>
        <translation>Passwords are not accepted; set the raw key with setKey().</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database key must be exactly 32 bytes.</source>
        <translation>The database key must be exactly 32 bytes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No key was set for this open; call setKey() before every open.</source>
        <translation>No key was set for this open; call setKey() before every open.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The database file does not exist.</source>
        <translation>The database file does not exist.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The database file cannot be opened.</source>
        <translation>The database file cannot be opened.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This program needs SQLCipher; the SQLite library in use cannot encrypt.</source>
        <translation>This program needs SQLCipher; the SQLite library in use cannot encrypt.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The database key could not be applied.</source>
        <translation>The database key could not be applied.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Cipher settings failed.</source>
        <translation>Cipher settings failed.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The key does not open this database.</source>
        <translation>The key does not open this database.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is encrypted or is not a database.</source>
        <translation>The file is encrypted or is not a database.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database cannot be read.</source>
        <translation>The database cannot be read.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connection settings failed.</source>
        <translation>Connection settings failed.</translation>
    </message>
</context>
<context>
    <name>SqlCipherResult</name>
    <message>
        <location filename="../models/storage/sqlcipher/sqlcipherresult.cpp" line="+85"/>
        <source>Unable to execute statement.</source>
        <translation>Unable to execute statement.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The database is not open.</source>
        <translation>The database is not open.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unable to prepare statement.</source>
        <translation>Unable to prepare statement.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The query is empty.</source>
        <translation>The query is empty.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only one statement per query; use executeScript() for several.</source>
        <translation>Only one statement per query; use executeScript() for several.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Parameter count mismatch.</source>
        <translation>Parameter count mismatch.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot store a value of type %1 (parameter %2).</source>
        <translation>Cannot store a value of type %1 (parameter %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unable to bind value.</source>
        <translation>Unable to bind value.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No prepared statement to execute.</source>
        <translation>No prepared statement to execute.</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <location filename="../models/storage/storeerror.h" line="+48"/>
        <source>The store is locked. Sign in first.</source>
        <translation>The store is locked. Sign in first.</translation>
    </message>
</context>
<context>
    <name>Validators</name>
    <message>
        <location filename="../models/locale/validators.cpp" line="+68"/>
        <source>A national code contains only digits.</source>
        <translation>A national code contains only digits.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the national code.</source>
        <translation>Enter the national code.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>A national code has 10 digits.</source>
        <translation>A national code has 10 digits.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This national code is not valid.</source>
        <translation>This national code is not valid.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This national code is not valid: please check the digits.</source>
        <translation>This national code is not valid: please check the digits.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A postal code contains only digits.</source>
        <translation>A postal code contains only digits.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the postal code.</source>
        <translation>Enter the postal code.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>A postal code has 10 digits.</source>
        <translation>A postal code has 10 digits.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This postal code is not valid.</source>
        <translation>This postal code is not valid.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A mobile number contains only digits (and + before the country code).</source>
        <translation>A mobile number contains only digits (and + before the country code).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the mobile number.</source>
        <translation>Enter the mobile number.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A mobile number starts with 09 (or +98 9).</source>
        <translation>A mobile number starts with 09 (or +98 9).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A mobile number has 11 digits, starting with 09.</source>
        <translation>A mobile number has 11 digits, starting with 09.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>Only Iranian mobile numbers (+98) are accepted.</source>
        <translation>Only Iranian mobile numbers (+98) are accepted.</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message numerus="yes">
        <location filename="../models/storage/vault.cpp" line="+39"/>
        <source>Too many failed attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed attempts. Try again in %n second.</numerusform>
            <numerusform>Too many failed attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/storage/vaultconnections.cpp" line="+62"/>
        <source>The key file does not open this database (they do not belong together, or the database is damaged). Nothing was changed.</source>
        <translation>The key file does not open this database (they do not belong together, or the database is damaged). Nothing was changed.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The store cannot be opened: %1</source>
        <translation>The store cannot be opened: %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Not enough memory to derive the keys.</source>
        <translation>Not enough memory to derive the keys.</translation>
    </message>
</context>
<context>
    <name>VaultFile</name>
    <message>
        <location filename="../models/storage/vaultfile.cpp" line="+44"/>
        <source>The store&apos;s key file is damaged. Restore it from a backup; nothing was changed.</source>
        <translation>The store&apos;s key file is damaged. Restore it from a backup; nothing was changed.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>This store was written by a newer PlusLife Desk. Install the newer version; nothing was changed.</source>
        <translation>This store was written by a newer PlusLife Desk. Install the newer version; nothing was changed.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The store&apos;s key file is missing.</source>
        <translation>The store&apos;s key file is missing.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The store&apos;s key file cannot be read: %1</source>
        <translation>The store&apos;s key file cannot be read: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The store&apos;s key file could not be saved (%1). Nothing was changed.</source>
        <translation>The store&apos;s key file could not be saved (%1). Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../models/domain/worker.cpp" line="+59"/>
        <source>A user name has 3 to 32 Latin letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, and starts with a letter.</source>
        <translation>A user name has 3 to 32 Latin letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, and starts with a letter.</translation>
    </message>
</context>
<context>
    <name>WorkerRole</name>
    <message>
        <location line="-24"/>
        <source>Center manager</source>
        <translation>Center manager</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Social worker</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part-time specialist</source>
        <translation>Part-time specialist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reception</source>
        <translation>Reception</translation>
    </message>
</context>
<context>
    <name>WorkingCalendar</name>
    <message>
        <location filename="../models/locale/workingcalendar.cpp" line="+67"/>
        <source>The working calendar file is not valid: %1: %2</source>
        <translation>The working calendar file is not valid: %1: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Working day</source>
        <translation>Working day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Half day</source>
        <translation>Half day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekend</source>
        <translation>Weekend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Official holiday</source>
        <translation>Official holiday</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The working calendar file is not valid JSON: %1 (at character %2).</source>
        <translation>The working calendar file is not valid JSON: %1 (at character %2).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the file must hold a JSON object</source>
        <translation>the file must hold a JSON object</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this is not a working calendar file (format must be &quot;%1&quot;)</source>
        <translation>this is not a working calendar file (format must be &quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>missing or not a number</source>
        <translation>missing or not a number</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>version %1 is newer than this application reads (%2); update the application</source>
        <translation>version %1 is newer than this application reads (%2); update the application</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;from&quot; and &quot;to&quot; must be Jalali years, from &lt;= to</source>
        <translation>&quot;from&quot; and &quot;to&quot; must be Jalali years, from &lt;= to</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>at least one pattern is needed</source>
        <translation>at least one pattern is needed</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+112"/>
        <source>&quot;scope&quot; is missing</source>
        <translation>&quot;scope&quot; is missing</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>&quot;effective_from&quot; must be a Jalali date like 1403/01/01</source>
        <translation>&quot;effective_from&quot; must be a Jalali date like 1403/01/01</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;days&quot;.&quot;%1&quot; must be &quot;working&quot;, &quot;half_day&quot; or &quot;closed&quot;</source>
        <translation>&quot;days&quot;.&quot;%1&quot; must be &quot;working&quot;, &quot;half_day&quot; or &quot;closed&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a week needs at least one working day</source>
        <translation>a week needs at least one working day</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a pattern with scope &quot;national&quot; is needed</source>
        <translation>a pattern with scope &quot;national&quot; is needed</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+52"/>
        <source>must be a list</source>
        <translation>must be a list</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+52"/>
        <source>&quot;date&quot; must be a valid Jalali date like 1405/01/01</source>
        <translation>&quot;date&quot; must be a valid Jalali date like 1405/01/01</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>the date is outside &quot;covered_years&quot;</source>
        <translation>the date is outside &quot;covered_years&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;gregorian&quot; does not fall on the same day as &quot;date&quot;</source>
        <translation>&quot;gregorian&quot; does not fall on the same day as &quot;date&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;name_fa&quot; and &quot;name_en&quot; are needed</source>
        <translation>&quot;name_fa&quot; and &quot;name_en&quot; are needed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;lunar&quot; must be true or false</source>
        <translation>&quot;lunar&quot; must be true or false</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>a reason (&quot;reason_fa&quot; or &quot;reason_en&quot;) is needed</source>
        <translation>a reason (&quot;reason_fa&quot; or &quot;reason_en&quot;) is needed</translation>
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
        <translation>Desktop client of the Behzisti +Life service centers.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the center&apos;s store in &lt;dir&gt;.</source>
        <translation>Keep the center&apos;s store in &lt;dir&gt;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try the app on a throwaway demo center (deleted on exit).</source>
        <translation>Try the app on a throwaway demo center (deleted on exit).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interface language: fa (default) or en.</source>
        <translation>Interface language: fa (default) or en.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown language “%1”: use fa or en.</source>
        <translation>Unknown language “%1”: use fa or en.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--demo uses a temporary folder of its own; leave out --data-dir.</source>
        <translation>--demo uses a temporary folder of its own; leave out --data-dir.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
</context>
<context>
    <name>pluslife::admin</name>
    <message>
        <location filename="../app/admin/admincommands.cpp" line="+46"/>
        <source>New password for %1: </source>
        <translation>New password for %1: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same password again: </source>
        <translation>The same password again: </translation>
    </message>
</context>
<context>
    <name>pluslife::admin::AdminCommands</name>
    <message>
        <location line="+9"/>
        <source>Administration of a PlusLife Desk store, for IT staff and scripted checks.
Commands: init, add-worker, check, stats, backup FILE, restore FILE, rekey, recover.
Passwords come from PLUSLIFE_PASSWORD (the --as worker), PLUSLIFE_NEW_PASSWORD (a new account) and PLUSLIFE_RECOVERY_CODE, or are asked at the terminal.</source>
        <translation>Administration of a PlusLife Desk store, for IT staff and scripted checks.
Commands: init, add-worker, check, stats, backup FILE, restore FILE, rekey, recover.
Passwords come from PLUSLIFE_PASSWORD (the --as worker), PLUSLIFE_NEW_PASSWORD (a new account) and PLUSLIFE_RECOVERY_CODE, or are asked at the terminal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What to do.</source>
        <translation>What to do.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store&apos;s folder (default: the per-user data folder).</source>
        <translation>The store&apos;s folder (default: the per-user data folder).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The worker whose password opens the store.</source>
        <translation>The worker whose password opens the store.</translation>
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
        <translation>Language of the messages: fa or en.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>init: the center&apos;s code.</source>
        <translation>init: the center&apos;s code.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>init: the center&apos;s name.</source>
        <translation>init: the center&apos;s name.</translation>
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
        <translation>init: the province.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>init: the county.</source>
        <translation>init: the county.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>init: licensed households, 150 or 450.</source>
        <translation>init: licensed households, 150 or 450.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>init: the first manager&apos;s user name.</source>
        <translation>init: the first manager&apos;s user name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>init: the first manager&apos;s full name.</source>
        <translation>init: the first manager&apos;s full name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add-worker: the new user name.</source>
        <translation>add-worker: the new user name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add-worker: the worker&apos;s full name.</source>
        <translation>add-worker: the worker&apos;s full name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add-worker: manager, social-worker, specialist or reception.</source>
        <translation>add-worker: manager, social-worker, specialist or reception.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print machine-readable JSON.</source>
        <translation>Print machine-readable JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore: replace an existing store (kept aside).</source>
        <translation>restore: replace an existing store (kept aside).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Name a command; --help lists them.</source>
        <translation>Name a command; --help lists them.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--capacity is 150 or 450.</source>
        <translation>--capacity is 150 or 450.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>init needs --center-code, --center-name, --capacity and --manager.</source>
        <translation>init needs --center-code, --center-name, --capacity and --manager.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A store already exists in this folder; it was left as it is.</source>
        <translation>A store already exists in this folder; it was left as it is.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No password was given, or the two did not match.</source>
        <translation>No password was given, or the two did not match.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The center&apos;s store was created in %1.</source>
        <translation>The center&apos;s store was created in %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery code (shown only now; write it down and keep it locked away):</source>
        <translation>Recovery code (shown only now; write it down and keep it locked away):</translation>
    </message>
    <message>
        <location filename="../app/admin/storecommands.cpp" line="+53"/>
        <source>This command opens the store: name the worker with --as USER.</source>
        <translation>This command opens the store: name the worker with --as USER.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+194"/>
        <source>There is no store in %1.</source>
        <translation>There is no store in %1.</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No password: set PLUSLIFE_PASSWORD or run at a terminal.</source>
        <translation>No password: set PLUSLIFE_PASSWORD or run at a terminal.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--role is manager, social-worker, specialist or reception.</source>
        <translation>--role is manager, social-worker, specialist or reception.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add-worker needs --user, --name and --role.</source>
        <translation>add-worker needs --user, --name and --role.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First password for %1: </source>
        <translation>First password for %1: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No password for the new worker: set PLUSLIFE_NEW_PASSWORD or run at a terminal.</source>
        <translation>No password for the new worker: set PLUSLIFE_NEW_PASSWORD or run at a terminal.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Worker %1 added as %2; the password must be changed at the first sign-in.</source>
        <translation>Worker %1 added as %2; the password must be changed at the first sign-in.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>ok    </source>
        <translation>ok    </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAIL  </source>
        <translation>FAIL  </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>database integrity</source>
        <translation>database integrity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>database integrity: %1</source>
        <translation>database integrity: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>schema version %1 of %2</source>
        <translation>schema version %1 of %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>key slots: %1 password, %2 recovery, data key generation %3</source>
        <translation>key slots: %1 password, %2 recovery, data key generation %3</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>store size: %1 bytes</source>
        <translation>store size: %1 bytes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>backup needs the archive&apos;s file name: backup FILE</source>
        <translation>backup needs the archive&apos;s file name: backup FILE</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Backup written and checked: %1</source>
        <translation>Backup written and checked: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>restore needs the archive&apos;s file name: restore FILE</source>
        <translation>restore needs the archive&apos;s file name: restore FILE</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The previous store was kept in %1.</source>
        <translation>The previous store was kept in %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store restored into %1. On another computer, run &apos;recover&apos; with the recovery code first.</source>
        <translation>Store restored into %1. On another computer, run &apos;recover&apos; with the recovery code first.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The store has a new data key.</source>
        <translation>The store has a new data key.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recovery code: </source>
        <translation>Recovery code: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No recovery code: set PLUSLIFE_RECOVERY_CODE or run at a terminal.</source>
        <translation>No recovery code: set PLUSLIFE_RECOVERY_CODE or run at a terminal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer&apos;s keychain holds the store&apos;s key again; workers can sign in.</source>
        <translation>This computer&apos;s keychain holds the store&apos;s key again; workers can sign in.</translation>
    </message>
</context>
<context>
    <name>pluslife::services</name>
    <message>
        <location filename="../models/services/workeradmin.cpp" line="+31"/>
        <source>The change could not be saved.</source>
        <translation>The change could not be saved.</translation>
    </message>
</context>
<context>
    <name>pluslife::services::WorkerAdmin</name>
    <message>
        <location line="+23"/>
        <source>There is no such worker.</source>
        <translation>There is no such worker.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter the worker&apos;s full name.</source>
        <translation>Enter the worker&apos;s full name.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This user name is taken.</source>
        <translation>This user name is taken.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>You cannot disable your own account.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The center needs at least one active manager.</source>
        <translation>The center needs at least one active manager.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Enable the account first.</source>
        <translation>Enable the account first.</translation>
    </message>
</context>
<context>
    <name>pluslife::storage</name>
    <message>
        <location filename="../models/storage/backuparchive.cpp" line="+31"/>
        <source>The backup file is damaged or is not a PlusLife Desk backup; nothing was restored.</source>
        <translation>The backup file is damaged or is not a PlusLife Desk backup; nothing was restored.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>This backup was made by a newer PlusLife Desk; install it first.</source>
        <translation>This backup was made by a newer PlusLife Desk; install it first.</translation>
    </message>
    <message>
        <location filename="../models/storage/vault.cpp" line="-9"/>
        <source>The user name or the password is not right.</source>
        <translation>The user name or the password is not right.</translation>
    </message>
    <message>
        <location filename="../models/storage/vaultrekey.cpp" line="+63"/>
        <source>The new key could not be applied; the store still opens with the old one.</source>
        <translation>The new key could not be applied; the store still opens with the old one.</translation>
    </message>
</context>
<context>
    <name>pluslife::storage::BackupArchive</name>
    <message>
        <location filename="../models/storage/backuparchive.cpp" line="+25"/>
        <source>The store could not be read for the backup.</source>
        <translation>The store could not be read for the backup.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The backup file could not be written (is the disk full, or the folder read-only?).</source>
        <translation>The backup file could not be written (is the disk full, or the folder read-only?).</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+15"/>
        <source>The backup file cannot be read.</source>
        <translation>The backup file cannot be read.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The data folder cannot be created.</source>
        <translation>The data folder cannot be created.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A store already exists in this folder. Use --force to replace it (the old files are kept aside).</source>
        <translation>A store already exists in this folder. Use --force to replace it (the old files are kept aside).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>The old store could not be moved aside; nothing was restored.</source>
        <translation>The old store could not be moved aside; nothing was restored.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>The store could not be written (is the disk full?).</source>
        <translation>The store could not be written (is the disk full?).</translation>
    </message>
</context>
<context>
    <name>pluslife::storage::Vault</name>
    <message>
        <location filename="../models/storage/vault.cpp" line="+44"/>
        <source>A store already exists in this folder; it was left as it is.</source>
        <translation>A store already exists in this folder; it was left as it is.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data folder cannot be created.</source>
        <translation>The data folder cannot be created.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not enough memory to derive the keys.</source>
        <translation>Not enough memory to derive the keys.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>There is no store in this folder yet.</source>
        <translation>There is no store in this folder yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file of the store is missing (the database or its key file). Restore from a backup; nothing was changed.</source>
        <translation>A file of the store is missing (the database or its key file). Restore from a backup; nothing was changed.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The keychain entry of this store is damaged. Sign in with the recovery code to bind it again.</source>
        <translation>The keychain entry of this store is damaged. Sign in with the recovery code to bind it again.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The recovery code is not right.</source>
        <translation>The recovery code is not right.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The store&apos;s key file is damaged. Restore it from a backup; nothing was changed.</source>
        <translation>The store&apos;s key file is damaged. Restore it from a backup; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../models/storage/vaultrekey.cpp" line="+22"/>
        <source>The store is open in another program (PlusLife Desk or pluslife-admin). Close it and try again.</source>
        <translation>The store is open in another program (PlusLife Desk or pluslife-admin). Close it and try again.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>A copy of the store could not be written (is the disk full?).</source>
        <translation>A copy of the store could not be written (is the disk full?).</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Neither the current nor the new key opens the store. Restore it from a backup; nothing was changed.</source>
        <translation>Neither the current nor the new key opens the store. Restore it from a backup; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::AddWorkerDialog</name>
    <message>
        <location filename="../ui/admin/addworkerdialog.cpp" line="+29"/>
        <source>Add a worker</source>
        <translation>Add a worker</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full &amp;name:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Temporary password:</source>
        <translation>&amp;Temporary password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temporary password &amp;again:</source>
        <translation>Temporary password &amp;again:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add worker</source>
        <translation>&amp;Add worker</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Enter the worker&apos;s full name.</source>
        <translation>Enter the worker&apos;s full name.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::CenterFields</name>
    <message>
        <location filename="../ui/setup/centerfields.cpp" line="+25"/>
        <source>The center&apos;s code in the +Life system, as Behzisti issued it.</source>
        <translation>The center&apos;s code in the +Life system, as Behzisti issued it.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose or type the province</source>
        <translation>Choose or type the province</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Full center: %1 household files</source>
        <translation>Full center: %1 household files</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Small center: %1 household files</source>
        <translation>Small center: %1 household files</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Center &amp;code:</source>
        <translation>Center &amp;code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Center &amp;name:</source>
        <translation>Center &amp;name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Province:</source>
        <translation>&amp;Province:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ounty:</source>
        <translation>C&amp;ounty:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licensed c&amp;apacity:</source>
        <translation>Licensed c&amp;apacity:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 household files</source>
        <translation>%1 household files</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::CenterPage</name>
    <message>
        <location filename="../ui/setup/centerpage.cpp" line="+19"/>
        <source>Your +Life center</source>
        <translation>Your +Life center</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As it appears on the center&apos;s licence. The manager can change these details later.</source>
        <translation>As it appears on the center&apos;s licence. The manager can change these details later.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::CenterSettingsDialog</name>
    <message>
        <location filename="../ui/admin/centersettingsdialog.cpp" line="+26"/>
        <source>Center settings</source>
        <translation>Center settings</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The center</source>
        <translation>The center</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock the desk after this much time without use:</source>
        <translation>&amp;Lock the desk after this much time without use:</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::ChangePasswordDialog</name>
    <message>
        <location filename="../ui/signin/changepassworddialog.cpp" line="+27"/>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The manager set a temporary password for you. Choose your own password before you go on.</source>
        <translation>The manager set a temporary password for you. Choose your own password before you go on.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a new password of at least 10 characters.</source>
        <translation>Choose a new password of at least 10 characters.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Temporary password:</source>
        <translation>&amp;Temporary password:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Current password:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password &amp;again:</source>
        <translation>New password &amp;again:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Change password</source>
        <translation>&amp;Change password</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sign out</source>
        <translation>&amp;Sign out</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::HomePage</name>
    <message>
        <location filename="../ui/main/homepage.cpp" line="+47"/>
        <source>The center</source>
        <translation>The center</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province and county:</source>
        <translation>Province and county:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licensed capacity:</source>
        <translation>Licensed capacity:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workers:</source>
        <translation>Workers:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic lock:</source>
        <translation>Automatic lock:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Welcome, %1</source>
        <translation>Welcome, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in as %1 (%2)</source>
        <translation>Signed in as %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today is %1</source>
        <translation>Today is %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 household files</source>
        <translation>%1 household files</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 active (%2 accounts in all)</source>
        <translation>%1 active (%2 accounts in all)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>after %Ln minute(s) without use</source>
        <translation>
            <numerusform>after %Ln minute without use</numerusform>
            <numerusform>after %Ln minutes without use</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pluslife::ui::LockScreen</name>
    <message>
        <location filename="../ui/lock/lockscreen.cpp" line="+29"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in as &amp;someone else</source>
        <translation>Sign in as &amp;someone else</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PlusLife Desk is locked</source>
        <translation>PlusLife Desk is locked</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 (%2) was working here. Enter the password to go on.</source>
        <translation>%1 (%2) was working here. Enter the password to go on.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::LockoutCountdown</name>
    <message>
        <location filename="../ui/common/lockoutcountdown.cpp" line="+51"/>
        <source>Too many failed attempts. You can try again in %1.</source>
        <translation>Too many failed attempts. You can try again in %1.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::MainWindow</name>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="+57"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change password…</source>
        <translation>&amp;Change password…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Workers…</source>
        <translation>&amp;Workers…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Center &amp;settings…</source>
        <translation>Center &amp;settings…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About PlusLife Desk</source>
        <translation>&amp;About PlusLife Desk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Desk</source>
        <translation>&amp;Desk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Center</source>
        <translation>&amp;Center</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
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
        <translation>Center %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>About PlusLife Desk</source>
        <translation>About PlusLife Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;PlusLife Desk %1&lt;/h3&gt;&lt;p&gt;The desktop client of the +Life service centers of the State Welfare Organization of Iran (Behzisti).&lt;/p&gt;&lt;p&gt;The center&apos;s files are kept encrypted on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PlusLife Desk %1&lt;/h3&gt;&lt;p&gt;The desktop client of the +Life service centers of the State Welfare Organization of Iran (Behzisti).&lt;/p&gt;&lt;p&gt;The center&apos;s files are kept encrypted on this computer.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::ManagerPage</name>
    <message>
        <location filename="../ui/setup/managerpage.cpp" line="+28"/>
        <source>The center manager</source>
        <translation>The center manager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first account: the manager adds the other workers after signing in.</source>
        <translation>The first account: the manager adds the other workers after signing in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create center</source>
        <translation>&amp;Create center</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>3 to 32 Latin letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>3 to 32 Latin letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full &amp;name:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password &amp;again:</source>
        <translation>Password &amp;again:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a password of at least 10 characters that only you know. Nobody, not even Behzisti, can read the center&apos;s files without a worker&apos;s password or the recovery code.</source>
        <translation>Choose a password of at least 10 characters that only you know. Nobody, not even Behzisti, can read the center&apos;s files without a worker&apos;s password or the recovery code.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Enter the manager&apos;s full name.</source>
        <translation>Enter the manager&apos;s full name.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::NdaDialog</name>
    <message>
        <location filename="../ui/signin/ndadialog.cpp" line="+23"/>
        <source>Non-disclosure agreement</source>
        <translation>Non-disclosure agreement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, before you open the center&apos;s files, read and accept the agreement below.</source>
        <translation>%1, before you open the center&apos;s files, read and accept the agreement below.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>I &amp;accept</source>
        <translation>I &amp;accept</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I &amp;decline (sign out)</source>
        <translation>I &amp;decline (sign out)</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::RecoveryCodeDialog</name>
    <message>
        <location filename="../ui/signin/recoverycodedialog.cpp" line="+27"/>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer no longer holds the key of the center&apos;s files. Type the recovery code written down when the center was set up. Afterwards every worker signs in with their own password as before.</source>
        <translation>This computer no longer holds the key of the center&apos;s files. Type the recovery code written down when the center was set up. Afterwards every worker signs in with their own password as before.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Open with this code</source>
        <translation>&amp;Open with this code</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Type the recovery code.</source>
        <translation>Type the recovery code.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::RecoveryCodePage</name>
    <message>
        <location filename="../ui/setup/recoverycodepage.cpp" line="+24"/>
        <source>C&amp;opy</source>
        <translation>C&amp;opy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have &amp;written the recovery code down and will keep it safe</source>
        <translation>I have &amp;written the recovery code down and will keep it safe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recovery code</source>
        <translation>The recovery code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown this once. Write it on paper and keep it locked away, apart from the computer.</source>
        <translation>Shown this once. Write it on paper and keep it locked away, apart from the computer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If this computer&apos;s keychain is lost (a new operating system, a new user profile, a repaired disk), only this code opens the center&apos;s files again. PlusLife Desk does not keep it anywhere, and nobody can recover it.</source>
        <translation>If this computer&apos;s keychain is lost (a new operating system, a new user profile, a repaired disk), only this code opens the center&apos;s files again. PlusLife Desk does not keep it anywhere, and nobody can recover it.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copies the code; the clipboard is cleared again after 60 seconds.</source>
        <translation>Copies the code; the clipboard is cleared again after 60 seconds.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>C&amp;opied (cleared in 60 s)</source>
        <translation>C&amp;opied (cleared in 60 s)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Print the recovery code</source>
        <translation>Print the recovery code</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PlusLife Desk recovery code</source>
        <translation>PlusLife Desk recovery code</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep this sheet locked away, apart from the computer.</source>
        <translation>Keep this sheet locked away, apart from the computer.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::SetupWizard</name>
    <message>
        <location filename="../ui/setup/setupwizard.cpp" line="+40"/>
        <source>Set up PlusLife Desk</source>
        <translation>Set up PlusLife Desk</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Write the recovery code down and tick the box before you close this window. It is not shown again.</source>
        <translation>Write the recovery code down and tick the box before you close this window. It is not shown again.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::SignInDialog</name>
    <message>
        <location filename="../ui/signin/signindialog.cpp" line="+31"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the &amp;recovery code…</source>
        <translation>Use the &amp;recovery code…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in to PlusLife Desk</source>
        <translation>Sign in to PlusLife Desk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in with your user name and password.</source>
        <translation>Sign in with your user name and password.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Enter your user name and your password.</source>
        <translation>Enter your user name and your password.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This computer can open the center&apos;s files again. Sign in with your password.</source>
        <translation>This computer can open the center&apos;s files again. Sign in with your password.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::TemporaryPasswordDialog</name>
    <message>
        <location filename="../ui/admin/temporarypassworddialog.cpp" line="+37"/>
        <source>&amp;Temporary password:</source>
        <translation>&amp;Temporary password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temporary password &amp;again:</source>
        <translation>Temporary password &amp;again:</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::WorkersDialog</name>
    <message>
        <location filename="../ui/admin/workersdialog.cpp" line="+38"/>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enable…</source>
        <translation>&amp;Enable…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset password…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workers</source>
        <translation>Workers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agreement accepted</source>
        <translation>Agreement accepted</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 was added and must choose a password at the first sign-in.</source>
        <translation>%1 was added and must choose a password at the first sign-in.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Disable account</source>
        <translation>Disable account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable the account of %1? The password stops working at once; the worker&apos;s records stay.</source>
        <translation>Disable the account of %1? The password stops working at once; the worker&apos;s records stay.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The account of %1 is disabled.</source>
        <translation>The account of %1 is disabled.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enable account</source>
        <translation>Enable account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable the account of %1 again with a temporary password. Tell it to them in person; they choose their own at the next sign-in.</source>
        <translation>Enable the account of %1 again with a temporary password. Tell it to them in person; they choose their own at the next sign-in.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The account of %1 is enabled.</source>
        <translation>The account of %1 is enabled.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give %1 a temporary password. Tell it to them in person; they must choose their own at the next sign-in.</source>
        <translation>Give %1 a temporary password. Tell it to them in person; they must choose their own at the next sign-in.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The password of %1 was reset.</source>
        <translation>The password of %1 was reset.</translation>
    </message>
</context>
</TS>
