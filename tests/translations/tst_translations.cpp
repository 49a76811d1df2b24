// Persian is complete: every string in the sources (found by running lupdate on them now, so a
// string added without a translation fails here) has a finished, non-empty Persian translation,
// and the embedded .qm actually translates.
#include "domain/worker.h"
#include "locale/translations.h"
#include "storage/keychainsecretstore.h"
#include "storage/vault.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QString translation;
    bool finished = false;
    bool numerus = false;
};

QList<Message> readTs(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("message")) {
                current = Message{context,
                                  {},
                                  {},
                                  true,
                                  xml.attributes().value(QLatin1String("numerus")) ==
                                      QLatin1String("yes")};
            } else if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                current.finished = type.isEmpty();
                current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages.append(current);
        }
    }
    return messages;
}

QString key(const Message &m)
{
    return m.context + QChar(0x1f) + m.source;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void persianIsComplete();
    void everySourceStringIsInTheTsFile();
    void embeddedPersianTranslates();
};

void TestTranslations::persianIsComplete()
{
    const QList<Message> messages =
        readTs(QStringLiteral(PLUSLIFE_SOURCE_DIR "/translations/pluslife_fa.ts"));
    QVERIFY(messages.size() > 50);
    QStringList unfinished;
    for (const Message &m : messages)
        if (!m.finished || m.translation.trimmed().isEmpty())
            unfinished << m.context + QStringLiteral(": ") + m.source.left(60);
    QVERIFY2(
        unfinished.isEmpty(),
        qPrintable(QStringLiteral("%1 unfinished Persian strings, e.g.\n").arg(unfinished.size()) +
                   unfinished.mid(0, 15).join(QLatin1Char('\n'))));
}

void TestTranslations::everySourceStringIsInTheTsFile()
{
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("fresh_fa.ts"));
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(PLUSLIFE_SOURCE_DIR));
    lupdate.start(QStringLiteral(PLUSLIFE_LUPDATE),
                  {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("models"), QStringLiteral("forms"), QStringLiteral("sync"),
                   QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("-ts"), fresh});
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);
    QSet<QString> shipped;
    for (const Message &m :
         readTs(QStringLiteral(PLUSLIFE_SOURCE_DIR "/translations/pluslife_fa.ts")))
        if (m.finished && !m.translation.trimmed().isEmpty())
            shipped.insert(key(m));
    QStringList missing;
    for (const Message &m : readTs(fresh))
        if (!shipped.contains(key(m)))
            missing << m.context + QStringLiteral(": ") + m.source.left(60);
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 source strings lack a Persian translation "
                                       "(run the update_translations target), e.g.\n")
                            .arg(missing.size()) +
                        missing.mid(0, 15).join(QLatin1Char('\n'))));
}

void TestTranslations::embeddedPersianTranslates()
{
    pluslife::locale::installTranslators(*QCoreApplication::instance(),
                                         QLocale(QLocale::Persian, QLocale::Iran));
    QCOMPARE(pluslife::domain::roleDisplayName(pluslife::domain::WorkerRole::Manager),
             QStringLiteral("مسئول مرکز"));
    // Messages built in the storage and service layers come out in Persian too (their context at
    // run time is the one lupdate filed them under).
    const QRegularExpression persian(QStringLiteral("[\\x{0600}-\\x{06FF}]"));
    QVERIFY(persian.match(pluslife::storage::StoreError::notUnlocked().message).hasMatch());
    QTemporaryDir empty;
    pluslife::storage::MemorySecretStore secrets;
    pluslife::storage::Vault vault(empty.path(), secrets, pluslife::SystemClock::instance());
    const auto noStore = vault.unlockWithPassword(QStringLiteral("x"), QStringLiteral("y"));
    QVERIFY2(persian.match(noStore.message).hasMatch(), qPrintable(noStore.message));
    pluslife::locale::installTranslators(*QCoreApplication::instance(),
                                         QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(pluslife::domain::roleDisplayName(pluslife::domain::WorkerRole::Manager),
             QStringLiteral("Center manager"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
