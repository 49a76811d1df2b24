<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AttachmentStore</name>
    <message>
        <location filename="../models/storage/attachmentread.cpp" line="+32" />
        <source>This document is not in the store.</source>
        <translation>This document is not in the store.</translation>
    </message>
    <message>
        <location filename="../models/storage/attachmentstore.cpp" line="+104" />
        <source>This is not a valid reference to a document.</source>
        <translation>This is not a valid reference to a document.</translation>
    </message>
    <message>
        <location filename="../models/storage/attachmentread.cpp" line="+7" />
        <source>The encrypted file of this document is missing from the attachments folder. Restore the data folder from a backup.</source>
        <translation>The encrypted file of this document is missing from the attachments folder. Restore the data folder from a backup.</translation>
    </message>
    <message>
        <location filename="../models/storage/attachmentstore.cpp" line="-72" />
        <source>The encrypted file of this document is damaged or was changed, and cannot be opened. Restore the data folder from a backup.</source>
        <translation>The encrypted file of this document is damaged or was changed, and cannot be opened. Restore the data folder from a backup.</translation>
    </message>
    <message>
        <location filename="../models/storage/attachmentput.cpp" line="+45" />
        <source>The file is larger than 50 MB. Scan it at a lower resolution or split it into several files.</source>
        <translation>The file is larger than 50 MB. Scan it at a lower resolution or split it into several files.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location filename="../models/storage/attachmentstore.cpp" line="+11" />
        <source>Only PDF, JPEG, PNG and TIFF files can be attached.</source>
        <translation>Only PDF, JPEG, PNG and TIFF files can be attached.</translation>
    </message>
    <message>
        <location filename="../models/storage/attachmentput.cpp" line="+7" />
        <source>The file's content does not match its type: it may be damaged or renamed. Only PDF, JPEG, PNG and TIFF files can be attached.</source>
        <translation>The file's content does not match its type: it may be damaged or renamed. Only PDF, JPEG, PNG and TIFF files can be attached.</translation>
    </message>
    <message>
        <location filename="../models/storage/attachmentstore.cpp" line="+8" />
        <source>The file could not be read.</source>
        <translation>The file could not be read.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The document could not be saved in the attachments folder. Check that the disk is not full.</source>
        <translation>The document could not be saved in the attachments folder. Check that the disk is not full.</translation>
    </message>
    <message>
        <location filename="../models/storage/attachmentread.cpp" line="+9" />
        <source>The document could not be saved to the chosen place. Check that the folder is writable and the disk is not full.</source>
        <translation>The document could not be saved to the chosen place. Check that the folder is writable and the disk is not full.</translation>
    </message>
    <message>
        <location filename="../models/storage/attachmentstore.cpp" line="+10" />
        <source>The list of documents in the store could not be read or changed.</source>
        <translation>The list of documents in the store could not be read or changed.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../models/storage/auditlog.cpp" line="+37" />
        <source>The audit log could not be written.</source>
        <translation>The audit log could not be written.</translation>
    </message>
    <message>
        <location line="+60" />
        <source>The audit log could not be read.</source>
        <translation>The audit log could not be read.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The audit log was altered at entry %1: an entry was changed, removed or inserted.</source>
        <translation>The audit log was altered at entry %1: an entry was changed, removed or inserted.</translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>Audit log intact: %n entries.</source>
        <translation>
            <numerusform>Audit log intact: %n entry.</numerusform>
            <numerusform>Audit log intact: %n entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupArchive</name>
    <message>
        <location filename="../models/storage/backuparchive.cpp" line="+29" />
        <source>The backup file is damaged or is not a PlusLife Desk backup; nothing was restored.</source>
        <translation>The backup file is damaged or is not a PlusLife Desk backup; nothing was restored.</translation>
    </message>
    <message>
        <location line="+93" />
        <source>This backup was made by a newer PlusLife Desk; install it first.</source>
        <translation>This backup was made by a newer PlusLife Desk; install it first.</translation>
    </message>
    <message>
        <location line="+27" />
        <location line="+32" />
        <source>The store could not be read for the backup.</source>
        <translation>The store could not be read for the backup.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The backup file could not be written (is the disk full, or the folder read-only?).</source>
        <translation>The backup file could not be written (is the disk full, or the folder read-only?).</translation>
    </message>
    <message>
        <location line="+16" />
        <location line="+16" />
        <source>The backup file cannot be read.</source>
        <translation>The backup file cannot be read.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The data folder cannot be created.</source>
        <translation>The data folder cannot be created.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A store already exists in this folder. Use --force to replace it (the old files are kept aside).</source>
        <translation>A store already exists in this folder. Use --force to replace it (the old files are kept aside).</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+9" />
        <source>The old store could not be moved aside; nothing was restored.</source>
        <translation>The old store could not be moved aside; nothing was restored.</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+8" />
        <location line="+6" />
        <source>The store could not be written (is the disk full?).</source>
        <translation>The store could not be written (is the disk full?).</translation>
    </message>
</context>
<context>
    <name>CapacityService</name>
    <message>
        <location filename="../models/services/capacityservice.cpp" line="+101" />
        <source>The center would hold %1 active files, above its licensed capacity of %2. Only the manager may go beyond it, with a reason.</source>
        <translation>The center would hold %1 active files, above its licensed capacity of %2. Only the manager may go beyond it, with a reason.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The center is at %1 of its %2 licensed files.</source>
        <translation>The center is at %1 of its %2 licensed files.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>There is no such household file.</source>
        <translation>There is no such household file.</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+44" />
        <source>The assignment could not be saved.</source>
        <translation>The assignment could not be saved.</translation>
    </message>
    <message>
        <location line="-32" />
        <source>Files go to an active social worker.</source>
        <translation>Files go to an active social worker.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>This would give the worker %1 active files, above the limit of %2. Give a reason to go beyond it.</source>
        <translation>This would give the worker %1 active files, above the limit of %2. Give a reason to go beyond it.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The worker now carries %1 of %2 files.</source>
        <translation>The worker now carries %1 of %2 files.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>A worker's limit is 1 to 1000 files.</source>
        <translation>A worker's limit is 1 to 1000 files.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>There is no such worker.</source>
        <translation>There is no such worker.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The change could not be saved.</source>
        <translation>The change could not be saved.</translation>
    </message>
</context>
<context>
    <name>CaseFields</name>
    <message>
        <location filename="../models/domain/casefields.cpp" line="+31" />
        <source>housing</source>
        <translation>housing</translation>
    </message>
    <message>
        <location line="+2" />
        <source>monthly rent</source>
        <translation>monthly rent</translation>
    </message>
    <message>
        <location line="+2" />
        <source>income sources</source>
        <translation>income sources</translation>
    </message>
    <message>
        <location line="+2" />
        <source>marital status</source>
        <translation>marital status</translation>
    </message>
    <message>
        <location line="+2" />
        <source>education</source>
        <translation>education</translation>
    </message>
    <message>
        <location line="+2" />
        <source>occupation</source>
        <translation>occupation</translation>
    </message>
    <message>
        <location line="+2" />
        <source>disability</source>
        <translation>disability</translation>
    </message>
    <message>
        <location line="+2" />
        <source>disability severity</source>
        <translation>disability severity</translation>
    </message>
    <message>
        <location line="+2" />
        <source>chronic illness</source>
        <translation>chronic illness</translation>
    </message>
    <message>
        <location line="+2" />
        <source>insurance</source>
        <translation>insurance</translation>
    </message>
    <message>
        <location line="+2" />
        <source>mobile number</source>
        <translation>mobile number</translation>
    </message>
    <message>
        <location line="+2" />
        <source>landline number</source>
        <translation>landline number</translation>
    </message>
    <message>
        <location line="+30" />
        <location line="+22" />
        <source>"%1" is not one of the values of %2.</source>
        <translation>"%1" is not one of the values of %2.</translation>
    </message>
    <message>
        <location line="-11" />
        <source>The %1 must be a whole number, 0 or more.</source>
        <translation>The %1 must be a whole number, 0 or more.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The %1 can be at most %2 characters long.</source>
        <translation>The %1 can be at most %2 characters long.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>A landline number is written with %1 to %2 digits.</source>
        <translation>A landline number is written with %1 to %2 digits.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>A form cannot change "%1".</source>
        <translation>A form cannot change "%1".</translation>
    </message>
</context>
<context>
    <name>Center</name>
    <message>
        <location filename="../models/domain/center.cpp" line="+12" />
        <source>The center code has 1 to 20 Latin letters, digits or '-'.</source>
        <translation>The center code has 1 to 20 Latin letters, digits or '-'.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Enter the center's name.</source>
        <translation>Enter the center's name.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The licensed capacity is a number of households between 1 and 5000 (usually 150 or 450).</source>
        <translation>The licensed capacity is a number of households between 1 and 5000 (usually 150 or 450).</translation>
    </message>
</context>
<context>
    <name>CenterSetup</name>
    <message>
        <location filename="../models/services/centersetup.cpp" line="+27" />
        <source>Enter the manager's full name.</source>
        <translation>Enter the manager's full name.</translation>
    </message>
    <message>
        <location line="+50" />
        <source>The center could not be saved.</source>
        <translation>The center could not be saved.</translation>
    </message>
</context>
<context>
    <name>CentralRequests</name>
    <message>
        <location filename="../models/services/centralrequests.cpp" line="+45" />
        <source>This is not a valid national code; nothing was asked.</source>
        <translation>This is not a valid national code; nothing was asked.</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+9" />
        <source>The inquiry could not be queued.</source>
        <translation>The inquiry could not be queued.</translation>
    </message>
    <message>
        <location line="+51" />
        <source>The text message could not be queued.</source>
        <translation>The text message could not be queued.</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <location filename="../models/domain/choices.cpp" line="+18" />
        <source>Single</source>
        <translation>Single</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Married</source>
        <translation>Married</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Widowed</source>
        <translation>Widowed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Divorced</source>
        <translation>Divorced</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cannot read and write</source>
        <translation>Cannot read and write</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Can read and write</source>
        <translation>Can read and write</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Primary school</source>
        <translation>Primary school</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Secondary school</source>
        <translation>Secondary school</translation>
    </message>
    <message>
        <location line="+1" />
        <source>High-school diploma</source>
        <translation>High-school diploma</translation>
    </message>
    <message>
        <location line="+1" />
        <source>University</source>
        <translation>University</translation>
    </message>
    <message>
        <location line="+1" />
        <source>At school now</source>
        <translation>At school now</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No insurance</source>
        <translation>No insurance</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Health insurance</source>
        <translation>Health insurance</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Social security</source>
        <translation>Social security</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Armed forces insurance</source>
        <translation>Armed forces insurance</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other insurance</source>
        <translation>Other insurance</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No disability</source>
        <translation>No disability</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Physical</source>
        <translation>Physical</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Visual</source>
        <translation>Visual</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hearing</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Speech</source>
        <translation>Speech</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Intellectual</source>
        <translation>Intellectual</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Psychiatric</source>
        <translation>Psychiatric</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Multiple</source>
        <translation>Multiple</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mild</source>
        <translation>Mild</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Moderate</source>
        <translation>Moderate</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Severe</source>
        <translation>Severe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Very severe</source>
        <translation>Very severe</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other housing</source>
        <translation>Other housing</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Outreach</source>
        <translation>Outreach</translation>
    </message>
    <message>
        <location line="+1" />
        <source>County office referral</source>
        <translation>County office referral</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Central window referral</source>
        <translation>Central window referral</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../ui/intake/choicekeys.cpp" line="+12" />
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
</context>
<context>
    <name>DemoEnvironment</name>
    <message>
        <location filename="../ui/app/demoenvironment.cpp" line="+55" />
        <source>No temporary folder for the demo center: %1</source>
        <translation>No temporary folder for the demo center: %1</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Demo center with sample data only, deleted when you quit. Sign in as “%1” (the manager), “%2” (social worker) or “%3” (reception) with the password: %4</source>
        <translation>Demo center with sample data only, deleted when you quit. Sign in as “%1” (the manager), “%2” (social worker) or “%3” (reception) with the password: %4</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Demo: no system keychain answered, so the keys are kept in memory only.</source>
        <translation>Demo: no system keychain answered, so the keys are kept in memory only.</translation>
    </message>
</context>
<context>
    <name>DemoFill</name>
    <message>
        <location filename="../models/services/demofill.cpp" line="+83" />
        <source>Ask for 1 to 100,000 households.</source>
        <translation>Ask for 1 to 100,000 households.</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Home visit</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <location line="+32" />
        <source>The demo data could not be saved.</source>
        <translation>The demo data could not be saved.</translation>
    </message>
</context>
<context>
    <name>DocumentService</name>
    <message>
        <location filename="../models/services/documentservice.cpp" line="+27" />
        <source>The document could not be saved.</source>
        <translation>The document could not be saved.</translation>
    </message>
    <message>
        <location line="+49" />
        <source>There is no such request type.</source>
        <translation>There is no such request type.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>There is no such household file.</source>
        <translation>There is no such household file.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>The file could not be read.</source>
        <translation>The file could not be read.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>There is no such document type.</source>
        <translation>There is no such document type.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This person is not a member of this household.</source>
        <translation>This person is not a member of this household.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>This file is already attached to this household file.</source>
        <translation>This file is already attached to this household file.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>There is no such document.</source>
        <translation>There is no such document.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>A document must be checked before it can be verified.</source>
        <translation>A document must be checked before it can be verified.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This document is already verified.</source>
        <translation>This document is already verified.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This document is already checked.</source>
        <translation>This document is already checked.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../ui/documents/documentstatetext.cpp" line="+17" />
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Attached, not checked</source>
        <translation>Attached, not checked</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <location line="+10" />
        <source>PDF, %1 KB</source>
        <translation>PDF, %1 KB</translation>
    </message>
    <message>
        <location line="+2" />
        <source>JPEG image, %1 KB</source>
        <translation>JPEG image, %1 KB</translation>
    </message>
    <message>
        <location line="+2" />
        <source>PNG image, %1 KB</source>
        <translation>PNG image, %1 KB</translation>
    </message>
    <message>
        <location line="+1" />
        <source>TIFF image, %1 KB</source>
        <translation>TIFF image, %1 KB</translation>
    </message>
</context>
<context>
    <name>FileNumberBlocks</name>
    <message>
        <location filename="../models/storage/filenumberblocks.cpp" line="+15" />
        <source>No file number could be issued.</source>
        <translation>No file number could be issued.</translation>
    </message>
</context>
<context>
    <name>FollowUpTask</name>
    <message>
        <location filename="../models/domain/followuptask.cpp" line="+16" />
        <source>By hand</source>
        <translation>By hand</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Screening</source>
        <translation>Screening</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Support plan</source>
        <translation>Support plan</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>FormAnswersText</name>
    <message>
        <location filename="../ui/forms/formanswerstext.cpp" line="+81" />
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+22" />
        <source>Attached file: %1</source>
        <translation>Attached file: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location line="+13" />
        <source>No answers.</source>
        <translation>No answers.</translation>
    </message>
</context>
<context>
    <name>FormLauncher</name>
    <message>
        <location filename="../ui/forms/formlauncher.cpp" line="+38" />
        <source>The desk is locked; the draft is kept as it was last saved.</source>
        <translation>The desk is locked; the draft is kept as it was last saved.</translation>
    </message>
