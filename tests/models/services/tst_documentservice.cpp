// Documents (activity 4): the shipped checklist, attaching a PDF and a PNG encrypted, the
// attached → checked → verified steps with who and when, previews and the audited export, and
// who may do what (reception: checklist only; a social worker: own and unassigned files).
#include "services/documentservice.h"
#include "servicetestfixture.h"
#include "storage/auditlog.h"
#include "storage/householdrepository.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>

using namespace pluslife;
using namespace pluslife::services;
using domain::DocumentState;
using storage::StoreErrorCode;

namespace {

const QByteArray kMarker = "PLUSLIFE-DOC-MARKER-Maryam-Karimi-0076229645";

QByteArray smallPdf()
{
    return "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
           "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% " +
           kMarker + "\ntrailer << /Root 1 0 R >>\n%%EOF\n";
}

QByteArray smallPng()
{
    // 1x1 transparent PNG, made by hand (no Qt Gui in the models tests).
    return QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk"
                                  "YPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
}

StoreErrorCode attachBytes(DocumentService &service, qint64 household, qint64 person,
                           const QString &type, const QByteArray &bytes, const QString &name,
                           domain::Document *created = nullptr)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return service.attach(household, person, type, buffer, name, created).code;
}

qint64 headOf(test::CenterFixture &center, qint64 household)
{
    return storage::HouseholdRepository(center.session->database())
        .household(household)
        ->headPersonId;
}

const domain::ChecklistItem *find(const QList<domain::ChecklistItem> &items, const QString &type)
{
    for (const auto &item : items)
        if (item.typeCode == type)
            return &item;
    return nullptr;
}

QStringList auditActions(test::CenterFixture &center, QString *all = nullptr)
{
    QStringList actions;
    for (const auto &entry : center.session->audit().recent(200)) {
        actions << entry.action;
        if (all)
            *all += entry.subjectId +
                    QString::fromUtf8(
                        QJsonDocument(QJsonObject::fromVariantMap(entry.details)).toJson());
    }
    return actions;
}

} // namespace

class TestDocumentService : public QObject {
    Q_OBJECT

private slots:
    void shippedChecklist();
    void attachCheckVerify();
    void plaintextStaysEncryptedAndExportIsAudited();
    void badInputIsRefused();
    void receptionSeesTheChecklistOnly();
    void othersFilesAreRefused();
};

void TestDocumentService::shippedChecklist()
{
    const auto &list = domain::DocumentChecklist::shipped();
    QVERIFY(list.requestTypes().size() >= 4);
    QVERIFY(list.requestTypes().contains(QStringLiteral("new-file")));
    const QLocale fa(QLocale::Persian, QLocale::Iran);
    const QLocale en(QLocale::English);
    QCOMPARE(list.displayName(QStringLiteral("national-card"), fa), QStringLiteral("کارت ملی"));
    QCOMPARE(list.displayName(QStringLiteral("lease"), en), QStringLiteral("Lease agreement"));
    for (const QString &type : list.requestTypes()) {
        QVERIFY(!list.requiredFor(type).isEmpty());
        for (const auto &required : list.requiredFor(type))
            QVERIFY(list.displayName(required.typeCode, fa) != required.typeCode);
    }
    QVERIFY(list.requiredFor(QStringLiteral("no-such-type")).isEmpty());
}

