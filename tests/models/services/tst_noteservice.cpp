// Notes on a household file: add, correct (a new note supersedes the old, which stays), the
// length and emptiness rules, who may write, the timeline entries, and an audit free of the
// notes' text.
#include "services/noteservice.h"
#include "servicetestfixture.h"
#include "storage/auditlog.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace pluslife;
using namespace pluslife::services;
using storage::StoreErrorCode;

namespace {

const QString kFirstText = QStringLiteral("مادر خانواده از بیکاری همسر گفت.");
const QString kCorrectedText = QStringLiteral("مادر خانواده از بیماری همسر گفت.");

QStringList timelineKinds(test::CenterFixture &center, qint64 household)
{
    QStringList kinds;
    for (const auto &event : HouseholdService(*center.session).timeline(household))
        kinds << event.kind;
    return kinds;
}

} // namespace

class TestNoteService : public QObject {
    Q_OBJECT

private slots:
    void addAndCorrect();
    void emptyAndTooLongAreRefused();
    void receptionIsRefused();
    void othersFilesAreRefused();
    void timelineAndAuditHoldIdsOnly();
};

void TestNoteService::addAndCorrect()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    const qint64 file = center.openHousehold(1);
    NoteService notes(*center.session);
    domain::Note first;
    QVERIFY(notes.add(file, QStringLiteral("  ") + kFirstText + QStringLiteral("\n"), &first).ok());
    QVERIFY(first.id > 0);
    QCOMPARE(first.body, kFirstText);
    QCOMPARE(first.workerId, center.session->worker().id);

    center.clock.advanceSeconds(60);
    domain::Note corrected;
    QVERIFY(notes.correct(first.id, kCorrectedText, &corrected).ok());
    QCOMPARE(corrected.supersedes, first.id);
    QVERIFY(corrected.id != first.id);

    const auto all = notes.ofHousehold(file);
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).id, corrected.id); // newest first
    QCOMPARE(all.at(0).body, kCorrectedText);
    QVERIFY(!all.at(0).superseded);
    QCOMPARE(all.at(0).workerName, center.session->worker().displayName);
    QCOMPARE(all.at(1).id, first.id);
    QCOMPARE(all.at(1).body, kFirstText); // the old note stays as it was
    QVERIFY(all.at(1).superseded);

    // Only the latest version is corrected; an unknown note is refused.
    QCOMPARE(notes.correct(first.id, QStringLiteral("دوباره")).code, StoreErrorCode::InvalidInput);
    QCOMPARE(notes.correct(99999, QStringLiteral("دوباره")).code, StoreErrorCode::InvalidInput);
}

void TestNoteService::emptyAndTooLongAreRefused()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    const qint64 file = center.openHousehold(1);
    NoteService notes(*center.session);
    QCOMPARE(notes.add(file, QString()).code, StoreErrorCode::InvalidInput);
    QCOMPARE(notes.add(file, QStringLiteral(" \n\t ")).code, StoreErrorCode::InvalidInput);
    QCOMPARE(notes.add(file, QString(NoteService::MaxLength + 1, QChar(0x0628))).code,
             StoreErrorCode::InvalidInput);
    QVERIFY(notes.add(file, QString(NoteService::MaxLength, QChar(0x0628))).ok());
    domain::Note note;
    QVERIFY(notes.add(file, kFirstText, &note).ok());
    QCOMPARE(notes.correct(note.id, QStringLiteral("  ")).code, StoreErrorCode::InvalidInput);
    QCOMPARE(notes.ofHousehold(file).size(), 2);
}

void TestNoteService::receptionIsRefused()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    const qint64 file = center.openHousehold(1);
    domain::Note note;
    QVERIFY(NoteService(*center.session).add(file, kFirstText, &note).ok());
    center.addWorker(QStringLiteral("nahid"), domain::WorkerRole::Reception);
    QVERIFY(center.session->signIn(QStringLiteral("nahid"), test::kWorkerPassword).ok());
    NoteService notes(*center.session);
    QCOMPARE(notes.add(file, kFirstText).code, StoreErrorCode::NotPermitted);
    QCOMPARE(notes.correct(note.id, kCorrectedText).code, StoreErrorCode::NotPermitted);
    QVERIFY(notes.ofHousehold(file).isEmpty());
}

void TestNoteService::othersFilesAreRefused()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    center.addWorker(QStringLiteral("sara"), domain::WorkerRole::SocialWorker);
    center.addWorker(QStringLiteral("reza"), domain::WorkerRole::SocialWorker);
    QVERIFY(center.session->signIn(QStringLiteral("sara"), test::kWorkerPassword).ok());
    const qint64 sarasFile = center.openHousehold(1);
    QVERIFY(sarasFile != 0);
    domain::Note sarasNote;
    QVERIFY(NoteService(*center.session).add(sarasFile, kFirstText, &sarasNote).ok());

    QVERIFY(center.session->signIn(QStringLiteral("reza"), test::kWorkerPassword).ok());
    NoteService notes(*center.session);
    QCOMPARE(notes.add(sarasFile, kFirstText).code, StoreErrorCode::NotPermitted);
    QCOMPARE(notes.correct(sarasNote.id, kCorrectedText).code, StoreErrorCode::NotPermitted);
    QVERIFY(notes.ofHousehold(sarasFile).isEmpty());

    // The manager sees every file and may add notes, but corrects only their own.
    QVERIFY(center.session->signIn(QStringLiteral("manager"), test::kManagerPassword).ok());
    QCOMPARE(NoteService(*center.session).ofHousehold(sarasFile).size(), 1);
    QVERIFY(NoteService(*center.session).add(sarasFile, kCorrectedText).ok());
    QCOMPARE(NoteService(*center.session).correct(sarasNote.id, kCorrectedText).code,
             StoreErrorCode::NotPermitted);
}

void TestNoteService::timelineAndAuditHoldIdsOnly()
{
    test::CenterFixture center;
    QVERIFY(center.create());
    const qint64 file = center.openHousehold(1);
    NoteService notes(*center.session);
    domain::Note note;
    QVERIFY(notes.add(file, kFirstText, &note).ok());
    domain::Note corrected;
    QVERIFY(notes.correct(note.id, kCorrectedText, &corrected).ok());

    const QStringList kinds = timelineKinds(center, file);
    QVERIFY(kinds.contains(QStringLiteral("note.added")));
    QVERIFY(kinds.contains(QStringLiteral("note.corrected")));
    for (const auto &event : HouseholdService(*center.session).timeline(file)) {
        if (!event.kind.startsWith(QLatin1String("note.")))
            continue;
        QCOMPARE(event.details.keys(), QStringList{QStringLiteral("note")});
        QVERIFY(event.details.value(QStringLiteral("note")).toLongLong() ==
                (event.kind == QLatin1String("note.added") ? note.id : corrected.id));
    }

    QStringList actions;
    QString everything;
    for (const auto &entry : center.session->audit().recent(200)) {
        actions << entry.action;
        everything +=
            entry.action + entry.subjectType + entry.subjectId +
            QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(entry.details)).toJson());
    }
    QVERIFY(actions.contains(QStringLiteral("household.note_add")));
    QVERIFY(actions.contains(QStringLiteral("household.note_correct")));
    QVERIFY(!everything.contains(kFirstText));
    QVERIFY(!everything.contains(kCorrectedText));
    QVERIFY(!everything.contains(QStringLiteral("بیکاری")));
    QVERIFY(!everything.contains(QStringLiteral("بیماری")));
    QVERIFY(center.session->audit().verify().ok);
}

QTEST_GUILESS_MAIN(TestNoteService)
#include "tst_noteservice.moc"