</context>
<context>
    <name>FormParser</name>
    <message>
        <location filename="../forms/engine/formchecker.cpp" line="+72" />
        <source>The file is not well-formed XML (%1).</source>
        <translation>The file is not well-formed XML (%1).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>A form must not declare a DOCTYPE or entities.</source>
        <translation>A form must not declare a DOCTYPE or entities.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This is not an XForms document: the root element must be h:html.</source>
        <translation>This is not an XForms document: the root element must be h:html.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The form needs both h:head and h:body.</source>
        <translation>The form needs both h:head and h:body.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>The form has no model.</source>
        <translation>The form has no model.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>External secondary instances (src=) are not supported; put the choices inside the form.</source>
        <translation>External secondary instances (src=) are not supported; put the choices inside the form.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Only the first instance may be without an id.</source>
        <translation>Only the first instance may be without an id.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The model element "%1" is not supported.</source>
        <translation>The model element "%1" is not supported.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The form has no primary instance.</source>
        <translation>The form has no primary instance.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The primary instance is empty.</source>
        <translation>The primary instance is empty.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The primary instance root needs an id attribute (the form id).</source>
        <translation>The primary instance root needs an id attribute (the form id).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The form id "%1" must be Latin letters, digits, _ . or -.</source>
        <translation>The form id "%1" must be Latin letters, digits, _ . or -.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The instance "%1" is empty.</source>
        <translation>The instance "%1" is empty.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>itext may hold only translation elements.</source>
        <translation>itext may hold only translation elements.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A translation needs a lang.</source>
        <translation>A translation needs a lang.</translation>
    </message>
    <message>
        <location line="+53" />
        <source>"%1" is not allowed inside a label.</source>
        <translation>"%1" is not allowed inside a label.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>A label's ref must be jr:itext('…'), not "%1".</source>
        <translation>A label's ref must be jr:itext('…'), not "%1".</translation>
    </message>
    <message>
        <location filename="../forms/engine/formcheckerbody.cpp" line="+55" />
        <source>A bind needs a nodeset.</source>
        <translation>A bind needs a nodeset.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The data type "%1" is not supported.</source>
        <translation>The data type "%1" is not supported.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>The preload "%1 %2" is not supported.</source>
        <translation>The preload "%1 %2" is not supported.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>"%1" is an identity field: a form may not change it.</source>
        <translation>"%1" is an identity field: a form may not change it.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>"%1" is not a case field a form can save to.</source>
        <translation>"%1" is not a case field a form can save to.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The setvalue event "%1" is not supported.</source>
        <translation>The setvalue event "%1" is not supported.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>The control "%1" is not supported.</source>
        <translation>The control "%1" is not supported.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>A repeat needs a nodeset.</source>
        <translation>A repeat needs a nodeset.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The %1 control needs a ref.</source>
        <translation>The %1 control needs a ref.</translation>
    </message>
    <message>
        <location line="+58" />
        <source>A choice needs a value without spaces.</source>
        <translation>A choice needs a value without spaces.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>An itemset needs a value ref and a label ref.</source>
        <translation>An itemset needs a value ref and a label ref.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>An expression is empty.</source>
        <translation>An expression is empty.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The function %1() is not supported.</source>
        <translation>The function %1() is not supported.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Dates are compared or subtracted directly in "%1"; use decimal-date-time() on both sides.</source>
        <translation>Dates are compared or subtracted directly in "%1"; use decimal-date-time() on both sides.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The expression "%1" is not valid XPath.</source>
        <translation>The expression "%1" is not valid XPath.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 refers to %2, which is not in the form's instance.</source>
        <translation>%1 refers to %2, which is not in the form's instance.</translation>
    </message>
    <message>
        <location filename="../forms/engine/formchecker.cpp" line="+27" />
        <source>A case field cannot be saved from inside a repeat.</source>
        <translation>A case field cannot be saved from inside a repeat.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The choice "%1" is not a value %2 accepts.</source>
        <translation>The choice "%1" is not a value %2 accepts.</translation>
    </message>
    <message>
        <location filename="../forms/engine/formparser.cpp" line="+15" />
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
</context>
<context>
    <name>FormService</name>
    <message>
        <location filename="../forms/services/formservice.cpp" line="+25" />
        <source>The form could not be saved.</source>
        <translation>The form could not be saved.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>There is no such form.</source>
        <translation>There is no such form.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>There is no such draft; it was submitted or discarded.</source>
        <translation>There is no such draft; it was submitted or discarded.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>This visit is already done or cancelled.</source>
        <translation>This visit is already done or cancelled.</translation>
    </message>
    <message>
        <location filename="../forms/services/forminstall.cpp" line="+79" />
        <source>entities:saveto="%1": who a person is is changed only on the household file, never by a form.</source>
        <translation>entities:saveto="%1": who a person is is changed only on the household file, never by a form.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>entities:saveto="%1" is not a case field a form may write.</source>
        <translation>entities:saveto="%1" is not a case field a form may write.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <location line="+41" />
        <source>This form cannot be installed:</source>
        <translation>This form cannot be installed:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Version %2 of form %1 is already installed with different content; a changed form needs a new version.</source>
        <translation>Version %2 of form %1 is already installed with different content; a changed form needs a new version.</translation>
    </message>
    <message>
        <location line="+48" />
        <source>%1: the form cannot be read.</source>
        <translation>%1: the form cannot be read.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Some forms of the library could not be installed:</source>
        <translation>Some forms of the library could not be installed:</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Version %2 of form %1 cannot be opened by this version of PlusLife Desk.</source>
        <translation>Version %2 of form %1 cannot be opened by this version of PlusLife Desk.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Some forms from the central window could not be installed:</source>
        <translation>Some forms from the central window could not be installed:</translation>
    </message>
    <message>
        <location filename="../forms/services/formservice.cpp" line="+49" />
        <source>There is no such visit.</source>
        <translation>There is no such visit.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This visit is not to this household.</source>
        <translation>This visit is not to this household.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>There is no such person.</source>
        <translation>There is no such person.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This person is not a member of this household.</source>
        <translation>This person is not a member of this household.</translation>
    </message>
    <message>
        <location filename="../forms/services/formdrafts.cpp" line="+30" />
        <source>Only the worker who started this form can continue it.</source>
        <translation>Only the worker who started this form can continue it.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The saved answers of this form cannot be read.</source>
        <translation>The saved answers of this form cannot be read.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>This version of the form is no longer in use; start its latest version.</source>
        <translation>This version of the form is no longer in use; start its latest version.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The form could not be started.</source>
        <translation>The form could not be started.</translation>
    </message>
    <message>
        <location line="+43" />
        <source>There is no such draft of this form; it was submitted or discarded.</source>
        <translation>There is no such draft of this form; it was submitted or discarded.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Only the worker who started this form, or a manager, can discard it.</source>
        <translation>Only the worker who started this form, or a manager, can discard it.</translation>
    </message>
    <message>
        <location filename="../forms/services/formsubmit.cpp" line="+51" />
        <source>These answers belong to another form.</source>
        <translation>These answers belong to another form.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>This form may not change "%1" of a household file.</source>
        <translation>This form may not change "%1" of a household file.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>This form updates a household file; start it from the household file.</source>
        <translation>This form updates a household file; start it from the household file.</translation>
    </message>
    <message>
        <location filename="../forms/services/formsubmissions.cpp" line="+37" />
        <location line="+76" />
        <location filename="../forms/services/formsubmit.cpp" line="+11" />
        <source>There is no such submission.</source>
        <translation>There is no such submission.</translation>
    </message>
    <message>
        <location line="-63" />
        <location filename="../forms/services/formsubmit.cpp" line="+3" />
        <source>This form was already corrected; correct its latest version.</source>
        <translation>This form was already corrected; correct its latest version.</translation>
    </message>
    <message>
        <location filename="../forms/services/formsubmit.cpp" line="+11" />
        <source>The answers have no instance id of their own.</source>
        <translation>The answers have no instance id of their own.</translation>
    </message>
    <message>
        <location line="+45" />
        <source>This household file has no head whose details the form could update.</source>
        <translation>This household file has no head whose details the form could update.</translation>
    </message>
    <message>
        <location filename="../forms/services/formsubmissions.cpp" line="-3" />
        <source>Only the worker who submitted this form, or a manager, can correct it.</source>
        <translation>Only the worker who submitted this form, or a manager, can correct it.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Another worker is already correcting this form.</source>
        <translation>Another worker is already correcting this form.</translation>
    </message>
</context>
<context>
    <name>FormSession</name>
    <message>
        <location filename="../forms/engine/formitems.cpp" line="+129" />
        <source>This answer is not valid.</source>
        <translation>This answer is not valid.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This answer is required.</source>
        <translation>This answer is required.</translation>
    </message>
    <message>
        <location filename="../forms/engine/formsession.cpp" line="+53" />
        <source>The saved answers do not belong to this form.</source>
        <translation>The saved answers do not belong to this form.</translation>
    </message>
    <message>
        <location filename="../forms/engine/sessionrecompute.cpp" line="+217" />
        <source>Enter a whole number.</source>
        <translation>Enter a whole number.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Enter a number.</source>
        <translation>Enter a number.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Enter a valid date.</source>
        <translation>Enter a valid date.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Enter a valid time.</source>
        <translation>Enter a valid time.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Enter a valid date and time.</source>
        <translation>Enter a valid date and time.</translation>
    </message>
    <message>
        <location filename="../forms/engine/formsession.cpp" line="+44" />
        <source>There is no question at %1.</source>
        <translation>There is no question at %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This answer is filled in by the form and cannot be changed.</source>
        <translation>This answer is filled in by the form and cannot be changed.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Choose one of the listed answers.</source>
        <translation>Choose one of the listed answers.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Choose only one answer.</source>
        <translation>Choose only one answer.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>There is no repeat at %1.</source>
        <translation>There is no repeat at %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+20" />
        <source>The form sets how many of these there are.</source>
        <translation>The form sets how many of these there are.</translation>
    </message>
    <message>
        <location line="-5" />
        <source>There is no repeat row at %1.</source>
        <translation>There is no repeat row at %1.</translation>
    </message>
</context>
<context>
    <name>Household</name>
    <message>
        <location filename="../models/domain/household.cpp" line="+17" />
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Spouse</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Brother or sister</source>
        <translation>Brother or sister</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Grandchild</source>
        <translation>Grandchild</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other relative</source>
        <translation>Other relative</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Transferred</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Male</source>
        <translation>Male</translation>
    </message>
</context>
<context>
    <name>HouseholdCsv</name>
    <message>
        <location filename="../models/services/householdcsv.cpp" line="+88" />
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The header has no column "%1".</source>
        <translation>The header has no column "%1".</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Line %1: </source>
        <translation>Line %1: </translation>
    </message>
    <message>
        <location line="+9" />
        <source>sex is female or male.</source>
        <translation>sex is female or male.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the birth date "%1" is not a Jalali date.</source>
        <translation>the birth date "%1" is not a Jalali date.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>unknown relation "%1".</source>
        <translation>unknown relation "%1".</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the household reference is empty.</source>
        <translation>the household reference is empty.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>household %1 has a second head.</source>
        <translation>household %1 has a second head.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Household %1 has no head.</source>
        <translation>Household %1 has no head.</translation>
    </message>
</context>
<context>
    <name>HouseholdService</name>
    <message>
        <location filename="../models/services/householdaccess.cpp" line="+17" />
        <source>Your role does not allow this on this household file.</source>
        <translation>Your role does not allow this on this household file.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>There is no such household file.</source>
        <translation>There is no such household file.</translation>
    </message>
    <message>
        <location filename="../models/services/householdimport.cpp" line="+33" />
        <source>Household %1: </source>
        <translation>Household %1: </translation>
    </message>
    <message>
        <location line="+13" />
        <source>national code %1 also appears in household %2.</source>
        <translation>national code %1 also appears in household %2.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>national code %1 is already in a file of this center.</source>
        <translation>national code %1 is already in a file of this center.</translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>The list was not imported: %n problem(s) found.</source>
        <translation>
            <numerusform>The list was not imported: %n problem found.</numerusform>
            <numerusform>The list was not imported: %n problems found.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/services/householdchanges.cpp" line="+24" />
        <location filename="../models/services/householdimport.cpp" line="+16" />
        <location filename="../models/services/householdservice.cpp" line="+26" />
        <source>The household file could not be saved.</source>
        <translation>The household file could not be saved.</translation>
    </message>
    <message>
        <location line="+49" />
        <location line="+128" />
        <source>Use 'change head' to make someone the head of household.</source>
        <translation>Use 'change head' to make someone the head of household.</translation>
    </message>
    <message>
        <location line="-103" />
        <location line="+31" />
        <location line="+48" />
        <location line="+27" />
        <source>This person is not a member of this household.</source>
        <translation>This person is not a member of this household.</translation>
    </message>
    <message>
        <location line="-100" />
        <source>Another person already has national code %1.</source>
        <translation>Another person already has national code %1.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Say whether the member left or died.</source>
        <translation>Say whether the member left or died.</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+29" />
        <location line="+128" />
        <source>Choose a new head of household first.</source>
        <translation>Choose a new head of household first.</translation>
    </message>
    <message>
        <location line="-133" />
        <source>This person cannot be moved there.</source>
        <translation>This person cannot be moved there.</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Choose how the member is related to the head of household.</source>
        <translation>Choose how the member is related to the head of household.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Unknown file status.</source>
        <translation>Unknown file status.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give the reason for suspending, closing or transferring the file.</source>
        <translation>Give the reason for suspending, closing or transferring the file.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>A file cannot be merged into itself.</source>
        <translation>A file cannot be merged into itself.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Merged into file %1</source>
        <translation>Merged into file %1</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The new head must be one of the members who leave.</source>
        <translation>The new head must be one of the members who leave.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Every person who leaves must be a member of this household.</source>
        <translation>Every person who leaves must be a member of this household.</translation>
    </message>
    <message>
        <location filename="../models/services/householdservice.cpp" line="+16" />
        <source>Enter the first and the last name.</source>
        <translation>Enter the first and the last name.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose the sex.</source>
        <translation>Choose the sex.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>"%1" is not one of the values this field takes.</source>
        <translation>"%1" is not one of the values this field takes.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The birth date is in the future.</source>
        <translation>The birth date is in the future.</translation>
    </message>
    <message>
        <location line="+65" />
        <source>National code %1 already belongs to a member of file %2; move the person from that file instead.</source>
        <translation>National code %1 already belongs to a member of file %2; move the person from that file instead.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The head of household's national code is needed to open a file.</source>
        <translation>The head of household's national code is needed to open a file.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Housing is owner, tenant or other.</source>
        <translation>Housing is owner, tenant or other.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>The same person is listed twice.</source>
        <translation>The same person is listed twice.</translation>
    </message>
    <message>
        <location line="+60" />
        <source>Write down what was asked.</source>
        <translation>Write down what was asked.</translation>
    </message>
</context>
<context>
    <name>HouseholdSummaryDocument</name>
    <message>
        <location filename="../ui/print/householdsummarydocument.cpp" line="+68" />
        <source>Household file %1</source>
        <translation>Household file %1</translation>
    </message>
    <message>
        <location line="+44" />
        <source>The PDF could not be written to %1.</source>
        <translation>The PDF could not be written to %1.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Print household file</source>
        <translation>Print household file</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Save household file as PDF</source>
        <translation>Save household file as PDF</translation>
    </message>
    <message>
        <location line="+4" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+7" />
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location line="-6" />
        <source>The household file was saved to %1. It holds personal data: keep it safe and delete it when done.</source>
        <translation>The household file was saved to %1. It holds personal data: keep it safe and delete it when done.</translation>
    </message>
    <message>
        <location filename="../ui/print/summaryhtml.cpp" line="+34" />
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location line="+37" />
        <source>postal code %1</source>
        <translation>postal code %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 (rent %2 rials a month)</source>
        <translation>%1 (rent %2 rials a month)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Father's name</source>
        <translation>Father's name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location line="+1" />
        <source>National code</source>
        <translation>National code</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Nothing has been recorded yet.</source>
        <translation>Nothing has been recorded yet.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Center code %1 — %2, %3</source>
        <translation>Center code %1 — %2, %3</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Household file</source>
        <translation>Household file</translation>
    </message>
    <message>
        <location line="+3" />
        <source>File number:</source>
        <translation>File number:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Printed on:</source>
        <translation>Printed on:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Priority:</source>
        <translation>Priority:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Social worker:</source>
        <translation>Social worker:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unassigned</source>
        <translation>unassigned</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Opened on:</source>
        <translation>Opened on:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Housing:</source>
        <translation>Housing:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Head and members (%1)</source>
        <translation>Head and members (%1)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Latest events</source>
        <translation>Latest events</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Printed by %1 on %2. Confidential: this page holds personal data of the household; keep it in the file and destroy copies.</source>
        <translation>Printed by %1 on %2. Confidential: this page holds personal data of the household; keep it in the file and destroy copies.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <location filename="../models/storage/keychainsecretstore.cpp" line="+19" />
        <source>This computer's keychain does not hold the key of this store, or the keychain is locked. Unlock the keychain (sign in to the desktop again), or use the recovery code to bind the store to this computer again.</source>
        <translation>This computer's keychain does not hold the key of this store, or the keychain is locked. Unlock the keychain (sign in to the desktop again), or use the recovery code to bind the store to this computer again.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The system keychain is locked or refused access. Unlock it (sign in to the desktop again) and try once more.</source>
        <translation>The system keychain is locked or refused access. Unlock it (sign in to the desktop again) and try once more.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The system keychain is not available. Start a desktop session with a keychain, or sign in with the recovery code.</source>
        <translation>The system keychain is not available. Start a desktop session with a keychain, or sign in with the recovery code.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <location filename="../models/storage/migrations.cpp" line="+20" />
        <source>The store could not be updated (%1).</source>
        <translation>The store could not be updated (%1).</translation>
    </message>
    <message>
        <location line="+80" />
        <source>This store was written by a newer PlusLife Desk (schema %1; this program knows %2). Install the newer version; nothing was changed.</source>
        <translation>This store was written by a newer PlusLife Desk (schema %1; this program knows %2). Install the newer version; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>NeedsAssessment</name>
    <message>
        <location filename="../models/services/needsassessment.cpp" line="+32" />
        <source>dwelling in poor condition</source>
        <translation>dwelling in poor condition</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unsafe dwelling</source>
        <translation>unsafe dwelling</translation>
    </message>
    <message>
        <location line="+2" />
        <source>food sometimes short</source>
        <translation>food sometimes short</translation>
    </message>
    <message>
        <location line="+2" />
        <source>food often short</source>
        <translation>food often short</translation>
    </message>
    <message>
        <location line="+2" />
        <source>lacks basic household items</source>
        <translation>lacks basic household items</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no heating</source>
        <translation>no heating</translation>
    </message>
    <message>
        <location line="+2" />
        <source>hazards in the home</source>
        <translation>hazards in the home</translation>
    </message>
    <message>
        <location line="+2" />
        <source>signs of risk in the family</source>
        <translation>signs of risk in the family</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 members, %2 dependants</source>
        <translation>%1 members, %2 dependants</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+3" />
        <source>None recorded</source>
        <translation>None recorded</translation>
    </message>
    <message>
        <location line="+3" />
        <source>severity not assessed</source>
        <translation>severity not assessed</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 members; most severe: %2</source>
        <translation>%1 members; most severe: %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 members</source>
        <translation>%1 members</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 aged %2 or over</source>
        <translation>%1 aged %2 or over</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 under %2</source>
        <translation>%1 under %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not known (no initial interview)</source>
        <translation>Not known (no initial interview)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 rials a month per head (threshold %2)</source>
        <translation>%1 rials a month per head (threshold %2)</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+14" />
        <location line="+4" />
        <location line="+10" />
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <location line="-24" />
        <source>%1, rent %2 rials a month</source>
        <translation>%1, rent %2 rials a month</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (%2% of the income)</source>
        <translation>%1 (%2% of the income)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1; at risk of eviction</source>
        <translation>%1; at risk of eviction</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No debts</source>
        <translation>No debts</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Has debts, instalments %1 rials a month</source>
        <translation>Has debts, instalments %1 rials a month</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1; payments overdue</source>
        <translation>%1; payments overdue</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 members without health insurance</source>
        <translation>%1 members without health insurance</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No home visit reported</source>
        <translation>No home visit reported</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nothing of concern</source>
        <translation>Nothing of concern</translation>
    </message>
    <message>
        <location line="+4" />
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../models/services/needsinternal.cpp" line="+16" />
        <source>The needs assessment could not be saved.</source>
        <translation>The needs assessment could not be saved.</translation>
    </message>
    <message>
        <location filename="../models/services/needsassessment.cpp" line="+18" />
        <source>No needs rules were given.</source>
        <translation>No needs rules were given.</translation>
    </message>
    <message>
        <location line="+14" />
        <location filename="../models/services/needsranking.cpp" line="+47" />
        <location line="+78" />
        <source>The needs rules could not be loaded: %1</source>
        <translation>The needs rules could not be loaded: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Only the center manager and social workers assess needs.</source>
        <translation>Only the center manager and social workers assess needs.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The household's needs could not be read.</source>
        <translation>The household's needs could not be read.</translation>
    </message>
    <message>
        <location filename="../models/services/needsranking.cpp" line="-74" />
        <source>Only the center manager and social workers see the ranking of needs.</source>
        <translation>Only the center manager and social workers see the ranking of needs.</translation>
    </message>
    <message>
        <location line="+18" />
        <location line="+9" />
        <location line="+55" />
        <source>The ranking could not be read.</source>
        <translation>The ranking could not be read.</translation>
    </message>
    <message>
        <location filename="../models/services/needsscores.cpp" line="+140" />
        <source>Choose the band: urgent, high, medium or low.</source>
        <translation>Choose the band: urgent, high, medium or low.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give the reason for changing the band.</source>
        <translation>Give the reason for changing the band.</translation>
    </message>
    <message>
        <location filename="../models/services/needsplanitems.cpp" line="+19" />
        <source>There is no such support plan.</source>
        <translation>There is no such support plan.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This support plan is already approved or replaced; propose a new plan to change it.</source>
        <translation>This support plan is already approved or replaced; propose a new plan to change it.</translation>
    </message>
    <message>
        <location line="+64" />
        <source>There is no such service in the support plan.</source>
        <translation>There is no such service in the support plan.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Choose a service of the Behzisti service catalog.</source>
        <translation>Choose a service of the Behzisti service catalog.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>This service is already in the support plan.</source>
        <translation>This service is already in the support plan.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Only a proposed service can be accepted.</source>
        <translation>Only a proposed service can be accepted.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>This service is already removed from the plan.</source>
        <translation>This service is already removed from the plan.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Say why the service is removed from the support plan.</source>
        <translation>Say why the service is removed from the support plan.</translation>
    </message>
    <message>
        <location filename="../models/services/needsplan.cpp" line="+57" />
        <source>Arrange: %1</source>
        <translation>Arrange: %1</translation>
    </message>
    <message>
        <location line="+81" />
        <source>Only the center manager approves a support plan.</source>
        <translation>Only the center manager approves a support plan.</translation>
    </message>