void TestDocumentService::attachCheckVerify()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    const qint64 file = center.openHousehold(1);
    const qint64 head = headOf(center, file);
    DocumentService service(*center.session);
    QList<domain::ChecklistItem> items;
    QVERIFY(service.checklist(file, QStringLiteral("new-file"), &items).ok());
    QVERIFY(find(items, QStringLiteral("national-card")));
    QCOMPARE(find(items, QStringLiteral("national-card"))->state, DocumentState::Missing);
    QVERIFY(!find(items, QStringLiteral("lease"))); // not a tenant

    domain::Document card;
    QCOMPARE(attachBytes(service, file, head, QStringLiteral("national-card"), smallPdf(),
                         QStringLiteral("کارت ملی مریم.pdf"), &card),
             StoreErrorCode::None);
    QCOMPARE(card.mimeType, QStringLiteral("application/pdf"));
    domain::Document photo;
    QCOMPARE(attachBytes(service, file, head, QStringLiteral("photo"), smallPng(),
                         QStringLiteral("photo.png"), &photo),
             StoreErrorCode::None);
    QCOMPARE(photo.mimeType, QStringLiteral("image/png"));
    QCOMPARE(service.markVerified(card.id).code, StoreErrorCode::InvalidInput);
    QVERIFY(service.checklist(file, QStringLiteral("new-file"), &items).ok());
    QCOMPARE(find(items, QStringLiteral("national-card"))->state, DocumentState::Attached);
    QCOMPARE(find(items, QStringLiteral("national-card"))->documentId, card.id);

    center.clock.advanceSeconds(600);
    QVERIFY(service.markChecked(card.id).ok());
    QCOMPARE(service.markChecked(card.id).code, StoreErrorCode::InvalidInput);
    QVERIFY(service.checklist(file, QStringLiteral("new-file"), &items).ok());
    QCOMPARE(find(items, QStringLiteral("national-card"))->state, DocumentState::Checked);
    center.clock.advanceSeconds(600);
    QVERIFY(service.markVerified(card.id).ok());
    QVERIFY(service.checklist(file, QStringLiteral("new-file"), &items).ok());
    const auto *verified = find(items, QStringLiteral("national-card"));
    QCOMPARE(verified->state, DocumentState::Verified);
    QCOMPARE(verified->byWorkerId, center.session->worker().id);
    QCOMPARE(verified->atUtc, center.clock.nowUtc());
    QCOMPARE(find(items, QStringLiteral("photo"))->state, DocumentState::Attached);

    QList<domain::Document> all;
    QVERIFY(service.documents(file, &all).ok());
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.first().checkedUtc, center.clock.nowUtc().addSecs(-600));

    QStringList kinds;
    for (const auto &event : HouseholdService(*center.session).timeline(file))
        kinds << event.kind;
    QCOMPARE(kinds.count(QStringLiteral("document.added")), 2);
    QVERIFY(kinds.contains(QStringLiteral("document.checked")));
    QVERIFY(kinds.contains(QStringLiteral("document.verified")));
    QString audited;
    const QStringList actions = auditActions(center, &audited);
    QVERIFY(actions.contains(QStringLiteral("document.added")));
    QVERIFY(actions.contains(QStringLiteral("document.verified")));
    QVERIFY(!audited.contains(QStringLiteral("مریم")));
    QVERIFY(!audited.contains(QStringLiteral(".pdf")));
}

void TestDocumentService::plaintextStaysEncryptedAndExportIsAudited()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    const qint64 file = center.openHousehold(2);
    DocumentService service(*center.session);
    QTemporaryDir source;
    const QString path = source.filePath(QStringLiteral("lease.pdf"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly) && out.write(smallPdf()) > 0);
    out.close();
    domain::Document lease;
    QVERIFY(service.attach(file, 0, QStringLiteral("lease"), path, {}, &lease).ok());
    QCOMPARE(lease.originalName, QStringLiteral("lease.pdf"));

    const auto files = test::snapshotFolder(center.dir.path());
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        QVERIFY2(!it.value().contains(kMarker), qPrintable(it.key()));

    QByteArray shown;
    QVERIFY(service.preview(lease.id, &shown).ok());
    QCOMPARE(shown, smallPdf());
    QVERIFY(auditActions(center).contains(QStringLiteral("document.view")));
    QVERIFY(!auditActions(center).contains(QStringLiteral("document.export")));

    QTemporaryDir target;
    const QString copy = target.filePath(QStringLiteral("copy.pdf"));
    QVERIFY(service.exportTo(lease.id, copy).ok());
    QCOMPARE(test::readFile(copy), smallPdf());
    QVERIFY(auditActions(center).contains(QStringLiteral("document.export")));
    // Still nothing decrypted inside the data folder.
    const auto after = test::snapshotFolder(center.dir.path());
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        QVERIFY2(!it.value().contains(kMarker), qPrintable(it.key()));
}