</context>
<context>
    <name>NeedsRules</name>
    <message>
        <location filename="../models/domain/needsrulesnames.cpp" line="+16" />
        <source>Household size and dependants</source>
        <translation>Household size and dependants</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Female head of household</source>
        <translation>Female head of household</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Disability and its severity</source>
        <translation>Disability and its severity</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chronic illness</source>
        <translation>Chronic illness</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Elderly members</source>
        <translation>Elderly members</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Children under 6</source>
        <translation>Children under 6</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Income per head</source>
        <translation>Income per head</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Housing and rent burden</source>
        <translation>Housing and rent burden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Employment</source>
        <translation>Employment</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Debt</source>
        <translation>Debt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Health insurance</source>
        <translation>Health insurance</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What the home visit observed</source>
        <translation>What the home visit observed</translation>
    </message>
    <message>
        <location line="+8" />
        <source>female head of household</source>
        <translation>female head of household</translation>
    </message>
    <message>
        <location line="+1" />
        <source>income per head below the threshold</source>
        <translation>income per head below the threshold</translation>
    </message>
    <message>
        <location line="+2" />
        <source>income per head below half the threshold</source>
        <translation>income per head below half the threshold</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a member with a disability</source>
        <translation>a member with a disability</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a severe disability</source>
        <translation>a severe disability</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a disability whose severity is not assessed</source>
        <translation>a disability whose severity is not assessed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>chronic illness</source>
        <translation>chronic illness</translation>
    </message>
    <message>
        <location line="+1" />
        <source>an elderly member</source>
        <translation>an elderly member</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a child under 6</source>
        <translation>a child under 6</translation>
    </message>
    <message>
        <location line="+1" />
        <source>members without health insurance</source>
        <translation>members without health insurance</translation>
    </message>
    <message>
        <location line="+1" />
        <source>tenant</source>
        <translation>tenant</translation>
    </message>
    <message>
        <location line="+1" />
        <source>heavy rent burden</source>
        <translation>heavy rent burden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>risk of eviction</source>
        <translation>risk of eviction</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no earned income</source>
        <translation>no earned income</translation>
    </message>
    <message>
        <location line="+1" />
        <source>debts</source>
        <translation>debts</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not enough food</source>
        <translation>not enough food</translation>
    </message>
    <message>
        <location line="+1" />
        <source>poor or unsafe dwelling</source>
        <translation>poor or unsafe dwelling</translation>
    </message>
    <message>
        <location line="+1" />
        <source>lacks basic household items</source>
        <translation>lacks basic household items</translation>
    </message>
    <message>
        <location line="+1" />
        <source>signs of risk in the family</source>
        <translation>signs of risk in the family</translation>
    </message>
    <message>
        <location line="+1" />
        <source>home not accessible</source>
        <translation>home not accessible</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Employed with a steady income</source>
        <translation>Employed with a steady income</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Casual or seasonal work</source>
        <translation>Casual or seasonal work</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unemployed</source>
        <translation>Unemployed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unable to work</source>
        <translation>Unable to work</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Homemaker</source>
        <translation>Homemaker</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nobody earns an income</source>
        <translation>Nobody earns an income</translation>
    </message>
    <message>
        <location filename="../models/domain/needsrules.cpp" line="+36" />
        <source>The needs rules file lacks the number "%1".</source>
        <translation>The needs rules file lacks the number "%1".</translation>
    </message>
    <message>
        <location line="+12" />
        <source>In the needs rules file, "%1" must be a whole number from %2 to %3.</source>
        <translation>In the needs rules file, "%1" must be a whole number from %2 to %3.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The needs rules file lacks the section "%1".</source>
        <translation>The needs rules file lacks the section "%1".</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The needs rules file lacks the list "%1".</source>
        <translation>The needs rules file lacks the list "%1".</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The needs rules file names an unknown key "%1" in "%2".</source>
        <translation>The needs rules file names an unknown key "%1" in "%2".</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The needs rules file lacks "%1" in "%2".</source>
        <translation>The needs rules file lacks "%1" in "%2".</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The needs rules file is not valid JSON: %1 (at character %2).</source>
        <translation>The needs rules file is not valid JSON: %1 (at character %2).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The needs rules file is not a JSON object.</source>
        <translation>The needs rules file is not a JSON object.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The needs rules file has a format this version does not read.</source>
        <translation>The needs rules file has a format this version does not read.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The needs rules file lacks its version.</source>
        <translation>The needs rules file lacks its version.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The needs rules file lacks a valid effective date (effectiveFrom, yyyy-mm-dd).</source>
        <translation>The needs rules file lacks a valid effective date (effectiveFrom, yyyy-mm-dd).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>In the needs rules file, the income-per-head threshold must be more than zero rials.</source>
        <translation>In the needs rules file, the income-per-head threshold must be more than zero rials.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>In the needs rules file, the band cut-offs must rise from medium to high to urgent.</source>
        <translation>In the needs rules file, the band cut-offs must rise from medium to high to urgent.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The needs rules file names an unknown indicator "%1".</source>
        <translation>The needs rules file names an unknown indicator "%1".</translation>
    </message>
    <message>
        <location line="+26" />
        <source>In the needs rules file, the steps of "%1" are out of order.</source>
        <translation>In the needs rules file, the steps of "%1" are out of order.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>In the needs rules file, the steps of "%1" must give fewer points as the need lessens.</source>
        <translation>In the needs rules file, the steps of "%1" must give fewer points as the need lessens.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>In the needs rules file, "%1" cannot be negative.</source>
        <translation>In the needs rules file, "%1" cannot be negative.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>In the needs rules file, "%1" must be a share of the income above zero.</source>
        <translation>In the needs rules file, "%1" must be a share of the income above zero.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The weights of the needs rules file add up to %1; they must add up to 100.</source>
        <translation>The weights of the needs rules file add up to %1; they must add up to 100.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>A suggestion of the needs rules file lacks its key.</source>
        <translation>A suggestion of the needs rules file lacks its key.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The needs rules file has two suggestions named "%1".</source>
        <translation>The needs rules file has two suggestions named "%1".</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Suggestion "%1" of the needs rules file names service "%2", which is not in the service catalog.</source>
        <translation>Suggestion "%1" of the needs rules file names service "%2", which is not in the service catalog.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Suggestion "%1" of the needs rules file says nothing about when it applies.</source>
        <translation>Suggestion "%1" of the needs rules file says nothing about when it applies.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Suggestion "%1" of the needs rules file names an unknown fact "%2".</source>
        <translation>Suggestion "%1" of the needs rules file names an unknown fact "%2".</translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <location filename="../ui/common/passwordfields.cpp" line="+26" />
        <source>At least 10 characters, not all the same, not the user name.</source>
        <translation>At least 10 characters, not all the same, not the user name.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>This password is not accepted.</source>
        <translation>This password is not accepted.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>NoteService</name>
    <message>
        <location filename="../models/services/noteservice.cpp" line="+24" />
        <source>The note could not be saved.</source>
        <translation>The note could not be saved.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Write the note first.</source>
        <translation>Write the note first.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A note can be at most %1 characters long.</source>
        <translation>A note can be at most %1 characters long.</translation>
    </message>
    <message>
        <location line="+55" />
        <source>There is no such note.</source>
        <translation>There is no such note.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Only the worker who wrote a note can correct it.</source>
        <translation>Only the worker who wrote a note can correct it.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This note was already corrected; correct its latest version.</source>
        <translation>This note was already corrected; correct its latest version.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The correction does not change the note.</source>
        <translation>The correction does not change the note.</translation>
    </message>
</context>
<context>
    <name>Referral</name>
    <message>
        <location filename="../models/domain/referral.cpp" line="+18" />
        <source>Continuous pension (مستمری)</source>
        <translation>Continuous pension (مستمری)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One-off aid (کمک موردی)</source>
        <translation>One-off aid (کمک موردی)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Introduction letter</source>
        <translation>Introduction letter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Higher-level Behzisti service</source>
        <translation>Higher-level Behzisti service</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+26" />
        <source>Other agency</source>
        <translation>Other agency</translation>
    </message>
    <message>
        <location line="-19" />
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every priority refused</source>
        <translation>Every priority refused</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Behzisti</source>
        <translation>Behzisti</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Health network</source>
        <translation>Health network</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Employment</source>
        <translation>Employment</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Relief Foundation (کمیته امداد)</source>
        <translation>Relief Foundation (کمیته امداد)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Charity</source>
        <translation>Charity</translation>
    </message>
</context>
<context>
    <name>ReferralLetter</name>
    <message>
        <location filename="../ui/referrals/referralletter.cpp" line="+50" />
        <source>Introduction letter %1</source>
        <translation>Introduction letter %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>In the name of God</source>
        <translation>In the name of God</translation>
    </message>
    <message>
        <location line="+2" />
        <source>+Life service center, code %1 — %2, %3</source>
        <translation>+Life service center, code %1 — %2, %3</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Introduction letter</source>
        <translation>Introduction letter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date: %1</source>
        <translation>Date: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>File number: %1</source>
        <translation>File number: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tracking number: %1</source>
        <translation>Tracking number: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>To: %1 (%2)</source>
        <translation>To: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Greetings;</source>
        <translation>Greetings;</translation>
    </message>
    <message>
        <location line="+4" />
        <source>(Behzisti service id %1)</source>
        <translation>(Behzisti service id %1)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>With respect, %1, of household file %2 of this center, is introduced to you to receive: %3. Please provide the service as your rules allow and let this center know the result, quoting tracking number %4.</source>
        <translation>With respect, %1, of household file %2 of this center, is introduced to you to receive: %3. Please provide the service as your rules allow and let this center know the result, quoting tracking number %4.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Kind of referral</source>
        <translation>Kind of referral</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Social worker</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Center manager</source>
        <translation>Center manager</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Signature and stamp</source>
        <translation>Signature and stamp</translation>
    </message>
    <message>
        <location line="+43" />
        <source>A cancelled referral, or one every destination refused, has no letter.</source>
        <translation>A cancelled referral, or one every destination refused, has no letter.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the household</source>
        <translation>the household</translation>
    </message>
    <message>
        <location line="+32" />
        <source>The PDF could not be written to %1.</source>
        <translation>The PDF could not be written to %1.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Print introduction letter</source>
        <translation>Print introduction letter</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Save introduction letter as PDF</source>
        <translation>Save introduction letter as PDF</translation>
    </message>
    <message>
        <location line="+4" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+6" />
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location line="-5" />
        <source>The letter was saved to %1. It holds personal data: keep it safe and delete it when done.</source>
        <translation>The letter was saved to %1. It holds personal data: keep it safe and delete it when done.</translation>
    </message>
</context>
<context>
    <name>ReferralService</name>
    <message>
        <location filename="../models/services/referralservice.cpp" line="+65" />
        <source>The referral could not be saved.</source>
        <translation>The referral could not be saved.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Only a draft referral can be sent; this one is: %1.</source>
        <translation>Only a draft referral can be sent; this one is: %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only a sent referral can be accepted; this one is: %1.</source>
        <translation>Only a sent referral can be accepted; this one is: %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only a sent or accepted referral can be refused; this one is: %1.</source>
        <translation>Only a sent or accepted referral can be refused; this one is: %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only an accepted referral can be completed; this one is: %1.</source>
        <translation>Only an accepted referral can be completed; this one is: %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A referral that is closed cannot be cancelled; this one is: %1.</source>
        <translation>A referral that is closed cannot be cancelled; this one is: %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A closed referral cannot be changed; this one is: %1.</source>
        <translation>A closed referral cannot be changed; this one is: %1.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>There is no such referral.</source>
        <translation>There is no such referral.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This text can be at most %1 characters long.</source>
        <translation>This text can be at most %1 characters long.</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Choose the kind of referral.</source>
        <translation>Choose the kind of referral.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Write the service the household is referred for.</source>
        <translation>Write the service the household is referred for.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A catalog service id has 11 digits.</source>
        <translation>A catalog service id has 11 digits.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give at least one destination for the referral.</source>
        <translation>Give at least one destination for the referral.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A referral has at most three ranked destinations.</source>
        <translation>A referral has at most three ranked destinations.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Choose the kind of agency of every destination.</source>
        <translation>Choose the kind of agency of every destination.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Name the agency or unit of every destination.</source>
        <translation>Name the agency or unit of every destination.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The person referred is not a member of this household.</source>
        <translation>The person referred is not a member of this household.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Unknown origin of a referral.</source>
        <translation>Unknown origin of a referral.</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+230" />
        <source>A referral cannot be due in the past.</source>
        <translation>A referral cannot be due in the past.</translation>
    </message>
    <message>
        <location line="-182" />
        <source>Follow up referral %1</source>
        <translation>Follow up referral %1</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Give the reason the destination refused the referral.</source>
        <translation>Give the reason the destination refused the referral.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give the reason for cancelling the referral.</source>
        <translation>Give the reason for cancelling the referral.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Write the service the household was given.</source>
        <translation>Write the service the household was given.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The amount cannot be negative.</source>
        <translation>The amount cannot be negative.</translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <location filename="../ui/referrals/householdreferralspanel.cpp" line="+35" />
        <source>%1 — %2 (%3 of %4)</source>
        <translation>%1 — %2 (%3 of %4)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1, overdue</source>
        <translation>%1, overdue</translation>
    </message>
</context>
<context>
    <name>ScreeningHistory</name>
    <message>
        <location filename="../models/services/screeninghistory.cpp" line="+25" />
        <source>Refer</source>
        <translation>Refer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Follow up</source>
        <translation>Follow up</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Low risk</source>
        <translation>Low risk</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+67" />
        <source>This submission recorded no screening result.</source>
        <translation>This submission recorded no screening result.</translation>
    </message>
</context>
<context>
    <name>ScreeningOutcome</name>
    <message>
        <location filename="../forms/services/screeningoutcome.cpp" line="+26" />
        <source>The screening result could not be saved.</source>
        <translation>The screening result could not be saved.</translation>
    </message>
    <message>
        <location line="+68" />
        <source>This screening form has no result band (%1).</source>
        <translation>This screening form has no result band (%1).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The screening has no result yet; answer every question first.</source>
        <translation>The screening has no result yet; answer every question first.</translation>
    </message>
    <message>
        <location line="+58" />
        <source>%1 (positive screening: %2)</source>
        <translation>%1 (positive screening: %2)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Behzisti county office</source>
        <translation>Behzisti county office</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Screen again: %1</source>
        <translation>Screen again: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>The screening called for a follow-up: screen again after %n day(s).</source>
        <translation>
            <numerusform>The screening called for a follow-up: screen again after %n day(s).</numerusform>
            <numerusform>The screening called for a follow-up: screen again after %n day(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceCatalog</name>
    <message>
        <location filename="../models/domain/servicecatalog.cpp" line="+34" />
        <source>The service catalog is not valid JSON: %1.</source>
        <translation>The service catalog is not valid JSON: %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The service catalog has a format this version does not read.</source>
        <translation>The service catalog has a format this version does not read.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The service catalog holds an id that is not 11 digits: "%1".</source>
        <translation>The service catalog holds an id that is not 11 digits: "%1".</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The service catalog lists %1 twice.</source>
        <translation>The service catalog lists %1 twice.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Service %1 of the catalog lacks its Persian or English name.</source>
        <translation>Service %1 of the catalog lacks its Persian or English name.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The service catalog lists no service.</source>
        <translation>The service catalog lists no service.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Service %1 of the catalog names an unknown parent %2.</source>
        <translation>Service %1 of the catalog names an unknown parent %2.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../models/services/session.cpp" line="+24" />
        <source>The change could not be saved.</source>
        <translation>The change could not be saved.</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Nobody is signed in.</source>
        <translation>Nobody is signed in.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>This account is disabled. Ask the center manager.</source>
        <translation>This account is disabled. Ask the center manager.</translation>
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
        <translation>Non-disclosure agreement for the +Life center software

1. The information of clients and households held in this software is confidential. I use it only for the duties of my role at this center.
2. I do not show, copy, photograph, print or send any of it to anyone who is not entitled to it, during or after my work at the center.
3. I keep my password to myself, lock the screen when I leave the computer and sign out at the end of the day.
4. I know that every view and change of a household file is recorded under my name.
5. I report any loss of a device or any disclosure to the center manager at once.
6. A breach of this agreement is dealt with under the rules of the Welfare Organization and the law.</translation>
    </message>
    <message>
        <location line="+101" />
        <source>The idle time before locking is 1 to 120 minutes.</source>
        <translation>The idle time before locking is 1 to 120 minutes.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Only the center manager may do this.</source>
        <translation>Only the center manager may do this.</translation>
    </message>
</context>
<context>
    <name>SqlCipherDriver</name>
    <message>
        <location filename="../models/storage/sqlcipher/sqlcipherdriver.cpp" line="+115" />
        <location line="+17" />
        <source>The database is not open.</source>
        <translation>The database is not open.</translation>
    </message>
    <message>
        <location line="-3" />
        <source>The SQL script failed.</source>
        <translation>The SQL script failed.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Unable to begin transaction.</source>
        <translation>Unable to begin transaction.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Unable to commit transaction.</source>
        <translation>Unable to commit transaction.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Unable to roll back transaction.</source>
        <translation>Unable to roll back transaction.</translation>
    </message>
    <message>
        <location filename="../models/storage/sqlcipher/sqlcipherdriveropen.cpp" line="+45" />
        <source>Invalid QSQLCIPHER_BUSY_TIMEOUT value.</source>
        <translation>Invalid QSQLCIPHER_BUSY_TIMEOUT value.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Unknown connect option: %1</source>
        <translation>Unknown connect option: %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>QSQLCIPHER_CREATE and QSQLCIPHER_READONLY exclude each other.</source>
        <translation>QSQLCIPHER_CREATE and QSQLCIPHER_READONLY exclude each other.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Passwords are not accepted; set the raw key with setKey().</source>
        <translation>Passwords are not accepted; set the raw key with setKey().</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The database key must be exactly 32 bytes.</source>
        <translation>The database key must be exactly 32 bytes.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No key was set for this open; call setKey() before every open.</source>
        <translation>No key was set for this open; call setKey() before every open.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The database file does not exist.</source>
        <translation>The database file does not exist.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The database file cannot be opened.</source>
        <translation>The database file cannot be opened.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>This program needs SQLCipher; the SQLite library in use cannot encrypt.</source>
        <translation>This program needs SQLCipher; the SQLite library in use cannot encrypt.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>The database key could not be applied.</source>
        <translation>The database key could not be applied.</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+4" />
        <source>Cipher settings failed.</source>
        <translation>Cipher settings failed.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The key does not open this database.</source>
        <translation>The key does not open this database.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The file is encrypted or is not a database.</source>
        <translation>The file is encrypted or is not a database.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The database cannot be read.</source>
        <translation>The database cannot be read.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Connection settings failed.</source>
        <translation>Connection settings failed.</translation>
    </message>
</context>
<context>
    <name>SqlCipherResult</name>
    <message>
        <location filename="../models/storage/sqlcipher/sqlcipherresult.cpp" line="+85" />
        <source>Unable to execute statement.</source>
        <translation>Unable to execute statement.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The database is not open.</source>
        <translation>The database is not open.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Unable to prepare statement.</source>
        <translation>Unable to prepare statement.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The query is empty.</source>
        <translation>The query is empty.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Only one statement per query; use executeScript() for several.</source>
        <translation>Only one statement per query; use executeScript() for several.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Parameter count mismatch.</source>
        <translation>Parameter count mismatch.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Cannot store a value of type %1 (parameter %2).</source>
        <translation>Cannot store a value of type %1 (parameter %2).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Unable to bind value.</source>
        <translation>Unable to bind value.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No prepared statement to execute.</source>
        <translation>No prepared statement to execute.</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <location filename="../models/storage/storeerror.h" line="+60" />
        <source>The store is locked. Sign in first.</source>
        <translation>The store is locked. Sign in first.</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <location filename="../ui/sync/syncfieldnames.cpp" line="+16" />
        <source>National code</source>
        <translation>National code</translation>
    </message>
    <message>
        <location line="+1" />
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Father's name</source>
        <translation>Father's name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Marital status</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Disability</source>
        <translation>Disability</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Disability severity</source>
        <translation>Disability severity</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chronic illness</source>
        <translation>Chronic illness</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Insurance</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Landline</source>
        <translation>Landline</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date of death</source>
        <translation>Date of death</translation>
    </message>
    <message>
        <location line="+2" />
        <source>File number</source>
        <translation>File number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reason for the status</source>
        <translation>Reason for the status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Social worker</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location line="+1" />
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <location line="+1" />
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Neighbourhood</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Street and house</source>
        <translation>Street and house</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Housing</source>
        <translation>Housing</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Monthly rent</source>
        <translation>Monthly rent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sources of income</source>
        <translation>Sources of income</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Relation to the head</source>
        <translation>Relation to the head</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Member since</source>
        <translation>Member since</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Left on</source>
        <translation>Left on</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reason for leaving</source>
        <translation>Reason for leaving</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Planned date</source>
        <translation>Planned date</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Planned time</source>
        <translation>Planned time</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../ui/sync/synctext.cpp" line="+21" />
        <source>The central window cannot be reached. Work is kept on this computer and sent when the connection is back.</source>
        <translation>The central window cannot be reached. Work is kept on this computer and sent when the connection is back.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The central window did not answer in time; sync tries again later.</source>
        <translation>The central window did not answer in time; sync tries again later.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The central window's certificate is not trusted.</source>
        <translation>The central window's certificate is not trusted.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This computer was disconnected from the central window by its administrator; unsynced work is kept — ask your manager to export it.</source>
        <translation>This computer was disconnected from the central window by its administrator; unsynced work is kept — ask your manager to export it.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The central window speaks another version: please update PlusLife Desk.</source>
        <translation>The central window speaks another version: please update PlusLife Desk.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The central window does not recognise this computer: enrol this computer again.</source>
        <translation>The central window does not recognise this computer: enrol this computer again.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The central window was restored from a backup. This computer downloads the center's files again; unsynced work is kept.</source>
        <translation>The central window was restored from a backup. This computer downloads the center's files again; unsynced work is kept.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This computer is not connected to a central window yet.</source>
        <translation>This computer is not connected to a central window yet.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The enrolment code is unknown, already used or expired. Ask the central window's administrator for a new one.</source>
        <translation>The enrolment code is unknown, already used or expired. Ask the central window's administrator for a new one.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The files on this computer already sync with another center; they cannot be connected to this one.</source>
        <translation>The files on this computer already sync with another center; they cannot be connected to this one.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Another central window or center answers at this address, so sync has stopped. Unsynced work is kept; ask your manager.</source>
        <translation>Another central window or center answers at this address, so sync has stopped. Unsynced work is kept; ask your manager.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The sync credentials cannot be read from this computer's keychain.</source>
        <translation>The sync credentials cannot be read from this computer's keychain.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The files on this computer could not be read or written during sync; it tries again later.</source>
        <translation>The files on this computer could not be read or written during sync; it tries again later.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sync failed: %1</source>
        <translation>Sync failed: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This kind of record cannot be changed once it has been sent.</source>
        <translation>This kind of record cannot be changed once it has been sent.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The central window refused this status change (the referral has moved on there).</source>
        <translation>The central window refused this status change (the referral has moved on there).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The record belongs to another center.</source>
        <translation>The record belongs to another center.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The central window refused a value of this record.</source>
        <translation>The central window refused a value of this record.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The central window does not know this kind of record.</source>
        <translation>The central window does not know this kind of record.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>worker</source>
        <translation>worker</translation>
    </message>
    <message>
        <location line="+1" />
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <location line="+1" />
        <source>household</source>
        <translation>household</translation>
    </message>
    <message>
        <location line="+1" />
        <source>household member</source>
        <translation>household member</translation>
    </message>
    <message>
        <location line="+1" />
        <source>request</source>
        <translation>request</translation>
    </message>
    <message>
        <location line="+1" />
        <source>timeline entry</source>
        <translation>timeline entry</translation>
    </message>
    <message>
        <location line="+1" />
        <source>home visit</source>
        <translation>home visit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <location line="+1" />
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location line="+1" />
        <source>form</source>
        <translation>form</translation>
    </message>
    <message>
        <location line="+1" />
        <source>filled form</source>
        <translation>filled form</translation>
    </message>
    <message>
        <location line="+1" />
        <source>referral</source>
        <translation>referral</translation>
    </message>
    <message>
        <location line="+1" />
        <source>referral agency</source>
        <translation>referral agency</translation>
    </message>
    <message>
        <location line="+1" />
        <source>referral step</source>
        <translation>referral step</translation>
    </message>
    <message>
        <location line="+1" />
        <source>follow-up task</source>
        <translation>follow-up task</translation>
    </message>
    <message>
        <location line="+1" />
        <source>needs score</source>
        <translation>needs score</translation>
    </message>
    <message>
        <location line="+1" />
        <source>support plan</source>
        <translation>support plan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>support plan service</source>
        <translation>support plan service</translation>
    </message>
    <message>
        <location line="+1" />
        <source>screening result</source>
        <translation>screening result</translation>
    </message>
    <message>
        <location line="+1" />
        <source>national code inquiry</source>
        <translation>national code inquiry</translation>
    </message>
    <message>
        <location line="+1" />
        <source>text message</source>
        <translation>text message</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+13" />
        <source>conflict decision</source>
        <translation>conflict decision</translation>
    </message>
    <message>
        <location line="-4" />
        <source>change</source>
        <translation>change</translation>
    </message>
    <message>
        <location line="+2" />
        <source>removal</source>
        <translation>removal</translation>
    </message>
    <message>
        <location line="+9" />
        <source>waiting to be sent</source>
        <translation>waiting to be sent</translation>
    </message>
    <message>
        <location line="+2" />
        <source>refused by the central window</source>
        <translation>refused by the central window</translation>
    </message>
    <message>
        <location line="+7" />
        <source>needs your decision</source>
        <translation>needs your decision</translation>
    </message>
    <message>
        <location line="+2" />
        <source>both values kept</source>
        <translation>both values kept</translation>
    </message>
    <message>
        <location line="+2" />
        <source>merged automatically</source>
        <translation>merged automatically</translation>
    </message>
    <message>
        <location line="+2" />
        <source>removed here, changed elsewhere</source>
        <translation>removed here, changed elsewhere</translation>
    </message>
    <message>
        <location line="+7" />
        <source>An identifying detail was changed here and at another computer. The central keeps its value until you choose.</source>
        <translation>An identifying detail was changed here and at another computer. The central keeps its value until you choose.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This detail was changed here and at another computer. The central's value is in use; yours is kept until you choose.</source>
        <translation>This detail was changed here and at another computer. The central's value is in use; yours is kept until you choose.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Different details of this record were changed here and elsewhere; both changes were kept. Nothing to decide.</source>
        <translation>Different details of this record were changed here and elsewhere; both changes were kept. Nothing to decide.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This record was removed here but changed at another computer, so it was not removed.</source>
        <translation>This record was removed here but changed at another computer, so it was not removed.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Sending changes %1/%2</source>
        <translation>Sending changes %1/%2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Receiving changes %1/%2</source>
        <translation>Receiving changes %1/%2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sending a file: %1%</source>
        <translation>Sending a file: %1%</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Receiving files %1/%2</source>
        <translation>Receiving files %1/%2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Syncing %1/%2</source>
        <translation>Syncing %1/%2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>TaskService</name>
    <message>
        <location filename="../models/services/taskservice.cpp" line="+24" />
        <source>The follow-up task could not be saved.</source>
        <translation>The follow-up task could not be saved.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>This text can be at most %1 characters long.</source>
        <translation>This text can be at most %1 characters long.</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Say what has to be done.</source>
        <translation>Say what has to be done.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Choose the day the task is due.</source>
        <translation>Choose the day the task is due.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Unknown origin of a follow-up task.</source>
        <translation>Unknown origin of a follow-up task.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A follow-up task cannot be due in the past.</source>
        <translation>A follow-up task cannot be due in the past.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>There is no such worker.</source>
        <translation>There is no such worker.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Only the center manager gives tasks to other workers.</source>
        <translation>Only the center manager gives tasks to other workers.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>There is no such follow-up task.</source>
        <translation>There is no such follow-up task.</translation>
    </message>
    <message>
        <location line="+16" />
        <location line="+21" />
        <source>This task is already done or cancelled.</source>
        <translation>This task is already done or cancelled.</translation>
    </message>
    <message>
        <location line="-18" />
        <source>Write a note on what was done.</source>
        <translation>Write a note on what was done.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Give the reason for cancelling the task.</source>
        <translation>Give the reason for cancelling the task.</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../ui/tasks/householdtaskspanel.cpp" line="+30" />
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Task done</source>
        <translation>Task done</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What was done? The note stays in the file.</source>
        <translation>What was done? The note stays in the file.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../ui/household/timelinetext.cpp" line="+18" />
        <source>a former member</source>
        <translation>a former member</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The household file was opened (%1, %2 members).</source>
        <translation>The household file was opened (%1, %2 members).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A member was added: %1 (%2).</source>
        <translation>A member was added: %1 (%2).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The details of %1 were changed.</source>
        <translation>The details of %1 were changed.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 left the household.</source>
        <translation>%1 left the household.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 died.</source>
        <translation>%1 died.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 moved to another household file.</source>
        <translation>%1 moved to another household file.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 moved in from another household file.</source>
        <translation>%1 moved in from another household file.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 became the head of household.</source>
        <translation>%1 became the head of household.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The file status changed from %1 to %2.</source>
        <translation>The file status changed from %1 to %2.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A duplicate file was merged into this file.</source>
        <translation>A duplicate file was merged into this file.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This file was merged into another file as a duplicate.</source>
        <translation>This file was merged into another file as a duplicate.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Some members left this file for a new household file.</source>
        <translation>Some members left this file for a new household file.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This file was split off from another household file.</source>
        <translation>This file was split off from another household file.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is recorded as: %2.</source>
        <translation>%1 is recorded as: %2.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The file went to the unassigned queue.</source>
        <translation>The file went to the unassigned queue.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The file was assigned to %1.</source>
        <translation>The file was assigned to %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>another worker</source>
        <translation>another worker</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A home visit was planned for %1.</source>
        <translation>A home visit was planned for %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The home visit of %1 was moved.</source>
        <translation>The home visit of %1 was moved.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The home visit of %1 was cancelled.</source>
        <translation>The home visit of %1 was cancelled.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The home visit of %1 took place.</source>
        <translation>The home visit of %1 took place.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Referral %1 was written (%2).</source>
        <translation>Referral %1 was written (%2).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Referral %1 was sent to priority %2.</source>
        <translation>Referral %1 was sent to priority %2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Referral %1 was accepted by priority %2.</source>
        <translation>Referral %1 was accepted by priority %2.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Referral %1 was refused by priority %2.</source>
        <translation>Referral %1 was refused by priority %2.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Referral %1 went on to priority %2.</source>
        <translation>Referral %1 went on to priority %2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Referral %1 was refused by every priority.</source>
        <translation>Referral %1 was refused by every priority.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Referral %1 was completed.</source>
        <translation>Referral %1 was completed.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Referral %1 was cancelled.</source>
        <translation>Referral %1 was cancelled.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Referral %1 is now due on %2.</source>
        <translation>Referral %1 is now due on %2.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>A follow-up task was set for %1.</source>
        <translation>A follow-up task was set for %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A follow-up task was done.</source>
        <translation>A follow-up task was done.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A follow-up task was cancelled.</source>
        <translation>A follow-up task was cancelled.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A document was attached.</source>
        <translation>A document was attached.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A document was checked.</source>
        <translation>A document was checked.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A document was verified.</source>
        <translation>A document was verified.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Needs were assessed: score %1, %2 (rules %3).</source>
        <translation>Needs were assessed: score %1, %2 (rules %3).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The needs band was set to %1 over the computed %2: %3</source>
        <translation>The needs band was set to %1 over the computed %2: %3</translation>
    </message>
    <message>
        <location line="+11" />
        <source>A support plan was proposed with %1 services.</source>
        <translation>A support plan was proposed with %1 services.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Added to the support plan: %1.</source>
        <translation>Added to the support plan: %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Accepted in the support plan: %1.</source>
        <translation>Accepted in the support plan: %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Removed from the support plan: %1.</source>
        <translation>Removed from the support plan: %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The center manager approved the support plan.</source>
        <translation>The center manager approved the support plan.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A note was written.</source>
        <translation>A note was written.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A note was corrected.</source>
        <translation>A note was corrected.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The file was changed.</source>
        <translation>The file was changed.</translation>
    </message>
</context>
<context>
    <name>Validators</name>
    <message>
        <location filename="../models/locale/validators.cpp" line="+68" />
        <source>A national code contains only digits.</source>
        <translation>A national code contains only digits.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Enter the national code.</source>
        <translation>Enter the national code.</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+4" />
        <source>A national code has 10 digits.</source>
        <translation>A national code has 10 digits.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This national code is not valid.</source>
        <translation>This national code is not valid.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>This national code is not valid: please check the digits.</source>
        <translation>This national code is not valid: please check the digits.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>A postal code contains only digits.</source>
        <translation>A postal code contains only digits.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Enter the postal code.</source>
        <translation>Enter the postal code.</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+4" />
        <source>A postal code has 10 digits.</source>
        <translation>A postal code has 10 digits.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This postal code is not valid.</source>
        <translation>This postal code is not valid.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>A mobile number contains only digits (and + before the country code).</source>
        <translation>A mobile number contains only digits (and + before the country code).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Enter the mobile number.</source>
        <translation>Enter the mobile number.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A mobile number starts with 09 (or +98 9).</source>
        <translation>A mobile number starts with 09 (or +98 9).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A mobile number has 11 digits, starting with 09.</source>
        <translation>A mobile number has 11 digits, starting with 09.</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+11" />
        <source>Only Iranian mobile numbers (+98) are accepted.</source>
        <translation>Only Iranian mobile numbers (+98) are accepted.</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <location filename="../models/storage/vault.cpp" line="+26" />
        <source>The user name or the password is not right.</source>
        <translation>The user name or the password is not right.</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>Too many failed attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed attempts. Try again in %n second.</numerusform>
            <numerusform>Too many failed attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36" />
        <source>A store already exists in this folder; it was left as it is.</source>
        <translation>A store already exists in this folder; it was left as it is.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The data folder cannot be created.</source>
        <translation>The data folder cannot be created.</translation>
    </message>
    <message>
        <location line="+63" />
        <source>There is no store in this folder yet.</source>
        <translation>There is no store in this folder yet.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A file of the store is missing (the database or its key file). Restore from a backup; nothing was changed.</source>
        <translation>A file of the store is missing (the database or its key file). Restore from a backup; nothing was changed.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The keychain entry of this store is damaged. Sign in with the recovery code to bind it again.</source>
        <translation>The keychain entry of this store is damaged. Sign in with the recovery code to bind it again.</translation>
    </message>
    <message>
        <location line="+66" />
        <source>The recovery code is not right.</source>
        <translation>The recovery code is not right.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The store's key file is damaged. Restore it from a backup; nothing was changed.</source>
        <translation>The store's key file is damaged. Restore it from a backup; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../models/storage/vaultconnections.cpp" line="+63" />
        <source>The key file does not open this database (they do not belong together, or the database is damaged). Nothing was changed.</source>
        <translation>The key file does not open this database (they do not belong together, or the database is damaged). Nothing was changed.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The store cannot be opened: %1</source>
        <translation>The store cannot be opened: %1</translation>
    </message>
    <message>
        <location filename="../models/storage/vault.cpp" line="-144" />
        <location filename="../models/storage/vaultconnections.cpp" line="+80" />
        <source>Not enough memory to derive the keys.</source>
        <translation>Not enough memory to derive the keys.</translation>
    </message>
    <message>
        <location filename="../models/storage/vaultrekey.cpp" line="+59" />
        <source>The new key could not be applied; the store still opens with the old one.</source>
        <translation>The new key could not be applied; the store still opens with the old one.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The store is open in another program (PlusLife Desk or pluslife-admin). Close it and try again.</source>
        <translation>The store is open in another program (PlusLife Desk or pluslife-admin). Close it and try again.</translation>
    </message>
    <message>
        <location line="+71" />
        <source>A copy of the store could not be written (is the disk full?).</source>
        <translation>A copy of the store could not be written (is the disk full?).</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Neither the current nor the new key opens the store. Restore it from a backup; nothing was changed.</source>
        <translation>Neither the current nor the new key opens the store. Restore it from a backup; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>VaultFile</name>
    <message>
        <location filename="../models/storage/vaultfile.cpp" line="+44" />
        <source>The store's key file is damaged. Restore it from a backup; nothing was changed.</source>
        <translation>The store's key file is damaged. Restore it from a backup; nothing was changed.</translation>
    </message>
    <message>
        <location line="+90" />
        <source>This store was written by a newer PlusLife Desk. Install the newer version; nothing was changed.</source>
        <translation>This store was written by a newer PlusLife Desk. Install the newer version; nothing was changed.</translation>
    </message>
    <message>
        <location line="+49" />
        <source>The store's key file is missing.</source>
        <translation>The store's key file is missing.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The store's key file cannot be read: %1</source>
        <translation>The store's key file cannot be read: %1</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The store's key file could not be saved (%1). Nothing was changed.</source>
        <translation>The store's key file could not be saved (%1). Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>VisitService</name>
    <message>
        <location filename="../models/services/visitservice.cpp" line="+23" />
        <source>The visit could not be saved.</source>
        <translation>The visit could not be saved.</translation>
    </message>
    <message>
        <location line="+43" />
        <source>There is no such visit.</source>
        <translation>There is no such visit.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This visit is already done or cancelled.</source>
        <translation>This visit is already done or cancelled.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Choose the day of the visit.</source>
        <translation>Choose the day of the visit.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+17" />
        <source>A visit cannot be planned in the past.</source>
        <translation>A visit cannot be planned in the past.</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Give the reason for moving the visit.</source>
        <translation>Give the reason for moving the visit.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Give the reason for cancelling the visit.</source>
        <translation>Give the reason for cancelling the visit.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Write down what was observed during the visit.</source>
        <translation>Write down what was observed during the visit.</translation>
    </message>
</context>
<context>
    <name>VisitText</name>
    <message>
        <location filename="../ui/visits/visittext.cpp" line="+22" />
        <source>any time</source>
        <translation>any time</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Poor</source>
        <translation>Poor</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unsafe</source>
        <translation>Unsafe</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Partly</source>
        <translation>Partly</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../models/domain/worker.cpp" line="+59" />
        <source>A user name has 3 to 32 Latin letters, digits, '.', '_' or '-', and starts with a letter.</source>
        <translation>A user name has 3 to 32 Latin letters, digits, '.', '_' or '-', and starts with a letter.</translation>
    </message>
</context>
<context>
    <name>WorkerAdmin</name>
    <message>
        <location filename="../models/services/workeradmin.cpp" line="+21" />
        <source>The change could not be saved.</source>
        <translation>The change could not be saved.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>There is no such worker.</source>
        <translation>There is no such worker.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Enter the worker's full name.</source>
        <translation>Enter the worker's full name.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This user name is taken.</source>
        <translation>This user name is taken.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>You cannot disable your own account.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The center needs at least one active manager.</source>
        <translation>The center needs at least one active manager.</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Enable the account first.</source>
        <translation>Enable the account first.</translation>
    </message>
</context>
<context>
    <name>WorkerRole</name>
    <message>
        <location filename="../models/domain/worker.cpp" line="-24" />
        <source>Center manager</source>
        <translation>Center manager</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Social worker</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Part-time specialist</source>
        <translation>Part-time specialist</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reception</source>
        <translation>Reception</translation>
    </message>
</context>
<context>
    <name>WorkingCalendar</name>
    <message>
        <location filename="../models/locale/workingcalendar.cpp" line="+67" />
        <source>The working calendar file is not valid: %1: %2</source>
        <translation>The working calendar file is not valid: %1: %2</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Working day</source>
        <translation>Working day</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Half day</source>
        <translation>Half day</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Weekend</source>
        <translation>Weekend</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Official holiday</source>
        <translation>Official holiday</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The working calendar file is not valid JSON: %1 (at character %2).</source>
        <translation>The working calendar file is not valid JSON: %1 (at character %2).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the file must hold a JSON object</source>
        <translation>the file must hold a JSON object</translation>
    </message>
    <message>
        <location line="+5" />
        <source>this is not a working calendar file (format must be "%1")</source>
        <translation>this is not a working calendar file (format must be "%1")</translation>
    </message>
    <message>
        <location line="+9" />
        <source>missing or not a number</source>
        <translation>missing or not a number</translation>
    </message>
    <message>
        <location line="+4" />
        <source>version %1 is newer than this application reads (%2); update the application</source>
        <translation>version %1 is newer than this application reads (%2); update the application</translation>
    </message>
    <message>
        <location line="+18" />
        <source>"from" and "to" must be Jalali years, from &lt;= to</source>
        <translation>"from" and "to" must be Jalali years, from &lt;= to</translation>
    </message>
    <message>
        <location line="+10" />
        <source>at least one pattern is needed</source>
        <translation>at least one pattern is needed</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+112" />
        <source>"scope" is missing</source>
        <translation>"scope" is missing</translation>
    </message>
    <message>
        <location line="-107" />
        <source>"effective_from" must be a Jalali date like 1403/01/01</source>
        <translation>"effective_from" must be a Jalali date like 1403/01/01</translation>
    </message>
    <message>
        <location line="+11" />
        <source>"days"."%1" must be "working", "half_day" or "closed"</source>
        <translation>"days"."%1" must be "working", "half_day" or "closed"</translation>
    </message>
    <message>
        <location line="+11" />
        <source>a week needs at least one working day</source>
        <translation>a week needs at least one working day</translation>
    </message>
    <message>
        <location line="+8" />
        <source>a pattern with scope "national" is needed</source>
        <translation>a pattern with scope "national" is needed</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+52" />
        <source>must be a list</source>
        <translation>must be a list</translation>
    </message>
    <message>
        <location line="-43" />
        <location line="+52" />
        <source>"date" must be a valid Jalali date like 1405/01/01</source>
        <translation>"date" must be a valid Jalali date like 1405/01/01</translation>
    </message>
    <message>
        <location line="-44" />
        <source>the date is outside "covered_years"</source>
        <translation>the date is outside "covered_years"</translation>
    </message>
    <message>
        <location line="+6" />
        <source>"gregorian" does not fall on the same day as "date"</source>
        <translation>"gregorian" does not fall on the same day as "date"</translation>
    </message>
    <message>
        <location line="+10" />
        <source>"name_fa" and "name_en" are needed</source>
        <translation>"name_fa" and "name_en" are needed</translation>
    </message>
    <message>
        <location line="+6" />
        <source>"lunar" must be true or false</source>
        <translation>"lunar" must be true or false</translation>
    </message>
    <message>
        <location line="+35" />
        <source>a reason ("reason_fa" or "reason_en") is needed</source>
        <translation>a reason ("reason_fa" or "reason_en") is needed</translation>
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
        <translation>Desktop client of the Behzisti +Life service centers.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Keep the center's store in &lt;dir&gt;.</source>
        <translation>Keep the center's store in &lt;dir&gt;.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Try the app on a throwaway demo center (deleted on exit).</source>
        <translation>Try the app on a throwaway demo center (deleted on exit).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Interface language: fa (default) or en.</source>
        <translation>Interface language: fa (default) or en.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Unknown language “%1”: use fa or en.</source>
        <translation>Unknown language “%1”: use fa or en.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>--demo uses a temporary folder of its own; leave out --data-dir.</source>
        <translation>--demo uses a temporary folder of its own; leave out --data-dir.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
</context>
<context>
    <name>pluslife-admin</name>
    <message>
        <location filename="../app/admin/admincommands.cpp" line="+42" />
        <source>New password for %1: </source>
        <translation>New password for %1: </translation>
    </message>
    <message>
        <location line="+4" />
        <source>The same password again: </source>
        <translation>The same password again: </translation>
    </message>
    <message>
        <location line="+8" />
        <source>Administration of a PlusLife Desk store, for IT staff and scripted checks.
Commands: init, add-worker, check, stats, backup FILE, restore FILE, rekey, recover,
find TEXT, import-households FILE.csv, demo, reserve-file-numbers,
forms import FILE.xml, forms list,
enroll --server URL --code CODE [--ca FILE], sync [--json].
Passwords come from PLUSLIFE_PASSWORD (the --as worker), PLUSLIFE_NEW_PASSWORD (a new account) and PLUSLIFE_RECOVERY_CODE, or are asked at the terminal.</source>
        <translation>Administration of a PlusLife Desk store, for IT staff and scripted checks.
Commands: init, add-worker, check, stats, backup FILE, restore FILE, rekey, recover,
find TEXT, import-households FILE.csv, demo, reserve-file-numbers,
forms import FILE.xml, forms list,
enroll --server URL --code CODE [--ca FILE], sync [--json].
Passwords come from PLUSLIFE_PASSWORD (the --as worker), PLUSLIFE_NEW_PASSWORD (a new account) and PLUSLIFE_RECOVERY_CODE, or are asked at the terminal.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>What to do.</source>
        <translation>What to do.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The store's folder (default: the per-user data folder).</source>
        <translation>The store's folder (default: the per-user data folder).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The worker whose password opens the store.</source>
        <translation>The worker whose password opens the store.</translation>
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
        <translation>Language of the messages: fa or en.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <location line="+2" />
        <source>init: the center's code.</source>
        <translation>init: the center's code.</translation>
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
        <translation>init: the center's name.</translation>
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
        <translation>init: the province.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>init: the county.</source>
        <translation>init: the county.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>init: licensed households, 150 or 450.</source>
        <translation>init: licensed households, 150 or 450.</translation>
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
        <translation>init: the first manager's user name.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>init: the first manager's full name.</source>
        <translation>init: the first manager's full name.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>add-worker: the new user name.</source>
        <translation>add-worker: the new user name.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>add-worker: the worker's full name.</source>
        <translation>add-worker: the worker's full name.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>add-worker: manager, social-worker, specialist or reception.</source>
        <translation>add-worker: manager, social-worker, specialist or reception.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Print machine-readable JSON.</source>
        <translation>Print machine-readable JSON.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>import-households: check the list, import nothing.</source>
        <translation>import-households: check the list, import nothing.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>import-households: the manager's reason to go beyond the licensed capacity.</source>
        <translation>import-households: the manager's reason to go beyond the licensed capacity.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>REASON</source>
        <translation>REASON</translation>
    </message>
    <message>
        <location line="+2" />
        <source>demo: how many synthetic households to add.</source>
        <translation>demo: how many synthetic households to add.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>reserve-file-numbers: the block's prefix.</source>
        <translation>reserve-file-numbers: the block's prefix.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location line="+2" />
        <source>reserve-file-numbers: the first number.</source>
        <translation>reserve-file-numbers: the first number.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>reserve-file-numbers: the last number.</source>
        <translation>reserve-file-numbers: the last number.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location line="+2" />
        <source>demo: the seed (the same seed gives the same households).</source>
        <translation>demo: the seed (the same seed gives the same households).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+2" />
        <source>enroll: the central window's address (https://host:port).</source>
        <translation>enroll: the central window's address (https://host:port).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+2" />
        <source>enroll: the enrolment code the central admin issued.</source>
        <translation>enroll: the enrolment code the central admin issued.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>enroll: trust the central window's private CA from this PEM file.</source>
        <translation>enroll: trust the central window's private CA from this PEM file.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+2" />
        <source>enroll: trust only the server certificate with this SHA-256 (hex, of its DER).</source>
        <translation>enroll: trust only the server certificate with this SHA-256 (hex, of its DER).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>SHA256</source>
        <translation>SHA256</translation>
    </message>
    <message>
        <location line="+2" />
        <source>enroll: this computer's name at the central window.</source>
        <translation>enroll: this computer's name at the central window.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>restore: replace an existing store (kept aside).</source>
        <translation>restore: replace an existing store (kept aside).</translation>
    </message>
    <message>
        <location line="+63" />
        <source>Name a command; --help lists them.</source>
        <translation>Name a command; --help lists them.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>--capacity is 150 or 450.</source>
        <translation>--capacity is 150 or 450.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>init needs --center-code, --center-name, --capacity and --manager.</source>
        <translation>init needs --center-code, --center-name, --capacity and --manager.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>A store already exists in this folder; it was left as it is.</source>
        <translation>A store already exists in this folder; it was left as it is.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No password was given, or the two did not match.</source>
        <translation>No password was given, or the two did not match.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The center's store was created in %1.</source>
        <translation>The center's store was created in %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Recovery code (shown only now; write it down and keep it locked away):</source>
        <translation>Recovery code (shown only now; write it down and keep it locked away):</translation>
    </message>
    <message>
        <location filename="../app/admin/householdcommands.cpp" line="+27" />
        <source>find needs the text to look for: find TEXT</source>
        <translation>find needs the text to look for: find TEXT</translation>
    </message>
    <message numerus="yes">
        <location line="+20" />
        <source>%n file(s) found.</source>
        <translation>
            <numerusform>%n file found.</numerusform>
            <numerusform>%n files found.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10" />
        <source>import-households needs the CSV file: import-households FILE.csv</source>
        <translation>import-households needs the CSV file: import-households FILE.csv</translation>
    </message>
    <message>
        <location filename="../app/admin/formcommands.cpp" line="+21" />
        <source>forms needs import FILE.xml or list: forms import FILE.xml</source>
        <translation>forms needs import FILE.xml or list: forms import FILE.xml</translation>
    </message>
    <message>
        <location line="+6" />
        <source>forms import needs the form file: forms import FILE.xml</source>
        <translation>forms import needs the form file: forms import FILE.xml</translation>
    </message>
    <message>
        <location line="+6" />
        <location filename="../app/admin/householdcommands.cpp" line="+6" />
        <source>The file cannot be read: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Installed %1, version %2: %3</source>
        <translation>Installed %1, version %2: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+34" />
        <source>%n form(s) installed.</source>
        <translation>
            <numerusform>%n form(s) installed.</numerusform>
            <numerusform>%n form(s) installed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/householdcommands.cpp" line="+20" />
        <source>Nothing was imported: %n problem(s).</source>
        <translation>
            <numerusform>Nothing was imported: %n problem.</numerusform>
            <numerusform>Nothing was imported: %n problems.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>The list is valid: %1 households, %2 people (nothing imported: --dry-run).</source>
        <translation>The list is valid: %1 households, %2 people (nothing imported: --dry-run).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Imported %1 households, %2 people.</source>
        <translation>Imported %1 households, %2 people.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>reserve-file-numbers needs --prefix P --from N --to M (N &lt;= M).</source>
        <translation>reserve-file-numbers needs --prefix P --from N --to M (N &lt;= M).</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Reserved file numbers %1-%2 to %1-%3; %4 numbers are left in all.</source>
        <translation>Reserved file numbers %1-%2 to %1-%3; %4 numbers are left in all.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>demo needs --households N.</source>
        <translation>demo needs --households N.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Added %1 synthetic households (%2 people, %3 planned visits) in %4 s.</source>
        <translation>Added %1 synthetic households (%2 people, %3 planned visits) in %4 s.</translation>
    </message>
    <message>
        <location filename="../app/admin/storecommands.cpp" line="+48" />
        <source>This command opens the store: name the worker with --as USER.</source>
        <translation>This command opens the store: name the worker with --as USER.</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+219" />
        <source>There is no store in %1.</source>
        <translation>There is no store in %1.</translation>
    </message>
    <message>
        <location line="-215" />
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <location line="+4" />
        <source>No password: set PLUSLIFE_PASSWORD or run at a terminal.</source>
        <translation>No password: set PLUSLIFE_PASSWORD or run at a terminal.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>--role is manager, social-worker, specialist or reception.</source>
        <translation>--role is manager, social-worker, specialist or reception.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>add-worker needs --user, --name and --role.</source>
        <translation>add-worker needs --user, --name and --role.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>First password for %1: </source>
        <translation>First password for %1: </translation>
    </message>
    <message>
        <location line="+4" />
        <source>No password for the new worker: set PLUSLIFE_NEW_PASSWORD or run at a terminal.</source>
        <translation>No password for the new worker: set PLUSLIFE_NEW_PASSWORD or run at a terminal.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Worker %1 added as %2; the password must be changed at the first sign-in.</source>
        <translation>Worker %1 added as %2; the password must be changed at the first sign-in.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>ok    </source>
        <translation>ok    </translation>
    </message>
    <message>
        <location line="+1" />
        <source>FAIL  </source>
        <translation>FAIL  </translation>
    </message>
    <message>
        <location line="+8" />
        <source>database integrity</source>
        <translation>database integrity</translation>
    </message>
    <message>
        <location line="+1" />
        <source>database integrity: %1</source>
        <translation>database integrity: %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>schema version %1 of %2</source>
        <translation>schema version %1 of %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>key slots: %1 password, %2 recovery, data key generation %3</source>
        <translation>key slots: %1 password, %2 recovery, data key generation %3</translation>
    </message>
    <message>
        <location line="+46" />
        <source>store size: %1 bytes</source>
        <translation>store size: %1 bytes</translation>
    </message>
    <message>
        <location line="+10" />
        <source>backup needs the archive's file name: backup FILE</source>
        <translation>backup needs the archive's file name: backup FILE</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Backup written and checked: %1</source>
        <translation>Backup written and checked: %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>restore needs the archive's file name: restore FILE</source>
        <translation>restore needs the archive's file name: restore FILE</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The previous store was kept in %1.</source>
        <translation>The previous store was kept in %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Store restored into %1. On another computer, run 'recover' with the recovery code first.</source>
        <translation>Store restored into %1. On another computer, run 'recover' with the recovery code first.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The store has a new data key.</source>
        <translation>The store has a new data key.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Recovery code: </source>
        <translation>Recovery code: </translation>
    </message>
    <message>
        <location line="+4" />
        <source>No recovery code: set PLUSLIFE_RECOVERY_CODE or run at a terminal.</source>
        <translation>No recovery code: set PLUSLIFE_RECOVERY_CODE or run at a terminal.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This computer's keychain holds the store's key again; workers can sign in.</source>
        <translation>This computer's keychain holds the store's key again; workers can sign in.</translation>
    </message>
    <message>
        <location filename="../app/admin/synccommands.cpp" line="+37" />
        <source>The central window cannot be reached.</source>
        <translation>The central window cannot be reached.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The central window did not answer in time.</source>
        <translation>The central window did not answer in time.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The central window's certificate is not trusted; nothing was sent.</source>
        <translation>The central window's certificate is not trusted; nothing was sent.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This computer was disconnected from the central window by its administrator. Unsynced work is kept in the store.</source>
        <translation>This computer was disconnected from the central window by its administrator. Unsynced work is kept in the store.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The central window needs a newer PlusLife Desk: please update.</source>
        <translation>The central window needs a newer PlusLife Desk: please update.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The central window does not know this computer: enrol it again.</source>
        <translation>The central window does not know this computer: enrol it again.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The enrolment code is unknown, used or expired.</source>
        <translation>The enrolment code is unknown, used or expired.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This store is not connected to a central window: run enroll first.</source>
        <translation>This store is not connected to a central window: run enroll first.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sync failed (%1).</source>
        <translation>Sync failed (%1).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>enroll needs --server URL and --code CODE.</source>
        <translation>enroll needs --server URL and --code CODE.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Cannot read the CA file %1.</source>
        <translation>Cannot read the CA file %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Only a manager can connect the store to the central window.</source>
        <translation>Only a manager can connect the store to the central window.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>This store is now connected to the central window.</source>
        <translation>This store is now connected to the central window.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Operations pushed: %1; changes pulled: %2; conflicts: %3; rejected: %4.</source>
        <translation>Operations pushed: %1; changes pulled: %2; conflicts: %3; rejected: %4.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The central window was restored from a backup: this store downloaded it again and kept every unsynced change.</source>
        <translation>The central window was restored from a backup: this store downloaded it again and kept every unsynced change.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::AddWorkerDialog</name>
    <message>
        <location filename="../ui/admin/addworkerdialog.cpp" line="+29" />
        <source>Add a worker</source>
        <translation>Add a worker</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Full &amp;name:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Temporary password:</source>
        <translation>&amp;Temporary password:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Temporary password &amp;again:</source>
        <translation>Temporary password &amp;again:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Add worker</source>
        <translation>&amp;Add worker</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Enter the worker's full name.</source>
        <translation>Enter the worker's full name.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::AddressFields</name>
    <message>
        <location filename="../ui/intake/addressfields.cpp" line="+39" />
        <source>e.g. pension, day labour (separate with commas)</source>
        <translation>e.g. pension, day labour (separate with commas)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Province:</source>
        <translation>&amp;Province:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>C&amp;ounty:</source>
        <translation>C&amp;ounty:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>City or &amp;village:</source>
        <translation>City or &amp;village:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Neig&amp;hbourhood:</source>
        <translation>Neig&amp;hbourhood:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>S&amp;treet and number:</source>
        <translation>S&amp;treet and number:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Postal co&amp;de:</source>
        <translation>Postal co&amp;de:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hous&amp;ing:</source>
        <translation>Hous&amp;ing:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Monthly &amp;rent (rials):</source>
        <translation>Monthly &amp;rent (rials):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Income so&amp;urces:</source>
        <translation>Income so&amp;urces:</translation>
    </message>
    <message>
        <location line="+64" />
        <source>Write the monthly rent as a number of rials.</source>
        <translation>Write the monthly rent as a number of rials.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::AddressPanel</name>
    <message>
        <location filename="../ui/household/addresspanel.cpp" line="+22" />
        <source>Place:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Street:</source>
        <translation>Street:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Postal code:</source>
        <translation>Postal code:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Housing:</source>
        <translation>Housing:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Income sources:</source>
        <translation>Income sources:</translation>
    </message>
    <message>
        <location line="+21" />
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1, monthly rent %2 rials</source>
        <translation>%1, monthly rent %2 rials</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::BandOverrideDialog</name>
    <message>
        <location filename="../ui/needs/bandoverridedialog.cpp" line="+26" />
        <source>Change the needs band</source>
        <translation>Change the needs band</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Computed band: %1 (score %2). It stays on the file beside the band you set.</source>
        <translation>Computed band: %1 (score %2). It stays on the file beside the band you set.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Band:</source>
        <translation>&amp;Band:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Reason (required):</source>
        <translation>&amp;Reason (required):</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Set band</source>
        <translation>&amp;Set band</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Give the reason for changing the band.</source>
        <translation>Give the reason for changing the band.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::BirthDateEdit</name>
    <message>
        <location filename="../ui/intake/birthdateedit.cpp" line="+17" />
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::CancelVisitDialog</name>
    <message>
        <location filename="../ui/visits/visitchangedialogs.cpp" line="+115" />
        <source>Cancel the visit</source>
        <translation>Cancel the visit</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Reason (required):</source>
        <translation>&amp;Reason (required):</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Cancel the &amp;visit</source>
        <translation>Cancel the &amp;visit</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Give the reason for cancelling the visit.</source>
        <translation>Give the reason for cancelling the visit.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::CapacityModel</name>
    <message>
        <location filename="../ui/capacity/capacitymodel.cpp" line="+117" />
        <source>At or above the limit: new files need the manager's reason.</source>
        <translation>At or above the limit: new files need the manager's reason.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nearly full (90 % or more of the limit).</source>
        <translation>Nearly full (90 % or more of the limit).</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Social worker</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Active files</source>
        <translation>Active files</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Used</source>
        <translation>Used</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Overdue visits</source>
        <translation>Overdue visits</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::CapacityView</name>
    <message>
        <location filename="../ui/capacity/capacityview.cpp" line="+35" />
        <source>&amp;Reassign…</source>
        <translation>&amp;Reassign…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Assign &amp;unassigned…</source>
        <translation>Assign &amp;unassigned…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change &amp;limit…</source>
        <translation>Change &amp;limit…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location line="+83" />
        <source>Only the center's manager sees the capacity of the center.</source>
        <translation>Only the center's manager sees the capacity of the center.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Center: %1 of %2 licensed files in use (%3)</source>
        <translation>Center: %1 of %2 licensed files in use (%3)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 — full: new files need the manager's reason.</source>
        <translation>%1 — full: new files need the manager's reason.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 — nearly full.</source>
        <translation>%1 — nearly full.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Unassigned files: %1</source>
        <translation>Unassigned files: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Overdue visits: %1</source>
        <translation>Overdue visits: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+41" />
        <source>%n file(s) moved to %1.</source>
        <translation>
            <numerusform>%n file moved to %1.</numerusform>
            <numerusform>%n files moved to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18" />
        <source>Caseload limit</source>
        <translation>Caseload limit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Most active files %1 may carry:</source>
        <translation>Most active files %1 may carry:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The limit of %1 is now %2 files.</source>
        <translation>The limit of %1 is now %2 files.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::CaseloadModel</name>
    <message>
        <location filename="../ui/caseload/caseloadmodel.cpp" line="+45" />
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location line="+20" />
        <source>National code %1</source>
        <translation>National code %1</translation>
    </message>
    <message>
        <location line="+28" />
        <source>File number</source>
        <translation>File number</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Social worker</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Members</source>
        <translation>Members</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::CaseloadPage</name>
    <message>
        <location filename="../ui/caseload/caseloadpage.cpp" line="+43" />
        <source>&amp;Visit due</source>
        <translation>&amp;Visit due</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;New request…</source>
        <translation>&amp;New request…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Walk-in question…</source>
        <translation>&amp;Walk-in question…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Search by name, national code, file number or mobile</source>
        <translation>Search by name, national code, file number or mobile</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Any priority</source>
        <translation>Any priority</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Only files with a home visit due this week or overdue</source>
        <translation>Only files with a home visit due this week or overdue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location line="+76" />
        <source>All files</source>
        <translation>All files</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+9" />
        <source>Unassigned files</source>
        <translation>Unassigned files</translation>
    </message>
    <message>
        <location line="-6" />
        <source>Files of %1</source>
        <translation>Files of %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>My files and unassigned</source>
        <translation>My files and unassigned</translation>
    </message>
    <message>
        <location line="+1" />
        <source>My files</source>
        <translation>My files</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Files referred to you will be listed here.</source>
        <translation>Files referred to you will be listed here.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type a name, national code, file number or mobile to find a file.</source>
        <translation>Type a name, national code, file number or mobile to find a file.</translation>
    </message>
    <message numerus="yes">
        <location line="+30" />
        <source>First %Ln household file(s); type more to narrow</source>
        <translation>
            <numerusform>First %Ln household file; type more to narrow</numerusform>
            <numerusform>First %Ln household files; type more to narrow</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln household file(s)</source>
        <translation>
            <numerusform>%Ln household file</numerusform>
            <numerusform>%Ln household files</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14" />
        <source>Your role does not open household files. The file's social worker or the center manager can open it.</source>
        <translation>Your role does not open household files. The file's social worker or the center manager can open it.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::CenterFields</name>
    <message>
        <location filename="../ui/setup/centerfields.cpp" line="+25" />
        <source>The center's code in the +Life system, as Behzisti issued it.</source>
        <translation>The center's code in the +Life system, as Behzisti issued it.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Choose or type the province</source>
        <translation>Choose or type the province</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Full center: %1 household files</source>
        <translation>Full center: %1 household files</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Small center: %1 household files</source>
        <translation>Small center: %1 household files</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Center &amp;code:</source>
        <translation>Center &amp;code:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Center &amp;name:</source>
        <translation>Center &amp;name:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Province:</source>
        <translation>&amp;Province:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>C&amp;ounty:</source>
        <translation>C&amp;ounty:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Licensed c&amp;apacity:</source>
        <translation>Licensed c&amp;apacity:</translation>
    </message>
    <message>
        <location line="+32" />
        <source>%1 household files</source>
        <translation>%1 household files</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::CenterPage</name>
    <message>
        <location filename="../ui/setup/centerpage.cpp" line="+19" />
        <source>Your +Life center</source>
        <translation>Your +Life center</translation>
    </message>
    <message>
        <location line="+1" />
        <source>As it appears on the center's licence. The manager can change these details later.</source>
        <translation>As it appears on the center's licence. The manager can change these details later.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::CenterSettingsDialog</name>
    <message>
        <location filename="../ui/admin/centersettingsdialog.cpp" line="+26" />
        <source>Center settings</source>
        <translation>Center settings</translation>
    </message>
    <message>
        <location line="+5" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The center</source>
        <translation>The center</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Lock the desk after this much time without use:</source>
        <translation>&amp;Lock the desk after this much time without use:</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::ChangePasswordDialog</name>
    <message>
        <location filename="../ui/signin/changepassworddialog.cpp" line="+27" />
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The manager set a temporary password for you. Choose your own password before you go on.</source>
        <translation>The manager set a temporary password for you. Choose your own password before you go on.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose a new password of at least 10 characters.</source>
        <translation>Choose a new password of at least 10 characters.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Temporary password:</source>
        <translation>&amp;Temporary password:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Current password:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New password &amp;again:</source>
        <translation>New password &amp;again:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Change password</source>
        <translation>&amp;Change password</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Sign out</source>
        <translation>&amp;Sign out</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::ConflictInboxDialog</name>
    <message>
        <location filename="../ui/sync/conflictinboxdialog.cpp" line="+41" />
        <source>No conflicts wait for you.</source>
        <translation>No conflicts wait for you.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keep &amp;mine</source>
        <translation>Keep &amp;mine</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep &amp;theirs</source>
        <translation>Keep &amp;theirs</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Acknowledge</source>
        <translation>&amp;Acknowledge</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Central window</source>
        <translation>Central window</translation>
    </message>
    <message>
        <location line="+64" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+89" />
        <source>The conflict could not be marked as seen.</source>
        <translation>The conflict could not be marked as seen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Marked as seen.</source>
        <translation>Marked as seen.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>This conflict is no longer open for you.</source>
        <translation>This conflict is no longer open for you.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The decision could not be saved.</source>
        <translation>The decision could not be saved.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Saved; the central window gets the decision at the next sync.</source>
        <translation>Saved; the central window gets the decision at the next sync.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::ConflictValueDialog</name>
    <message>
        <location filename="../ui/sync/conflictvaluedialog.cpp" line="+45" />
        <source>Choose another value</source>
        <translation>Choose another value</translation>
    </message>
    <message>
        <location line="+20" />
        <source>&amp;Use this value</source>
        <translation>&amp;Use this value</translation>
    </message>
    <message>
        <location line="+20" />
        <location line="+11" />
        <source>Type a number.</source>
        <translation>Type a number.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::DocumentPreview</name>
    <message>
        <location filename="../ui/documents/documentpreview.cpp" line="+21" />
        <source>Open copy…</source>
        <translation>Open copy…</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Saves a decrypted copy to a folder you choose and opens it. The copy is recorded in the audit log.</source>
        <translation>Saves a decrypted copy to a folder you choose and opens it. The copy is recorded in the audit log.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Select an attached document and press Preview.</source>
        <translation>Select an attached document and press Preview.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>This document cannot be shown here. Use Open copy…</source>
        <translation>This document cannot be shown here. Use Open copy…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1
Added by %2 on %3</source>
        <translation>%1
Added by %2 on %3</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::DocumentsPanel</name>
    <message>
        <location filename="../ui/documents/documentspanel.cpp" line="+54" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+0" />
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <location line="+0" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+0" />
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Request &amp;type:</source>
        <translation>Request &amp;type:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Attach…</source>
        <translation>&amp;Attach…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mark &amp;checked</source>
        <translation>Mark &amp;checked</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mark &amp;verified</source>
        <translation>Mark &amp;verified</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Attach a scan or photo (PDF, JPEG, PNG or TIFF) to the selected line. You can also drop files onto this panel.</source>
        <translation>Attach a scan or photo (PDF, JPEG, PNG or TIFF) to the selected line. You can also drop files onto this panel.</translation>
    </message>
    <message>
        <location line="+123" />
        <source>Select the line of the checklist this document belongs to.</source>
        <translation>Select the line of the checklist this document belongs to.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Attach documents</source>
        <translation>Attach documents</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scans and photos (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Scans and photos (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Save a decrypted copy in</source>
        <translation>Save a decrypted copy in</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::EnrolDialog</name>
    <message>
        <location filename="../ui/sync/enroldialog.cpp" line="+54" />
        <source>Trust this CA &amp;file…</source>
        <translation>Trust this CA &amp;file…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Connect to the central window</source>
        <translation>Connect to the central window</translation>
    </message>
    <message>
        <location line="+9" />
        <source>or the SHA-256 of its certificate</source>
        <translation>or the SHA-256 of its certificate</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Address of the central window:</source>
        <translation>Address of the central window:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enrolment code:</source>
        <translation>Enrolment code:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Certificate authority:</source>
        <translation>Certificate authority:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Certificate fingerprint:</source>
        <translation>Certificate fingerprint:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name of this computer:</source>
        <translation>Name of this computer:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Ask the central window's administrator for an enrolment code and for the certificate to trust. The code works once.</source>
        <translation>Ask the central window's administrator for an enrolment code and for the certificate to trust. The code works once.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Type the address of the central window.</source>
        <translation>Type the address of the central window.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The address starts with https:// (for example https://central.example:8443).</source>
        <translation>The address starts with https:// (for example https://central.example:8443).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type the enrolment code the central window's administrator gave you.</source>
        <translation>Type the enrolment code the central window's administrator gave you.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Trust either a CA file or a certificate fingerprint, not both.</source>
        <translation>Trust either a CA file or a certificate fingerprint, not both.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The CA file cannot be read.</source>
        <translation>The CA file cannot be read.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A certificate fingerprint is 64 hexadecimal characters (SHA-256).</source>
        <translation>A certificate fingerprint is 64 hexadecimal characters (SHA-256).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Certificate authority of the central window</source>
        <translation>Certificate authority of the central window</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Connecting to the central window…</source>
        <translation>Connecting to the central window…</translation>
    </message>
    <message>
        <location line="+23" />
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This computer is connected to the central window. The center's files are downloaded at the first sync, which starts now.</source>
        <translation>This computer is connected to the central window. The center's files are downloaded at the first sync, which starts now.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::FormDateEdit</name>
    <message>
        <location filename="../ui/forms/formeditors.cpp" line="+44" />
        <source>No date</source>
        <translation>No date</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::FormField</name>
    <message>
        <location filename="../ui/forms/formfieldeditors.cpp" line="+147" />
        <source>Choose an image…</source>
        <translation>Choose an image…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Choose a file…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <location filename="../ui/forms/formfieldanswers.cpp" line="+78" />
        <location filename="../ui/forms/formfieldeditors.cpp" line="+10" />
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <location filename="../ui/forms/formfieldeditors.cpp" line="+56" />
        <source>Choose…</source>
        <translation>Choose…</translation>
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
        <translation>Required</translation>
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
        <translation>No file chosen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::FormFillDialog</name>
    <message>
        <location filename="../ui/forms/formfilldialog.cpp" line="+24" />
        <source>&amp;Save draft</source>
        <translation>&amp;Save draft</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;ubmit</source>
        <translation>S&amp;ubmit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Draft saved at %1.</source>
        <translation>Draft saved at %1.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Some answers are missing or not valid: the first one is selected.</source>
        <translation>Some answers are missing or not valid: the first one is selected.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::FormTimeEdit</name>
    <message>
        <location filename="../ui/forms/formeditors.cpp" line="+81" />
        <source>No time</source>
        <translation>No time</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::FormView</name>
    <message>
        <location filename="../ui/forms/formview.cpp" line="+30" />
        <source>&amp;Previous</source>
        <translation>&amp;Previous</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location line="+31" />
        <location filename="../ui/forms/formviewbuild.cpp" line="+178" />
        <location filename="../ui/forms/formviewchanges.cpp" line="+141" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove “%1” and all its answers?</source>
        <translation>Remove “%1” and all its answers?</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose a file to attach</source>
        <translation>Choose a file to attach</translation>
    </message>
    <message>
        <location line="+108" />
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location filename="../ui/forms/formviewbuild.cpp" line="-19" />
        <source>Item %1</source>
        <comment>a repeat instance without a label</comment>
        <translation>Item %1</translation>
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
        <translation>Remove %1</translation>
    </message>
    <message>
        <location line="+10" />
        <location filename="../ui/forms/formviewchanges.cpp" line="-23" />
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add %1</source>
        <comment>add a repeat instance: the repeat's label</comment>
        <translation>Add %1</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::HomePage</name>
    <message>
        <location filename="../ui/main/homepage.cpp" line="+52" />
        <source>The center</source>
        <translation>The center</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Province and county:</source>
        <translation>Province and county:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Licensed capacity:</source>
        <translation>Licensed capacity:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>File numbers:</source>
        <translation>File numbers:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Workers:</source>
        <translation>Workers:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Automatic lock:</source>
        <translation>Automatic lock:</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Welcome, %1</source>
        <translation>Welcome, %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Signed in as %1 (%2)</source>
        <translation>Signed in as %1 (%2)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Today is %1</source>
        <translation>Today is %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 of %2 household files in use</source>
        <translation>%1 of %2 household files in use</translation>
    </message>
    <message>
        <location line="+5" />
        <source>only %1 left in the reserved blocks: ask for a new block</source>
        <translation>only %1 left in the reserved blocks: ask for a new block</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 left in the reserved blocks</source>
        <translation>%1 left in the reserved blocks</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1 active (%2 accounts in all)</source>
        <translation>%1 active (%2 accounts in all)</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>after %Ln minute(s) without use</source>
        <translation>
            <numerusform>after %Ln minute without use</numerusform>
            <numerusform>after %Ln minutes without use</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pluslife::ui::HouseholdFileView</name>
    <message>
        <location filename="../ui/household/householdfileview.cpp" line="+61" />
        <source>&amp;Back to the caseload</source>
        <translation>&amp;Back to the caseload</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change &amp;status…</source>
        <translation>Change &amp;status…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Merge a duplicate…</source>
        <translation>&amp;Merge a duplicate…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;plit…</source>
        <translation>S&amp;plit…</translation>
    </message>
    <message>
        <location line="+20" />
        <source>&amp;Members</source>
        <translation>&amp;Members</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Timeline</source>
        <translation>&amp;Timeline</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Address and housing</source>
        <translation>&amp;Address and housing</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Visits</source>
        <translation>&amp;Visits</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Forms</source>
        <translation>&amp;Forms</translation>
    </message>
    <message>
        <location line="+7" />
        <source>N&amp;eeds</source>
        <translation>N&amp;eeds</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The needs assessment was updated.</source>
        <translation>The needs assessment was updated.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Re&amp;ferrals</source>
        <translation>Re&amp;ferrals</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The referral was updated.</source>
        <translation>The referral was updated.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Follow-up &amp;tasks</source>
        <translation>Follow-up &amp;tasks</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The follow-up tasks were updated.</source>
        <translation>The follow-up tasks were updated.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The form was submitted.</source>
        <translation>The form was submitted.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <location line="+57" />
        <source>File %1 — %2</source>
        <translation>File %1 — %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Social worker: unassigned</source>
        <translation>Social worker: unassigned</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Social worker: %1</source>
        <translation>Social worker: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>another worker</source>
        <translation>another worker</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Priority: not assessed yet</source>
        <translation>Priority: not assessed yet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Priority: %1</source>
        <translation>Priority: %1</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The file status was changed.</source>
        <translation>The file status was changed.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The duplicate file was merged into this file.</source>
        <translation>The duplicate file was merged into this file.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>A new household file was opened: %1.</source>
        <translation>A new household file was opened: %1.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::HouseholdFormsPanel</name>
    <message>
        <location filename="../ui/forms/householdformspanel.cpp" line="+57" />
        <source>&amp;Fill in…</source>
        <translation>&amp;Fill in…</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+4" />
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location line="-4" />
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Last saved</source>
        <translation>Last saved</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Resume…</source>
        <translation>&amp;Resume…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Throw away…</source>
        <translation>&amp;Throw away…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location line="+0" />
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+0" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;View…</source>
        <translation>&amp;View…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Correct…</source>
        <translation>&amp;Correct…</translation>
    </message>
    <message>
        <location line="+11" />
        <source>F&amp;orm:</source>
        <translation>F&amp;orm:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Drafts</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Submitted forms</source>
        <translation>Submitted forms</translation>
    </message>
    <message>
        <location line="+34" />
        <source> (activity %1)</source>
        <translation> (activity %1)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Corrected later</source>
        <translation>Corrected later</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Current</source>
        <translation>Current</translation>
    </message>
    <message>
        <location line="+65" />
        <source>Throw away the draft</source>
        <translation>Throw away the draft</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Throw away this draft and every answer in it? This cannot be undone.</source>
        <translation>Throw away this draft and every answer in it? This cannot be undone.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>%1 — submitted %2 by %3</source>
        <translation>%1 — submitted %2 by %3</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::HouseholdReferralsPanel</name>
    <message>
        <location filename="../ui/referrals/householdreferralspanel.cpp" line="+35" />
        <source>&amp;New referral…</source>
        <translation>&amp;New referral…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Accepted</source>
        <translation>&amp;Accepted</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Refused…</source>
        <translation>&amp;Refused…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>C&amp;ompleted…</source>
        <translation>C&amp;ompleted…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Cancel referral…</source>
        <translation>&amp;Cancel referral…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Print letter…</source>
        <translation>&amp;Print letter…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Letter as P&amp;DF…</source>
        <translation>Letter as P&amp;DF…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Tracking number</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Requested service</source>
        <translation>Requested service</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location line="+0" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+30" />
        <source>History of the selected referral:</source>
        <translation>History of the selected referral:</translation>
    </message>
    <message>
        <location line="+103" />
        <source>%1: %2 (priority %3)</source>
        <translation>%1: %2 (priority %3)</translation>
    </message>
    <message>
        <location line="+4" />
        <source> — reason: %1</source>
        <translation> — reason: %1</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The referral was saved as a draft, with a follow-up task.</source>
        <translation>The referral was saved as a draft, with a follow-up task.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The referral was sent.</source>
        <translation>The referral was sent.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The referral was accepted.</source>
        <translation>The referral was accepted.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Referral refused</source>
        <translation>Referral refused</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Why did %1 refuse the referral? The next priority, if any, receives it.</source>
        <translation>Why did %1 refuse the referral? The next priority, if any, receives it.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Record the refusal</source>
        <translation>&amp;Record the refusal</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The refusal was recorded.</source>
        <translation>The refusal was recorded.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The referral was completed.</source>
        <translation>The referral was completed.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Cancel the referral</source>
        <translation>Cancel the referral</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Why is the referral cancelled?</source>
        <translation>Why is the referral cancelled?</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel the &amp;referral</source>
        <translation>Cancel the &amp;referral</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The referral was cancelled.</source>
        <translation>The referral was cancelled.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::HouseholdTasksPanel</name>
    <message>
        <location filename="../ui/tasks/householdtaskspanel.cpp" line="+34" />
        <source>&amp;Add task</source>
        <translation>&amp;Add task</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Done…</source>
        <translation>&amp;Done…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Cancel task…</source>
        <translation>&amp;Cancel task…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>What has to be done</source>
        <translation>What has to be done</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Made by</source>
        <translation>Made by</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Note or reason</source>
        <translation>Note or reason</translation>
    </message>
    <message>
        <location line="+10" />
        <source>New &amp;task:</source>
        <translation>New &amp;task:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>due</source>
        <translation>due</translation>
    </message>
    <message>
        <location line="+89" />
        <source>The task was added.</source>
        <translation>The task was added.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The task is done.</source>
        <translation>The task is done.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Cancel the task</source>
        <translation>Cancel the task</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Why is the task no longer needed?</source>
        <translation>Why is the task no longer needed?</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel the &amp;task</source>
        <translation>Cancel the &amp;task</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The task was cancelled.</source>
        <translation>The task was cancelled.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::HouseholdVisitsPanel</name>
    <message>
        <location filename="../ui/visits/householdvisitspanel.cpp" line="+41" />
        <source>&amp;Schedule…</source>
        <translation>&amp;Schedule…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Note or reason</source>
        <translation>Note or reason</translation>
    </message>
    <message>
        <location line="+51" />
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The visit was scheduled.</source>
        <translation>The visit was scheduled.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::ImportDialog</name>
    <message>
        <location filename="../ui/intake/importdialog.cpp" line="+29" />
        <source>&amp;Check the list</source>
        <translation>&amp;Check the list</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Import the county office's list</source>
        <translation>Import the county office's list</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only when the list goes beyond the licensed capacity</source>
        <translation>Only when the list goes beyond the licensed capacity</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>CSV &amp;file:</source>
        <translation>CSV &amp;file:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Capacity &amp;override reason:</source>
        <translation>Capacity &amp;override reason:</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The county office's list</source>
        <translation>The county office's list</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The file cannot be read: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+14" />
        <source>Nothing can be imported until the %n problem(s) below are fixed.</source>
        <translation>
            <numerusform>Nothing can be imported until the %n problem below is fixed.</numerusform>
            <numerusform>Nothing can be imported until the %n problems below are fixed.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>Imported %1 households with %2 people.</source>
        <translation>Imported %1 households with %2 people.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The list is valid: %1 households with %2 people. Press Import.</source>
        <translation>The list is valid: %1 households with %2 people. Press Import.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::InquiryDialog</name>
    <message>
        <location filename="../ui/intake/inquirydialog.cpp" line="+29" />
        <source>A question from a walk-in</source>
        <translation>A question from a walk-in</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A name, or how the person described themselves</source>
        <translation>A name, or how the person described themselves</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The question came &amp;by:</source>
        <translation>The question came &amp;by:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>W&amp;ho asked:</source>
        <translation>W&amp;ho asked:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;What was asked:</source>
        <translation>&amp;What was asked:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What was a&amp;nswered:</source>
        <translation>What was a&amp;nswered:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Log the question</source>
        <translation>&amp;Log the question</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::IntakeDialog</name>
    <message>
        <location filename="../ui/intake/intakedialog.cpp" line="+61" />
        <source>&amp;Open the file</source>
        <translation>&amp;Open the file</translation>
    </message>
    <message>
        <location line="+3" />
        <source>New request and household file</source>
        <translation>New request and household file</translation>
    </message>
    <message>
        <location line="+13" />
        <source>10 digits</source>
        <translation>10 digits</translation>
    </message>
    <message>
        <location line="+5" />
        <source>National &amp;code of the head:</source>
        <translation>National &amp;code of the head:</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The request came &amp;by:</source>
        <translation>The request came &amp;by:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;What was asked:</source>
        <translation>&amp;What was asked:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Who is asking</source>
        <translation>Who is asking</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other members of the household</source>
        <translation>Other members of the household</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Address and housing</source>
        <translation>Address and housing</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The request</source>
        <translation>The request</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The household file is open. Its file number:</source>
        <translation>The household file is open. Its file number:</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Open the &amp;file</source>
        <translation>Open the &amp;file</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../ui/intake/intakesave.cpp" line="+38" />
        <source>New person: not in the center's files yet.</source>
        <translation>New person: not in the center's files yet.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Already known: %1, member of household file %2.</source>
        <translation>Already known: %1, member of household file %2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Already known: %1 (in no household file now).</source>
        <translation>Already known: %1 (in no household file now).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Enter the national code of the head of household.</source>
        <translation>Enter the national code of the head of household.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>no national code</source>
        <translation>no national code</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (national code %2) has the same name and birth date as %3. Check that this is not the same person.</source>
        <translation>%1 (national code %2) has the same name and birth date as %3. Check that this is not the same person.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>&amp;Open the file anyway</source>
        <translation>&amp;Open the file anyway</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::IntakeMembersTable</name>
    <message>
        <location filename="../ui/intake/intakememberstable.cpp" line="+33" />
        <source>National code</source>
        <translation>National code</translation>
    </message>
    <message>
        <location line="+0" />
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Add a &amp;member row</source>
        <translation>Add a &amp;member row</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove the row</source>
        <translation>Remove the row</translation>
    </message>
    <message>
        <location line="+89" />
        <source>Member %1: %2</source>
        <translation>Member %1: %2</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::LockScreen</name>
    <message>
        <location filename="../ui/lock/lockscreen.cpp" line="+30" />
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sign in as &amp;someone else</source>
        <translation>Sign in as &amp;someone else</translation>
    </message>
    <message>
        <location line="+4" />
        <source>PlusLife Desk is locked</source>
        <translation>PlusLife Desk is locked</translation>
    </message>
    <message>
        <location line="+50" />
        <source>%1 (%2) was working here. Enter the password to go on.</source>
        <translation>%1 (%2) was working here. Enter the password to go on.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::LockoutCountdown</name>
    <message>
        <location filename="../ui/common/lockoutcountdown.cpp" line="+51" />
        <source>Too many failed attempts. You can try again in %1.</source>
        <translation>Too many failed attempts. You can try again in %1.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::MainWindow</name>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="+70" />
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Change password…</source>
        <translation>&amp;Change password…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Capacity and assignment…</source>
        <translation>&amp;Capacity and assignment…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Workers…</source>
        <translation>&amp;Workers…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Center &amp;settings…</source>
        <translation>Center &amp;settings…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;About PlusLife Desk</source>
        <translation>&amp;About PlusLife Desk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Caseload</source>
        <translation>&amp;Caseload</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;New request…</source>
        <translation>&amp;New request…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Walk-in question…</source>
        <translation>&amp;Walk-in question…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Import the county office's list…</source>
        <translation>&amp;Import the county office's list…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Home &amp;visits…</source>
        <translation>Home &amp;visits…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Center &amp;panel</source>
        <translation>Center &amp;panel</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Screening campaign…</source>
        <translation>&amp;Screening campaign…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Households by &amp;need…</source>
        <translation>Households by &amp;need…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>My &amp;referrals…</source>
        <translation>My &amp;referrals…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>My follow-up &amp;tasks…</source>
        <translation>My follow-up &amp;tasks…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Desk</source>
        <translation>&amp;Desk</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Households</source>
        <translation>&amp;Households</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Center</source>
        <translation>&amp;Center</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+26" />
        <source>My referrals</source>
        <translation>My referrals</translation>
    </message>
    <message>
        <location line="+8" />
        <source>My follow-up tasks</source>
        <translation>My follow-up tasks</translation>
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
        <translation>Center %1</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Households by need</source>
        <translation>Households by need</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Home visits</source>
        <translation>Home visits</translation>
    </message>
    <message>
        <location line="+42" />
        <source>About PlusLife Desk</source>
        <translation>About PlusLife Desk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;h3&gt;PlusLife Desk %1&lt;/h3&gt;&lt;p&gt;The desktop client of the +Life service centers of the State Welfare Organization of Iran (Behzisti).&lt;/p&gt;&lt;p&gt;The center's files are kept encrypted on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PlusLife Desk %1&lt;/h3&gt;&lt;p&gt;The desktop client of the +Life service centers of the State Welfare Organization of Iran (Behzisti).&lt;/p&gt;&lt;p&gt;The center's files are kept encrypted on this computer.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::ManagerPage</name>
    <message>
        <location filename="../ui/setup/managerpage.cpp" line="+28" />
        <source>The center manager</source>
        <translation>The center manager</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The first account: the manager adds the other workers after signing in.</source>
        <translation>The first account: the manager adds the other workers after signing in.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Create center</source>
        <translation>&amp;Create center</translation>
    </message>
    <message>
        <location line="+5" />
        <source>3 to 32 Latin letters, digits, '.', '_' or '-', starting with a letter.</source>
        <translation>3 to 32 Latin letters, digits, '.', '_' or '-', starting with a letter.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Full &amp;name:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Password &amp;again:</source>
        <translation>Password &amp;again:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose a password of at least 10 characters that only you know. Nobody, not even Behzisti, can read the center's files without a worker's password or the recovery code.</source>
        <translation>Choose a password of at least 10 characters that only you know. Nobody, not even Behzisti, can read the center's files without a worker's password or the recovery code.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Enter the manager's full name.</source>
        <translation>Enter the manager's full name.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::MemberLeftDialog</name>
    <message>
        <location filename="../ui/household/filedialogs.cpp" line="+40" />
        <source>A member leaves the household</source>
        <translation>A member leaves the household</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Left the household</source>
        <translation>Left the household</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Died</source>
        <translation>Died</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;What happened:</source>
        <translation>&amp;What happened:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;On:</source>
        <translation>&amp;On:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::MembersTab</name>
    <message>
        <location filename="../ui/household/memberstab.cpp" line="+32" />
        <source>&amp;Add a member…</source>
        <translation>&amp;Add a member…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Left or died…</source>
        <translation>&amp;Left or died…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make &amp;head</source>
        <translation>Make &amp;head</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Screening…</source>
        <translation>&amp;Screening…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location line="+0" />
        <source>National code</source>
        <translation>National code</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location line="+90" />
        <source>Screening: %1</source>
        <translation>Screening: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The screening was recorded.</source>
        <translation>The screening was recorded.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The member was added.</source>
        <translation>The member was added.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The details were saved.</source>
        <translation>The details were saved.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The change was recorded.</source>
        <translation>The change was recorded.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is now the head of household.</source>
        <translation>%1 is now the head of household.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::MergeDialog</name>
    <message>
        <location filename="../ui/household/mergedialog.cpp" line="+29" />
        <source>Merge a duplicate file</source>
        <translation>Merge a duplicate file</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The duplicate file is closed and its members join file %1.</source>
        <translation>The duplicate file is closed and its members join file %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;File number of the duplicate:</source>
        <translation>&amp;File number of the duplicate:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Merge</source>
        <translation>&amp;Merge</translation>
    </message>
    <message numerus="yes">
        <location line="+24" />
        <source>%1, %Ln member(s)</source>
        <translation>
            <numerusform>%1, %Ln member</numerusform>
            <numerusform>%1, %Ln members</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>No other file has this number.</source>
        <translation>No other file has this number.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Type the file number of the duplicate file.</source>
        <translation>Type the file number of the duplicate file.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::MyDraftsList</name>
    <message>
        <location filename="../ui/forms/mydraftslist.cpp" line="+18" />
        <location line="+39" />
        <source>My drafts</source>
        <translation>My drafts</translation>
    </message>
    <message>
        <location line="-20" />
        <source>%1 — saved %2 %3</source>
        <translation>%1 — saved %2 %3</translation>
    </message>
    <message>
        <location line="+7" />
        <source>No form is waiting to be finished.</source>
        <translation>No form is waiting to be finished.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::MyReferralsPage</name>
    <message>
        <location filename="../ui/referrals/myreferralspage.cpp" line="+48" />
        <source>My open referrals</source>
        <translation>My open referrals</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Overdue referrals</source>
        <translation>Overdue referrals</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+0" />
        <source>File number</source>
        <translation>File number</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Tracking number</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location line="+0" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::MyTasksPage</name>
    <message>
        <location filename="../ui/tasks/mytaskspage.cpp" line="+38" />
        <source>&amp;Done…</source>
        <translation>&amp;Done…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+0" />
        <source>File number</source>
        <translation>File number</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+69" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The task is done.</source>
        <translation>The task is done.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::NdaDialog</name>
    <message>
        <location filename="../ui/signin/ndadialog.cpp" line="+23" />
        <source>Non-disclosure agreement</source>
        <translation>Non-disclosure agreement</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1, before you open the center's files, read and accept the agreement below.</source>
        <translation>%1, before you open the center's files, read and accept the agreement below.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>I &amp;accept</source>
        <translation>I &amp;accept</translation>
    </message>
    <message>
        <location line="+3" />
        <source>I &amp;decline (sign out)</source>
        <translation>I &amp;decline (sign out)</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::NeedsPanel</name>
    <message>
        <location filename="../ui/needs/needspanel.cpp" line="+53" />
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What was found</source>
        <translation>What was found</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Save the assessment</source>
        <translation>&amp;Save the assessment</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Change band…</source>
        <translation>&amp;Change band…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Suggested because</source>
        <translation>Suggested because</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Propose plan</source>
        <translation>&amp;Propose plan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Add service…</source>
        <translation>&amp;Add service…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A&amp;ccept</source>
        <translation>A&amp;ccept</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Needs assessment</source>
        <translation>Needs assessment</translation>
    </message>
    <message>
        <location line="+12" />
        <source>A&amp;pprove plan</source>
        <translation>A&amp;pprove plan</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Support plan</source>
        <translation>Support plan</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Score %1 of 100: %2 (rules %3).</source>
        <translation>Score %1 of 100: %2 (rules %3).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Band set by a worker: %1 (computed: %2). Reason: %3</source>
        <translation>Band set by a worker: %1 (computed: %2). Reason: %3</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Not saved yet: the file's priority is not set from it.</source>
        <translation>Not saved yet: the file's priority is not set from it.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location line="+13" />
        <source>No support plan yet. Propose one from the assessment.</source>
        <translation>No support plan yet. Propose one from the assessment.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Approved by the center manager.</source>
        <translation>Approved by the center manager.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Draft: waiting for the center manager's approval.</source>
        <translation>Draft: waiting for the center manager's approval.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Added by a worker</source>
        <translation>Added by a worker</translation>
    </message>
    <message>
        <location line="+59" />
        <location line="+79" />
        <source>Propose a support plan first.</source>
        <translation>Propose a support plan first.</translation>
    </message>
    <message>
        <location line="-72" />
        <source>Add a service to the support plan</source>
        <translation>Add a service to the support plan</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Service:</source>
        <translation>&amp;Service:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location line="+34" />
        <location line="+8" />
        <source>Choose a service of the plan first.</source>
        <translation>Choose a service of the plan first.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Remove a service</source>
        <translation>Remove a service</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Why is this service removed from the plan?</source>
        <translation>Why is this service removed from the plan?</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::NotesTab</name>
    <message>
        <location filename="../ui/household/notestab.cpp" line="+30" />
        <source>Add not&amp;e</source>
        <translation>Add not&amp;e</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Correct…</source>
        <translation>&amp;Correct…</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Write a note on this household file…</source>
        <translation>Write a note on this household file…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Add the note (Ctrl+Return)</source>
        <translation>Add the note (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+65" />
        <source>corrected</source>
        <translation>corrected</translation>
    </message>
    <message>
        <location line="+2" />
        <source>correction</source>
        <translation>correction</translation>
    </message>
    <message>
        <location line="+43" />
        <source>The note was added.</source>
        <translation>The note was added.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Correct the note</source>
        <translation>Correct the note</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The corrected text is kept as a new note; the old note stays in the file, marked as corrected.</source>
        <translation>The corrected text is kept as a new note; the old note stays in the file, marked as corrected.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Save correction</source>
        <translation>&amp;Save correction</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The note was corrected.</source>
        <translation>The note was corrected.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::OutboxDialog</name>
    <message>
        <location filename="../ui/sync/outboxdialog.cpp" line="+40" />
        <source>Nothing waits to be sent.</source>
        <translation>Nothing waits to be sent.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Send again</source>
        <translation>&amp;Send again</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Discard my change…</source>
        <translation>&amp;Discard my change…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Changes to send</source>
        <translation>Changes to send</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Send the refused change again at the next sync</source>
        <translation>Send the refused change again at the next sync</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Throw this change away; the central window's copy of the record replaces it</source>
        <translation>Throw this change away; the central window's copy of the record replaces it</translation>
    </message>
    <message>
        <location line="+32" />
        <source>The outbox could not be read.</source>
        <translation>The outbox could not be read.</translation>
    </message>
    <message>
        <location line="+52" />
        <source>The change could not be queued again.</source>
        <translation>The change could not be queued again.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Discard my change</source>
        <translation>Discard my change</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Throw this change away? It was made on this computer and the central window refused it. The record goes back to the central window's copy at the next sync; what was changed here is lost.</source>
        <translation>Throw this change away? It was made on this computer and the central window refused it. The record goes back to the central window's copy at the next sync; what was changed here is lost.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The change could not be discarded.</source>
        <translation>The change could not be discarded.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::OutboxModel</name>
    <message>
        <location filename="../ui/sync/outboxmodel.cpp" line="+167" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+2" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+2" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::PersonDialog</name>
    <message>
        <location filename="../ui/intake/persondialog.cpp" line="+25" />
        <source>Add a member</source>
        <translation>Add a member</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Edit a person</source>
        <translation>Edit a person</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Relation to the head:</source>
        <translation>&amp;Relation to the head:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Add member</source>
        <translation>&amp;Add member</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::PersonFields</name>
    <message>
        <location filename="../ui/intake/intakememberstable.cpp" line="-52" />
        <location filename="../ui/intake/personfields.cpp" line="+52" />
        <source>Choose</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location filename="../ui/intake/personfields.cpp" line="-9" />
        <source>National &amp;code:</source>
        <translation>National &amp;code:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;First name:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Last name:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Father's &amp;name:</source>
        <translation>Father's &amp;name:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Sex:</source>
        <translation>&amp;Sex:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Birth date:</source>
        <translation>&amp;Birth date:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Mobile:</source>
        <translation>&amp;Mobile:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Marital status:</source>
        <translation>&amp;Marital status:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Education:</source>
        <translation>&amp;Education:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Occupation:</source>
        <translation>&amp;Occupation:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Disability:</source>
        <translation>&amp;Disability:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Se&amp;verity:</source>
        <translation>Se&amp;verity:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>C&amp;hronic illness:</source>
        <translation>C&amp;hronic illness:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Insurance:</source>
        <translation>&amp;Insurance:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Landline:</source>
        <translation>&amp;Landline:</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::PersonScreeningPanel</name>
    <message>
        <location filename="../ui/screening/personscreeningpanel.cpp" line="+31" />
        <source>&amp;Screen…</source>
        <translation>&amp;Screen…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Screening</source>
        <translation>Screening</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+0" />
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Screening &amp;form:</source>
        <translation>Screening &amp;form:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Level-1 screenings of %1</source>
        <translation>Level-1 screenings of %1</translation>
    </message>
    <message>
        <location line="+37" />
        <source>No screening form is installed.</source>
        <translation>No screening form is installed.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::RankedHouseholdsModel</name>
    <message>
        <location filename="../ui/needs/rankedhouseholdsmodel.cpp" line="+58" />
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 (computed: %2)</source>
        <translation>%1 (computed: %2)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location line="+2" />
        <source>File number</source>
        <translation>File number</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Social worker</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::RankedHouseholdsPage</name>
    <message>
        <location filename="../ui/needs/rankedhouseholdspage.cpp" line="+33" />
        <source>Households ranked by need</source>
        <translation>Households ranked by need</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Every priority</source>
        <translation>Every priority</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Social worker:</source>
        <translation>&amp;Social worker:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Priority:</source>
        <translation>&amp;Priority:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Rank again</source>
        <translation>&amp;Rank again</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Save &amp;every score</source>
        <translation>Save &amp;every score</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Every worker</source>
        <translation>Every worker</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location line="+35" />
        <source>%1 households</source>
        <translation>%1 households</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 scores saved.</source>
        <translation>%1 scores saved.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::ReasonDialog</name>
    <message>
        <location filename="../ui/referrals/reasondialog.cpp" line="+43" />
        <source>This cannot be left empty.</source>
        <translation>This cannot be left empty.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::ReassignDialog</name>
    <message>
        <location filename="../ui/capacity/reassigndialog.cpp" line="+37" />
        <source>Select &amp;all</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select &amp;none</source>
        <translation>Select &amp;none</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+14" />
        <source>the unassigned queue</source>
        <translation>the unassigned queue</translation>
    </message>
    <message>
        <location line="-8" />
        <source>%1 (%2 of %3 files)</source>
        <translation>%1 (%2 of %3 files)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The unassigned queue</source>
        <translation>The unassigned queue</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Assign files</source>
        <translation>Assign files</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Reassign files</source>
        <translation>Reassign files</translation>
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
        <translation>Move &amp;to:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Assign</source>
        <translation>&amp;Assign</translation>
    </message>
    <message>
        <location line="+4" />
        <source>There are no files in %1.</source>
        <translation>There are no files in %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Files of %1 (%2). Check the files to move.</source>
        <translation>Files of %1 (%2). Check the files to move.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Check at least one file to move.</source>
        <translation>Check at least one file to move.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>There is no other social worker to move the files to.</source>
        <translation>There is no other social worker to move the files to.</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Beyond the limit</source>
        <translation>Beyond the limit</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1

To assign the files anyway, give the reason (it is recorded):</source>
        <translation>%1

To assign the files anyway, give the reason (it is recorded):</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A reason is needed to go beyond the limit.</source>
        <translation>A reason is needed to go beyond the limit.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::RecoveryCodeDialog</name>
    <message>
        <location filename="../ui/signin/recoverycodedialog.cpp" line="+28" />
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This computer no longer holds the key of the center's files. Type the recovery code written down when the center was set up. Afterwards every worker signs in with their own password as before.</source>
        <translation>This computer no longer holds the key of the center's files. Type the recovery code written down when the center was set up. Afterwards every worker signs in with their own password as before.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;Open with this code</source>
        <translation>&amp;Open with this code</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Type the recovery code.</source>
        <translation>Type the recovery code.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::RecoveryCodePage</name>
    <message>
        <location filename="../ui/setup/recoverycodepage.cpp" line="+24" />
        <source>C&amp;opy</source>
        <translation>C&amp;opy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>I have &amp;written the recovery code down and will keep it safe</source>
        <translation>I have &amp;written the recovery code down and will keep it safe</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The recovery code</source>
        <translation>The recovery code</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Shown this once. Write it on paper and keep it locked away, apart from the computer.</source>
        <translation>Shown this once. Write it on paper and keep it locked away, apart from the computer.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>If this computer's keychain is lost (a new operating system, a new user profile, a repaired disk), only this code opens the center's files again. PlusLife Desk does not keep it anywhere, and nobody can recover it.</source>
        <translation>If this computer's keychain is lost (a new operating system, a new user profile, a repaired disk), only this code opens the center's files again. PlusLife Desk does not keep it anywhere, and nobody can recover it.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Copies the code; the clipboard is cleared again after 60 seconds.</source>
        <translation>Copies the code; the clipboard is cleared again after 60 seconds.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>C&amp;opied (cleared in 60 s)</source>
        <translation>C&amp;opied (cleared in 60 s)</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Print the recovery code</source>
        <translation>Print the recovery code</translation>
    </message>
    <message>
        <location line="+8" />
        <source>PlusLife Desk recovery code</source>
        <translation>PlusLife Desk recovery code</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Keep this sheet locked away, apart from the computer.</source>
        <translation>Keep this sheet locked away, apart from the computer.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::ReferralDialog</name>
    <message>
        <location filename="../ui/referrals/referraldialog.cpp" line="+51" />
        <source>New referral</source>
        <translation>New referral</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The whole household</source>
        <translation>The whole household</translation>
    </message>
    <message>
        <location line="+7" />
        <source>No catalog service</source>
        <translation>No catalog service</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;For:</source>
        <translation>&amp;For:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Catalog &amp;service:</source>
        <translation>Catalog &amp;service:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Requested service:</source>
        <translation>&amp;Requested service:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Due date:</source>
        <translation>&amp;Due date:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kind of agency</source>
        <translation>Kind of agency</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agency or unit</source>
        <translation>Agency or unit</translation>
    </message>
    <message>
        <location line="+5" />
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Destinations are tried in order: when one refuses with a reason, the referral goes to the next.</source>
        <translation>Destinations are tried in order: when one refuses with a reason, the referral goes to the next.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Save as draft</source>
        <translation>&amp;Save as draft</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Choose the kind of agency of priority %1.</source>
        <translation>Choose the kind of agency of priority %1.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::ReferralOutcomeDialog</name>
    <message>
        <location line="+27" />
        <source>Referral completed</source>
        <translation>Referral completed</translation>
    </message>
    <message>
        <location line="+3" />
        <source>0 when not cash</source>
        <translation>0 when not cash</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Service &amp;given:</source>
        <translation>Service &amp;given:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Amount (rials):</source>
        <translation>&amp;Amount (rials):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Payment id:</source>
        <translation>&amp;Payment id:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Referral %1</source>
        <translation>Referral %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Complete</source>
        <translation>&amp;Complete</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Write the amount in rials, digits only.</source>
        <translation>Write the amount in rials, digits only.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::RescheduleVisitDialog</name>
    <message>
        <location filename="../ui/visits/visitchangedialogs.cpp" line="-75" />
        <source>At a set &amp;time</source>
        <translation>At a set &amp;time</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Reschedule the visit</source>
        <translation>Reschedule the visit</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&amp;New day:</source>
        <translation>&amp;New day:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Reason (required):</source>
        <translation>&amp;Reason (required):</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Reschedule</source>
        <translation>&amp;Reschedule</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Give the reason for moving the visit.</source>
        <translation>Give the reason for moving the visit.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::ScheduleVisitDialog</name>
    <message>
        <location filename="../ui/visits/schedulevisitdialog.cpp" line="+32" />
        <source>At a set &amp;time</source>
        <translation>At a set &amp;time</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Schedule a home visit</source>
        <translation>Schedule a home visit</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Name, national code or file number</source>
        <translation>Name, national code or file number</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Find the file:</source>
        <translation>&amp;Find the file:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Household file:</source>
        <translation>&amp;Household file:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>e.g. first home visit, follow-up of the support plan</source>
        <translation>e.g. first home visit, follow-up of the support plan</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Social worker:</source>
        <translation>&amp;Social worker:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Social worker:</source>
        <translation>Social worker:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Purpose:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Schedule</source>
        <translation>&amp;Schedule</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Find and choose the household file first.</source>
        <translation>Find and choose the household file first.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::ScreeningCampaignDialog</name>
    <message>
        <location filename="../ui/screening/screeningcampaigndialog.cpp" line="+54" />
        <source>Screening campaign</source>
        <translation>Screening campaign</translation>
    </message>
    <message>
        <location line="+20" />
        <source>National code, name or file number</source>
        <translation>National code, name or file number</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location line="+4" />
        <source>File / child</source>
        <translation>File / child</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <location line="+0" />
        <source>National code</source>
        <translation>National code</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Screen this child…</source>
        <translation>&amp;Screen this child…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Add a child to this file…</source>
        <translation>&amp;Add a child to this file…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;New file…</source>
        <translation>&amp;New file…</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+60" />
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <location line="-60" />
        <location line="+60" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="-56" />
        <source>F&amp;inish and show the summary</source>
        <translation>F&amp;inish and show the summary</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Screening &amp;form:</source>
        <translation>Screening &amp;form:</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Find the child:</source>
        <translation>Find the child:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Screened in this session:</source>
        <translation>Screened in this session:</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Session summary</source>
        <translation>Session summary</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Screened: %1 — refer: %2, follow up: %3, normal: %4</source>
        <translation>Screened: %1 — refer: %2, follow up: %3, normal: %4</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No screening form is installed.</source>
        <translation>No screening form is installed.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The new file</source>
        <translation>The new file</translation>
    </message>
    <message>
        <location line="+0" />
        <source>File %1</source>
        <translation>File %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>File %1 — %2</source>
        <translation>File %1 — %2</translation>
    </message>
    <message>
        <location line="+81" />
        <source>%1 is known but belongs to no household file here.</source>
        <translation>%1 is known but belongs to no household file here.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No file was found. Add the child to a file, or open a new file.</source>
        <translation>No file was found. Add the child to a file, or open a new file.</translation>
    </message>
    <message>
        <location line="+112" />
        <source>Children screened: %1
Refer: %2
Follow up: %3
Normal: %4</source>
        <translation>Children screened: %1
Refer: %2
Follow up: %3
Normal: %4</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::SetupWizard</name>
    <message>
        <location filename="../ui/setup/setupwizard.cpp" line="+40" />
        <source>Set up PlusLife Desk</source>
        <translation>Set up PlusLife Desk</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Write the recovery code down and tick the box before you close this window. It is not shown again.</source>
        <translation>Write the recovery code down and tick the box before you close this window. It is not shown again.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::SignInDialog</name>
    <message>
        <location filename="../ui/signin/signindialog.cpp" line="+32" />
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use the &amp;recovery code…</source>
        <translation>Use the &amp;recovery code…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sign in to PlusLife Desk</source>
        <translation>Sign in to PlusLife Desk</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sign in with your user name and password.</source>
        <translation>Sign in with your user name and password.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Enter your user name and your password.</source>
        <translation>Enter your user name and your password.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>This computer can open the center's files again. Sign in with your password.</source>
        <translation>This computer can open the center's files again. Sign in with your password.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::SplitDialog</name>
    <message>
        <location filename="../ui/household/splitdialog.cpp" line="+28" />
        <source>Split the household</source>
        <translation>Split the household</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;Head of the new household:</source>
        <translation>&amp;Head of the new household:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Open the new file</source>
        <translation>&amp;Open the new file</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tick the members who leave this household:</source>
        <translation>Tick the members who leave this household:</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Tick at least one member who leaves.</source>
        <translation>Tick at least one member who leaves.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::StatusDialog</name>
    <message>
        <location filename="../ui/household/filedialogs.cpp" line="+21" />
        <source>Change the file status</source>
        <translation>Change the file status</translation>
    </message>
    <message>
        <location line="+9" />
        <source>New &amp;status:</source>
        <translation>New &amp;status:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Change status</source>
        <translation>&amp;Change status</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::SyncStatusIndicator</name>
    <message>
        <location filename="../ui/sync/syncstatusindicator.cpp" line="+50" />
        <source>Records that the central window has, which clash with records made on this computer (the same national code or user name under another file). They are kept aside, not lost; ask the center's IT staff to merge the duplicates.</source>
        <translation>Records that the central window has, which clash with records made on this computer (the same national code or user name under another file). They are kept aside, not lost; ask the center's IT staff to merge the duplicates.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show what waits to be sent</source>
        <translation>Show what waits to be sent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the changes the central window refused</source>
        <translation>Show the changes the central window refused</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+38" />
        <source>Open the conflict inbox</source>
        <translation>Open the conflict inbox</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A manager or the file's social worker decides</source>
        <translation>A manager or the file's social worker decides</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Not connected to a central window</source>
        <translation>Not connected to a central window</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Disconnected from the central window</source>
        <translation>Disconnected from the central window</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Last synced %1</source>
        <translation>Last synced %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Never synced</source>
        <translation>Never synced</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln change(s) to send</source>
        <translation>
            <numerusform>%Ln change(s) to send</numerusform>
            <numerusform>%Ln change(s) to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln refused</source>
        <translation>
            <numerusform>%Ln refused</numerusform>
            <numerusform>%Ln refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflict(s)</numerusform>
            <numerusform>%Ln conflict(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln duplicate(s) kept aside</source>
        <translation>
            <numerusform>%Ln duplicate(s) kept aside</numerusform><numerusform>%Ln duplicate(s) kept aside</numerusform></translation>
    </message>
</context>
<context>
    <name>pluslife::ui::SyncUi</name>
    <message>
        <location filename="../ui/sync/syncui.cpp" line="+28" />
        <source>S&amp;ync</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sync &amp;now</source>
        <translation>Sync &amp;now</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Outbox…</source>
        <translation>&amp;Outbox…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflicts…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Conn&amp;ect to the central window…</source>
        <translation>Conn&amp;ect to the central window…</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::TemporaryPasswordDialog</name>
    <message>
        <location filename="../ui/admin/temporarypassworddialog.cpp" line="+37" />
        <source>&amp;Temporary password:</source>
        <translation>&amp;Temporary password:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Temporary password &amp;again:</source>
        <translation>Temporary password &amp;again:</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::TimelineTab</name>
    <message>
        <location filename="../ui/household/timelinetab.cpp" line="+20" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+20" />
        <source>another worker</source>
        <translation>another worker</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::VisitActionsDialog</name>
    <message>
        <location filename="../ui/visits/visitchangedialogs.cpp" line="+58" />
        <location line="+38" />
        <source>Home visit</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <location line="-37" />
        <source>Fill in the visit &amp;report…</source>
        <translation>Fill in the visit &amp;report…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Record as &amp;done with a short note…</source>
        <translation>Record as &amp;done with a short note…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Reschedule…</source>
        <translation>&amp;Reschedule…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Cancel the visit…</source>
        <translation>&amp;Cancel the visit…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>C&amp;lose</source>
        <translation>C&amp;lose</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::VisitPlannerPage</name>
    <message>
        <location filename="../ui/visits/visitplannerpage.cpp" line="+34" />
        <source>&amp;Previous week</source>
        <translation>&amp;Previous week</translation>
    </message>
    <message>
        <location line="+1" />
        <source>T&amp;his week</source>
        <translation>T&amp;his week</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Next week</source>
        <translation>&amp;Next week</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Schedule a visit…</source>
        <translation>&amp;Schedule a visit…</translation>
    </message>
    <message>
        <location line="+30" />
        <source>&amp;Worker:</source>
        <translation>&amp;Worker:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Due and overdue visits</source>
        <translation>&amp;Due and overdue visits</translation>
    </message>
    <message>
        <location line="+69" />
        <source>Week of %1 to %2</source>
        <translation>Week of %1 to %2</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No visits due this week.</source>
        <translation>No visits due this week.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::VisitReportDialog</name>
    <message>
        <location filename="../ui/visits/visitreportdialog.cpp" line="+37" />
        <source>Record the home visit</source>
        <translation>Record the home visit</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Visit of %1 to file %2</source>
        <translation>Visit of %1 to file %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>e.g. the mother and two children</source>
        <translation>e.g. the mother and two children</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;Present:</source>
        <translation>&amp;Present:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Housing condition:</source>
        <translation>&amp;Housing condition:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Observations (required):</source>
        <translation>&amp;Observations (required):</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Matches the declared information:</source>
        <translation>&amp;Matches the declared information:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Record as done</source>
        <translation>&amp;Record as done</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Write down what was observed during the visit.</source>
        <translation>Write down what was observed during the visit.</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::VisitWeekView</name>
    <message>
        <location filename="../ui/visits/visitweekview.cpp" line="+80" />
        <source>(today)</source>
        <translation>(today)</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>pluslife::ui::WorkersDialog</name>
    <message>
        <location filename="../ui/admin/workersdialog.cpp" line="+38" />
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Enable…</source>
        <translation>&amp;Enable…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Reset password…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Workers</source>
        <translation>Workers</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Agreement accepted</source>
        <translation>Agreement accepted</translation>
    </message>
    <message>
        <location line="+59" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location line="+38" />
        <source>%1 was added and must choose a password at the first sign-in.</source>
        <translation>%1 was added and must choose a password at the first sign-in.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Disable account</source>
        <translation>Disable account</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Disable the account of %1? The password stops working at once; the worker's records stay.</source>
        <translation>Disable the account of %1? The password stops working at once; the worker's records stay.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The account of %1 is disabled.</source>
        <translation>The account of %1 is disabled.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Enable account</source>
        <translation>Enable account</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enable the account of %1 again with a temporary password. Tell it to them in person; they choose their own at the next sign-in.</source>
        <translation>Enable the account of %1 again with a temporary password. Tell it to them in person; they choose their own at the next sign-in.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The account of %1 is enabled.</source>
        <translation>The account of %1 is enabled.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give %1 a temporary password. Tell it to them in person; they must choose their own at the next sign-in.</source>
        <translation>Give %1 a temporary password. Tell it to them in person; they must choose their own at the next sign-in.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The password of %1 was reset.</source>
        <translation>The password of %1 was reset.</translation>
    </message>
</context>
</TS>