void TestDocumentService::badInputIsRefused()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    const qint64 file = center.openHousehold(3);
    const qint64 other = center.openHousehold(4);
    DocumentService service(*center.session);
    QCOMPARE(attachBytes(service, file, 0, QStringLiteral("other"), "plain text",
                         QStringLiteral("notes.txt")),
             StoreErrorCode::InvalidInput);
    QCOMPARE(attachBytes(service, file, 0, QStringLiteral("no-such-type"), smallPdf(),
                         QStringLiteral("a.pdf")),
             StoreErrorCode::InvalidInput);
    QCOMPARE(
        attachBytes(service, file, 0, QStringLiteral("other"), smallPng(), QStringLiteral("a.pdf")),
        StoreErrorCode::InvalidInput); // content is not a PDF
    QCOMPARE(attachBytes(service, file, headOf(center, other), QStringLiteral("photo"), smallPng(),
                         QStringLiteral("a.png")),
             StoreErrorCode::InvalidInput); // not a member of this household
    QCOMPARE(
        attachBytes(service, file, 0, QStringLiteral("other"), smallPng(), QStringLiteral("a.png")),
        StoreErrorCode::None);
    QCOMPARE(
        attachBytes(service, file, 0, QStringLiteral("other"), smallPng(), QStringLiteral("b.png")),
        StoreErrorCode::InvalidInput); // the same file twice
    QList<domain::ChecklistItem> items;
    QCOMPARE(service.checklist(file, QStringLiteral("no-such-request"), &items).code,
             StoreErrorCode::InvalidInput);
}

void TestDocumentService::receptionSeesTheChecklistOnly()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    center.addWorker(QStringLiteral("nahid"), domain::WorkerRole::Reception);
    const qint64 file = center.openHousehold(5);
    DocumentService service(*center.session);
    domain::Document card;
    QCOMPARE(attachBytes(service, file, headOf(center, file), QStringLiteral("national-card"),
                         smallPdf(), QStringLiteral("card.pdf"), &card),
             StoreErrorCode::None);
    QVERIFY(service.markChecked(card.id).ok());

    QVERIFY(center.session->signIn(QStringLiteral("nahid"), test::kWorkerPassword).ok());
    QVERIFY(!service.mayReadDocuments());
    QList<domain::ChecklistItem> items;
    QVERIFY(service.checklist(file, QStringLiteral("new-file"), &items).ok());
    const auto *item = find(items, QStringLiteral("national-card"));
    QVERIFY(item);
    QCOMPARE(item->state, DocumentState::Checked);
    QVERIFY(item->personName.isEmpty());
    QCOMPARE(attachBytes(service, file, 0, QStringLiteral("lease"), smallPng(),
                         QStringLiteral("lease.png")),
             StoreErrorCode::NotPermitted);
    QByteArray shown;
    QCOMPARE(service.preview(card.id, &shown).code, StoreErrorCode::NotPermitted);
    QVERIFY(shown.isEmpty());
    QTemporaryDir target;
    QCOMPARE(service.exportTo(card.id, target.filePath(QStringLiteral("x.pdf"))).code,
             StoreErrorCode::NotPermitted);
    QVERIFY(!QFile::exists(target.filePath(QStringLiteral("x.pdf"))));
    QCOMPARE(service.markVerified(card.id).code, StoreErrorCode::NotPermitted);
    QList<domain::Document> all;
    QCOMPARE(service.documents(file, &all).code, StoreErrorCode::NotPermitted);
}

void TestDocumentService::othersFilesAreRefused()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    center.addWorker(QStringLiteral("sara"), domain::WorkerRole::SocialWorker);
    center.addWorker(QStringLiteral("reza"), domain::WorkerRole::SocialWorker);
    QVERIFY(center.session->signIn(QStringLiteral("sara"), test::kWorkerPassword).ok());
    const qint64 sarasFile = center.openHousehold(6);
    QVERIFY(sarasFile != 0);
    DocumentService service(*center.session);
    domain::Document photo;
    QCOMPARE(attachBytes(service, sarasFile, 0, QStringLiteral("other"), smallPng(),
                         QStringLiteral("p.png"), &photo),
             StoreErrorCode::None);
    QVERIFY(center.session->signIn(QStringLiteral("reza"), test::kWorkerPassword).ok());
    QCOMPARE(attachBytes(service, sarasFile, 0, QStringLiteral("lease"), smallPdf(),
                         QStringLiteral("l.pdf")),
             StoreErrorCode::NotPermitted);
    QByteArray shown;
    QCOMPARE(service.preview(photo.id, &shown).code, StoreErrorCode::NotPermitted);
    QCOMPARE(service.markChecked(photo.id).code, StoreErrorCode::NotPermitted);
    QList<domain::ChecklistItem> items;
    QCOMPARE(service.checklist(sarasFile, QStringLiteral("new-file"), &items).code,
             StoreErrorCode::NotPermitted);
    // The manager sees every file.
    QVERIFY(center.session->signIn(QStringLiteral("manager"), test::kManagerPassword).ok());
    QVERIFY(service.preview(photo.id, &shown).ok());
    QCOMPARE(shown, smallPng());
}

QTEST_GUILESS_MAIN(TestDocumentService)
#include "tst_documentservice.moc"
